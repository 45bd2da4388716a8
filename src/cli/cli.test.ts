import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { main } from './cli.ts';
import type { CliIO } from './io.ts';
import { staleSchemas } from './commands/schema.ts';
import { MESSAGES } from '../messages/index.ts';

const GOOD = 'src/cli/__fixtures__/good';
const BAD = 'src/cli/__fixtures__/bad';

function run(argv: string[], dir = GOOD, answers: string[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    dir,
    out: (t) => out.push(...t.split('\n')),
    err: (t) => err.push(...t.split('\n')),
    ask: async () => answers.shift(),
  };
  return main(argv, io).then((code) => ({ code, out, err }));
}

describe('check', () => {
  it('passes good content with a summary line', async () => {
    const r = await run(['check']);
    expect(r).toEqual({ code: 0, out: ['2 scenarios, 2 personas checked: 0 errors, 0 warnings'], err: [] });
  });

  it('fails bad content, printing file:line:col field message', async () => {
    const r = await run(['check'], BAD);
    expect(r.code).toBe(1);
    expect(r.err).toEqual([
      `${BAD}/dangling-next.yaml:21:15 nodes.greeting.choices[0].next unknown node or ending "resolve" (did you mean "resolved"?)`,
    ]);
    expect(r.out.at(-1)).toBe('2 scenarios, 1 persona checked: 1 error, 0 warnings');
  });

  it('reports a warning on the scenario whose persona has an error, and counts both', async () => {
    const dir = 'src/cli/__fixtures__/broken-persona';
    const r = await run(['check'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toEqual([
      `${dir}/personas/fixture-persona.yaml:8:17 anger.start expected at most 99, found the number 120`,
    ]);
    expect(r.out).toEqual([
      `${dir}/baseline.yaml:5:10 warning: persona "fixture-persona" has errors in its own file, so this scenario is left out until they are fixed`,
      '1 scenario, 1 persona checked: 1 error, 1 warning',
    ]);
  });

  it('checks only the files named, and refuses files that do not exist', async () => {
    expect(await run(['check', `${BAD}/baseline.yaml`], BAD)).toEqual({
      code: 0,
      out: ['1 scenario, 1 persona checked: 0 errors, 0 warnings'],
      err: [],
    });
    const missing = await run(['check', 'nope.yaml'], BAD);
    expect(missing.code).toBe(2);
    expect(missing.err[0]).toBe('check: no such content file: nope.yaml');
  });
});

describe('play', () => {
  it('plays a scripted line to the end and prints the debrief', async () => {
    const r = await run(['play', 'fixture-broken-kettle', '--choices', '1,1,1']);
    expect(r.code).toBe(0);
    // What the trainee may do, before the first line.
    expect(r.out.slice(2, 5)).toEqual([
      'What you may do:',
      '  - Replace a faulty kettle from stock',
      '  - Refund up to €40 without approval',
    ]);
    expect(r.out).toContain('[Venting] Anger ███████░░░ 70 angry');
    const reaction = r.out.indexOf('Rosa Fixture: Right. Well, I plugged it in on Monday and by Sunday: nothing.');
    expect(reaction).toBeGreaterThan(0);
    expect(r.out[reaction + 1]).toBe('  → anger -11 (now 59). Letting her get it out is the fastest way down.');
    expect(r.out).toContain('══ Debrief: Resolved ══');
    expect(
      r.out.some((l) =>
        /^Score \d+\/100 \(best possible here: \d+\) — (Excellent|Good|Getting there|Needs practice)$/.test(l),
      ),
    ).toBe(true);
    expect(r.out).toContain('  [x] Listen (turn 1)');
  });

  it('plays interactively, re-asking after an answer it cannot use', async () => {
    const r = await run(['play', 'fixture-broken-kettle'], GOOD, ['9', 'x', '1', '1', '1']);
    expect(r.code).toBe(0);
    expect(r.out.filter((l) => l.startsWith('  Type a number from 1 to 3'))).toHaveLength(2);
    expect(r.out).toContain('══ Debrief: Resolved ══');
  });

  it('treats s as silence, and words it from the message catalogue', async () => {
    const r = await run(['play', 'fixture-broken-kettle', '--choices', 's,1,1,1']);
    expect(r.out.some((l) => l.startsWith('  → anger +') && l.endsWith(MESSAGES.silenceFeedback))).toBe(true);
    expect(r.out.some((l) => l.startsWith(`     You: ${MESSAGES.noAnswer}   [anger +`))).toBe(true);
  });

  it('names the step of a bad scripted choice', async () => {
    expect((await run(['play', 'fixture-broken-kettle', '--choices', '1,7'])).err[0]).toBe(
      'play: step 2: choice 7 does not exist; this step has choices 1–4 or s',
    );
    expect((await run(['play', 'fixture-broken-kettle', '--choices', '1,x'])).err[0]).toBe(
      'play: step 2: "x" is not a choice number or s',
    );
    const short = await run(['play', 'fixture-broken-kettle', '--choices', '1']);
    expect(short.code).toBe(1);
    expect(short.err[0]).toMatch(/^--choices ran out after step 1: the conversation is still at node "/);
  });

  it('notes scripted choices left over once the conversation has ended', async () => {
    const r = await run(['play', 'fixture-broken-kettle', '--choices', '1,1,1,2,2']);
    expect(r.code).toBe(0);
    expect(r.err).toEqual(['--choices: the conversation ended at step 3; 2 choices left unused (2,2)']);
  });

  it('suggests a known id for an unknown one', async () => {
    const r = await run(['play', 'fixture-broken-kettel']);
    expect(r.code).toBe(1);
    expect(r.err[0]).toBe(
      'unknown scenario "fixture-broken-kettel" (did you mean "fixture-broken-kettle"?). Known scenarios: fixture-broken-kettle, fixture-double-charge',
    );
  });
});

describe('the command line', () => {
  it('prints usage for help and refuses unknown commands and options', async () => {
    expect((await run(['help'])).out[0]).toBe('usage: npm run scenarios -- <command> [options]');
    expect((await run([])).code).toBe(2);
    const unknown = await run(['analyze']);
    expect(unknown.code).toBe(2);
    expect(unknown.err[0]).toBe('unknown command "analyze"');
    const option = await run(['check', '--fast']);
    expect(option.code).toBe(2);
    expect(option.err[0]).toBe('check: unknown option --fast');
  });

  it('lists the catalogue ids', async () => {
    const r = await run(['catalogue']);
    expect(r.out).toContain('  empathy                Acknowledge the feeling — best in: venting, disarming');
    expect(r.out).toContain('  calm-down              "Calm down"');
  });
});

describe('editor schemas', () => {
  it('are exactly what the schema command generates now (run `npm run schema` after changing the schema)', () => {
    expect(staleSchemas('scenarios')).toEqual([]);
    const schema = JSON.parse(readFileSync('scenarios/schema.json', 'utf8'));
    expect(schema.properties.channel.enum).toEqual(['phone', 'chat', 'in-person']);
    const choice = schema.properties.nodes.additionalProperties.properties.choices.items;
    expect(choice.properties.techniques.items.enum).toContain('empathy');
    expect(choice.properties.pitfalls.items.enum).toContain('calm-down');
    // Input types: a field with a default stays optional for the author.
    expect(choice.required).not.toContain('techniques');
  });

  it('describe every field, so the editor explains whatever the author hovers over', () => {
    const undescribed: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (!node || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node)) {
        if (key === 'properties') {
          for (const [name, prop] of Object.entries(value as Record<string, { description?: string }>)) {
            if (!prop.description) undescribed.push(`${path}.${name}`);
            walk(prop, `${path}.${name}`);
          }
        } else walk(value, key === 'additionalProperties' ? `${path}.*` : key === 'items' ? `${path}[]` : path);
      }
    };
    for (const file of ['scenarios/schema.json', 'scenarios/personas/schema.json'])
      walk(JSON.parse(readFileSync(file, 'utf8')), file);
    expect(undescribed).toEqual([]);
  });
});

describe('analyse and graph', () => {
  it('analyses good content and exits 0, with a JSON form', async () => {
    const r = await run(['analyse', 'fixture-broken-kettle']);
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(/^fixture-broken-kettle: ok \(\d+ states\)$/);
    expect(r.out.some((l) => l.startsWith('  best score '))).toBe(true);
    const json = JSON.parse((await run(['analyse', '--json'])).out.join('\n'));
    expect(json.map((a: { scenarioId: string }) => a.scenarioId).sort()).toEqual([
      'fixture-broken-kettle',
      'fixture-double-charge',
    ]);
    expect(json[0].hardFailures).toEqual([]);
  });

  it('draws mermaid, dot and svg, and refuses an unknown format', async () => {
    const mermaid = await run(['graph', 'fixture-broken-kettle']);
    expect(mermaid.out[0]).toBe('flowchart TD');
    expect(mermaid.out.some((l) => l.includes('==>'))).toBe(true);
    const dot = await run(['graph', 'fixture-broken-kettle', '--format', 'dot']);
    expect(dot.out[0]).toBe('digraph "fixture-broken-kettle" {');
    const svg = await run(['graph', 'fixture-broken-kettle', '--format=svg']);
    expect(svg.out.join('\n')).toContain('<svg');
    expect((await run(['graph', 'fixture-broken-kettle', '--format', 'png'])).err[0]).toBe(
      'graph: unknown format "png"; use mermaid, dot, svg',
    );
  });
});

describe('coverage', () => {
  it('writes the technique and pitfall matrix as Markdown', async () => {
    const out = `${tmpdir()}/coverage-${process.pid}.md`;
    const r = await run(['coverage', '--out', out]);
    expect(r.code).toBe(0);
    const md = readFileSync(out, 'utf8');
    expect(md).toContain('| technique | fixture-broken-kettle | fixture-double-charge | total |');
    expect(md).toMatch(/\| Let them vent \(`let-vent`\) \| ● \|/);
  });
});
