import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../content/library.ts';
import { beginConversation, choose, type Conversation } from '../model/conversation.ts';
import { buildDebrief } from '../model/debrief.ts';
import { computeProgress, type PlayedAttempt } from './mastery.ts';

const persona = `id: pat
name: Pat Doe
age: 40
role: cafe owner
backstory: Runs a cafe.
look: { skin: "#c68642", hair: "#3b2a1a", hairStyle: short, shirt: "#336699" }
anger: { start: 60, volatility: 3, patience: 3 }
`;
const scenario = (id: string, order: number) => `id: ${id}
title: ${id}
channel: phone
persona: pat
difficulty: 1
summary: s
situation: s
goal: g
tracks: { onboarding: ${order} }
start: a
onMaxAnger: lost
nodes:
  a:
    stage: venting
    say: I am cross
    choices:
      - { id: empathise, text: "That sounds awful.", techniques: [empathy], feedback: f, next: b }
      - { id: calm, text: "Calm down.", pitfalls: [calm-down], feedback: f, next: b }
  b:
    stage: solving
    say: Fix it
    choices:
      - { id: options, text: "Refund or replace?", techniques: [offer-options], feedback: f, next: done }
      - { id: policy, text: "Policy says no.", pitfalls: [policy], feedback: f, next: lost }
endings:
  done: { kind: resolved, say: Thanks, summary: ok, reflection: [q] }
  lost: { kind: lost, say: Bye, summary: lost, reflection: [q] }
`;
const lib = loadLibrary([
  { file: 'scenarios/personas/pat.yaml', text: persona },
  { file: 'scenarios/first.yaml', text: scenario('first', 1) },
  { file: 'scenarios/second.yaml', text: scenario('second', 2) },
]);
const [first, second] = lib.scenarios as [(typeof lib.scenarios)[0], (typeof lib.scenarios)[0]];

let clock = 0;
function play(s: typeof first, picks: string[]): PlayedAttempt {
  let c: Conversation = beginConversation(s);
  for (const p of picks) c = choose(s, c, p);
  const d = buildDebrief(s, c);
  return {
    scenarioId: s.data.id,
    scenarioHash: s.hash,
    endedAt: new Date(Date.UTC(2026, 0, 1, 0, clock++)).toISOString(),
    turns: c.turns,
    debrief: d,
  };
}

describe('progress', () => {
  it('counts techniques used well and missed, and pitfalls committed', () => {
    expect(lib.problems).toEqual([]);
    const p = computeProgress([play(first, ['empathise', 'options']), play(first, ['calm', 'options'])], lib.scenarios);
    const empathy = p.techniques.find((t) => t.id === 'empathy')!;
    expect(empathy).toMatchObject({ usedWell: 1, missed: 1, rate: 0.5, trend: [1, 0] });
    expect(p.techniques.find((t) => t.id === 'offer-options')).toMatchObject({ usedWell: 2, missed: 0, rate: 1 });
    expect(p.pitfalls).toEqual([{ id: 'calm-down', name: '"Calm down"', committed: 1 }]);
  });

  it('tracks best scores, onboarding completion and the next onboarding scenario', () => {
    const lost = play(first, ['empathise', 'policy']);
    const won = play(first, ['empathise', 'options']);
    const p = computeProgress([lost, won], lib.scenarios);
    expect(p.scenarios.find((s) => s.scenarioId === 'first')).toEqual({
      scenarioId: 'first',
      attempts: 2,
      best: won.debrief.score.total,
      resolved: true,
    });
    expect(p.onboarding).toEqual({ done: 1, total: 2, next: 'second' });
  });

  it('recommends the weakest technique and a scenario that trains it', () => {
    const p = computeProgress([play(first, ['calm', 'options']), play(first, ['calm', 'options'])], lib.scenarios);
    expect(p.recommendation).toMatchObject({ techniqueId: 'empathy', scenarioId: 'second' });
    expect(p.recommendation!.reason).toBe(
      'You used "Acknowledge the feeling" well 0 of 2 times it was the right move.',
    );
  });

  it('does not judge missed moves against a changed scenario version', () => {
    const old = { ...play(second, ['calm', 'options']), scenarioHash: 'older-version' };
    const p = computeProgress([old], lib.scenarios);
    expect(p.techniques.find((t) => t.id === 'empathy')!.missed).toBe(0);
    expect(p.pitfalls[0]!.committed).toBe(1);
  });

  it('starts empty for a new trainee', () => {
    const p = computeProgress([], lib.scenarios);
    expect(p.techniques.every((t) => t.rate === null && t.trend.length === 0)).toBe(true);
    expect(p.onboarding).toEqual({ done: 0, total: 2, next: 'first' });
    expect(p.recommendation?.scenarioId).toBe('first');
  });
});
