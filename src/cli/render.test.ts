import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { ATTEMPT, type Attempt } from '../storage/records.ts';
import { decode } from '../storage/versioned.ts';
import { debriefText } from './render.ts';

function read(file: string): Attempt {
  const decoded = decode(
    ATTEMPT,
    JSON.parse(readFileSync(new URL(`../storage/__fixtures__/${file}`, import.meta.url), 'utf8')),
  );
  if (!decoded.ok) throw new Error(`not read: ${JSON.stringify(decoded.problem)}`);
  return decoded.value;
}

it('renders a debrief saved by version 1 in words from the message catalogue', () => {
  const text = debriefText(read('attempt-v1-silence.json').debrief).join('\n');
  expect(text).toContain('══ Debrief: Escalated to a supervisor ══');
  expect(text).toContain('— Needs practice');
  expect(text).toContain('     You: (no answer)   [anger +10 → 83]');
  expect(text).toContain('     You let the silence run.');
  expect(text).toMatch(/Costliest turn: 1 \(\(no answer\), [0-9.]+ points, anger \+10\)/);
  expect(text).toContain('  [x] Listen (turn 2)');
  expect(text).toContain('  [ ] Follow up');
  expect(text).toContain('  • Was handing over right?');
  expect(text).toContain(
    '  • At turn 1 you let the silence run, and that cost you the most points. What held you back, and what would you say next time?',
  );
  expect(text).toContain(
    '  • You never got to empathise or follow up. Where in this conversation could it have fitted?',
  );
  expect(text).toContain('That was a hard conversation. Before the next one, take two minutes');
});

it("prints the customer's answer to a reply and the verdict on a partly-right reply", () => {
  const debrief = structuredClone(read('attempt-v1-silence.json').debrief);
  const t = debrief.transcript[1]!;
  if (t.choiceId === null) throw new Error('the fixture’s second turn is a reply');
  debrief.transcript[1] = {
    ...t,
    reaction: 'Fine. Go on.',
    techniques: [{ id: 'ownership', name: 'Take ownership' }],
    pitfalls: [{ id: 'policy', name: 'Hiding behind policy' }],
  };
  const text = debriefText(debrief).join('\n');
  expect(text).toContain('     Customer: Fine. Go on.');
  expect(text).toContain('     Right to take ownership, but hiding behind policy cost you part of it.');
});
