/**
 * Reveals a customer line a few characters at a time, as if being said.
 * Screen readers get the whole line at once (the typed part is hidden from
 * them). Returns a function that finishes the line at once (click or Space).
 * Without motion the line appears whole.
 */
const CHARS_PER_TICK = 2;
const TICK_MS = 28;

export function typewriter(el: HTMLElement, text: string, motion: boolean, onDone: () => void = () => {}): () => void {
  const typed = document.createElement('span');
  typed.setAttribute('aria-hidden', 'true');
  const whole = document.createElement('span');
  whole.className = 'visually-hidden';
  whole.textContent = text;
  el.replaceChildren(typed, whole);
  let done = false;
  let timer: ReturnType<typeof setInterval> | undefined;
  const finish = () => {
    clearInterval(timer);
    typed.textContent = text;
    el.classList.remove('typing-now');
    if (!done) {
      done = true;
      onDone();
    }
  };
  if (!motion) {
    finish();
    return () => {};
  }
  el.classList.add('typing-now');
  let shown = 0;
  timer = setInterval(() => {
    shown = Math.min(text.length, shown + CHARS_PER_TICK);
    typed.textContent = text.slice(0, shown);
    if (shown >= text.length) finish();
  }, TICK_MS);
  return finish;
}
