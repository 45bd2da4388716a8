/**
 * The smallest conversation worth playing, for tests above the engine: a
 * venting customer on their third call (hear them, or tell them to calm down),
 * then one solving step that resolves or loses them.
 */
import type { Scenario } from '../content/scenario.ts';
import { reply, scenarioFrom } from './build-scenario.ts';

export function thirdCall(options: { timer?: number; timeoutSay?: string; calmReaction?: string } = {}): Scenario {
  return scenarioFrom({
    ...(options.timer ? { timer: options.timer } : {}),
    nodes: {
      open: {
        stage: 'venting',
        say: 'Third call!',
        choices: [
          reply('hear', 'fix', { techniques: ['empathy'] }),
          reply('calm', 'fix', {
            pitfalls: ['calm-down'],
            ...(options.calmReaction ? { reaction: options.calmReaction } : {}),
          }),
        ],
      },
      fix: {
        stage: 'solving',
        say: 'So?',
        ...(options.timeoutSay ? { timeout: { say: options.timeoutSay, next: 'fix' } } : {}),
        choices: [
          reply('offer', 'resolved', { techniques: ['offer-options'] }),
          reply('policy', 'lost', { pitfalls: ['policy'] }),
        ],
      },
    },
  });
}
