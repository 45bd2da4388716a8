import { describe, expect, it } from 'vitest';
import { YamlSource } from './yaml-source.ts';

const TEXT = [
  '# A comment',
  'id: x',
  'nodes:',
  '  greeting:',
  '    choices:',
  '      - id: a',
  '        text: Hi',
].join('\n');

describe('YamlSource', () => {
  it('locates a value, a key, and a missing field at its parent', () => {
    const source = YamlSource.parse('f.yaml', TEXT);
    expect(source.locate(['nodes', 'greeting', 'choices', 0, 'text'])).toEqual({ line: 7, col: 15 });
    expect(source.locate(['nodes', 'greeting'], true)).toEqual({ line: 4, col: 3 });
    expect(source.locate(['nodes', 'greeting', 'choices', 0, 'feedback'])).toEqual({ line: 6, col: 9 });
  });

  it('finds the field path at an offset', () => {
    const source = YamlSource.parse('f.yaml', TEXT);
    expect(source.pathAt(TEXT.indexOf('Hi'))).toEqual(['nodes', 'greeting', 'choices', 0, 'text']);
  });

  it('reads a file that opens with a long comment banner', () => {
    // One pattern over the whole text once made such a banner take exponential time.
    const source = YamlSource.parse('f.yaml', `${'#'.repeat(80)}\n# Title\n${'#'.repeat(80)}\n${TEXT}`);
    expect(source.problems).toEqual([]);
    expect(source.data).toMatchObject({ id: 'x' });
  });

  it('reports each line with YAML syntax errors once', () => {
    const source = YamlSource.parse('f.yaml', 'id: x\n\tsay: y\n');
    expect(source.problems.map((p) => `${p.line}:${p.col} ${p.message}`)).toEqual([
      '2:1 YAML syntax: tabs are not allowed for indentation; indent with spaces',
    ]);
  });
});
