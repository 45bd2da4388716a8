/** The customer answers what was said: a reply's own reaction comes first, in the conversation and in the debrief. */
import { losingLine } from './lines.ts';
import { expect, startScenario, test } from './pages/index.ts';
import { M, replyText, scenario } from './support.ts';

test.use({ reducedMotion: 'reduce' });

test("a reply that draws an answer of its own gets it before the customer's next line, and the debrief keeps it", async ({
  page,
  conversation,
  debrief,
}) => {
  const s = scenario('passed-around');
  const reply = s.data.nodes[s.data.start]!.choices.find((c) => c.id === 'verify-again')!;
  const reaction = reply.reaction as string;
  await page.goto('/');
  await startScenario(page, s);
  await conversation.play(s, ['verify-again']);
  await conversation.readyToReply();
  // In the chat log: the reply, then the customer's answer to it, then their next message.
  const log = page.getByRole('region', { name: M.chatSoFar, exact: true }).getByRole('listitem');
  const texts = await log.allInnerTexts();
  const at = texts.findIndex((t) => t.includes(replyText(s, 'verify-again')));
  expect(at).toBeGreaterThan(-1);
  expect(texts[at + 1]).toContain(reaction);
  expect(texts.length).toBeGreaterThan(at + 2);

  await conversation.play(s, losingLine(s, ['verify-again']));
  await debrief.shown();
  await expect(page.locator('.turn-reaction').first()).toContainText(reaction);
});
