/**
 * A place for words whose size does not follow its text: the live element
 * and, in the same grid cell, unseen copies of every text it may show, so the
 * place is as tall as the tallest of them at the current width (through any
 * resize). The picture above the customer's words then keeps one size for the
 * whole conversation instead of jumping, and being redrawn, at every line.
 * The copies are hidden from everyone: visibility, aria-hidden and inert.
 */
import { h } from '../dom.ts';

export function reservedRoom(live: HTMLElement, copies: readonly HTMLElement[]): HTMLElement {
  // The copies sit in a box of their own that the live text never touches, so typing a line out
  // lays out only the live element: the box keeps its size from the layout before.
  const unseen = h('span', { class: 'reserve-copies', 'aria-hidden': 'true' }, ...copies);
  unseen.inert = true;
  return h('span', { class: 'reserved-room' }, live, unseen);
}
