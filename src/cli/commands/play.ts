import {
  availableChoices,
  beginConversation,
  buildDebrief,
  choose,
  customerLine,
  isOver,
  lineFor,
  loadLibrary,
  nodeAt,
  stayQuiet,
  STAGE_NAMES,
  type Conversation,
  type Scenario,
} from '../../engine/index.ts';
import { didYouMean } from '../../engine/content/suggest.ts';
import { analyseScenario, bestOutcomeJudge } from '../../engine/analysis/index.ts';
import { readContentDir } from '../content-files.ts';
import { parseArgs, UsageError, type CliIO, type Command } from '../io.ts';
import { MESSAGES as M } from '../../messages/index.ts';
import { angerBar, debriefText, signed } from '../render.ts';

/** A pick at one step: a choice number (1-based, as displayed) or silence. */
type Pick = number | 'silence';

function parsePick(raw: string): Pick | undefined {
  const t = raw.trim().toLowerCase();
  if (t === 's') return 'silence';
  return /^\d+$/.test(t) ? Number(t) : undefined;
}

function showTurn(s: Scenario, c: Conversation, io: CliIO): void {
  const node = nodeAt(s, c);
  io.out('');
  io.out(`[${STAGE_NAMES[node.stage]}] ${angerBar(c.anger)}`);
  if (node.aside) io.out(`(${lineFor(node.aside, c.anger)})`);
  io.out(`${s.persona.name}: ${customerLine(s, c)}`);
  availableChoices(s, c).forEach((ch, i) => io.out(`  ${i + 1}. ${ch.text}`));
  io.out('  s. (say nothing)');
}

function apply(s: Scenario, c: Conversation, pick: Pick, step: number): Conversation {
  const options = availableChoices(s, c);
  if (pick === 'silence') return stayQuiet(s, c);
  const choice = options[pick - 1];
  if (!choice)
    throw new UsageError(`step ${step}: choice ${pick} does not exist; this step has choices 1–${options.length} or s`);
  return choose(s, c, choice.id);
}

function showResult(s: Scenario, c: Conversation, io: CliIO): void {
  const turn = c.turns.at(-1)!;
  if (turn.choiceId !== null && turn.reactionLine) io.out(`${s.persona.name}: ${turn.reactionLine}`);
  const feedback = turn.choiceId === null ? M.silenceFeedback : turn.feedback;
  io.out(`  → anger ${signed(turn.angerAfter - turn.angerBefore)} (now ${turn.angerAfter}). ${feedback}`);
  if (turn.followUp) io.out(`  (${turn.followUp})`);
}

export const play: Command = {
  name: 'play',
  summary: 'play a scenario in the terminal and read its debrief',
  usage: 'play <scenario-id> [--choices 1,3,s,2]',
  async run(args, io) {
    const { positional, options } = parseArgs(args, ['choices'], []);
    const id = positional[0];
    if (!id || positional.length > 1) throw new UsageError('play needs exactly one scenario id');
    const library = loadLibrary(readContentDir(io.dir));
    const scenario = library.scenarios.find((s) => s.data.id === id);
    if (!scenario) {
      const known = library.scenarios.map((s) => s.data.id);
      io.err(`unknown scenario "${id}"${didYouMean(id, known)}. Known scenarios: ${known.join(', ') || '(none)'}`);
      return 1;
    }
    const script = typeof options.choices === 'string' ? options.choices.split(',') : undefined;
    let c = beginConversation(scenario);
    io.out(
      `${scenario.data.title} — ${scenario.data.channel}, with ${scenario.persona.name} (${scenario.persona.role})`,
    );
    io.out(scenario.data.situation);
    if (scenario.data.authority)
      io.out(`${M.authority}:\n${scenario.data.authority.map((a) => `  - ${a}`).join('\n')}`);
    for (let step = 1; !isOver(scenario, c); step++) {
      showTurn(scenario, c, io);
      let pick: Pick | undefined;
      if (script) {
        const raw = script[step - 1];
        if (raw === undefined) {
          io.err(`--choices ran out after step ${step - 1}: the conversation is still at node "${c.at}"`);
          return 1;
        }
        pick = parsePick(raw);
        if (pick === undefined) throw new UsageError(`step ${step}: "${raw}" is not a choice number or s`);
        io.out(`> ${raw.trim()}`);
        c = apply(scenario, c, pick, step);
      } else {
        for (;;) {
          const answer = await io.ask('> ');
          if (answer === undefined) {
            io.err('input ended before the conversation did');
            return 1;
          }
          pick = parsePick(answer);
          const count = availableChoices(scenario, c).length;
          if (pick === 'silence' || (pick !== undefined && pick >= 1 && pick <= count)) break;
          io.out(`  Type a number from 1 to ${count}, or s to say nothing.`);
        }
        c = apply(scenario, c, pick, step);
      }
      showResult(scenario, c, io);
    }
    const unused = script?.slice(c.turns.length) ?? [];
    // Not an error (the debrief still follows), but a script that went further than the play usually means a wrong turn.
    if (unused.length)
      io.err(
        `--choices: the conversation ended at step ${c.turns.length}; ${unused.length} choice${unused.length === 1 ? '' : 's'} left unused (${unused.join(',')})`,
      );
    const analysis = analyseScenario(scenario);
    for (const line of debriefText(buildDebrief(scenario, c, bestOutcomeJudge(analysis)), analysis.best?.score))
      io.out(line);
    return 0;
  },
};
