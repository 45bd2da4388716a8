/** Storage problems in words: a full disk named as such, and never a record's key. */
import { describe, expect, it } from 'vitest';
import { MESSAGES as M } from './index.ts';

describe('storage in words', () => {
  it("names a full disk at start-up as the device's storage being full, not as a browser that cannot save", () => {
    expect(M.storageFault({ kind: 'full' })).toMatch(/^Your device's storage is full.*free some space/);
    expect(M.storageFault({ kind: 'full' })).not.toBe(M.storageFault({ kind: 'unavailable' }));
    expect(M.storageFault({ kind: 'unavailable' })).toMatch(/cannot be saved in this browser/);
    expect(M.storageFault({ kind: 'slow' })).toMatch(/keeps trying/);
  });

  it('words a failed save by what went wrong, never by the record it could not write', () => {
    expect(M.saveFailed({ kind: 'full' })).toMatch(/your device's storage is full\. Free some space/);
    expect(M.saveFailed({ kind: 'failed', error: 'UnknownError' })).toBe(
      'Could not save (UnknownError). Try again, or export a backup from Progress.',
    );
  });
});
