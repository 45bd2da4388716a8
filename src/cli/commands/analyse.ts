import { formatProblem, loadLibrary } from '../../engine/index.ts';
import { analyseScenario, hardFailures, type Analysis } from '../../engine/analysis/index.ts';
import { giveaways, type Giveaways } from '../../engine/analysis/tells.ts';
import { readContentDir } from '../content-files.ts';
import { parseArgs, UsageError, type Command } from '../io.ts';

const pct = (x: number) => `${Math.round(x * 100)}%`;
const ORDINALS = ['1st', '2nd', '3rd', '4th'];

function report(a: Analysis): string[] {
  const failures = hardFailures(a);
  const lines = [`${a.scenarioId}: ${failures.length ? 'FAILS' : 'ok'} (${a.states} states)`];
  for (const f of failures) lines.push(`  ✗ ${f}`);
  if (a.best && a.worst && a.randomPlay) {
    lines.push(
      `  best score ${a.best.score}: ${a.best.choices.map((c) => c ?? '(silence)').join(' → ')} ⇒ ${a.best.ending}`,
    );
    lines.push(
      `  worst score ${a.worst.score}: ${a.worst.choices.map((c) => c ?? '(silence)').join(' → ')} ⇒ ${a.worst.ending}`,
    );
    const silent = a.randomPlay.withSilence;
    lines.push(
      `  random play (no timer): wins ${pct(a.randomPlay.winChance)}, expected score ${a.randomPlay.expectedScore.toFixed(1)}; counting silence as a move: wins ${pct(silent.winChance)}, expected ${silent.expectedScore.toFixed(1)}`,
    );
    lines.push(`  longest line: ${a.longestLine} replies; largest resume point: ${a.resumePointChars} characters`);
  }
  if (a.pointsOfNoReturn.length)
    lines.push(
      `  points of no return: ${a.pointsOfNoReturn.map((p) => `${p.nodeId}/${p.choiceId} (from anger ${p.fromAnger})`).join(', ')}`,
    );
  for (const l of a.lints) lines.push(`  warning ${l.path}: ${l.message}`);
  return lines;
}

/** The library-wide giveaways: each tell with its counts, where the best reply sits and how long it is. */
function giveawayReport(g: Giveaways): string[] {
  const lines = ['library: what gives the best reply away'];
  for (const t of g.tells)
    lines.push(`  warning tell "${t.phrase}": in ${t.weak} weak ${t.weak === 1 ? 'reply' : 'replies'}, ${t.good} good`);
  const places = g.bestPosition.map((n, i) => `${ORDINALS[i]} ${pct(n / (g.decisions || 1))}`);
  lines.push(`  best reply's place in the list over ${g.decisions} decisions: ${places.join(', ')}`);
  lines.push(
    `  best reply is the longest on offer in ${pct(g.bestLongest / (g.decisions || 1))}; mean words ${g.meanWords.best.toFixed(1)} (best) against ${g.meanWords.others.toFixed(1)} (others)`,
  );
  return lines;
}

export const analyse: Command = {
  name: 'analyse',
  summary: 'prove scenarios work: reachability, dead ends, loops, best and worst lines, difficulty',
  usage: 'analyse [ids…] [--json]',
  async run(args, io) {
    const { positional, options } = parseArgs(args, [], ['json']);
    const library = loadLibrary(readContentDir(io.dir));
    // A file with errors is left out of the library: say so rather than analyse less than was asked.
    const errors = library.problems.filter((p) => p.severity === 'error');
    for (const p of errors) io.err(formatProblem(p));
    for (const id of positional)
      if (!library.scenarios.some((s) => s.data.id === id)) throw new UsageError(`unknown scenario "${id}"`);
    const chosen = library.scenarios.filter((s) => positional.length === 0 || positional.includes(s.data.id));
    const results = chosen.map(analyseScenario);
    if (options.json) {
      io.out(
        JSON.stringify(
          results.map(({ graph: _g, bestFrom: _b, ...rest }) => ({
            ...rest,
            hardFailures: hardFailures(rest as Analysis),
          })),
          null,
          2,
        ),
      );
    } else {
      for (const a of results) for (const line of report(a)) io.out(line);
      // Tells only show across many scenarios: the whole library, not a few named ones.
      if (positional.length === 0 && results.length > 1)
        for (const line of giveawayReport(
          giveaways(chosen.map((scenario, i) => ({ scenario, analysis: results[i]! }))),
        ))
          io.out(line);
    }
    return errors.length > 0 || results.some((a) => hardFailures(a).length > 0) ? 1 : 0;
  },
};
