import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../engine/index.ts';
import {
  failedModuleUrl,
  isChunkLoadError,
  rememberScreen,
  moduleEntry,
  screenToReopen,
  takeRememberedScreen,
  withChunkRetries,
} from './screen-loading.ts';

const chunkGone = () => new TypeError('Failed to fetch dynamically imported module: https://x/assets/debrief-abc.js');
const noWait = () => Promise.resolve();

describe('loading a screen', () => {
  it('knows a module that could not be fetched, as each browser words it', () => {
    expect(isChunkLoadError(chunkGone())).toBe(true);
    expect(isChunkLoadError(new TypeError('error loading dynamically imported module: https://x/a.js'))).toBe(true);
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isChunkLoadError(new Error('No profile with id x'))).toBe(false);
  });

  it('tries again when the code could not be fetched, and gives up after the last try', async () => {
    let calls = 0;
    const once = () => (++calls === 1 ? Promise.reject(chunkGone()) : Promise.resolve('screen'));
    expect(await withChunkRetries(once, [1, 1], noWait)).toBe('screen');
    expect(calls).toBe(2);

    calls = 0;
    const always = () => (++calls, Promise.reject(chunkGone()));
    await expect(withChunkRetries(always, [1, 1], noWait)).rejects.toThrow(/dynamically imported module/);
    expect(calls).toBe(3);
  });

  it('names the module that failed, from the message', () => {
    expect(failedModuleUrl(chunkGone())).toBe('https://x/assets/debrief-abc.js');
    expect(failedModuleUrl(new TypeError("error loading dynamically imported module: 'http://h:1/a.js'"))).toBe(
      'http://h:1/a.js',
    );
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).toBeUndefined();
  });

  it('asks for a screen whose module failed to arrive under another address, which the browser has not marked failed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'screen-'));
    const file = join(dir, 'debrief.mjs');
    writeFileSync(file, 'export function debriefScreen() { return "debrief"; }\n');
    const url = pathToFileURL(file).href;
    const gone = () => Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${url}`));
    const debriefScreen = await moduleEntry<{ debriefScreen(): string }, 'debriefScreen'>(gone, 'debriefScreen');
    expect(debriefScreen()).toBe('debrief');

    // One of the screen's own imports failed: that is no screen, and the failure stands.
    const dependency = join(dir, 'shared.mjs');
    writeFileSync(dependency, 'export const x = 1;\n');
    const depGone = new TypeError(`Failed to fetch dynamically imported module: ${pathToFileURL(dependency).href}`);
    await expect(moduleEntry(() => Promise.reject(depGone), 'debriefScreen' as never)).rejects.toBe(depGone);
    // Any other failure is passed on untouched.
    const other = new Error('No profile with id x');
    await expect(moduleEntry(() => Promise.reject(other), 'debriefScreen' as never)).rejects.toBe(other);
  });

  it('passes any other failure on at once', async () => {
    let calls = 0;
    const broken = () => (++calls, Promise.reject(new Error('damaged')));
    await expect(withChunkRetries(broken, [1, 1], noWait)).rejects.toThrow('damaged');
    expect(calls).toBe(1);
  });
});

describe('the screen to come back to after a reload', () => {
  const session = () => {
    const data = new Map<string, string>();
    return {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
    };
  };

  it('is kept with its scenario, attempt and conversation, and given out once', () => {
    const store = session();
    rememberScreen('debrief', 'p1', 'deposit-refund', { attemptId: 'a1' }, store);
    expect(takeRememberedScreen(store)).toEqual({
      name: 'debrief',
      profileId: 'p1',
      scenarioId: 'deposit-refund',
      attemptId: 'a1',
    });
    expect(takeRememberedScreen(store)).toBeUndefined();
    rememberScreen('conversation', 'p1', 'deposit-refund', { resume: 'c1' }, store);
    expect(takeRememberedScreen(store)).toMatchObject({ name: 'conversation', resume: 'c1' });
  });

  it('is nothing when there is none, or it is unreadable', () => {
    const store = session();
    expect(takeRememberedScreen(store)).toBeUndefined();
    store.setItem('cooldown/screen-after-reload', '{not json');
    expect(takeRememberedScreen(store)).toBeUndefined();
    expect(takeRememberedScreen(undefined)).toBeUndefined();
  });
});

describe('the screen start-up opens after such a reload', () => {
  const scenarios = [{ data: { id: 'deposit-refund' } }] as unknown as Scenario[];

  it("is the remembered one, with its scenario and attempt, when it is this profile's", () => {
    const back = screenToReopen(
      { name: 'debrief', profileId: 'p1', scenarioId: 'deposit-refund', attemptId: 'a1' },
      'p1',
      scenarios,
    );
    expect(back).toEqual({ name: 'debrief', scenario: scenarios[0], options: { attemptId: 'a1' } });
    expect(screenToReopen({ name: 'progress', profileId: 'p1' }, 'p1', scenarios)).toEqual({
      name: 'progress',
      options: {},
    });
  });

  it('is none (home) for another profile, a scenario no longer here, or a debrief without its attempt', () => {
    expect(screenToReopen({ name: 'progress', profileId: 'p1' }, 'p2', scenarios)).toBeUndefined();
    expect(
      screenToReopen({ name: 'conversation', profileId: 'p1', scenarioId: 'gone' }, 'p1', scenarios),
    ).toBeUndefined();
    expect(
      screenToReopen({ name: 'debrief', profileId: 'p1', scenarioId: 'deposit-refund' }, 'p1', scenarios),
    ).toBeUndefined();
    expect(screenToReopen(undefined, 'p1', scenarios)).toBeUndefined();
  });
});
