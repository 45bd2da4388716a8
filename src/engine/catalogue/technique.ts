import { ARC_STEPS, type ArcStep } from './arc.ts';
import type { Stage } from './stage.ts';

export { ARC_STEPS, type ArcStep };

/**
 * What a technique mainly addresses. The family decides in which stage it lands
 * best: feelings while the customer vents, fixes once they feel heard,
 * follow-through at the close; conduct (how you behave) matters everywhere.
 */
export type TechniqueFamily = 'feeling' | 'fix' | 'follow-through' | 'conduct';

export interface Technique {
  id: string;
  name: string;
  /** One line, in our own words, that the debrief shows. */
  summary: string;
  family: TechniqueFamily;
  /** How many anger points it takes off when used in a stage it suits, before persona traits. */
  calm: number;
  arc?: ArcStep;
  /** Source articles (see shared/seeds): 000 Latvian, 001 Bulgarian, 002 Greek, 003 Chinese, 004 Vietnamese. */
  sources: readonly string[];
}

/** Multiplier on a technique's calming effect by stage. 1 or more means "the right moment". */
export const STAGE_FIT: Record<TechniqueFamily, Record<Stage, number>> = {
  feeling: { venting: 1.25, disarming: 1, solving: 0.6, closing: 0.4 },
  fix: { venting: 0.3, disarming: 0.8, solving: 1.25, closing: 0.8 },
  'follow-through': { venting: 0.2, disarming: 0.4, solving: 0.8, closing: 1.25 },
  conduct: { venting: 1, disarming: 1, solving: 1, closing: 1 },
};

export const TECHNIQUES: readonly Technique[] = [
  {
    id: 'let-vent',
    name: 'Let them vent',
    family: 'feeling',
    calm: 6,
    arc: 'listen',
    sources: ['000', '002', '004'],
    summary: 'Give the customer room to get it all out; short prompts, no cutting in while they are at their peak.',
  },
  {
    id: 'active-listening',
    name: 'Listen and summarise',
    family: 'feeling',
    calm: 8,
    arc: 'listen',
    sources: ['002', '003', '004'],
    summary: 'Play the problem back in your own words so the customer knows you actually heard it.',
  },
  {
    id: 'empathy',
    name: 'Acknowledge the feeling',
    family: 'feeling',
    calm: 10,
    arc: 'empathise',
    sources: ['000', '001', '002', '003', '004'],
    summary:
      'Name how this feels for them before getting into facts; you can agree with the feeling without agreeing with every claim.',
  },
  {
    id: 'apology-first-person',
    name: 'Apologise in the first person',
    family: 'feeling',
    calm: 10,
    arc: 'apologise',
    sources: ['002', '003'],
    summary: 'Say "I\'m sorry", not "we apologise for any inconvenience": a personal apology shows care, not guilt.',
  },
  {
    id: 'validate-expectation',
    name: 'Validate the expectation',
    family: 'feeling',
    calm: 8,
    arc: 'empathise',
    sources: ['000'],
    summary: 'Agree they had every right to expect better; it ends the argument about whether they should be upset.',
  },
  {
    id: 'stay-calm',
    name: 'Stay calm',
    family: 'conduct',
    calm: 4,
    sources: ['002', '004'],
    summary: 'Keep an even, steady tone whatever comes at you; your calm is contagious, and so is your irritation.',
  },
  {
    id: 'not-personal',
    name: "Don't take it personally",
    family: 'conduct',
    calm: 4,
    sources: ['000', '002', '004'],
    summary: 'The anger is about the situation, not you: no sarcasm, no counter-attack, no defending yourself.',
  },
  {
    id: 'no-hold',
    name: 'Stay with them',
    family: 'conduct',
    calm: 5,
    sources: ['001', '002'],
    summary:
      'Keep the customer engaged instead of parking them on hold or bouncing them to another team; their time matters.',
  },
  {
    id: 'ownership',
    name: 'Take ownership',
    family: 'fix',
    calm: 8,
    arc: 'solve',
    sources: ['002', '003'],
    summary: 'Make it your job to see this through: "I\'ll handle this myself", never "that\'s another department".',
  },
  {
    id: 'ally',
    name: 'Solve it together',
    family: 'fix',
    calm: 7,
    arc: 'solve',
    sources: ['002', '003'],
    summary: 'Ask what they would like to happen and work on it side by side; it turns an opponent into a partner.',
  },
  {
    id: 'simplify',
    name: 'One thing at a time',
    family: 'fix',
    calm: 6,
    arc: 'solve',
    sources: ['002'],
    summary: 'Break a tangled problem into parts and take them in order, so progress becomes visible.',
  },
  {
    id: 'root-cause',
    name: 'Find the real cause',
    family: 'fix',
    calm: 6,
    arc: 'solve',
    sources: ['002'],
    summary: 'Ask the diagnostic questions before offering a fix, so the fix sticks the first time.',
  },
  {
    id: 'offer-options',
    name: 'Offer options',
    family: 'fix',
    calm: 10,
    arc: 'solve',
    sources: ['000', '002'],
    summary: 'Put concrete remedies on the table and let the customer choose; choice gives back a sense of control.',
  },
  {
    id: 'focus-on-can',
    name: 'Say what you can do',
    family: 'fix',
    calm: 8,
    arc: 'solve',
    sources: ['002', '004'],
    summary: 'Lead with what is possible right now instead of listing what is not allowed.',
  },
  {
    id: 'atonement',
    name: 'Make amends',
    family: 'fix',
    calm: 8,
    arc: 'solve',
    sources: ['000', '001', '002', '003'],
    summary:
      'A fitting gesture beyond the bare fix (a courtesy, an extra, a discount) shows the mistake mattered; it is not a bribe.',
  },
  {
    id: 'set-expectations',
    name: 'Set clear expectations',
    family: 'fix',
    calm: 7,
    arc: 'solve',
    sources: ['002'],
    summary: 'When it cannot be fixed on the spot, give a real timeline and say when they will hear from you.',
  },
  {
    id: 'escalate-well',
    name: 'Escalate as teamwork',
    family: 'fix',
    calm: 6,
    arc: 'solve',
    sources: ['002'],
    summary:
      "Bring in a supervisor for the customer's benefit, staying with them and explaining why, not to get rid of them.",
  },
  {
    id: 'set-boundary',
    name: 'Set a boundary',
    family: 'conduct',
    calm: 5,
    sources: ['002', '004'],
    summary:
      'Faced with abuse, calmly say what you will not accept and how the conversation can go on; your safety comes first.',
  },
  {
    id: 'check-other-issues',
    name: 'Check for anything else',
    family: 'follow-through',
    calm: 4,
    arc: 'follow-up',
    sources: ['002'],
    summary: 'Before closing, ask whether anything else is open, so they do not have to come back angry tomorrow.',
  },
  {
    id: 'follow-up',
    name: 'Follow up',
    family: 'follow-through',
    calm: 6,
    arc: 'follow-up',
    sources: ['002', '003'],
    summary:
      'Promise a check after the fix, and keep the promise; well-handled recovery builds more loyalty than no problem at all.',
  },
  {
    id: 'fast-channel',
    name: 'Answer promptly',
    family: 'conduct',
    calm: 4,
    sources: ['001', '002'],
    summary: 'Reply in real time on a fast channel; a slow answer tells the customer they are not a priority.',
  },
  {
    id: 'competence',
    name: 'Know your stuff',
    family: 'fix',
    calm: 5,
    arc: 'solve',
    sources: ['001', '003'],
    summary: 'Clear, accurate explanations and real product knowledge rebuild trust faster than reassurance.',
  },
];
