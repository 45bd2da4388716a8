/**
 * The CLI over content from the real world (issue 16, "Content inputs"): drafts
 * outside the library, files that are not UTF-8 or not text at all, links to
 * nowhere, upper-case extensions, floods of problems and control characters
 * in whatever reaches the terminal.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { HotUpdateOptions } from 'vite';
import type { Library } from '../engine/index.ts';
import { main } from './cli.ts';
import type { CliIO } from './io.ts';
import { LIBRARY_MODULE, libraryModulePlugin } from './vite-library-plugin.ts';
import { scenarioCheckPlugin } from './vite-scenario-plugin.ts';

const GOOD = 'src/cli/__fixtures__/good';
const KETTLE = readFileSync(`${GOOD}/fixture-broken-kettle.yaml`, 'utf8');

const made: string[] = [];
afterEach(() => made.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempDir(prefix = 'cooldown-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A copy of the good fixture library to change. */
function library(): string {
  const dir = tempDir('cooldown-lib-');
  cpSync(GOOD, dir, { recursive: true });
  return dir;
}

async function run(argv: string[], dir = GOOD, cwd?: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    dir,
    ...(cwd ? { cwd } : {}),
    out: (t) => out.push(...t.split('\n')),
    err: (t) => err.push(...t.split('\n')),
    ask: async () => undefined,
  };
  const code = await main(argv, io);
  return { code, out, err };
}

