/**
 * The workshop's words (English): the facilitator's console, the projector
 * and the exported CSV. Part of the message catalogue (en.ts).
 */
const dateOf = (d: Date) => d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const timeOf = (d: Date) => d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const WORKSHOP = {
  runWorkshop: 'Run a workshop',
  title: 'Workshops',
  facilitator: 'Facilitator console',
  runningTitle: (scenario: string) => `Workshop: ${scenario}`,
  projectorTitle: 'Cooldown: projector',

  newWorkshop: 'Plan a workshop',
  newWorkshopIntro:
    'Pick the scenarios for this session. The room reads each turn on the projector, talks it over, votes, and you play its choice.',
  planLegend: 'Scenarios for this session',
  refresherTrack: 'Choose the refresher track',
  clearPlan: 'Clear the choice',
  startWorkshop: 'Start the workshop',
  planEmpty: 'Choose at least one scenario for the session.',
  pastWorkshops: 'Past workshops',
  noPastWorkshops: 'No workshops yet. The ones you run are kept here, with what the room chose.',
  workshopOf: (d: Date) => `Workshop of ${dateOf(d)}, ${timeOf(d)}`,
  planSummary: (titles: readonly string[]) =>
    titles.length === 1 ? titles[0]! : `${titles[0]} and ${plural(titles.length - 1, 'other', 'others')}`,
  decisionsPlayed: (n: number) => plural(n, 'decision', 'decisions') + ' played',
  scenarioGone: 'a scenario this version does not have',
  continueWorkshop: 'Continue',
  noLongerFits:
    'This workshop can no longer be opened: a scenario it played has changed or is gone in this version of Cooldown. Start a new one; this one can be deleted.',
  deleteWorkshop: 'Delete',
  deleteForGood: 'Delete for good?',
  otherWorkshops: 'Other workshops',

  scenarioOf: (at: number, of: number, title: string) => `Scenario ${at} of ${of}: ${title}`,
  previousScenario: 'Previous scenario',
  nextScenario: 'Next scenario',
  projectorNotOpen: 'Projector view: not open.',
  projectorConnected: 'Projector view: showing.',
  openProjector: 'Open the projector view',
  openOnOtherScreen: 'Open it on the other screen',
  noOtherScreen:
    'The browser found no second screen, or was not allowed to place windows. Open the projector view and drag it to the projector.',
  showHere: 'Show the projector view here',
  projectorHere: 'Projector view',
  backToConsole: 'Back to the console (Esc)',
  popupBlocked:
    'The browser blocked the projector window. Allow pop-ups for this page, or show the projector view here.',
  blank: 'Blank the projector',
  unblank: 'Show the projector again',
  blanked: 'The projector is blank.',
  unblanked: 'The projector shows the turn again.',

  secondsLabel: 'Seconds to talk it over (0 for none)',
  countdown: 'Time left to talk it over',
  countdownOff: 'No countdown',
  startCountdown: 'Start the countdown',
  pauseCountdown: 'Pause the countdown',
  resetCountdown: 'Reset',
  timeUp: 'Time is up.',

  decision: (n: number) => `Decision ${n}`,
  whatIfDecision: (n: number, from: number) => `Decision ${n} · trying another reply at decision ${from}`,
  replies: 'Replies',
  replyLetter: (l: string) => `Reply ${l}`,
  bestHere: 'Best reply here',
  techniques: 'Techniques',
  pitfalls: 'Pitfalls',
  thenSays: (line: string) => `The customer answers: “${line}”`,
  endsWith: (outcome: string, lastWords: string) => `Ends here, ${outcome.toLowerCase()}: “${lastWords}”`,
  handsFor: (l: string) => `Hands for ${l}`,
  oneMore: (l: string) => `One more hand for ${l}`,
  oneFewer: (l: string) => `One hand fewer for ${l}`,
  handsNow: (l: string, n: number) => `${l}: ${plural(n, 'hand', 'hands')}`,
  consensusOn: (l: string) => `Consensus on ${l}`,
  playReply: (l: string) => `Play ${l}`,
  votesFor: (count: number, total: number) =>
    `${plural(count, 'vote', 'votes')}${total ? `, ${Math.round((count / total) * 100)}%` : ''}`,
  discussionPrompts: 'What to ask the room',

  showVote: 'Show the vote',
  showWhatIf: 'Show what every reply does',
  hideReveal: 'Take it off the projector',
  voteShown: 'The vote is on the projector.',
  whatIfShown: 'What every reply does is on the projector.',
  takenBack: 'Taken off the projector.',
  playRoomChoice: (l: string) => `Play the room’s choice: ${l}`,
  noRoomChoice: 'Play the room’s choice (no majority yet)',
  noMajority: 'No majority yet: count the hands, or play a reply with its own button.',
  played: (l: string) => `Played ${l}.`,
  cannotPlay: 'That reply cannot be played here.',

  linesPlayed: 'Lines played',
  noDecisionsYet: 'No decisions yet.',
  decisionPlayed: (n: number, reply: string) => `Decision ${n}: “${reply}”`,
  tryAnother: (n: number) => `Try another reply at decision ${n}`,
  rewound: (n: number) => `Back at decision ${n}, on a new line. The main line is kept.`,
  onWhatIf: (from: number) => `Trying another reply from decision ${from}; the main line is kept.`,
  backToMainLine: 'Back to the main line',
  mainLine: 'the room’s line',
  whatIfLine: (from: number) => `what if, from decision ${from}`,
  lineNotOver: 'Not finished yet.',

  groupResults: 'Group results',
  resultsTable: 'Decision by decision',
  resultsHeadings: ['Decision', 'Votes', 'Played', 'Best', 'Agreement', 'Pitfalls leaned to'] as const,
  roomScore: (score: number, best: number) => `Score ${score} of a best possible ${best}`,
  costliest: (turn: number, cost: number) => `Costliest turn: decision ${turn} (${plural(cost, 'point', 'points')})`,
  curveLabel: (angers: readonly number[]) => `Anger over the conversation: ${angers.join(', ')}`,

  exportCsv: 'Export as CSV',
  printSummary: 'Print a summary',
  csvFileName: (d: Date) => `cooldown-workshop-${d.toISOString().slice(0, 10)}.csv`,
  csv: {
    headings: [
      'Scenario',
      'Line',
      'Decision',
      'Customer said',
      'Votes',
      'Room’s choice',
      'Played',
      'Best reply',
      'Agreement with best',
      'Pitfalls leaned to',
    ] as const,
    mainLine: 'Room’s line',
    whatIf: (from: number) => `What if, from decision ${from}`,
  },

  keysTitle: 'Keys and clicker',
  keys: [
    ['Page Down, →', 'Start the countdown, show the vote, show what every reply does, play the room’s choice'],
    ['Page Up, ←', 'Take the last reveal off the projector'],
    ['1–4', 'One more hand for reply A–D (with Shift: one fewer)'],
    ['Space', 'Start or pause the countdown'],
    ['B or .', 'Blank the projector, and show it again'],
    ['Esc', 'Close the projector view shown here'],
  ] as const,

  waiting: 'Waiting for the facilitator…',
  fullScreen: 'Full screen (F)',
};
