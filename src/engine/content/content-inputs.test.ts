/**
 * Content the loader must refuse or survive (issue 16, "Content inputs"): floods of
 * problems, control characters, tags it does not understand, binary files, very
 * deep nesting and unclosed quotes. Every refusal names the file, line, column and field.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLibrary, MAX_PROBLEMS_PER_FILE, type ContentFile } from './library.ts';
import { formatProblem } from './problem.ts';
import { MAX_NESTING, MAX_VALUES, YamlSource } from './yaml-source.ts';

const DIR = 'src/engine/content/__fixtures__';
const read = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');
const persona: ContentFile = {
  file: `${DIR}/personas/fixture-persona.yaml`,
  text: read('personas/fixture-persona.yaml'),
};
const BASELINE = read('baseline.yaml');
const baseline: ContentFile = { file: `${DIR}/baseline.yaml`, text: BASELINE };

/** The baseline under another file name (its id changed to match), edited by `edit`. */
function variant(name: string, edit: (text: string) => string): ContentFile {
  return { file: `${DIR}/${name}.yaml`, text: edit(BASELINE.replace('id: baseline', `id: ${name}`)) };
}

function messages(...files: ContentFile[]): string[] {
  return loadLibrary([...files, persona]).problems.map(formatProblem);
}

/** 1-based line and column of the first occurrence of `needle` in `text`. */
function at(text: string, needle: string, shift = 0): string {
  const offset = text.indexOf(needle) + shift;
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

describe('a file with a great many problems', () => {
  it('lists the first ones, then how many more there are', () => {
    const many = variant('many', (t) =>
      t.replace('reflection: ["What calmed Pat?"]', `reflection: [${'1,'.repeat(4999)}1]`),
    );
    const found = messages(many);
    expect(found).toHaveLength(MAX_PROBLEMS_PER_FILE + 1);
    expect(found[0]).toBe(`${DIR}/many.yaml:50:18 endings.resolved.reflection[0] expected text, found the number 1`);
    expect(found.at(-1)).toMatch(
      new RegExp(`^${DIR}/many\\.yaml:50:\\d+ \\(file\\) … and 4,900 more problems in this file$`),
    );
    const summary = loadLibrary([many, persona]).problems.at(-1)!;
    expect(summary).toMatchObject({ severity: 'error', omitted: 4900 });
  });

  it('does not stop the other files from being checked', () => {
    // Two hundred thousand syntax errors once overflowed the stack and lost every file's report.
    const flood = { file: `${DIR}/flood.yaml`, text: `id: flood\n${']\n'.repeat(200_000)}` };
    const library = loadLibrary([flood, baseline, persona]);
    expect(library.scenarios.map((s) => s.data.id)).toEqual(['baseline']);
    const own = library.problems.filter((p) => p.file === flood.file);
    expect(own).toHaveLength(MAX_PROBLEMS_PER_FILE + 1);
    expect(own.at(-1)!.message).toMatch(/^… and [\d,]+ more problems in this file$/);
  });

  it('with more values than any scenario needs is refused where the limit is passed', () => {
    const huge = variant('huge', (t) =>
      t.replace('reflection: ["What calmed Pat?"]', `reflection: [${'1,'.repeat(19_999)}1]`),
    );
    const found = messages(huge);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      new RegExp(
        `^${DIR}/huge\\.yaml:50:\\d+ endings\\.resolved\\.reflection\\[\\d+\\] the file holds more than ${MAX_VALUES.toLocaleString('en-GB')} values`,
      ),
    );
  });

  it('turns a failure of the loader into a problem for that file alone', () => {
    const broken = {
      file: `${DIR}/broken.yaml`,
      get text(): string {
        throw new Error('disk on fire');
      },
    };
    const library = loadLibrary([broken, baseline, persona]);
    expect(library.scenarios.map((s) => s.data.id)).toEqual(['baseline']);
    expect(library.problems.map(formatProblem)).toEqual([
      `${DIR}/broken.yaml (file) could not be checked: disk on fire`,
    ]);
  });
});

