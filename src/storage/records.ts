/**
 * The records Cooldown keeps, with the schema each is checked against on read
 * and on import. Bump a record's version and add a migration whenever its
 * shape changes (docs/storage.md).
 */
import { z } from 'zod';
// Single modules, not the engine's index: storage is loaded on start-up, before the engine's play code.
import { ARC_STEPS } from '../engine/catalogue/arc.ts';
import { MOODS } from '../engine/catalogue/mood.ts';
import { STAGES } from '../engine/catalogue/stage.ts';
import { ENDING_KINDS } from '../engine/content/schema.ts';
import { BREATHERS } from '../engine/model/breather.ts';
import { RATINGS } from '../engine/model/rating.ts';
import { attemptFromV1 } from './attempt-v1.ts';
import type { RecordType } from './versioned.ts';

const Text = z.string().max(5000);
const Count = z.number().int().min(0);
const Anger = z.number().min(0).max(100);
const IsoTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T/, 'an ISO date-time');
const RecordId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'an id of letters, digits, _ or -');
const Names = z.array(z.strictObject({ id: Text, name: Text }));

export const ProfileSchema = z.strictObject({
  id: RecordId,
  name: z.string().trim().min(1).max(40),
  createdAt: IsoTime,
});
export type Profile = z.infer<typeof ProfileSchema>;

const TurnFacts = {
  nodeId: Text,
  stage: z.enum(STAGES),
  customer: Text,
  techniques: z.array(Text),
  pitfalls: z.array(Text),
  angerBefore: Anger,
  angerAfter: Anger,
  flagsBefore: z.record(z.string(), z.boolean()),
  reaction: z.strictObject({
    delta: z.number(),
    model: z.number(),
    parts: z.array(z.strictObject({ kind: z.enum(['technique', 'pitfall']), id: Text, points: z.number() })),
  }),
  followUp: Text.optional(),
};

/** A turn of the log: a reply with its words and feedback, or a silence (choiceId null) with neither. */
export const TurnRecordSchema = z.union([
  z.strictObject({ ...TurnFacts, choiceId: Text, reply: Text, feedback: Text, reactionLine: Text.optional() }),
  z.strictObject({ ...TurnFacts, choiceId: z.null() }),
]);

const ScoreSchema = z.strictObject({
  outcome: z.number(),
  calmed: z.number(),
  techniques: z.number(),
  pitfalls: z.number(),
  timeliness: z.number(),
  total: z.number().min(0).max(100),
  rating: z.enum(RATINGS),
});

const TranscriptFacts = {
  index: Count,
  customer: Text,
  techniques: Names,
  pitfalls: Names,
  angerBefore: Anger,
  angerAfter: Anger,
  change: z.number(),
  points: z.number(),
};

const CostliestFacts = {
  index: Count,
  change: z.number(),
  cost: z.number(),
  alternative: z.strictObject({ choiceId: Text, text: Text, change: z.number(), feedback: Text }),
};

const ReflectionPromptSchema = z.union([
  z.strictObject({ kind: z.literal('authored'), text: Text }),
  z.strictObject({ kind: z.literal('costliest'), turn: Count, choiceId: Text, reply: Text }),
  z.strictObject({ kind: z.literal('costliest'), turn: Count, choiceId: z.null() }),
  z.strictObject({ kind: z.literal('missed-arc'), steps: z.array(z.enum(ARC_STEPS)) }),
]);

export const DebriefSchema = z.strictObject({
  scenarioId: Text,
  outcome: z.strictObject({
    endingId: Text,
    kind: z.enum(ENDING_KINDS),
    /** Only an ending's own title; without one the screens name the kind. */
    title: Text.optional(),
    lastWords: Text,
    summary: Text,
  }),
  score: ScoreSchema,
  curve: z.array(z.strictObject({ turn: Count, anger: Anger, mood: z.enum(MOODS) })),
  transcript: z.array(
    z.union([
      z.strictObject({ ...TranscriptFacts, choiceId: Text, reply: Text, feedback: Text, reaction: Text.optional() }),
      z.strictObject({ ...TranscriptFacts, choiceId: z.null() }),
    ]),
  ),
  costliest: z
    .union([
      z.strictObject({ ...CostliestFacts, choiceId: Text, reply: Text }),
      z.strictObject({ ...CostliestFacts, choiceId: z.null() }),
    ])
    .optional(),
  arc: z.array(z.strictObject({ step: z.enum(ARC_STEPS), done: z.boolean(), turn: Count.optional() })),
  reflection: z.array(ReflectionPromptSchema),
  breather: z.enum(BREATHERS).optional(),
});

export const AttemptSchema = z.strictObject({
  id: RecordId,
  profileId: RecordId,
  scenarioId: Text,
  /** Content hash of the scenario version played: the debrief below belongs to that version. */
  scenarioHash: Text,
  scenarioTitle: Text,
  startedAt: IsoTime,
  endedAt: IsoTime,
  finalAnger: Anger,
  turns: z.array(TurnRecordSchema),
  /** Kept whole so a past debrief opens as it was, even after the scenario file has changed. */
  debrief: DebriefSchema,
  /** Best score the scenario allowed when played, if known. */
  bestPossible: z.number().min(0).max(100).optional(),
});
export type Attempt = z.infer<typeof AttemptSchema>;

/** The response timer's settings: none, double time, the scenario's own pace. */
export const TIMER_SETTINGS = ['off', 'relaxed', 'normal'] as const;
export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;

export const SettingsSchema = z.strictObject({
  timer: z.enum(TIMER_SETTINGS),
  reducedMotion: z.boolean(),
  /** Added in version 2: sound, spoken customer lines, text size. */
  volume: z.number().min(0).max(1),
  /** Added in version 3: effects and tension-music levels under the master volume. */
  effects: z.number().min(0).max(1),
  ambience: z.number().min(0).max(1),
  muted: z.boolean(),
  speech: z.boolean(),
  textSize: z.enum(TEXT_SIZES),
});
export type StoredSettings = z.infer<typeof SettingsSchema>;

/** What a profile's settings start from, and what older settings get for what they lack. Reduced motion follows the system until chosen. */
export const SETTINGS_DEFAULTS = {
  timer: 'normal',
  volume: 0.8,
  effects: 1,
  ambience: 0.6,
  muted: false,
  speech: false,
  textSize: 'normal',
} as const satisfies Omit<StoredSettings, 'reducedMotion'>;

export const PROFILE: RecordType<Profile> = { kind: 'profile', version: 1, schema: ProfileSchema, migrations: {} };
export const ATTEMPT: RecordType<Attempt> = {
  kind: 'attempt',
  version: 2,
  schema: AttemptSchema,
  // Version 2 keeps ids where version 1 kept the engine's English (ratings, titles, silence, breather, questions).
  migrations: { 1: attemptFromV1 },
};
export const SETTINGS: RecordType<StoredSettings> = {
  kind: 'settings',
  version: 3,
  schema: SettingsSchema,
  // Version 2 added sound, speech and text size; version 3 separate effects and music levels. Older settings get the defaults.
  migrations: {
    1: (d) => {
      const { volume, muted, speech, textSize } = SETTINGS_DEFAULTS;
      return { ...(d as object), volume, muted, speech, textSize };
    },
    2: (d) => ({ ...(d as object), effects: SETTINGS_DEFAULTS.effects, ambience: SETTINGS_DEFAULTS.ambience }),
  },
};
