/**
 * Portraits on the library cards: each card leaves a band at its top where its
 * customer sits at their starting anger. Pointing at or focusing a card cools
 * that customer down a little — a hint of what the scenario asks.
 */
import type { StageView } from '../../ui/stage-port.ts';
import { Portrait } from '../portrait.ts';
import type { SlotView } from '../slot-view.ts';
import { stageFlags } from '../stage-flags.ts';
import { CHANNEL_COLOURS, hex, mix, PALETTE } from '../theme.ts';
import { SlotScene } from './slot-scene.ts';

type LibraryView = Extract<StageView, { scene: 'library' }>;

const COOLED_BY = 30;

/** The band behind a card's portrait: the card colour with a hint of the channel's. */
const bandColour = (channel: keyof typeof CHANNEL_COLOURS) => mix(PALETTE.raised, CHANNEL_COLOURS[channel], 0.16);

export class LibraryScene extends SlotScene<LibraryView> {
  private portraits = new Map<HTMLElement, Portrait>();

  constructor() {
    super('library');
  }

  protected build(): void {
    this.portraits.clear();
    for (const card of this.data_.cards) this.addSlot(card.slot);
    const onHighlight = (slot: HTMLElement | null) => {
      for (const [el, p] of this.portraits) {
        const card = this.data_.cards.find((c) => c.slot === el)!;
        p.setAnger(el === slot ? Math.max(5, card.anger - COOLED_BY) : card.anger, !this.reducedMotion);
      }
    };
    this.game.events.on('highlight', onHighlight);
    this.events.once('shutdown', () => this.game.events.off('highlight', onHighlight));
  }

  protected layout(slot: SlotView): void {
    const card = this.data_.cards.find((c) => c.slot === slot.element);
    if (!card) return;
    this.portraits.get(slot.element)?.destroy();
    slot.root.removeAll(true);
    const g = this.add.graphics();
    // The card's top band, tinted by channel; the card's own background continues below it.
    const band = bandColour(card.channel);
    g.fillStyle(hex(band), 1).fillRoundedRect(0, 0, slot.width, slot.height + 20, { tl: 14, tr: 14, bl: 0, br: 0 });
    slot.root.add(g);
    const d = Math.min(slot.height * 0.82, 120);
    const highlighted = stageFlags(this.game).highlighted === slot.element;
    const anger = highlighted ? Math.max(5, card.anger - COOLED_BY) : card.anger;
    const p = new Portrait(this, d / 2 + 18, slot.height / 2, card.persona, d, anger, band);
    p.face.setReducedMotion(this.reducedMotion);
    slot.root.add(p);
    this.portraits.set(slot.element, p);
  }
}
