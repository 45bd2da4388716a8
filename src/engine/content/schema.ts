/**
 * The one schema for scenario and persona files. It gives the TypeScript types,
 * the runtime validation and (through `z.toJSONSchema`) the editor JSON Schema.
 */
import { z } from 'zod';
import { MOODS } from '../catalogue/mood.ts';
import { STAGES } from '../catalogue/stage.ts';

export const CHANNELS = ['phone', 'chat', 'in-person'] as const;
export type Channel = (typeof CHANNELS)[number];

export const ENDING_KINDS = ['resolved', 'escalated', 'boundary', 'lost'] as const;
export type EndingKind = (typeof ENDING_KINDS)[number];

const MARKUP = /<\s*[a-z!/][^>]*>/i;

export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'a lower-case id with dashes, like "late-parcel"' })
  .max(60)
  .meta({ description: 'A stable lower-case id with dashes; saved attempts refer to it.' });

/** Text is shown to trainees as text: markup is refused so nothing can be injected into the page. */
export const PlainTextSchema = z
  .string()
  .trim()
  .min(1, { message: 'some text' })
  .max(2000)
  .refine((s) => !MARKUP.test(s), { message: 'plain text without HTML tags' });

const Mood = z.enum(MOODS);

/** A customer line: one text, or variants by mood with an optional default. */
export const MoodLinesSchema = z
  .union([
    PlainTextSchema,
    z
      .strictObject({
        default: PlainTextSchema.optional(),
        calm: PlainTextSchema.optional(),
        annoyed: PlainTextSchema.optional(),
        frustrated: PlainTextSchema.optional(),
        angry: PlainTextSchema.optional(),
        furious: PlainTextSchema.optional(),
      })
      .refine((v) => Object.keys(v).length > 0, { message: 'at least one line (default or a mood)' }),
  ])
  .meta({
    description:
      'What the customer says: a single line, or lines by mood (calm, annoyed, frustrated, angry, furious) with an optional default.',
  });

export const FlagsSchema = z
  .record(IdSchema, z.boolean())
  .meta({ description: 'Flag names and the value they must have or are set to.' });

export const ConditionSchema = z
  .strictObject({
    mood: z.array(Mood).min(1).optional().meta({ description: 'Only in these moods.' }),
    anger: z
      .strictObject({
        min: z.number().int().min(0).max(100).optional(),
        max: z.number().int().min(0).max(100).optional(),
      })
      .optional()
      .meta({ description: 'Only when anger is within this range (inclusive).' }),
    flags: FlagsSchema.optional(),
  })
  .meta({ description: 'When this applies: mood, anger range and flags must all match.' });

export const BranchSchema = z.strictObject({ when: ConditionSchema.optional(), to: IdSchema });

export const NextSchema = z.union([IdSchema, z.array(BranchSchema).min(1)]).meta({
  description:
    'The node or ending that follows: an id, or a list of {when, to} tried in order (the last without `when`).',
});

export const AngerEffectSchema = z
  .union([
    z.strictObject({
      adjust: z.number().int().min(-100).max(100).meta({ description: "Added to the persona model's figure." }),
    }),
    z.strictObject({
      change: z.number().int().min(-100).max(100).meta({ description: "Replaces the persona model's figure." }),
    }),
  ])
  .meta({ description: 'Author control over the anger change: `adjust` the model figure or `change` it outright.' });

export const ChoiceSchema = z.strictObject({
  id: IdSchema,
  text: PlainTextSchema.meta({ description: 'What the trainee says.' }),
  techniques: z
    .array(IdSchema)
    .default([])
    .meta({ description: 'Technique ids from the catalogue that this reply uses.' }),
  pitfalls: z
    .array(IdSchema)
    .default([])
    .meta({ description: 'Pitfall ids from the catalogue that this reply commits.' }),
  feedback: PlainTextSchema.meta({ description: 'Why this reply works or does not, shown in the debrief.' }),
  next: NextSchema,
  when: ConditionSchema.optional(),
  sets: FlagsSchema.optional(),
  anger: AngerEffectSchema.optional(),
  reaction: MoodLinesSchema.optional().meta({
    description:
      "The customer's immediate answer to this reply, shown before the next node's line; by mood after the reply.",
  }),
});

/** A variant of a node's line for one way in: after certain replies, or with certain flags. */
export const SayWhenSchema = z
  .strictObject({
    after: z
      .array(IdSchema)
      .min(1)
      .optional()
      .meta({ description: 'Only right after one of these replies (reply ids of the nodes that lead here).' }),
    flags: FlagsSchema.optional(),
    say: MoodLinesSchema,
  })
  .meta({ description: 'A line for one way in; the first entry whose `after` and `flags` both match is said.' });

export const NodeSchema = z.strictObject({
  stage: z.enum(STAGES),
  say: MoodLinesSchema,
  sayWhen: z
    .array(SayWhenSchema)
    .min(1)
    .optional()
    .meta({ description: 'Lines that replace `say` for particular ways in (tried in order; `say` otherwise).' }),
  fitsEveryWayIn: z.literal(true).optional().meta({
    description:
      'The author vouches that this line fits after every reply that leads here, so replies folding in need no reaction.',
  }),
  aside: MoodLinesSchema.optional().meta({
    description: 'What the trainee sees or hears besides words: body language, tone, a pause.',
  }),
  timer: z
    .union([z.number().int().min(3).max(300), z.literal(false)])
    .optional()
    .meta({
      description:
        'Seconds to answer before silence counts against you; false for none. Defaults to the scenario timer.',
    }),
  timeout: z
    .strictObject({ say: MoodLinesSchema.optional(), next: IdSchema.optional() })
    .optional()
    .meta({ description: 'What happens on silence: an optional line and where it leads (default: stay here).' }),
  choices: z.array(ChoiceSchema).min(2, { message: 'at least 2 choices' }).max(4, { message: 'at most 4 choices' }),
});

