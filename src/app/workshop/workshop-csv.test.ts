import { describe, expect, it } from 'vitest';
import { analyseScenario, bestOutcomeJudge } from '../../engine/analysis/index.ts';
import { reply, scenarioFrom } from '../../engine/test-support/build-scenario.ts';
import { consensus, countVotes, newWorkshop, playForRoom, rewind } from './workshop.ts';
import { workshopCsv, type CsvWords } from './workshop-csv.ts';

const s = scenarioFrom({
  title: 'The parcel, "again"',
  anger: 45,
  nodes: {
    open: {
      stage: 'venting',
      say: 'It never came, and nobody rang.',
      choices: [
        reply('listen', 'next', { text: 'Tell me what happened.', techniques: ['empathy'] }),
        reply('blame', 'next', { text: 'The courier did that, not us.', pitfalls: ['blame'] }),
      ],
    },
    next: {
      stage: 'solving',
      say: 'So what now?',
      choices: [
        reply('fix', 'resolved', { techniques: ['ownership'] }),
        reply('quit', 'lost', { pitfalls: ['helpless'] }),
      ],
    },
  },
});
const judge = bestOutcomeJudge(analyseScenario(s));
const words: CsvWords = {
  headings: ['Scenario', 'Line', 'Decision', 'Customer', 'Votes', 'Room', 'Played', 'Best', 'Agreement', 'Pitfalls'],
  mainLine: 'main',
  whatIf: (n) => `what if, from ${n}`,
};

describe('the workshop CSV', () => {
  let w = newWorkshop('w', ['test-scenario'], new Date());
  w = playForRoom(countVotes(countVotes(w, 'listen', 3), 'blame', 5), s, judge);
  w = playForRoom(consensus(w, 'quit'), s, judge);
  w = playForRoom(consensus(rewind(w, 1), 'listen'), s, judge);
  const rows = workshopCsv(w, [s], () => judge, words).split('\r\n');

  it('has one row per decision of every line, under the headings', () => {
    expect(rows[0]).toBe('Scenario,Line,Decision,Customer,Votes,Room,Played,Best,Agreement,Pitfalls');
    expect(rows.slice(1, -1)).toEqual([
      '"The parcel, ""again""",main,1,"It never came, and nobody rang.","A: 3, B: 5","B The courier did that, not us.","B The courier did that, not us.",A Tell me what happened.,38%,blame',
      '"The parcel, ""again""",main,2,So what now?,"A: 0, B: 1",B Reply quit.,B Reply quit.,A Reply fix.,0%,helpless',
      '"The parcel, ""again""","what if, from 1",1,"It never came, and nobody rang.","A: 1, B: 0",A Tell me what happened.,A Tell me what happened.,A Tell me what happened.,100%,',
    ]);
    expect(rows.at(-1)).toBe('');
  });
});
