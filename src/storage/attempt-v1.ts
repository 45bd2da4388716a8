/**
 * Attempt records of version 1 kept the debrief with the English sentences the
 * engine used to write into it. Version 2 keeps ids and numbers instead and the
 * screens word them from the message catalogue. This turns version 1 data into
 * version 2 data, losing nothing the trainee saw:
 *
 * - a rating ("Getting there") becomes its id (`getting-there`);
 * - an outcome title that was only the default for its kind ("Resolved") is
 *   dropped (the screens name the kind); a scenario's own title stays;
 * - arc labels are dropped (the step id names them);
 * - a silence turn ("(no answer)" with the silence feedback) keeps only
 *   `choiceId: null`, in the turn log, the transcript and the costliest turn;
 *   transcript and costliest turns get the choice id from the turn log;
 * - the breather sentence becomes its id (`lost` or `hard-call`);
 * - reflection questions become prompts: the two the debrief generated (about
 *   the costliest turn, about missed arc steps) become structured prompts when
 *   their text is exactly what version 1 wrote for this debrief's own costliest
 *   turn and arc; every other question is kept as text (`authored`).
 *
 * It reads loosely and leaves what it does not recognise as it is, so that a
 * damaged record still fails the schema at the place that is wrong.
 */

type Json = Record<string, unknown>;

const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

/** What version 1 stored as the silent reply. */
const V1_NO_ANSWER = '(no answer)';

const V1_RATINGS: Readonly<Record<string, string>> = {
  Excellent: 'excellent',
  Good: 'good',
  'Getting there': 'getting-there',
  'Needs practice': 'needs-practice',
};

/** The titles version 1 gave an ending without one of its own. */
const V1_DEFAULT_TITLES: Readonly<Record<string, string>> = {
  resolved: 'Resolved',
  escalated: 'Escalated to a supervisor',
  boundary: 'Ended on a boundary',
  lost: 'Customer lost',
};

const V1_ARC_LABELS: Readonly<Record<string, string>> = {
  listen: 'Listen',
  empathise: 'Empathise',
  apologise: 'Apologise',
  solve: 'Solve',
  'follow-up': 'Follow up',
};

const V1_BREATHER_REST =
  ' Before the next one, take two minutes: stand up, breathe in for four counts and out for six, and remind yourself the anger was about the situation, not about you.';
const V1_BREATHERS: Readonly<Record<string, string>> = {
  [`That one got away from you, and it happens to everyone.${V1_BREATHER_REST}`]: 'lost',
  [`That was a hard conversation.${V1_BREATHER_REST}`]: 'hard-call',
};

function v1CostliestQuestion(index: unknown, reply: unknown): string {
  return `At turn ${String(index)} you said "${String(reply)}". What made that the tempting answer, and what would you say next time?`;
}

function v1MissedQuestion(labels: readonly string[]): string {
  const words = labels.map((l) => l.toLowerCase());
  const list = words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
  return `You never got to ${list}. Where in this conversation could it have fitted?`;
}

/** Silence is `choiceId: null` with no words: version 1 also stored "(no answer)" and the silence feedback. */
function withoutSilentWords(entry: Json, silent: boolean): Json {
  if (!silent) return entry;
  const { reply: _reply, feedback: _feedback, ...rest } = entry;
  return rest;
}

export function attemptFromV1(data: unknown): unknown {
  if (!isObject(data)) return data;
  const turns = Array.isArray(data.turns) ? data.turns : undefined;
  /** The choice id of the n-th turn (1-based) from the turn log; transcript and costliest count turns the same way. */
  const choiceAt = (index: unknown, reply: unknown): string | null => {
    const turn: unknown = typeof index === 'number' ? turns?.[index - 1] : undefined;
    if (isObject(turn) && (turn.choiceId === null || typeof turn.choiceId === 'string')) return turn.choiceId;
    // Not found in the log (never so in records version 1 wrote): silence by its words, otherwise an unknown reply.
    return reply === V1_NO_ANSWER ? null : '';
  };
  return {
    ...data,
    ...(turns ? { turns: turns.map((t) => (isObject(t) ? withoutSilentWords(t, t.choiceId === null) : t)) } : {}),
    ...(isObject(data.debrief) ? { debrief: debriefFromV1(data.debrief, choiceAt) } : {}),
  };
}

function debriefFromV1(d: Json, choiceAt: (index: unknown, reply: unknown) => string | null): Json {
  const out: Json = { ...d };

  if (isObject(d.outcome)) {
    const { title, ...outcome } = d.outcome;
    const isDefault = typeof d.outcome.kind === 'string' && title === V1_DEFAULT_TITLES[d.outcome.kind];
    out.outcome = isDefault ? outcome : d.outcome;
  }

  if (isObject(d.score) && typeof d.score.rating === 'string' && d.score.rating in V1_RATINGS)
    out.score = { ...d.score, rating: V1_RATINGS[d.score.rating] };

  if (Array.isArray(d.transcript))
    out.transcript = d.transcript.map((t: unknown) => {
      if (!isObject(t)) return t;
      const choiceId = choiceAt(t.index, t.reply);
      return withoutSilentWords({ ...t, choiceId }, choiceId === null);
    });

  const costliestChoice = isObject(d.costliest) ? choiceAt(d.costliest.index, d.costliest.reply) : undefined;
  if (isObject(d.costliest))
    out.costliest = withoutSilentWords({ ...d.costliest, choiceId: costliestChoice }, costliestChoice === null);

  if (Array.isArray(d.arc))
    out.arc = d.arc.map((a: unknown) => {
      if (!isObject(a)) return a;
      const { label: _label, ...check } = a;
      return check;
    });

  if (Array.isArray(d.reflection)) out.reflection = reflectionFromV1(d, costliestChoice);

  if (typeof d.breather === 'string') {
    const outcome = isObject(d.outcome) ? d.outcome : {};
    // Version 1 wrote only the two sentences; anything else still was a breather, for a lost customer or a hard call.
    out.breather = V1_BREATHERS[d.breather] ?? (outcome.kind === 'lost' ? 'lost' : 'hard-call');
  }
  return out;
}

/** Version 1 asked the authored questions, then maybe one about the costliest turn, then maybe one about missed arc steps. */
function reflectionFromV1(d: Json, costliestChoice: string | null | undefined): unknown[] {
  const questions = [...(d.reflection as unknown[])];
  const tail: Json[] = [];
  const arc = Array.isArray(d.arc) ? d.arc.filter(isObject) : [];
  const missed = arc.filter((a) => a.done === false);
  if (missed.length > 0 && missed.length < arc.length) {
    const labels = missed.map((a) => (typeof a.label === 'string' ? a.label : (V1_ARC_LABELS[String(a.step)] ?? '')));
    if (questions.at(-1) === v1MissedQuestion(labels)) {
      questions.pop();
      tail.unshift({ kind: 'missed-arc', steps: missed.map((a) => a.step) });
    }
  }
  const c = d.costliest;
  if (isObject(c) && costliestChoice !== undefined && questions.at(-1) === v1CostliestQuestion(c.index, c.reply)) {
    questions.pop();
    tail.unshift(
      costliestChoice === null
        ? { kind: 'costliest', turn: c.index, choiceId: null }
        : { kind: 'costliest', turn: c.index, choiceId: costliestChoice, reply: c.reply },
    );
  }
  return [...questions.map((q) => (typeof q === 'string' ? { kind: 'authored', text: q } : q)), ...tail];
}
