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

/** Type sizes the live words may take to fit the reserved room, largest first. */
const FITTING_SIZES = [0.98, 0.9, 0.82, 0.75];

/**
 * Fitted, the live words lie over the room instead of sizing it, in the
 * largest of a few type sizes that fits (the smallest clips): for words that
 * should not make the room grow though none of the copies is as long (the
 * counter's echo of a reply). Where nothing is reserved (narrow screens) they
 * take the room they need as before.
 */
export function fitInRoom(room: HTMLElement, on: boolean): void {
  const live = room.firstElementChild as HTMLElement;
  live.style.removeProperty('font-size');
  room.classList.toggle('fitted', on);
  if (!on || room.querySelector('.reserve-copies')?.clientHeight === 0) return;
  for (const rem of FITTING_SIZES) {
    live.style.setProperty('font-size', `${rem}rem`);
    if (live.scrollHeight <= room.clientHeight + 1) return;
  }
}
