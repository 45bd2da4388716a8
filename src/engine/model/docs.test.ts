/**
 * Keeps docs/anger-model.md and docs/scoring.md true: their tables of
 * constants and their worked example are read from the files and checked
 * against the engine.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PITFALLS, STAGE_FIT, STAGES, TECHNIQUES, type Stage } from '../catalogue/index.ts';
import { ENDING_KINDS } from '../content/schema.ts';
import { reply, scenarioFrom, type NodeInput } from '../test-support/build-scenario.ts';
import { beginConversation, choose, stayQuiet } from './conversation.ts';
import * as reaction from './reaction.ts';
import * as score from './score.ts';
import { READING_WPM, THINKING_SECONDS } from './reading-time.ts';

const angerDoc = readFileSync('docs/anger-model.md', 'utf8');
const scoringDoc = readFileSync('docs/scoring.md', 'utf8');

/** Rows of every markdown table in `text` whose header starts with `firstHeader`, as cell arrays. */
function table(text: string, firstHeader: string): string[][] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => new RegExp(`^\\|\\s*${firstHeader}\\s*\\|`).test(l));
  if (start < 0) throw new Error(`no table with first column "${firstHeader}"`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    );
  }
  return rows;
}

function between(text: string, marker: string): string {
  const m = text.match(new RegExp(`<!-- ${marker}:begin -->([\\s\\S]*?)<!-- ${marker}:end -->`));
  if (!m) throw new Error(`no <!-- ${marker}:begin/end --> block`);
  return m[1]!;
}

const num = (cell: string) => Number(cell.replace('−', '-').replace('+', ''));
const list = (cell: string) => (cell === '—' ? [] : cell.split(',').map((x) => x.trim()));

describe('docs/anger-model.md', () => {
  it('states the constants of reaction.ts', () => {
    const rows = table(angerDoc, 'constant');
    expect(rows.map((r) => r[0])).toEqual([
      '`SOOTHER_BONUS`',
      '`HOT_BUTTON_BONUS`',
      '`VENTING_HEAT`',
      '`STACK_WEIGHT`',
    ]);
    for (const [name, value] of rows)
      expect(reaction[name!.replaceAll('`', '') as 'STACK_WEIGHT'], name).toBe(num(value!));
  });

  it('states the volatility scales', () => {
    const rows = table(angerDoc, 'volatility');
    expect(rows).toHaveLength(5);
    for (const [v, heat, calm] of rows) {
      expect(reaction.heatScale(num(v!))).toBeCloseTo(num(heat!), 10);
      expect(reaction.calmScale(num(v!))).toBeCloseTo(num(calm!), 10);
    }
  });

  it('states the stage fit, technique and pitfall figures of the catalogue', () => {
    const fit = table(angerDoc, 'family');
    expect(
      Object.fromEntries(
        fit.map(([family, ...byStage]) => [family, Object.fromEntries(STAGES.map((st, i) => [st, num(byStage[i]!)]))]),
      ),
    ).toEqual(STAGE_FIT);
    expect(table(angerDoc, 'technique')).toEqual(TECHNIQUES.map((t) => [t.id, t.family, String(t.calm), t.arc ?? '—']));
    expect(table(angerDoc, 'pitfall')).toEqual(PITFALLS.map((p) => [p.id, String(p.heat)]));
  });

  it('states the reading pace and thinking time behind the default timer', () => {
    expect(Object.fromEntries(table(angerDoc, 'reading').map(([k, v]) => [k, num(v!)]))).toEqual({
      'words a minute': READING_WPM,
      'seconds to think': THINKING_SECONDS,
    });
  });
});

/**
 * The worked example, played for real: one node per reply with the stage and
 * the techniques and pitfalls from the table; a silence row is a timeout at the
 * node of the reply that follows it.
 */
