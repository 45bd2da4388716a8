/**
 * What happens when drawing throws: the error is logged once (per place and
 * message, so a failure repeated every frame does not flood the console) and
 * the caller carries on — a scene, slot or drawing that failed is drawn again
 * on its next layout, and every other one keeps drawing. A drawing error must
 * never stop the game's loop, which would leave the whole stage blank.
 */

/** How a logged drawing error begins (the end-to-end tests look for it). */
export const DRAWING_FAILED = 'Cooldown: drawing failed';

const logged = new Set<string>();

/** Logs a drawing error once for this place and message. */
export function reportDrawingError(where: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  const key = `${where}\n${message}`;
  if (logged.has(key)) return;
  logged.add(key);
  console.error(`${DRAWING_FAILED} (${where}):`, error);
}

/** Runs `draw`; a throw is reported (once) and swallowed. True when it drew. */
export function guardDrawing(where: string, draw: () => void): boolean {
  try {
    draw();
    return true;
  } catch (error) {
    reportDrawingError(where, error);
    return false;
  }
}
