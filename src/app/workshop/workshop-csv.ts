/**
 * The workshop as CSV, one row per decision of every line played: for a
 * spreadsheet after the session. Words a person reads (the headings, how a
 * line is named) come from the caller, in the facilitator's language.
 */
import type { AlternativeJudge, Scenario } from '../../engine/index.ts';
import { runResults, type Lettered } from './room-results.ts';
import type { Workshop } from './workshop.ts';
export interface CsvWords {
  headings: readonly [
    scenario: string,
    line: string,
    decision: string,
    customer: string,
    votes: string,
    roomChoice: string,
    played: string,
    best: string,
    agreement: string,
    pitfallsLeanedTo: string,
  ];
  mainLine: string;
  whatIf: (fromDecision: number) => string;
}

/** RFC 4180: a field with a comma, quote or line break goes in quotes, quotes doubled. */
function field(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const letter = (i: number) => String.fromCharCode(65 + i);

const tag = (r: Lettered | undefined) => (r ? `${letter(r.letter)} ${r.text}` : '');

export function workshopCsv(
  w: Workshop,
  scenarios: readonly Scenario[],
  judgeFor: (s: Scenario) => AlternativeJudge,
  words: CsvWords,
): string {
  const rows: (string | number)[][] = [[...words.headings]];
  for (const run of w.runs) {
    const s = scenarios.find((x) => x.data.id === run.scenarioId);
    if (!s) continue;
    for (const line of runResults(s, run, judgeFor(s)))
      for (const d of line.decisions)
        rows.push([
          s.data.title,
          line.whatIfFrom ? words.whatIf(line.whatIfFrom) : words.mainLine,
          d.number,
          d.customer,
          d.votes.map((v) => `${letter(v.letter)}: ${v.count}`).join(', '),
          tag(d.room),
          tag(d.played),
          tag(d.best),
          d.agreement === undefined ? '' : `${Math.round(d.agreement * 100)}%`,
          d.leanedTo.join(', '),
        ]);
  }
  return rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}
