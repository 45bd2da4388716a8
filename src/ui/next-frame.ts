/**
 * Work for the frame that shows what a click changed, rather than for the click itself: reading or moving
 * the page's layout inside the click lays the page out once more before the frame lays it out again. A newer
 * request replaces one that has not run yet.
 */
export class NextFrame {
  private id = 0;

  run(work: () => void): void {
    cancelAnimationFrame(this.id);
    this.id = requestAnimationFrame(work);
  }

  cancel(): void {
    cancelAnimationFrame(this.id);
  }
}