function workedExample() {
  const rows = table(between(angerDoc, 'anger-example'), 'turn').map(
    ([turn, stage, techniques, pitfalls, , change, anger]) => ({
      turn: num(turn!),
      stage: stage as Stage,
      silent: techniques === '(no answer)',
      techniques: techniques === '(no answer)' ? [] : list(techniques!),
      pitfalls: list(pitfalls!),
      change: num(change!),
      anger: num(anger!),
    }),
  );
  const replies = rows.filter((r) => !r.silent);
  const nodes: Record<string, NodeInput> = {};
  replies.forEach((r, i) => {
    const next = i + 1 < replies.length ? `n${i + 1}` : 'resolved';
    nodes[`n${i}`] = {
      stage: r.stage,
      say: `Line ${i}.`,
      choices: [reply('doc', next, { techniques: r.techniques, pitfalls: r.pitfalls }), reply('other', next)],
    };
  });
  const s = scenarioFrom(
    { anger: 60, nodes },
    {
      name: 'Rosa',
      anger: { volatility: 4, patience: 2 },
      hotButtons: ['policy', 'silence'],
      soothedBy: ['empathy', 'ownership'],
    },
  );
  let c = beginConversation(s);
  for (const r of rows) {
    if (r.silent) expect(s.data.nodes[c.at]!.stage, `turn ${r.turn}`).toBe(r.stage);
    c = r.silent ? stayQuiet(s, c) : choose(s, c, 'doc');
  }
  return { s, c, rows };
}

describe('the worked example', () => {
  const { s, c, rows } = workedExample();

  it('gives the anger changes and values the anger doc shows', () => {
    expect(rows.map((r) => r.turn)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(c.turns.map((t) => t.angerAfter - t.angerBefore)).toEqual(rows.map((r) => r.change));
    expect(c.turns.map((t) => t.angerAfter)).toEqual(rows.map((r) => r.anger));
    expect(c.at).toBe('resolved');
  });

  it('the aside on offering options too early is right', () => {
    expect(angerDoc).toContain('10 × 0.3 × 0.8 = 2.4, that is 2 points');
    expect(reaction.react({ techniques: ['offer-options'], pitfalls: [] }, 'venting', s.persona).delta).toBe(-2);
  });

  it('works out the partly-right reply as the anger doc shows', () => {
    expect(angerDoc).toContain('10 × 1.5 × 1.4 = 21, so the change is round(21 − 12) = +9');
    expect(angerDoc).toContain('rise from 77 to 86');
    const partly = reaction.react({ techniques: ['ownership'], pitfalls: ['policy'] }, 'solving', s.persona);
    expect(partly.delta).toBe(9);
    expect(c.turns[4]!.angerBefore).toBe(77);
    const turn = { ...c.turns[4]!, techniques: ['ownership'], pitfalls: ['policy'] };
    expect(score.turnPoints(s, turn)).toMatchObject({ techniques: 2, pitfalls: -9 });
  });

  it('scores the turns as the scoring doc shows', () => {
    const shown = table(between(scoringDoc, 'score-turns'), 'turn').map(([, techniques, pitfalls, timeliness]) => ({
      techniques: num(techniques!),
      pitfalls: num(pitfalls!),
      timeliness: num(timeliness!),
    }));
    expect(c.turns.map((t) => score.turnPoints(s, t))).toEqual(shown);
  });

  it('adds up to the total the scoring doc shows', () => {
    const shown = Object.fromEntries(
      table(between(scoringDoc, 'score-total'), 'component').map(([k, v]) => [k, k === 'rating' ? v : num(v!)]),
    );
    expect(score.scoreConversation(s, c.turns, c.at, c.anger)).toEqual(shown);
  });
});

describe('docs/scoring.md', () => {
  it('states the constants of score.ts', () => {
    const rows = table(scoringDoc, 'constant');
    expect(rows).toHaveLength(7);
    for (const [name, value] of rows) expect(score[name!.replaceAll('`', '') as 'MAX_SCORE'], name).toBe(num(value!));
  });

  it('states the outcome points per ending kind', () => {
    const rows = table(scoringDoc, 'ending kind');
    expect(rows.map((r) => r[0])).toEqual([...ENDING_KINDS]);
    expect(Object.fromEntries(rows.map(([k, v]) => [k, num(v!)]))).toEqual(score.OUTCOME_POINTS);
  });

  it('states the rating bands', () => {
    for (const [rating, , range] of table(scoringDoc, 'rating')) {
      const [lo, hi] = range!.split('–').map(num);
      expect(score.ratingFor(lo!), range).toBe(rating);
      expect(score.ratingFor(hi!), range).toBe(rating);
      if (lo! > 0) expect(score.ratingFor(lo! - 1)).not.toBe(rating);
    }
  });
});
