import { describe, expect, it } from 'vitest';
import { consoleAction, type KeyPress } from './console-keys.ts';

const press = (key: string, code = '', more: Partial<KeyPress> = {}): KeyPress => ({
  key,
  code,
  shiftKey: false,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...more,
});

describe('the console keys', () => {
  it('steps forward and back as a presentation clicker sends them', () => {
    expect(consoleAction(press('PageDown'), 'other')).toEqual({ kind: 'forward' });
    expect(consoleAction(press('ArrowRight'), 'button')).toEqual({ kind: 'forward' });
    expect(consoleAction(press('PageUp'), 'other')).toEqual({ kind: 'back' });
    expect(consoleAction(press('ArrowLeft'), 'other')).toEqual({ kind: 'back' });
  });

  it('blanks the projector with B or the clicker’s blank key', () => {
    expect(consoleAction(press('b', 'KeyB'), 'other')).toEqual({ kind: 'blank' });
    expect(consoleAction(press('.', 'Period'), 'other')).toEqual({ kind: 'blank' });
  });

  it('counts hands with the number keys, one fewer with Shift', () => {
    expect(consoleAction(press('2', 'Digit2'), 'other')).toEqual({ kind: 'hand', reply: 1, by: 1 });
    expect(consoleAction(press('!', 'Digit1', { shiftKey: true }), 'button')).toEqual({
      kind: 'hand',
      reply: 0,
      by: -1,
    });
    expect(consoleAction(press('4', 'Numpad4'), 'other')).toEqual({ kind: 'hand', reply: 3, by: 1 });
  });

  it('leaves keys typed into a field to the field, except the clicker’s page keys', () => {
    expect(consoleAction(press('3', 'Digit3'), 'field')).toBeUndefined();
    expect(consoleAction(press('b', 'KeyB'), 'field')).toBeUndefined();
    expect(consoleAction(press('ArrowLeft'), 'field')).toBeUndefined();
    expect(consoleAction(press('PageDown'), 'field')).toEqual({ kind: 'forward' });
  });

  it('starts and pauses the countdown with Space, unless a button has it', () => {
    expect(consoleAction(press(' ', 'Space'), 'other')).toEqual({ kind: 'countdown' });
    expect(consoleAction(press(' ', 'Space'), 'button')).toBeUndefined();
  });

  it('leaves the browser its shortcuts', () => {
    expect(consoleAction(press('b', 'KeyB', { ctrlKey: true }), 'other')).toBeUndefined();
    expect(consoleAction(press('1', 'Digit1', { altKey: true }), 'other')).toBeUndefined();
  });
});
