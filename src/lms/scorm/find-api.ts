/**
 * The API search the SCORM run-time standards prescribe: up through the
 * parents of this window, then through the opener and its parents, giving up
 * after a fixed number of steps. A frame of another origin cannot be read and
 * ends that branch of the search.
 */

/** The standards' own bound on how far up to look. */
const MAX_STEPS = 500;

export interface WindowLike {
  parent?: WindowLike | null;
  opener?: WindowLike | null;
  [name: string]: unknown;
}

function searchUp(start: WindowLike, name: string): unknown {
  let win: WindowLike | null | undefined = start;
  for (let steps = 0; win && steps <= MAX_STEPS; steps++) {
    try {
      if (win[name]) return win[name];
      if (!win.parent || win.parent === win) return undefined;
      win = win.parent;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** The API object called `name` (`API` for 1.2, `API_1484_11` for 2004), or undefined. */
export function findApi(start: WindowLike, name: string): unknown {
  const found = searchUp(start, name);
  if (found) return found;
  try {
    return start.opener ? searchUp(start.opener, name) : undefined;
  } catch {
    return undefined;
  }
}
