/**
 * Every user-visible string of the game (English), so a locale can be added in
 * one place. Scenario content brings its own words; everything else is here.
 */
import type { TextSize, TimerSetting } from '../app/settings.ts';
import type { ArcStep, Breather, Channel, EndingKind, Mood, Rating, ReflectionPrompt } from '../engine/index.ts';
import type { BackupProblem } from '../app/backup-service.ts';
import type { StorageNotice } from '../app/notices.ts';
import type { SoundCue } from '../app/sound-cue.ts';

const clock = (seconds: number) =>
  `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;

/** "a", "a or b", "a, b or c". */
const orList = (words: readonly string[]) =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;

/** How each ending kind is named: the outcome badge, and the debrief's title when the ending has none of its own. */
const OUTCOME_KINDS: Record<EndingKind, string> = {
  resolved: 'Resolved',
  escalated: 'Escalated to a supervisor',
  boundary: 'Ended on a boundary',
  lost: 'Customer lost',
};

/** The arc's steps as checklist labels, and as words inside a sentence. */
const ARC_STEPS: Record<ArcStep, string> = {
  listen: 'Listen',
  empathise: 'Empathise',
  apologise: 'Apologise',
  solve: 'Solve',
  'follow-up': 'Follow up',
};
const ARC_STEPS_IN_A_SENTENCE: Record<ArcStep, string> = {
  listen: 'listen',
  empathise: 'empathise',
  apologise: 'apologise',
  solve: 'solve',
  'follow-up': 'follow up',
};

/** Saved records, as a notice names them. */
const RECORD_KINDS: Record<string, string> = {
  profile: 'profile',
  attempt: 'attempt',
  session: 'conversation in progress',
  settings: 'settings',
};

/** The technical detail of a record that could not be read. */
const recordProblem = (record: string, p: StorageNotice['problem']): string => {
  switch (p.reason) {
    case 'not-a-record':
      return `not a ${record} record`;
    case 'wrong-kind':
      return `expected a ${record} record, found ${p.found}`;
    case 'newer':
      return `record version ${p.version}, this version reads up to ${p.readsUpTo}`;
    case 'unknown-version':
      return `unknown ${record} record version ${p.version}`;
    case 'no-migration':
      return `no migration for ${record} version ${p.from}`;
    case 'migration-failed':
      return `could not upgrade ${record} from version ${p.from}: ${p.error}`;
    case 'damaged':
      return `${record} record is damaged at ${p.path || '(root)'}: ${p.issue}`;
  }
};

const RECORD_SET_ASIDE = (what: string, detail: string) =>
  `A saved ${what} could not be read (${detail}). It was set aside, not deleted; everything else is fine.`;
const RECORD_FROM_NEWER = (what: string, detail: string) =>
  `A saved ${what} was made by a newer version of Cooldown (${detail}); update Cooldown to open it.`;

const BREATHER_ADVICE =
  'Before the next one, take two minutes: stand up, breathe in for four counts and out for six, and remind yourself the anger was about the situation, not about you.';

export const MESSAGES = {
  appName: 'Cooldown',
  tagline: 'Practise calming angry customers — by phone, in chat and at the counter. Every reply counts.',
  loading: 'Loading Cooldown…',
  loadingStep: {
    fonts: 'Loading the font…',
    content: 'Reading the scenarios…',
    storage: 'Opening your progress…',
    sound: 'Tuning the sound…',
    ready: 'Ready',
  } as Record<string, string>,
  loadingFailed: (why: string) => `Cooldown could not start: ${why}. Reload the page to try again.`,
  contentProblems: (n: number) =>
    n === 1
      ? 'One scenario file has a problem and was left out:'
      : `${n} scenario files have problems and were left out:`,
  noScenarios: 'No scenario could be loaded, so there is nothing to play yet. The problems above say what to fix.',
  storageWarning: 'Progress cannot be saved in this browser. You can still play.',
  /** A record that could not be read (damaged and set aside, or from a newer Cooldown), with the technical detail. */
  storageNotice: (n: StorageNotice) => {
    const what = RECORD_KINDS[n.record] ?? n.record;
    const detail = recordProblem(n.record, n.problem);
    return n.kind === 'newer-version' ? RECORD_FROM_NEWER(what, detail) : RECORD_SET_ASIDE(what, detail);
  },
  recordKind: RECORD_KINDS,
  recordSetAside: RECORD_SET_ASIDE,
  saveFailed: (why: string) => `Could not save: ${why}`,

  home: 'Home',
  heroCaption: 'Every reply raises or lowers their anger.',
  continueTitle: 'Continue where you left off',
  continue: (title: string) => `Continue: ${title}`,
  library: 'Scenario library',
  libraryIntro: 'Pick a conversation. New here? Follow the onboarding steps in order.',
  progress: 'Progress',
  settings: 'Settings',
  playingAs: (name: string) => `Playing as ${name}`,
  changeProfile: 'Change profile',
  onboarding: (done: number, total: number) => `Onboarding: ${done} of ${total} resolved`,
  nextUp: 'Up next',
  startNext: (title: string) => `Start: ${title}`,

  filters: 'Filter scenarios',
  filterChannel: 'Channel',
  filterDifficulty: 'Difficulty',
  allChannels: 'All',
  anyDifficulty: 'Any',
  shown: (n: number, total: number) => (n === total ? `${total} scenarios` : `${n} of ${total} scenarios shown`),
  noneMatch: 'No scenario matches these filters.',
  clearFilters: 'Show all',
  channel: { phone: 'Phone call', chat: 'Live chat', 'in-person': 'In person' } as Record<Channel, string>,
  difficulty: (n: number) => `Difficulty ${n} of 5`,
  difficultyShort: (n: number) => `Level ${n}`,
  onboardingStep: (n: number) => `Onboarding step ${n}`,
  best: (n: number | undefined) => (n === undefined ? 'Not played yet' : `Best score ${n}`),
  practises: 'Practises',
  open: (title: string) => `Open ${title}`,
  play: 'Play',
  persona: (name: string, age: number, role: string) => `${name}, ${age}, ${role}`,

  briefing: 'Briefing',
  customer: 'The customer',
  situation: 'The situation',
  goal: 'Your goal',
  startsAt: (anger: number, mood: string) => `Starts at anger ${anger}, ${mood}`,
  start: 'Start conversation',
  back: 'Back',
  backToLibrary: 'Back to library',
  backHome: 'Back to home',
  timerHint: 'Response timer',

  // Conversation
  answer: 'Answer the call',
  incoming: (name: string) => `Incoming call from ${name}`,
  chatOpened: (name: string) => `${name} started a chat`,
  walksUp: (name: string) => `${name} walks up to the counter`,
  callTime: (seconds: number) => `Call ${clock(seconds)}`,
  customerSays: (name: string) => `${name} says`,
  captions: 'Live captions',
  yourReply: 'Your reply',
  replyHint: 'Press 1–4, or Tab to a reply and press Enter.',
  skipHint: 'Click or press Space to show the whole line.',
  listening: (name: string) => `${name} is speaking…`,
  timeLeft: (s: number) => `${s} s to answer`,
  noTimer: 'No time limit',
  timerLabel: 'Time to answer',
  anger: 'Anger',
  angerValue: (n: number, mood: string) => `${n}, ${mood}`,
  angerNow: (n: number, mood: string) => `Anger ${n}, ${mood}`,
  angerChange: (delta: number, n: number, mood: string) =>
    `Anger ${delta > 0 ? 'up' : delta < 0 ? 'down' : 'unchanged'}${delta ? ` ${Math.abs(delta)}` : ''}: now ${n}, ${mood}`,
  silence: 'You said nothing.',
  /** A silence where the trainee's words would stand (debrief transcript, terminal). */
  noAnswer: '(no answer)',
  /** The feedback on every silence. */
  silenceFeedback:
    'You let the silence run. To an upset customer a long pause sounds like nobody cares; even "Let me check that for you" keeps them with you.',
  you: 'You',
  chatTitle: (name: string) => `Live chat with ${name}`,
  chatSoFar: 'Chat so far',
  typing: (name: string) => `${name} is typing…`,
  bodyLanguage: 'You notice',
  pause: 'Pause',
  pauseHint: 'Esc',
  paused: 'Paused',
  pausedNote: 'The response clock is stopped.',
  resume: 'Resume',
  restart: 'Restart',
  quit: 'Quit to library',
  conversationOver: 'The conversation is over. Opening the debrief…',

  // Debrief
  debrief: 'Debrief',
  outcomeKind: OUTCOME_KINDS,
  /** The debrief's title: the ending's own, or the name of its kind. */
  outcomeTitle: (outcome: { kind: EndingKind; title?: string | undefined }) =>
    outcome.title ?? OUTCOME_KINDS[outcome.kind],
  score: 'Score',
  rating: {
    excellent: 'Excellent',
    good: 'Good',
    'getting-there': 'Getting there',
    'needs-practice': 'Needs practice',
  } as Record<Rating, string>,
  scoreOf: (total: number) => `${total} out of 100`,
  scoreLine: (total: number, best?: number) =>
    `Score ${total} out of 100${best !== undefined ? `; best possible here: ${best}` : ''}`,
  bestPossible: (best: number) => `Best possible here: ${best}`,
  bestUnknown: 'Best possible score not available for this scenario.',
  breakdown: 'How the score adds up',
  bestShort: 'Best possible',
  part: 'Part',
  parts: {
    outcome: 'Outcome',
    calmed: 'Anger brought down',
    techniques: 'Techniques at the right moment',
    pitfalls: 'Pitfalls',
    timeliness: 'Timeliness',
  } as Record<string, string>,
  points: (n: number) => `${n > 0 ? '+' : ''}${n}`,
  curve: 'Anger, turn by turn',
  curveStart: 'Start',
  curvePoint: (turn: number, anger: number, mood: string) =>
    turn === 0 ? `Start: ${anger} (${mood})` : `After turn ${turn}: ${anger} (${mood})`,
  transcript: 'Transcript',
  turn: (n: number) => `Turn ${n}`,
  change: (n: number) => `Anger ${n > 0 ? '+' : ''}${n}`,
  usedTechnique: 'Technique',
  committedPitfall: 'Pitfall',
  costliest: 'The turn that cost most',
  costliestIntro: (turn: number, change: number) =>
    `Turn ${turn}: anger ${change > 0 ? `rose ${change}` : change < 0 ? `fell only ${-change}` : 'did not move'}.`,
  yourWords: 'You said',
  betterWas: 'A better reply here',
  arc: 'The de-escalation arc',
  arcDone: (turn?: number) => (turn ? `done, turn ${turn}` : 'done'),
  arcMissed: 'missed',
  arcStep: ARC_STEPS,
  reflection: 'To think about',
  /** One reflection question: the ending's own, or one the debrief asks about this conversation. */
  reflectionPrompt: (p: ReflectionPrompt) => {
    switch (p.kind) {
      case 'authored':
        return p.text;
      case 'costliest':
        return p.choiceId === null
          ? `At turn ${p.turn} you let the silence run. What held you back, and what would you say next time?`
          : `At turn ${p.turn} you said "${p.reply}". What made that the tempting answer, and what would you say next time?`;
      case 'missed-arc':
        return `You never got to ${orList(p.steps.map((step) => ARC_STEPS_IN_A_SENTENCE[step]))}. Where in this conversation could it have fitted?`;
    }
  },
  breather: 'Take a breather',
  breatherAdvice: {
    lost: `That one got away from you, and it happens to everyone. ${BREATHER_ADVICE}`,
    'hard-call': `That was a hard conversation. ${BREATHER_ADVICE}`,
  } as Record<Breather, string>,
  replay: 'Play again',
  next: (title: string) => `Next: ${title}`,
  lastWords: 'Their last words',

  // Settings
  sound: 'Sound',
  masterVolume: 'Master volume',
  effectsVolume: 'Effects',
  ambienceVolume: 'Tension music',
  mute: 'Mute all sound',
  soundUnavailable: 'Sound is not available in this browser; everything the sounds say is also shown as captions.',
  timing: 'Timing',
  timer: 'Response timer',
  timerOptions: { off: 'Off — take as long as you need', relaxed: 'Relaxed — double time', normal: 'Normal' } as Record<
    TimerSetting,
    string
  >,
  /** Each timer setting in a word, where the setting is only mentioned (home's settings tile). */
  timerShort: { off: 'Off', relaxed: 'Relaxed', normal: 'Normal' } as Record<TimerSetting, string>,
  reading: 'Reading',
  textSize: 'Text size',
  textSizes: { normal: 'Normal', large: 'Large', larger: 'Larger' } as Record<TextSize, string>,
  speech: "Read the customer's lines aloud",
  speechNote: "Uses your browser's speech voices; each customer has their own pitch and pace.",
  speechUnavailable: 'This browser has no speech voices.',
  motion: 'Motion',
  reducedMotion: 'Reduced motion',
  reducedMotionNote: 'No typing effect, no moving pictures. Follows your system setting until you change it here.',
  done: 'Done',
  saved: 'Saved',

  // Profiles and progress
  profiles: 'Profiles',
  /** The name of the profile made when there is none (first visit, or the last one deleted). */
  freshProfileName: 'Trainee',
  useProfile: (name: string) => `Play as ${name}`,
  newProfile: 'New profile name',
  create: 'Create profile',
  rename: (name: string) => `Rename ${name}`,
  renameTo: 'New name',
  saveName: 'Save name',
  remove: (name: string) => `Delete ${name}`,
  confirmDelete: (name: string) => `Delete ${name} and all their attempts? This cannot be undone.`,
  confirm: 'Delete',
  cancel: 'Cancel',
  current: '(playing now)',
  scenarioTable: 'Scenarios',
  attempts: 'Attempts',
  bestScore: 'Best score',
  techniques: 'Techniques',
  usedWell: 'Used well',
  missed: 'Missed',
  trend: 'Recent attempts',
  notMet: 'not met yet',
  pitfallsCommitted: 'Pitfalls committed',
  none: 'None yet.',
  onboardingTrack: (done: number, total: number) => `Onboarding track: ${done} of ${total} scenarios resolved`,
  recommend: 'Practise next',
  tryScenario: (title: string) => `Try ${title}`,
  history: 'Past attempts',
  openDebrief: (title: string, when: string) => `Open debrief: ${title}, ${when}`,
  backup: 'Backup',
  exportAll: 'Export a backup of all profiles',
  importFile: 'Import a backup file',
  /** Why a backup file was not imported; nothing of it was written. */
  backupProblem: (p: BackupProblem) => {
    switch (p.kind) {
      case 'not-json':
        return `This is not a Cooldown backup: the file is not valid JSON (${p.detail}).`;
      case 'not-a-backup':
        return 'This is not a Cooldown backup: it has no "format": "cooldown-backup" field.';
      case 'newer':
        return `This backup was made by a newer version of Cooldown (backup version ${p.version}); update Cooldown to import it.`;
      case 'damaged':
        return `The backup is damaged at ${p.path || '(top level)'}: ${p.issue}. Nothing was imported.`;
      case 'other-profile':
        return `The backup is damaged at ${p.path}: it belongs to another profile. Nothing was imported.`;
    }
  },
  imported: (p: number, a: number, skipped: number) =>
    `Imported ${p} new profile(s) and ${a} attempt(s); ${skipped} already here.`,

  mood: { calm: 'calm', annoyed: 'annoyed', frustrated: 'frustrated', angry: 'angry', furious: 'furious' } as Record<
    Mood,
    string
  >,
  /** Captions for every sound, so nothing relies on hearing. */
  cue: {
    ring: 'Phone ringing',
    ping: 'Message received',
    send: 'Message sent',
    click: 'Click',
    typing: 'Typing',
    resolved: 'Bright rising chime',
    lost: 'Low falling tone',
    warning: 'Warning beep',
  } as Record<SoundCue, string>,
  /** What the customer's body does in each mood, in words (the counter's picture draws the same pose). */
  body: {
    calm: 'Shoulders loose, hands resting easily at their sides.',
    annoyed: 'Hands resting on the counter, leaning back a little, waiting.',
    frustrated: 'Arms crossed, jaw tight, drumming fingers on the counter.',
    angry: 'Leaning in, hands gesturing sharply as they speak.',
    furious: 'Leaning over the counter, jabbing a finger at you, voice raised.',
  } as Record<Mood, string>,
} as const;
