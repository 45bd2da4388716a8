/**
 * Random playthroughs of every scenario in scenarios/ and of the engine's own
 * fixtures: the XState machine and the pure reducer agree step by step, and
 * the invariants of the model hold on every path.
 */
import fc from 'fast-check';
import { createActor } from 'xstate';
import { adjacencyMapToArray, getAdjacencyMap, type AdjacencyMap } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { contentFiles } from '../test-support/content-files.ts';
import { MAX_ANGER } from '../catalogue/index.ts';
import { loadLibrary } from '../content/library.ts';
import type { Scenario } from '../content/scenario.ts';
import { FIXTURE_DIR, loadScenarios } from '../test-support/fixtures.ts';
import {
  availableChoices,
  beginConversation,
  choose,
  chooseStep,
  isOver,
  nodeAt,
  silenceStep,
  stayQuiet,
  type Conversation,
  type Position,
} from './conversation.ts';
import { buildDebrief } from './debrief.ts';
import { compileScenario, type ConversationEvent, type ConversationSnapshot } from './machine.ts';
import { responseSeconds } from './reading-time.ts';
import { scoreConversation } from './score.ts';

const fixtures = loadScenarios(FIXTURE_DIR);
// Content errors in scenarios/ are reported by the content checks; here we play what loads.
const authored = loadLibrary(contentFiles('scenarios')).scenarios;
const scenarios: [string, Scenario][] = [...fixtures, ...authored].map((s) => [s.file, s]);

/** Silence is possible only where the node has a response timer, as in the game. */
function timed(s: Scenario, c: Conversation): boolean {
  return responseSeconds(nodeAt(s, c), s.data, s.persona) !== null;
}

/**
 * A generous bound on turns: nodes are left at most a couple of times on a
 * finite graph, and between two calming replies anger can only climb 100
 * times before it reaches the lost ending.
 */
function turnBound(s: Scenario): number {
  return (2 * Object.keys(s.data.nodes).length + 1) * (MAX_ANGER + 1);
}

const MAX_TRAVERSED_POSITIONS = 30_000;

/** Roughly how many positions (node × anger × flags) exist. */
function positionEstimate(s: Scenario): number {
  const flags = new Set(
    Object.values(s.data.nodes).flatMap((n) => n.choices.flatMap((c) => Object.keys(c.sets ?? {}))),
  );
  return Object.keys(s.data.nodes).length * (MAX_ANGER + 1) * 2 ** flags.size;
}

/** A move: which available reply to take (modulo their number), or silence when the roll is 0 and the node is timed. */
const moves = fc.array(fc.record({ pick: fc.nat(99), roll: fc.nat(9) }), { minLength: 1, maxLength: 40 });

function eventFor(s: Scenario, c: Conversation, move: { pick: number; roll: number }): ConversationEvent {
  const options = availableChoices(s, c);
  // With no reply available only the timer can move on (the model-based test below rejects such dead ends).
  if ((move.roll === 0 && timed(s, c)) || options.length === 0) return { type: 'TIMEOUT' };
  return { type: 'CHOOSE', choiceId: options[move.pick % options.length]!.id };
}

/** What decides the future of a conversation: node × anger × flags (not the turn log). */
function positionOf(c: Position): Position {
  return { at: c.at, anger: c.anger, flags: c.flags, ...(c.via !== undefined ? { via: c.via } : {}) };
}

function keyOf(c: Position): string {
  const flags = Object.entries(c.flags).sort(([a], [b]) => a.localeCompare(b));
  return `${c.at}|${c.anger}|${JSON.stringify(flags)}|${c.via ?? ''}`;
}

/**
 * The most turns any conversation can take, by depth-first search over the
 * positions; throws naming a position that a conversation can come back to
 * (then it could go on forever).
 */
function longestConversation(adjacency: AdjacencyMap<ConversationSnapshot, { type: string }>, start: string): number {
  const next = (key: string) =>
    Object.values(adjacency[key as keyof typeof adjacency]?.transitions ?? {}).map((t) => keyOf(t.state.context));
  const depth = new Map<string, number>();
  const open = new Set<string>([start]);
  const stack = [{ key: start, kids: next(start), i: 0 }];
  while (stack.length > 0) {
    const top = stack.at(-1)!;
    const kid = top.kids[top.i++];
    if (kid === undefined) {
      depth.set(top.key, Math.max(0, ...top.kids.map((k) => 1 + depth.get(k)!)));
      open.delete(top.key);
      stack.pop();
    } else if (open.has(kid)) {
      throw new Error(`a conversation can come back to ${kid} and go on forever`);
    } else if (!depth.has(kid)) {
      open.add(kid);
      stack.push({ key: kid, kids: next(kid), i: 0 });
    }
  }
  return depth.get(start)!;
}