/** 1-based line:col of the first `needle` in `text`. */
function at(text: string, needle: string): string {
  const before = text.slice(0, text.indexOf(needle)).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

describe('check <file> anywhere', () => {
  it('checks a draft by absolute path, with the personas of the library', async () => {
    const draft = join(tempDir('drafts-'), 'fixture-broken-kettle.yaml');
    writeFileSync(draft, KETTLE);
    expect(await run(['check', draft])).toEqual({
      code: 0,
      out: ['1 scenario, 2 personas checked: 0 errors, 0 warnings'],
      err: [],
    });
  });

  it('checks a draft by relative path, naming it as typed, from the folder the command was run in', async () => {
    const drafts = tempDir('drafts-');
    writeFileSync(join(drafts, 'fixture-broken-kettle.yaml'), KETTLE.replace('start: open', 'start: nowhere'));
    const typed = relative(process.cwd(), join(drafts, 'fixture-broken-kettle.yaml'));
    const fromHere = await run(['check', typed]);
    expect(fromHere.code).toBe(1);
    expect(fromHere.err[0]).toMatch(
      new RegExp(`^${typed.replace(/[.]/g, '\\.')}:\\d+:\\d+ start unknown node "nowhere"`),
    );
    // npm starts commands in the project root; relative paths are the author's, from where they typed them.
    const fromDrafts = await run(['check', 'fixture-broken-kettle.yaml'], resolve(GOOD), drafts);
    expect(fromDrafts.err[0]).toMatch(/^fixture-broken-kettle\.yaml:\d+:\d+ start unknown node "nowhere"/);
  });

  it('finds personas beside the draft, in its personas folder, before the library ones', async () => {
    const drafts = tempDir('drafts-');
    mkdirSync(join(drafts, 'personas'));
    const rosa = readFileSync(`${GOOD}/personas/fixture-rosa.yaml`, 'utf8');
    writeFileSync(
      join(drafts, 'personas', 'fixture-newcomer.yaml'),
      rosa.replace('id: fixture-rosa', 'id: fixture-newcomer'),
    );
    const draft = join(drafts, 'fixture-newcomer-kettle.yaml');
    writeFileSync(
      draft,
      KETTLE.replace('id: fixture-broken-kettle', 'id: fixture-newcomer-kettle').replace(
        'persona: fixture-rosa',
        'persona: fixture-newcomer',
      ),
    );
    expect(await run(['check', draft])).toEqual({
      code: 0,
      out: ['1 scenario, 3 personas checked: 0 errors, 0 warnings'],
      err: [],
    });
    // A draft of a library persona beside the scenario is the one checked.
    const draftRosa = join(drafts, 'personas', 'fixture-rosa.yaml');
    writeFileSync(draftRosa, rosa.replace(/age: \d+/, 'age: 7'));
    const r = await run(['check', join(drafts, 'fixture-newcomer-kettle.yaml'), draftRosa]);
    expect(r.err).toEqual([expect.stringMatching(new RegExp(`^${draftRosa}:\\d+:\\d+ age expected at least 16`))]);
    expect(r.out.at(-1)).toBe('1 scenario, 3 personas checked: 1 error, 0 warnings');
  });

  it('checks every file in a folder named on the command line', async () => {
    const drafts = tempDir('drafts-');
    writeFileSync(join(drafts, 'fixture-broken-kettle.yaml'), KETTLE);
    writeFileSync(join(drafts, 'fixture-other.yaml'), KETTLE.replace('id: fixture-broken-kettle', 'id: fixture-other'));
    expect((await run(['check', drafts])).out).toEqual(['2 scenarios, 2 personas checked: 0 errors, 0 warnings']);
  });

  it('refuses a file that does not exist or is not YAML', async () => {
    expect((await run(['check', '/no/such/draft.yaml'])).err[0]).toBe(
      'check: no such content file: /no/such/draft.yaml',
    );
    const notes = join(tempDir(), 'notes.txt');
    writeFileSync(notes, 'hello');
    const r = await run(['check', notes]);
    expect(r.code).toBe(2);
    expect(r.err[0]).toBe(`check: not a YAML file: ${notes} (scenario and persona files end in .yaml or .yml)`);
  });
});

describe('a file with a great many problems', () => {
  it('is cut short with a count, and every other file is still checked', async () => {
    const dir = library();
    const file = join(dir, 'fixture-broken-kettle.yaml');
    writeFileSync(
      file,
      KETTLE.replace('reflection: ["What made her trust you?"]', `reflection: [${'1,'.repeat(4999)}1]`),
    );
    const double = join(dir, 'fixture-double-charge.yaml');
    writeFileSync(double, readFileSync(double, 'utf8').replace(/^start: .*$/m, 'start: nowhere'));
    const r = await run(['check'], dir);
    expect(r.code).toBe(1);
    const own = r.err.filter((l) => l.startsWith(file));
    expect(own.length).toBeLessThanOrEqual(101);
    expect(own.at(-1)).toMatch(/ … and [\d,]+ more problems in this file$/);
    expect(r.err.some((l) => l.startsWith(`${double}:`) && l.includes('start unknown node "nowhere"'))).toBe(true);
    // The count is of every problem, not only those listed.
    expect(r.out.at(-1)).toMatch(/^2 scenarios, 2 personas checked: (\d+) errors, 0 warnings$/);
    expect(Number(r.out.at(-1)!.match(/(\d+) errors/)![1])).toBeGreaterThan(1000);
  });
});

describe('what reaches the terminal', () => {
  it('has control characters from file names escaped', async () => {
    const r = await run(['check', 'draft\u001b[2J.yaml']);
    expect(r.err[0]).toBe('check: no such content file: draft\\x1b[2J.yaml');
    const dir = library();
    renameSync(join(dir, 'fixture-double-charge.yaml'), join(dir, 'fixture-double\u0007-charge.yaml'));
    const listed = await run(['check'], dir);
    const all = [...listed.out, ...listed.err].join('\n');
    expect(all).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(all).toContain('fixture-double\\x07-charge.yaml');
  });

  it('never carries control characters from content: check refuses them, play never sees them', async () => {
    const dir = library();
    const file = join(dir, 'fixture-broken-kettle.yaml');
    const text = KETTLE.replace(/^title: .*$/m, 'title: "The \\e[31mbroken kettle"');
    writeFileSync(file, text);
    const r = await run(['check'], dir);
    expect(r.err).toEqual([
      `${file}:${at(text, '\\e')} title the escape \\e gives control character U+001B (escape, which starts terminal codes), which is not allowed; only tabs and line breaks may appear in content`,
    ]);
    const played = await run(['play', 'fixture-broken-kettle', '--choices', '1,1,1'], dir);
    expect(played.code).toBe(1);
    expect([...played.out, ...played.err].join('\n')).not.toContain('\u001b');
  });
});

describe('bytes that are not UTF-8 text', () => {
  /** The kettle fixture with its first "café" written in Latin-1, as an old editor would save it. */
  function latin1Library() {
    const dir = library();
    const file = join(dir, 'fixture-broken-kettle.yaml');
    const text = KETTLE.replace('café', 'caf\u00e9');
    writeFileSync(file, Buffer.from(text, 'latin1'));
    return { dir, file, where: at(text, 'caf\u00e9').replace(/:(\d+)$/, (_, c) => `:${Number(c) + 3}`) };
  }

  it('are reported where the first bad byte is, not silently replaced', async () => {
    const { dir, file, where } = latin1Library();
    const r = await run(['check'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toEqual([
      `${file}:${where} summary text is not valid UTF-8 here (byte 0xE9); save the file as UTF-8`,
    ]);
  });

  it('are reported the same way by the dev-server plugins', () => {
    const { dir, file, where } = latin1Library();
    const plugin = libraryModulePlugin(dir) as unknown as {
      resolveId(id: string): string;
      load(id: string): string;
    };
    const code = plugin.load(plugin.resolveId(LIBRARY_MODULE));
    const lib = JSON.parse(JSON.parse(code.replace(/^export default JSON\.parse\((.*)\);$/s, '$1'))) as Library;
    const [line, col] = where.split(':').map(Number);
    expect(lib.problems).toEqual([
      expect.objectContaining({
        file,
        line,
        col,
        message: 'text is not valid UTF-8 here (byte 0xE9); save the file as UTF-8',
      }),
    ]);
    const sent: { err?: { message: string } }[] = [];
    const hook = scenarioCheckPlugin(dir).hotUpdate as (this: unknown, o: HotUpdateOptions) => unknown;
    hook.call({ environment: { name: 'client' } }, {
      type: 'update',
      file: resolve(file),
      server: { ws: { send: (m: { err?: { message: string } }) => sent.push(m) } },
    } as unknown as HotUpdateOptions);
    expect(sent[0]!.err!.message).toContain(`${file}:${where} summary text is not valid UTF-8 here`);
  });

  it('a binary file is said to be one, and none of its bytes are echoed', async () => {
    const dir = library();
    const png = join(dir, 'fixture-picture.yaml');
    writeFileSync(
      png,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff]),
    );
    const r = await run(['check'], dir);
    expect(r.err).toEqual([
      `${png} (file) is not a text file (it holds NUL bytes, as images and other binary files do); a scenario or persona is YAML text`,
    ]);
  });
});

describe('the content folder', () => {
  it('reports a link to nowhere and goes on', async () => {
    const dir = library();
    symlinkSync('missing.yaml', join(dir, 'fixture-gone.yaml'));
    symlinkSync('/no/such/folder', join(dir, 'old-drafts'));
    symlinkSync('.', join(dir, 'loop'));
    const r = await run(['check'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toEqual([
      `${dir}/fixture-gone.yaml (file) is a symbolic link to "missing.yaml", which does not exist; fix or remove the link`,
    ]);
    expect(r.out).toEqual([
      `${dir}/old-drafts warning: (file) is a symbolic link to "/no/such/folder", which does not exist; it was skipped`,
      '3 scenarios, 2 personas checked: 1 error, 1 warning',
    ]);
  });

  it('reads .YAML and .YML files like .yaml ones', async () => {
    const dir = library();
    renameSync(join(dir, 'fixture-double-charge.yaml'), join(dir, 'fixture-double-charge.YAML'));
    renameSync(join(dir, 'personas', 'fixture-ken.yaml'), join(dir, 'personas', 'fixture-ken.YML'));
    expect(await run(['check'], dir)).toEqual({
      code: 0,
      out: ['2 scenarios, 2 personas checked: 0 errors, 0 warnings'],
      err: [],
    });
    expect((await run(['play', 'fixture-double-charge', '--choices', '1'], dir)).out[0]).toMatch(/with Ken/);
  });
});

describe('names like built-in object properties', () => {
  const DIR = 'src/engine/content/__fixtures__/prototype-names';

  it('are played and analysed like any other', async () => {
    const played = await run(['play', 'fixture-prototype-names', '--choices', '2,1'], DIR);
    expect(played.err).toEqual([]);
    expect(played.code).toBe(0);
    expect(played.out).toContain('Sam Builder: My timber never came and the crew is standing around!');
    expect(played.out.some((l) => l.startsWith('══ Debrief: Escalated'))).toBe(true);
    const analysed = await run(['analyse', 'fixture-prototype-names'], DIR);
    expect(analysed.code).toBe(0);
    expect(analysed.out[0]).toMatch(/^fixture-prototype-names: ok/);
    expect(analysed.out.some((l) => /^  best score \d+: constructor → promise ⇒ resolved$/.test(l))).toBe(true);
  });
});
