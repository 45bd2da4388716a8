/**
 * Which learning system launched the game, found at start-up by each
 * standard's own discovery: cmi5 by its launch parameters, else SCORM 2004's
 * API_1484_11, then SCORM 1.2's API, through the frames above and the opener.
 * None found (or a launch that cannot be used, which is reported) means
 * standalone play, as on the open web.
 */
import { connectCmi5 } from './cmi5/cmi5-session.ts';
import { readCmi5Launch } from './cmi5/launch-params.ts';
import type { QueueStorage } from './cmi5/statement-queue.ts';
import { STANDALONE, type LearningSystem, type LmsFault } from './learning-system.ts';
import { findApi, type WindowLike } from './scorm/find-api.ts';
import { connectScorm12 } from './scorm/scorm12.ts';
import { connectScorm2004 } from './scorm/scorm2004.ts';

export interface Surroundings {
  window: WindowLike;
  /** The page's query string, where a cmi5 LMS puts its launch parameters. */
  query: string;
  fetch: typeof fetch;
  storage: QueueStorage;
}

export async function connectLearningSystem(
  around: Surroundings,
  onFault: (f: LmsFault) => void,
): Promise<LearningSystem> {
  const cmi5 = readCmi5Launch(around.query);
  if (cmi5 && !cmi5.ok) onFault({ call: 'launch', code: 'bad-parameter', detail: cmi5.problem.parameter });
  if (cmi5?.ok) {
    const session = await connectCmi5(cmi5.launch, {
      fetch: around.fetch,
      storage: around.storage,
      now: Date.now,
      onFault,
    });
    return session ?? STANDALONE;
  }
  const api2004 = findApi(around.window, 'API_1484_11');
  if (api2004) return connectScorm2004(api2004, onFault);
  const api12 = findApi(around.window, 'API');
  if (api12) return connectScorm12(api12, onFault);
  return STANDALONE;
}
