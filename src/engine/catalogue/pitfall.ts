export interface Pitfall {
  id: string;
  name: string;
  /** One line, in our own words, on why it inflames. */
  summary: string;
  /** Anger points it adds before stage and persona traits. */
  heat: number;
  sources: readonly string[];
}

/** The pitfall the engine logs when the trainee lets the response timer run out. */
export const SILENCE_PITFALL = 'silence';

export const PITFALLS: readonly Pitfall[] = [
  {
    id: 'calm-down',
    name: '"Calm down"',
    heat: 14,
    sources: ['002'],
    summary:
      'Telling an upset person to calm down tells them their feelings are the problem; it almost always backfires.',
  },
  {
    id: 'policy',
    name: 'Hiding behind policy',
    heat: 10,
    sources: ['001', '002'],
    summary:
      '"That\'s our policy" ends the conversation without solving anything and makes the rule sound more important than the person.',
  },
  {
    id: 'helpless',
    name: 'Helplessness',
    heat: 10,
    sources: ['002', '004'],
    summary: '"There\'s nothing I can do" leaves the customer with nowhere to go but up the chain, angrier.',
  },
  {
    id: 'blame',
    name: 'Blaming the customer',
    heat: 14,
    sources: ['002'],
    summary: '"You must have misunderstood" turns a problem into an accusation, even when it is partly true.',
  },
  {
    id: 'brush-off',
    name: 'Brushing them off',
    heat: 12,
    sources: ['002'],
    summary: 'Signalling you are too busy tells the customer they do not matter.',
  },
  {
    id: 'corporate-sorry',
    name: 'Corporate apology',
    heat: 5,
    sources: ['003'],
    summary: '"We apologise for any inconvenience" sounds like a form letter; nobody in particular is sorry.',
  },
  {
    id: 'argue',
    name: 'Arguing back',
    heat: 12,
    sources: ['000', '004'],
    summary: 'Proving the customer wrong wins the point and loses the customer.',
  },
  {
    id: 'silence',
    name: 'Silence or a flat tone',
    heat: 8,
    sources: ['001'],
    summary: 'Saying nothing, or something neutral and uncaring, reads as indifference to someone who is upset.',
  },
  {
    id: 'hold-transfer',
    name: 'Hold or transfer',
    heat: 10,
    sources: ['001', '002', '003'],
    summary:
      'Parking the customer on hold or passing them to yet another team repeats the very thing that made them angry.',
  },
  {
    id: 'slow-reply',
    name: 'Slow reply',
    heat: 7,
    sources: ['001', '002'],
    summary: 'A letter, an email "within five working days", or a chat left waiting tells them they are in a queue.',
  },
  {
    id: 'interrupt',
    name: 'Interrupting',
    heat: 9,
    sources: ['002'],
    summary: 'Cutting in while they are still venting sends the message that you are not listening.',
  },
  {
    id: 'broken-promise',
    name: 'Broken promise',
    heat: 16,
    sources: ['003'],
    summary: 'Promising a call-back or a fix and not delivering is worse than promising nothing.',
  },
];
