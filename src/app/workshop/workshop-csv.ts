/**
 * The workshop as CSV, one row per decision of every line played: for a
 * spreadsheet after the session. Words a person reads (the headings, how a
 * line is named) come from the caller, in the facilitator's language.
 */
import type { Scenario } from '../../engine/index.ts';
import {
  availableChoices,
  beginConversation,
  choose,
  customerLine,
  type Conversation,
} from '../../engine/model/conversation.ts';
import { agreement, majority, repliesOf, type Line, type Workshop } from './workshop.ts';

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

export function workshopCsv(w: Workshop, scenarios: readonly Scenario[], words: CsvWords): string {
  const rows: (string | number)[][] = [[...words.headings]];
  for (const run of w.runs) {
    const s = scenarios.find((x) => x.data.id === run.scenarioId);
    if (!s) continue;
    const lines: [Line, string][] = [
      [run.main, words.mainLine],
      ...run.whatIfs.map((l): [Line, string] => [l, words.whatIf(l.from + 1)]),
    ];
    for (const [line, name] of lines) {
      const replies = repliesOf(run, line);
      const offset = replies.length - line.decisions.length;
      let c: Conversation = replies.slice(0, offset).reduce((x, id) => choose(s, x, id), beginConversation(s));
      line.decisions.forEach((d, i) => {
        const shown = availableChoices(s, c);
        const tag = (id: string | undefined) => {
          const at = shown.findIndex((x) => x.id === id);
          return at < 0 ? '' : `${letter(at)} ${shown[at]!.text}`;
        };
        const room = majority(d.votes);
        const leaned = shown
          .filter((x) => (d.votes[x.id] ?? 0) > 0)
          .flatMap((x) => x.pitfalls)
          .filter((p, j, all) => all.indexOf(p) === j);
        const share = agreement(d);
        rows.push([
          s.data.title,
          name,
          offset + i + 1,
          customerLine(s, c),
          shown.map((x, k) => `${letter(k)}: ${d.votes[x.id] ?? 0}`).join(', '),
          tag(room),
          tag(d.played),
          tag(d.best),
          share === undefined ? '' : `${Math.round(share * 100)}%`,
          leaned.join(', '),
        ]);
        c = choose(s, c, d.played);
      });
    }
  }
  return rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}
