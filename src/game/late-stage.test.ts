import { describe, expect, it } from 'vitest';
import type { StagePort, StageView } from '../ui/stage-port.ts';
import { LateStage } from './late-stage.ts';

/** A stage that writes down what it is asked. */
function recording(): StagePort & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    show: (view) => void calls.push(`show ${view.scene}`),
    setTalking: (on) => void calls.push(`talking ${on}`),
    highlight: (slot) => void calls.push(`highlight ${slot ? 'card' : 'none'}`),
    setReducedMotion: (on) => void calls.push(`reduced motion ${on}`),
    setPaused: (on) => void calls.push(`paused ${on}`),
  };
}

const plain: StageView = { scene: 'plain' };
const library: StageView = { scene: 'library', cards: [] };
const card = {} as HTMLElement;

describe('the stage before the canvas is up', () => {
  it('hands the real stage what the page shows now, not what it showed first', () => {
    const late = new LateStage();
    late.setReducedMotion(true);
    late.show(plain);
    late.setTalking(true);
    late.show(library);
    late.highlight(card);
    const real = recording();
    late.attach(real);
    expect(real.calls).toEqual(['reduced motion true', 'show library', 'highlight card']);
  });

  it('hands over talking and a pause of the screen shown', () => {
    const late = new LateStage();
    late.show(plain);
    late.setTalking(true);
    late.setPaused(true);
    const real = recording();
    late.attach(real);
    expect(real.calls).toEqual(['show plain', 'talking true', 'paused true']);
  });

  it('hands over nothing but motion when no screen was shown, and passes every call on once attached', () => {
    const late = new LateStage();
    const real = recording();
    late.attach(real);
    expect(real.calls).toEqual([]);
    late.show(library);
    late.setTalking(false);
    late.setReducedMotion(false);
    expect(real.calls).toEqual(['show library', 'talking false', 'reduced motion false']);
  });
});