describe('control characters', () => {
  it('are refused where they stand, with the field', () => {
    const esc = variant('esc', (t) => t.replace('Half my order', 'Half my \u001b[2J order'));
    expect(messages(esc)).toEqual([
      `${DIR}/esc.yaml:${at(esc.text, '\u001b')} nodes.greeting.say control character U+001B (escape, which starts terminal codes) is not allowed; only tabs and line breaks may appear in content`,
    ]);
  });

  it('are refused when written as an escape in double quotes', () => {
    const escaped = variant('escaped', (t) => t.replace('"So what now?"', '"So \\e[31mwhat\\x07 now?"'));
    expect(messages(escaped)).toEqual([
      `${DIR}/escaped.yaml:${at(escaped.text, '\\e')} nodes.fix.say the escape \\e gives control character U+001B (escape, which starts terminal codes), which is not allowed; only tabs and line breaks may appear in content`,
      `${DIR}/escaped.yaml:${at(escaped.text, '\\x07')} nodes.fix.say the escape \\x07 gives control character U+0007 (bell), which is not allowed; only tabs and line breaks may appear in content`,
    ]);
  });

  it('are refused in keys and comments too', () => {
    const key = variant('key', (t) => t.replace('  fix:', '  f\bix:'));
    expect(messages(key)).toEqual([
      `${DIR}/key.yaml:28:4 nodes.f\\x08ix control character U+0008 (backspace) is not allowed; only tabs and line breaks may appear in content`,
    ]);
    const comment = variant('comment', (t) => t.replace('# The valid', '# The \u0007valid'));
    expect(messages(comment)).toEqual([
      `${DIR}/comment.yaml:1:7 (file) control character U+0007 (bell) is not allowed; only tabs and line breaks may appear in content`,
    ]);
  });

  it('allow tabs in text and Windows line endings', () => {
    const tabs = variant('tabs', (t) => t.replace('"Thank you."', '"Thank\tyou."').replace(/\n/g, '\r\n'));
    expect(messages(tabs)).toEqual([]);
    expect(loadLibrary([tabs, persona]).scenarios[0]!.data.endings.resolved!.say).toBe('Thank\tyou.');
  });
});

describe('YAML tags', () => {
  it.each([
    ['!!binary', 'summary: !!binary aGVsbG8=', 'endings.resolved.summary'],
    ['!custom', 'summary: !custom Replacement agreed.', 'endings.resolved.summary'],
    ['!!set', 'reflection: !!set { a, b }', 'endings.resolved.reflection'],
    ['!!timestamp', 'summary: !!timestamp 2001-12-14', 'endings.resolved.summary'],
  ])('%s is refused at the tag, not dropped', (tag, line, path) => {
    const replaced = line.startsWith('summary') ? 'summary: Replacement agreed.' : 'reflection: ["What calmed Pat?"]';
    const tagged = variant('tagged', (t) => t.replace(replaced, line));
    expect(messages(tagged)).toEqual([
      `${DIR}/tagged.yaml:${at(tagged.text, tag)} ${path} YAML tag "${tag}" is not supported (the value would be dropped or changed); remove the tag`,
    ]);
  });

  it('the plain core tags are still understood', () => {
    const core = variant('core', (t) =>
      t.replace('summary: Replacement agreed.', 'summary: !!str Replacement agreed.'),
    );
    expect(messages(core)).toEqual([]);
  });
});

describe('sharper messages', () => {
  it('an unclosed quote is reported where it opens, with its field', () => {
    const open = variant('open', (t) => t.replace('["Where did it go wrong?"]', '["Where did it go wrong?]'));
    const found = messages(open);
    expect(found[0]).toBe(
      `${DIR}/open.yaml:${at(open.text, '"Where')} endings.hung-up.reflection[0] YAML syntax: quoted text is not closed; add the closing quote mark`,
    );
  });

  it('very deep nesting is named as such, with the field where it goes too deep', () => {
    const flow = variant('deep', (t) =>
      t.replace('summary: Replacement agreed.', `summary: ${'['.repeat(3000)}${']'.repeat(3000)}`),
    );
    const found = messages(flow);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      new RegExp(
        `^${DIR}/deep\\.yaml:49:\\d+ endings\\.resolved\\.summary(\\[0\\]){${MAX_NESTING - 3}} lists and mappings nest more than ${MAX_NESTING} levels deep here`,
      ),
    );
    let block = 'id: deep-block\n';
    for (let i = 0; i < 900; i++) block += `${' '.repeat(i)}k:\n`;
    const source = YamlSource.parse('deep-block.yaml', block);
    expect(source.problems).toHaveLength(1);
    expect(source.problems[0]!.path).toBe(Array(MAX_NESTING).fill('k').join('.'));
    expect(source.problems[0]!.message).not.toMatch(/syntax|stack/i);
  });

  it('a binary file is called one, and none of its bytes are echoed', () => {
    const png = '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000\u0001\u0000';
    const found = messages({ file: `${DIR}/picture.yaml`, text: png });
    expect(found).toEqual([
      `${DIR}/picture.yaml (file) is not a text file (it holds NUL bytes, as images and other binary files do); a scenario or persona is YAML text`,
    ]);
  });

  it('a merge key prints as <<', () => {
    const merged = variant(
      'merged',
      (t) => `%YAML 1.1\n---\n${t.replace('    kind: lost', '    <<: *missing\n    kind: lost')}`,
    );
    expect(messages(merged)).toEqual([
      `${DIR}/merged.yaml:${at(merged.text, '*missing')} endings.hung-up.<< alias *missing refers to no anchor; define &missing above it`,
    ]);
  });
});
