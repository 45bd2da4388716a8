/**
 * Calls into a SCORM API object, checked: a call that returns "false", throws,
 * or finds the API gone is reported as a fault with the LMS's own error code
 * and text, and the game carries on. Both versions share this; only the
 * method names differ.
 */
import type { LmsFault } from '../learning-system.ts';

export interface MethodNames {
  initialize: string;
  terminate: string;
  getValue: string;
  setValue: string;
  commit: string;
  getLastError: string;
  getErrorString: string;
}

export interface ScormCalls {
  initialize(): boolean;
  get(key: string): string;
  set(key: string, value: string): boolean;
  commit(): boolean;
  terminate(): boolean;
}

type Api = Record<string, ((...args: string[]) => unknown) | undefined>;

export function scormCalls(api: unknown, names: MethodNames, onFault: (fault: LmsFault) => void): ScormCalls {
  const target = api as Api;
  const invoke = (method: string, call: string, ...args: string[]): string | undefined => {
    try {
      const fn = target[method];
      if (typeof fn !== 'function') throw new Error(`the LMS's API has no ${method}`);
      return String(fn.apply(target, args));
    } catch (e) {
      onFault({ call, code: 'unreachable', detail: e instanceof Error ? e.message : String(e) });
      return undefined;
    }
  };
  const lastError = (call: string): void => {
    const code = invoke(names.getLastError, call) ?? 'unreachable';
    const detail = code === 'unreachable' ? '' : (invoke(names.getErrorString, call, code) ?? '');
    onFault({ call, code, detail });
  };
  const checked = (method: string, call: string, ...args: string[]): boolean => {
    const result = invoke(method, call, ...args);
    if (result === undefined) return false;
    if (result === 'true') return true;
    lastError(call);
    return false;
  };
  return {
    initialize: () => checked(names.initialize, names.initialize, ''),
    terminate: () => checked(names.terminate, names.terminate, ''),
    commit: () => checked(names.commit, names.commit, ''),
    set: (key, value) => checked(names.setValue, `${names.setValue}(${key})`, key, value),
    get(key) {
      const value = invoke(names.getValue, `${names.getValue}(${key})`, key) ?? '';
      // An empty value is normal for many elements; only a set error code makes it a fault.
      if (value === '') {
        const code = invoke(names.getLastError, key);
        if (code && code !== '0') lastError(`${names.getValue}(${key})`);
      }
      return value;
    },
  };
}
