/**
 * Editor hover text for fields the engine schema leaves undescribed. Keys are property paths:
 * `*` is any key of a map (node or ending ids), `[]` any list item. The engine's own descriptions
 * win; these only fill gaps, so the editor explains every field an author types.
 */
const MOOD_LINE: Record<string, string> = {
  default: 'Used when there is no line for the current mood.',
  calm: 'When anger is 0–19 (calm).',
  annoyed: 'When anger is 20–39 (annoyed).',
  frustrated: 'When anger is 40–59 (frustrated).',
  angry: 'When anger is 60–79 (angry).',
  furious: 'When anger is 80–100 (furious).',
};

const moodLines = (prefix: string) =>
  Object.fromEntries(Object.entries(MOOD_LINE).map(([mood, text]) => [`${prefix}.${mood}`, text]));

export const SCENARIO_NOTES: Record<string, string> = {
  title: "The scenario's name, shown on the library card.",
  channel: 'phone, chat or in-person: decides the presentation and the default timer.',
  difficulty: '1 (gentle) to 5 (hard).',
  goal: 'What a good outcome looks like, shown in the briefing.',
  nodes: "The customer's turns, keyed by node id.",
  'nodes.*.stage': 'Where this turn sits in the de-escalation arc: venting, disarming, solving or closing.',
  'nodes.*.choices': 'Two to four replies, shown in this order.',
  'nodes.*.choices[].when.anger.min': 'Lowest anger (inclusive).',
  'nodes.*.choices[].when.anger.max': 'Highest anger (inclusive).',
  'nodes.*.choices[].next[].when.anger.min': 'Lowest anger (inclusive).',
  'nodes.*.choices[].next[].when.anger.max': 'Highest anger (inclusive).',
  endings: 'How the conversation can end, keyed by ending id.',
  'endings.*.kind': 'resolved, escalated, boundary or lost: decides the default title and outcome points.',
  'endings.*.title': 'Heading of the debrief; defaults by kind.',
  ...moodLines('nodes.*.say'),
  ...moodLines('nodes.*.aside'),
  ...moodLines('nodes.*.sayWhen[].say'),
  ...moodLines('nodes.*.choices[].reaction'),
  ...moodLines('nodes.*.timeout.say'),
  ...moodLines('endings.*.say'),
};

export const PERSONA_NOTES: Record<string, string> = {
  name: 'Full name, as the customer introduces themselves.',
  age: 'Age in years.',
  backstory: 'Why this matters to them today; the trainee reads it in the briefing.',
  look: 'How the persona is drawn.',
  'look.skin': 'Skin colour as #rrggbb.',
  'look.hair': 'Hair colour as #rrggbb.',
  'look.hairStyle': 'One of the drawn hair styles.',
  'look.shirt': 'Shirt colour as #rrggbb.',
  'look.glasses': 'Draw glasses.',
  'look.beard': 'Draw a beard.',
  voice: 'For optional speech synthesis.',
  'voice.pitch': "Speech pitch; 1 is the voice's normal.",
  'voice.rate': "Speech rate; 1 is the voice's normal.",
  'voice.lang': 'BCP 47 language tag of the voice, such as en-GB.',
  anger: "How this persona's anger starts and moves.",
  'anger.start': 'Anger at the start (0–99) unless the scenario sets its own.',
};

type Json = { [key: string]: unknown };

/** Adds notes[path] as the description of each property that has none. */
export function addNotes(node: unknown, notes: Record<string, string>, path = ''): void {
  if (Array.isArray(node)) return node.forEach((n) => addNotes(n, notes, path));
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node as Json)) {
    if (key === 'properties' && value && typeof value === 'object') {
      for (const [name, prop] of Object.entries(value as Record<string, Json>)) {
        const at = path ? `${path}.${name}` : name;
        if (prop && typeof prop === 'object' && !prop.description && notes[at]) prop.description = notes[at];
        addNotes(prop, notes, at);
      }
    } else addNotes(value, notes, key === 'additionalProperties' ? `${path}.*` : key === 'items' ? `${path}[]` : path);
  }
}