function stepReducer(s: Scenario, c: Conversation, e: ConversationEvent): Conversation {
  return e.type === 'TIMEOUT' ? stayQuiet(s, c) : choose(s, c, e.choiceId);
}

describe.each(scenarios)('%s', (_file, s) => {
  it('random playthroughs: machine and reducer agree, anger stays 0–100, it ends, score and debrief are sound', () => {
    const machine = compileScenario(s);
    const bound = turnBound(s);
    fc.assert(
      fc.property(moves, (plan) => {
        const actor = createActor(machine).start();
        let c = beginConversation(s);
        let i = 0;
        while (!isOver(s, c)) {
          expect(c.turns.length, `still at "${c.at}" after ${bound} turns`).toBeLessThan(bound);
          const event = eventFor(s, c, plan[i++ % plan.length]!);
          c = stepReducer(s, c, event);
          actor.send(event);
          const snap = actor.getSnapshot();
          expect(snap.value).toBe(c.at);
          expect(snap.context).toEqual(c);
          expect(Number.isInteger(c.anger) && c.anger >= 0 && c.anger <= MAX_ANGER).toBe(true);
          expect(c.peak).toBeGreaterThanOrEqual(c.anger);
        }
        expect(actor.getSnapshot().status).toBe('done');
        if (c.anger >= MAX_ANGER) expect(c.at).toBe(s.data.onMaxAnger);
        const score = scoreConversation(s, c.turns, c.at, c.anger);
        expect(score.total).toBeGreaterThanOrEqual(0);
        expect(score.total).toBeLessThanOrEqual(100);
        const debrief = buildDebrief(s, c);
        expect(debrief.curve).toHaveLength(c.turns.length + 1);
        expect(debrief.score).toEqual(score);
        actor.stop();
      }),
      { numRuns: 150 },
    );
  });

  // Exhaustive traversal costs about a fifth of a millisecond per position; very large
  // scenarios are left to the random playthroughs above and to the analysis.
  it.skipIf(positionEstimate(s) > MAX_TRAVERSED_POSITIONS)(
    'model-based: every transition of the machine is the reducer step, no position is a dead end or can come round again',
    () => {
      const machine = compileScenario(s);
      const events = (snap: ConversationSnapshot): ConversationEvent[] => {
        const c = snap.context;
        if (isOver(s, c)) return [];
        const replies: ConversationEvent[] = availableChoices(s, c).map((x) => ({ type: 'CHOOSE', choiceId: x.id }));
        return timed(s, c) ? [...replies, { type: 'TIMEOUT' }] : replies;
      };
      const adjacency = getAdjacencyMap(machine, {
        events,
        serializeState: ((snap: ConversationSnapshot) => keyOf(snap.context)) as never,
      });
      const edges = adjacencyMapToArray(adjacency);
      expect(edges.length).toBeGreaterThan(0);
      for (const { state, event, nextState } of edges) {
        if (event.type !== 'CHOOSE' && event.type !== 'TIMEOUT') throw new Error(`unexpected event ${event.type}`);
        const step =
          event.type === 'TIMEOUT' ? silenceStep(s, state.context) : chooseStep(s, state.context, event.choiceId);
        expect(nextState.value).toBe(step.position.at);
        expect(positionOf(nextState.context)).toEqual(step.position);
      }
      const stuck = Object.values(adjacency).filter(
        (v) => Object.keys(v.transitions).length === 0 && !isOver(s, v.state.context),
      );
      expect(
        stuck.map((v) => keyOf(v.state.context)),
        'positions with no reply and no timer',
      ).toEqual([]);
      const longest = longestConversation(adjacency, keyOf(beginConversation(s)));
      expect(longest).toBeLessThan(turnBound(s));
      if (s.file.startsWith(FIXTURE_DIR)) {
        // The fixtures are written so that every node and every ending can be reached.
        const reached = new Set(Object.values(adjacency).map((v) => String(v.state.value)));
        expect([...reached].sort()).toEqual([...Object.keys(s.data.nodes), ...Object.keys(s.data.endings)].sort());
      }
    },
  );
});
