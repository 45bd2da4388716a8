/**
 * Every user-visible string of the game (English), so a locale can be added in
 * one place. Scenario content brings its own words; everything else is here.
 */
import type { TextSize, TimerSetting } from '../app/settings.ts';
import type { ArcStep, Breather, Channel, EndingKind, Mood, Rating, ReflectionPrompt } from '../engine/index.ts';
import type { NotKeptReason } from '../app/attempt-not-kept.ts';
import type { ConversationNotice } from '../app/flow/conversation-service.ts';
import type { BackupProblem } from '../app/backup-service.ts';
import type { StorageNotice } from '../app/notices.ts';
import type { ProfileEntry } from '../app/profile-service.ts';
import type { SoundCue } from '../app/sound-cue.ts';
import type { SaveProblem, StorageFault } from '../app/storage-status.ts';
import type { LaunchProblem, LmsFault } from '../app/lms-link.ts';
import { WORKSHOP } from './workshop-words.ts';

const clock = (seconds: number) =>
  `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;

/** "a", "a or b", "a, b or c". */
const orList = (words: readonly string[]) =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;

/** "a", "a and b", "a, b and c". */
const andList = (words: readonly string[]) =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;

/** A catalogue name inside a sentence: "Take ownership" → "take ownership" (quoted names stay as they are). */
const inSentence = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

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

/**
 * A saved record that cannot be read, for the trainee, by the kind of record:
 * what it means for them and what they can do (`damaged`: it could not be
 * read; `newer`: a newer Cooldown saved it). No keys, versions or fields: the
 * technical detail stays with the record set aside (docs/storage.md).
 */
const UNREADABLE: Record<string, { damaged: string; newer: string }> = {
  profile: {
    damaged:
      "A profile's name could not be read. Its attempts, settings and conversations are still here: give it a name again under Change profile.",
    newer:
      'A profile was saved by a newer version of Cooldown, so this version shows it without its name and does not change it. Its attempts are still here; update Cooldown to see it whole.',
  },
  attempt: {
    damaged: 'One of your past attempts could not be read, so it is left out of your progress and backups.',
    newer:
      'One of your past attempts was saved by a newer version of Cooldown, so this version leaves it out of your progress and backups, and does not change it. Update Cooldown to see it.',
  },
  settings: {
    damaged: 'Your settings could not be read, so the usual settings are used until you change them.',
    newer:
      'Your settings were saved by a newer version of Cooldown, so this version uses the usual settings and leaves yours as they are; changes made here are not kept. Update Cooldown to use yours again.',
  },
  session: {
    damaged: 'A conversation you left open could not be read, so it cannot be continued.',
    newer:
      'A conversation you left open was saved by a newer version of Cooldown, so this version leaves it as it is. Update Cooldown to continue it.',
  },
};
const UNREADABLE_OTHER = {
  damaged: 'Some of your saved progress could not be read, so it is left out.',
  newer:
    'Some of your saved progress was saved by a newer version of Cooldown, so this version leaves it as it is. Update Cooldown to see it.',
};

/** What was done with a damaged record: put aside, or, without room for that, left where it was. Never deleted. */
const DAMAGED_KEPT = {
  'moved-aside': (copy: boolean) => `${copy ? 'The damaged copy' : 'It'} was put aside, not deleted.`,
  'left-in-place': (copy: boolean) =>
    `There was no room on this device to put ${copy ? 'the damaged copy' : 'it'} aside, so it was left where it is; nothing was deleted.`,
};

/** A save refused because a newer Cooldown saved what is there, by the kind of record. */
const NOT_SAVED_OVER_NEWER: Record<string, string> = {
  settings:
    'Your settings were not saved: a newer version of Cooldown saved them on this device, and this version leaves them as they are. Update Cooldown to change them.',
  profile:
    'The profile was not saved: a newer version of Cooldown saved it on this device, and this version leaves it as it is. Update Cooldown to change it.',
  session:
    'Your place in this conversation was not saved: a newer version of Cooldown saved it on this device, and this version leaves it as it is.',
  attempt:
    'This attempt was not saved: a newer version of Cooldown saved one in its place on this device, and this version leaves it as it is.',
};
const NOT_SAVED_OVER_NEWER_OTHER =
  'Could not save: a newer version of Cooldown saved this on this device, and this version leaves it as it is. Update Cooldown to change it.';

/** A reply quoted inside a sentence, in the curly quotes the debrief uses, so its own full stop stays inside. */
const quoted = (words: string) => `“${words.trim()}”`;
const attemptCount = (n: number) => (n === 1 ? '1 attempt' : `${n} attempts`);

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
  /** Why the game runs from memory (said at start-up). */
  storageFault: (f: StorageFault) => {
    switch (f.kind) {
      case 'full':
        return "Your device's storage is full, so progress cannot be saved: free some space (clear other sites' data or remove files), then reload. You can still play.";
      case 'unavailable':
        return 'Progress cannot be saved in this browser. You can still play.';
      case 'slow':
        return 'Your saved progress is taking long to open, so for now you are playing without it. Cooldown keeps trying.';
    }
  },
  /** The saved progress opened after all (after `storageFault` slow). */
  storageOpened:
    'Your saved progress has opened. From the next screen on it is used and kept, along with anything you played meanwhile.',
  /** What was played before the saved progress opened, kept as a profile beside the trainee's own. */
  keptAsProfile: (name: string) =>
    `What you played while your progress was opening is kept under the profile "${name}"; Change profile goes back to yours.`,
  /**
   * A record that could not be read, for the trainee: what is affected, what
   * was done with it (put aside or left where it was, never deleted; or left
   * as it is because a newer Cooldown saved it) and what they can do.
   */
  storageNotice: (n: StorageNotice) => {
    const words = UNREADABLE[n.record] ?? UNREADABLE_OTHER;
    if (n.kind === 'newer-version') return words.newer;
    return `${words.damaged} ${DAMAGED_KEPT[n.kind](n.record === 'profile')}`;
  },
  /** A save that failed: a full disk in words, anything else by the error's name (never a record's key). */
  saveFailed: (p: SaveProblem) =>
    p.kind === 'full'
      ? "Could not save: your device's storage is full. Free some space (clear other sites' data or remove files), or export a backup from Progress."
      : p.kind === 'newer'
        ? (NOT_SAVED_OVER_NEWER[p.record] ?? NOT_SAVED_OVER_NEWER_OTHER)
        : `Could not save (${p.error}). Try again, or export a backup from Progress.`,
  /** A screen whose code could not be fetched (a new version replaced it, or the network dropped). */
  screenLoadFailed:
    'This screen could not be loaded, perhaps because Cooldown was just updated. Reload to carry on where you were.',
  reload: 'Reload',
  /** A screen that failed to build for another reason (its error's name). */
  screenFailed: (error: string) => `This screen could not be shown (${error}). Try again, or reload the page.`,

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
  /** The briefing's list of what the trainee is allowed to do in this situation (the scenario's authority). */
  authority: 'What you may do',
  startsAt: (anger: number, mood: string) => `Starts at anger ${anger}, ${mood}`,
  start: 'Start conversation',
  back: 'Back',
  backToLibrary: 'Back to library',
  backHome: 'Back to home',
  timerHint: 'Response timer',

  // Conversation
  answer: 'Answer the call',
  incoming: (name: string) => `Incoming call from ${name}`,
  /** An outgoing call (the trainee dialled): the line while it rings at the customer's end, and the button that connects. */
  calling: (name: string) => `Calling ${name}…`,
  connect: 'Connect the call',
  /** The caption of the ring-back tone heard while an outgoing call rings. */
  ringback: 'Ringing tone',
  chatOpened: (name: string) => `${name} started a chat`,
  walksUp: (name: string) => `${name} walks up to the counter`,
  callTime: (seconds: number) => `Call ${clock(seconds)}`,
  customerSays: (name: string) => `${name} says`,
  /** Over the trainee's own words across the counter, as they are said. */
  youSay: 'You say',
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
  /** The debrief's verdict on a reply that used techniques and committed pitfalls at once (catalogue names). */
  partlyRight: (techniques: readonly string[], pitfalls: readonly string[]) =>
    `Right to ${andList(techniques.map(inSentence))}, but ${andList(pitfalls.map(inSentence))} cost you part of it.`,
  /** The costliest turn is ranked by points (docs/scoring.md), so its words say points; the anger change is only beside them. */
  costliest: 'The turn that cost the most points',
  costliestIntro: (c: { index: number; change: number; cost: number }) =>
    `Turn ${c.index} cost you the most points: the best reply here would have kept ${c.cost} more points within reach than yours did. Anger ${c.change > 0 ? `rose ${c.change}` : c.change < 0 ? `fell ${-c.change}` : 'did not move'} at this turn; it is ringed on the chart.`,
  /** Beside the costliest turn in the chart's list of points. */
  costliestMark: 'cost the most points',
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
          ? `At turn ${p.turn} you let the silence run, and that cost you the most points. What held you back, and what would you say next time?`
          : `At turn ${p.turn} you said ${quoted(p.reply)}, and that cost you the most points. What made it the tempting answer, and what would you say next time?`;
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
  /** A conversation in progress that could not continue, and was set aside (not deleted). */
  conversationNotice: (n: ConversationNotice) =>
    n.kind === 'scenario-changed'
      ? `"${n.title}" has changed since you left your conversation in it, so that conversation cannot continue. It was set aside; start the scenario again to play the new version.`
      : n.kind === 'scenario-gone'
        ? 'A conversation you left open belongs to a scenario this version of Cooldown does not have. It was set aside, not deleted.'
        : `Your conversation in "${n.title}" could not be read back, so it cannot continue. It was set aside, not deleted; start the scenario again.`,
  /** The debrief of an attempt that could not be kept. */
  notKeptTitle: 'This debrief could not be saved',
  notKept: {
    'storage-full':
      "Your device's storage is full, so this attempt is not in your progress. Free some space (clear other sites' data or remove files), or save it to a file now and import that file from Progress later.",
    'profile-gone':
      'This profile was deleted in another window, so this attempt has nowhere to go. Save it to a file now and import that file from Progress to keep it.',
    failed:
      'Something stopped this attempt from being saved, so it is not in your progress. Save it to a file now and import that file from Progress later.',
  } as Record<NotKeptReason, string>,
  saveAttemptFile: 'Save this attempt to a file',
  noSuchAttempt: 'This attempt is not saved on this device any more.',
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
  /** A profile as the screens name it: its own name, or what is known of it when its record cannot be read. */
  profileName: (e: ProfileEntry) =>
    e.profile?.name ?? (e.unreadable === 'newer' ? 'Profile from a newer version' : 'Unreadable profile'),
  /** Beside a profile whose record cannot be read: what is kept of it, and what can be done. */
  unreadableProfileNote: (e: ProfileEntry) =>
    e.unreadable === 'newer'
      ? `It was saved by a newer version of Cooldown, which this version leaves as it is: update Cooldown to see its name. Its ${attemptCount(e.attempts)} here can still be played on and exported.`
      : `Its name could not be read. Its ${attemptCount(e.attempts)}, settings and any conversation left open are kept: give it a name to use it as before.`,
  /** The label of the name field of a profile whose name could not be read. */
  giveName: 'Give it a name',
  /** The name a profile whose record cannot be read has in a backup file. */
  unnamedProfile: 'Unnamed trainee',
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
  /** Why Progress suggests the scenario home leads with: it is the first not resolved yet. */
  practiseUnresolved: 'The next scenario you have not resolved yet.',
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
        // Never the parser's own message: it quotes the file's bytes (garbage for a picture).
        return 'This is not a Cooldown backup: the file is not a backup file Cooldown wrote (it may be a picture or a document). Choose the .json file from Export. Nothing was imported.';
      case 'not-a-backup':
        return 'This is not a Cooldown backup: it has no "format": "cooldown-backup" field.';
      case 'newer':
        return `This backup was made by a newer version of Cooldown (backup version ${p.version}); update Cooldown to import it.`;
      case 'damaged':
        return `The backup is damaged at ${p.path || '(top level)'}: ${p.issue}. Nothing was imported.`;
      case 'other-profile':
        return `The backup is damaged at ${p.path}: it belongs to another profile. Nothing was imported.`;
      case 'unknown-version':
        return `This backup says it is version ${p.version}, which no Cooldown wrote (versions are whole numbers from 1). Nothing was imported.`;
      case 'duplicate-id':
        return `The backup is damaged at ${p.path}: the id "${p.id}" is already used at ${p.first}. Nothing was imported.`;
      case 'impossible-date': {
        const why = {
          'not-a-date': 'is not a real date and time',
          'before-start': `ends before the attempt started (${p.start ?? '?'})`,
          future: 'lies in the future',
        }[p.reason];
        return `The backup is damaged at ${p.path}: "${p.date}" ${why}. Nothing was imported.`;
      }
      case 'impossible-score':
        return p.reason === 'not-the-sum'
          ? `The backup is damaged at ${p.path}: a total of ${p.value} is not what its parts add up to (${p.expected ?? '?'}). Nothing was imported.`
          : `The backup is damaged at ${p.path}: ${p.value} points is not something scoring gives there (${p.min ?? '?'} to ${p.max ?? '?'}). Nothing was imported.`;
    }
  },
  /** What an import in progress is doing, in profiles: checking the file, then writing it. */
  importing: (phase: 'checking' | 'writing', done: number, total: number) =>
    `${phase === 'checking' ? 'Checking' : 'Importing'} the backup: ${done} of ${total} profile(s)`,
  /** Beside a past attempt whose scenario this version of Cooldown does not have; its debrief still opens as it was saved. */
  scenarioNotHere: 'scenario not in this version',
  scenarioNotHereDebrief: (title: string) =>
    `${title} is not in this version of Cooldown: this debrief is the one saved with the attempt, and it cannot be replayed.`,
  /** While a backup file is read, before its profiles are counted. */
  importReading: 'Importing the backup file…',
  imported: (p: number, a: number, skipped: number, newer = 0) =>
    `Imported ${p} new profile(s) and ${a} attempt(s); ${skipped} already here.${
      newer
        ? ` ${newer} profile(s) were left out: a newer version of Cooldown saved them on this device. This version leaves them as they are.`
        : ''
    }`,

  /** The learning system refused or lost a report; play goes on. */
  lmsFault: (f: LmsFault) =>
    f.code === 'bad-parameter'
      ? `Your learning system opened Cooldown with a launch it cannot use (its "${f.detail}" is missing or wrong), so nothing you do here will be reported. Tell your trainer.`
      : f.call === 'fetch' || f.call === 'LMS.LaunchData'
        ? 'Cooldown could not start a session with your learning system, so nothing you do here will be reported. Try opening it from your course again, or tell your trainer.'
        : f.code === 'too-long'
          ? "Your learning system cannot keep this conversation's resume point, so it may start afresh next time. Your result will still be reported at the end."
          : `Your learning system did not accept a report (${f.call}: ${f.code === 'unreachable' ? 'it no longer answers' : `error ${f.code}${f.detail ? `, ${f.detail}` : ''}`}). You can keep playing; if your result does not show there, tell your trainer.`,
  lmsReturn: 'Your result has gone to your learning system.',
  lmsReturnButton: 'Back to your course',
  lmsLaunch: (p: LaunchProblem) =>
    p.kind === 'no-scenario'
      ? 'Your learning system opened Cooldown without naming a scenario. Pick one here; tell your trainer if results do not show there.'
      : p.kind === 'unknown-scenario'
        ? `Your learning system asked for a scenario this version does not have ("${p.id}"). Pick one here, and tell your trainer.`
        : `Your learning system gave a pass mark Cooldown cannot read ("${p.value}"). Pick a scenario here, and tell your trainer.`,
  /** The name and description of a package's course, as the LMS lists it. */
  lmsCourse: {
    onboarding: {
      title: 'Cooldown: onboarding',
      description:
        'Calming angry customers, step by step: short conversations by phone, chat and at the counter that introduce a few techniques at a time.',
    },
    refresher: {
      title: 'Cooldown: refresher',
      description:
        'Harder conversations for people who have done the job for a while: threats, special treatment, bad news and customers who need extra care.',
    },
    selection: (n: number) => ({
      title: `Cooldown: ${n} conversations`,
      description: 'Practise calming angry customers by phone, chat and at the counter, and learn from each debrief.',
    }),
  },
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
  workshop: WORKSHOP,
  /** What the customer's body does in each mood, in words (the counter's picture draws the same pose). */
  body: {
    calm: 'Shoulders loose, hands resting easily at their sides.',
    annoyed: 'Hands resting on the counter, leaning back a little, waiting.',
    frustrated: 'Arms crossed, jaw tight, drumming fingers on the counter.',
    angry: 'Leaning in, hands gesturing sharply as they speak.',
    furious: 'Leaning over the counter, jabbing a finger at you, voice raised.',
  } as Record<Mood, string>,
} as const;