/** The most outcome points an ending may give (the default for each kind is lower: src/engine/model/score.ts). */
export const MAX_ENDING_POINTS = 60;

export const EndingSchema = z.strictObject({
  kind: z.enum(ENDING_KINDS),
  title: PlainTextSchema.optional(),
  say: MoodLinesSchema.meta({ description: "The customer's last words." }),
  summary: PlainTextSchema.meta({ description: 'What happened and why, for the debrief.' }),
  reflection: z.array(PlainTextSchema).min(1).meta({ description: 'Questions for the trainee to think about.' }),
  points: z
    .number()
    .int()
    .min(0)
    .max(MAX_ENDING_POINTS)
    .optional()
    .meta({ description: 'Outcome points, overriding the default for its kind.' }),
});

/** Who placed a phone call: the customer (incoming, the default) or the trainee (outgoing). */
export const CALL_DIRECTIONS = ['incoming', 'outgoing'] as const;
export type CallDirection = (typeof CALL_DIRECTIONS)[number];

export const ScenarioSchema = z.strictObject({
  id: IdSchema,
  title: PlainTextSchema,
  channel: z.enum(CHANNELS),
  direction: z.enum(CALL_DIRECTIONS).optional().meta({
    description:
      'Phone only: who placed the call. incoming (the default): the phone rings and the trainee answers; outgoing: the trainee calls the customer.',
  }),
  persona: IdSchema.meta({ description: 'The id of a persona file in scenarios/personas/.' }),
  difficulty: z.number().int().min(1).max(5),
  summary: PlainTextSchema.meta({ description: 'One or two sentences for the library card.' }),
  situation: PlainTextSchema.meta({
    description: 'The briefing: what the trainee knows before the conversation starts.',
  }),
  goal: PlainTextSchema,
  authority: z.array(PlainTextSchema).min(1).optional().meta({
    description: 'What the trainee may do in this situation, one power per entry: "Refund up to €50 without approval".',
  }),
  tracks: z
    .strictObject({
      onboarding: z
        .number()
        .int()
        .min(1)
        .max(99)
        .optional()
        .meta({ description: 'Position in the onboarding path (1 first).' }),
      refresher: z.boolean().optional().meta({ description: 'Part of the refresher track for experienced staff.' }),
    })
    .optional()
    .meta({ description: 'The training tracks this scenario belongs to.' }),
  anger: z
    .number()
    .int()
    .min(0)
    .max(99)
    .optional()
    .meta({ description: "Starting anger for this situation; defaults to the persona's." }),
  timer: z
    .union([z.number().int().min(3).max(300), z.literal(false)])
    .optional()
    .meta({ description: 'Default seconds per response; defaults by channel.' }),
  start: IdSchema,
  onMaxAnger: IdSchema.meta({ description: 'The ending reached from any node when anger hits 100.' }),
  nodes: z.record(IdSchema, NodeSchema),
  endings: z.record(IdSchema, EndingSchema),
});

export const HAIR_STYLES = ['short', 'long', 'bun', 'curly', 'bald', 'ponytail', 'buzz'] as const;

export const PersonaSchema = z.strictObject({
  id: IdSchema,
  name: PlainTextSchema,
  age: z.number().int().min(16).max(100),
  role: PlainTextSchema.meta({ description: 'Who they are in a few words: "bakery owner", "retired teacher".' }),
  backstory: PlainTextSchema,
  look: z.strictObject({
    skin: z.string().regex(/^#[0-9a-f]{6}$/i, { message: 'a colour like "#c68642"' }),
    hair: z.string().regex(/^#[0-9a-f]{6}$/i, { message: 'a colour like "#3b2a1a"' }),
    hairStyle: z.enum(HAIR_STYLES),
    shirt: z.string().regex(/^#[0-9a-f]{6}$/i, { message: 'a colour like "#336699"' }),
    glasses: z.boolean().default(false),
    beard: z.boolean().default(false),
  }),
  voice: z
    .strictObject({
      pitch: z.number().min(0.5).max(2).default(1),
      rate: z.number().min(0.5).max(2).default(1),
      lang: z.string().default('en-GB'),
    })
    .default({ pitch: 1, rate: 1, lang: 'en-GB' }),
  anger: z.strictObject({
    start: z.number().int().min(0).max(99),
    volatility: z
      .number()
      .int()
      .min(1)
      .max(5)
      .meta({ description: '1 slow to flare and quick to cool … 5 flares fast and cools slowly.' }),
    patience: z
      .number()
      .int()
      .min(1)
      .max(5)
      .meta({ description: '1 hates waiting (short timer, big silence penalty) … 5 tolerates pauses.' }),
  }),
  hotButtons: z.array(IdSchema).default([]).meta({ description: 'Pitfall ids that hit this persona hardest.' }),
  soothedBy: z.array(IdSchema).default([]).meta({ description: 'Technique ids that calm this persona most.' }),
});

export type ScenarioData = z.infer<typeof ScenarioSchema>;
export type PersonaData = z.infer<typeof PersonaSchema>;
export type NodeData = z.infer<typeof NodeSchema>;
export type ChoiceData = z.infer<typeof ChoiceSchema>;
export type EndingData = z.infer<typeof EndingSchema>;
export type ConditionData = z.infer<typeof ConditionSchema>;
export type MoodLinesData = z.infer<typeof MoodLinesSchema>;
export type BranchData = z.infer<typeof BranchSchema>;
