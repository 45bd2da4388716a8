/**
 * The console's keys, as a presentation clicker and a keyboard send them:
 * PageDown and → reveal the next thing or play the room's choice, PageUp and
 * ← take it back, B (or the clicker's "." blank key) blanks the projector,
 * 1–9 count a hand for reply A, B, C…, with Shift one fewer, Space starts
 * and pauses the countdown. Keys typed into a field are the field's own.
 */
export type ConsoleAction =
  | { kind: 'forward' }
  | { kind: 'back' }
  | { kind: 'blank' }
  | { kind: 'countdown' }
  | { kind: 'hand'; reply: number; by: 1 | -1 };

export interface KeyPress {
  key: string;
  code: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

/** Where focus is: a field keeps typed keys, a button its Space. */
export type FocusKind = 'field' | 'button' | 'other';

/** What a key press asks of the console, if anything. */
export function consoleAction(e: KeyPress, focus: FocusKind): ConsoleAction | undefined {
  const inField = focus === 'field';
  if (e.ctrlKey || e.altKey || e.metaKey) return undefined;
  const digit = /^(?:Digit|Numpad)([1-9])$/.exec(e.code);
  if (digit && !inField) return { kind: 'hand', reply: Number(digit[1]) - 1, by: e.shiftKey ? -1 : 1 };
  if (e.key === 'PageDown') return { kind: 'forward' };
  if (e.key === 'PageUp') return { kind: 'back' };
  if (inField) return undefined;
  if (e.key === 'ArrowRight') return { kind: 'forward' };
  if (e.key === 'ArrowLeft') return { kind: 'back' };
  if (e.key === 'b' || e.key === 'B' || e.key === '.') return { kind: 'blank' };
  if (e.key === ' ' && focus !== 'button') return { kind: 'countdown' };
  return undefined;
}
