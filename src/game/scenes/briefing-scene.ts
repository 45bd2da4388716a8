/** The briefing's picture: the customer in their channel's setting, at the anger they start with. */
import type { StageView } from '../../ui/stage-port.ts';
import { createChannelSet, type ChannelSet } from '../channels/channel-set.ts';
import type { SlotView } from '../slot-view.ts';
import { SlotScene } from './slot-scene.ts';

type BriefingView = Extract<StageView, { scene: 'briefing' }>;

export class BriefingScene extends SlotScene<BriefingView> {
  private set: ChannelSet | undefined;

  constructor() {
    super('briefing');
  }

  protected build(): void {
    const slot = this.addSlot(this.data_.slot);
    const { scenario, anger } = this.data_;
    this.set = createChannelSet(this, slot.root, scenario.data.channel, scenario.persona, anger);
    this.set.setReducedMotion(this.reducedMotion);
  }

  protected layout(slot: SlotView): void {
    this.set?.layout(slot.width, slot.height);
  }

  protected override tick(time: number, delta: number): void {
    this.set?.tick(time, delta);
  }

  protected override teardown(): void {
    this.set?.destroy();
    this.set = undefined;
  }
}
