/**
 * Reveals a customer line a few characters at a time, as if being said.
 * Screen readers get the whole line at once (the typed part is hidden from
 * them). Returns a function that finishes the line (click or Space). Reduced
 * motion shows it immediately.
 */
export function typewriter(el: HTMLElement, text: string, reducedMotion: boolean, onDone: () => void = () => {}): () => void {
  const typed = document.createElement('span');
  typed.setAttribute('aria-hidden', 'true');
  const whole = document.createElement('span');
  whole.className = 'visually-hidden';
  whole.textContent = text;
  el.replaceChildren(typed, whole);
  if (reducedMotion) {
    typed.textContent = text;
    onDone();
    return () => {};
  }
  let shown = 0;
  const timer = setInterval(() => {
    shown = Math.min(text.length, shown + 3);
    typed.textContent = text.slice(0, shown);
    if (shown >= text.length) finish();
  }, 30);
  let done = false;
  function finish(): void {
    clearInterval(timer);
    typed.textContent = text;
    if (!done) onDone();
    done = true;
  }
  return finish;
}
