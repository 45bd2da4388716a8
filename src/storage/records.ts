/**
 * The records Cooldown keeps, with the schema each is checked against on read
 * and on import. Bump a record's version and add a migration whenever its
 * shape changes (docs/storage.md).
 */
import { z } from 'zod';
// Single modules, not the engine's index: storage is loaded on start-up, before the engine's play code.
import { MOODS } from '../engine/catalogue/mood.ts';
import { STAGES } from '../engine/catalogue/stage.ts';
import { ENDING_KINDS } from '../engine/content/schema.ts';
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

export const TurnRecordSchema = z.strictObject({
  nodeId: Text,
  stage: z.enum(STAGES),
  customer: Text,
  choiceId: Text.nullable(),
  reply: Text,
  techniques: z.array(Text),
  pitfalls: z.array(Text),
  feedback: Text,
  angerBefore: Anger,
  angerAfter: Anger,
  flagsBefore: z.record(z.string(), z.boolean()),
  reaction: z.strictObject({
    delta: z.number(),
    model: z.number(),
    parts: z.array(z.strictObject({ kind: z.enum(['technique', 'pitfall']), id: Text, points: z.number() })),
  }),
  followUp: Text.optional(),
});

const ScoreSchema = z.strictObject({
  outcome: z.number(),
  calmed: z.number(),
  techniques: z.number(),
  pitfalls: z.number(),
  timeliness: z.number(),
  total: z.number().min(0).max(100),
  rating: z.enum(['Excellent', 'Good', 'Getting there', 'Needs practice']),
});

export const DebriefSchema = z.strictObject({
  scenarioId: Text,
  outcome: z.strictObject({ endingId: Text, kind: z.enum(ENDING_KINDS), title: Text, lastWords: Text, summary: Text }),
  score: ScoreSchema,
  curve: z.array(z.strictObject({ turn: Count, anger: Anger, mood: z.enum(MOODS) })),
  transcript: z.array(
    z.strictObject({
      index: Count,
      customer: Text,
      reply: Text,
      techniques: Names,
      pitfalls: Names,
      angerBefore: Anger,
      angerAfter: Anger,
      change: z.number(),
      feedback: Text,
      points: z.number(),
    }),
  ),
  costliest: z
    .strictObject({
      index: Count,
      reply: Text,
      change: z.number(),
      cost: z.number(),
      alternative: z.strictObject({ choiceId: Text, text: Text, change: z.number(), feedback: Text }),
    })
    .optional(),
  arc: z.array(z.strictObject({ step: Text, label: Text, done: z.boolean(), turn: Count.optional() })),
  reflection: z.array(Text),
  breather: Text.optional(),
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

export const SessionSchema = z.strictObject({
  profileId: RecordId,
  scenarioId: Text,
  scenarioHash: Text,
  startedAt: IsoTime,
  savedAt: IsoTime,
  /** XState persisted snapshot of the conversation machine. */
  snapshot: z.record(z.string(), z.unknown()),
  /** Milliseconds left on the response clock, or null when no timer runs. */
  remainingMs: z.number().min(0).nullable(),
});
export type Session = z.infer<typeof SessionSchema>;

export const SettingsSchema = z.strictObject({
  timer: z.enum(['off', 'relaxed', 'normal']),
  reducedMotion: z.boolean(),
  /** Added in version 2: sound, spoken customer lines, text size. */
  volume: z.number().min(0).max(1),
  /** Added in version 3: effects and tension-music levels under the master volume. */
  effects: z.number().min(0).max(1),
  ambience: z.number().min(0).max(1),
  muted: z.boolean(),
  speech: z.boolean(),
  textSize: z.enum(['normal', 'large', 'larger']),
});
export type StoredSettings = z.infer<typeof SettingsSchema>;

export const PROFILE: RecordType<Profile> = { kind: 'profile', version: 1, schema: ProfileSchema, migrations: {} };
export const ATTEMPT: RecordType<Attempt> = { kind: 'attempt', version: 1, schema: AttemptSchema, migrations: {} };
export const SESSION: RecordType<Session> = { kind: 'session', version: 1, schema: SessionSchema, migrations: {} };
export const SETTINGS: RecordType<StoredSettings> = {
  kind: 'settings',
  version: 3,
  schema: SettingsSchema,
  // Version 2 added sound, speech and text size; version 3 separate effects and music levels. Older settings get the defaults.
  migrations: {
    1: (d) => ({ ...(d as object), volume: 0.8, muted: false, speech: false, textSize: 'normal' }),
    2: (d) => ({ ...(d as object), effects: 1, ambience: 0.6 }),
  },
};
