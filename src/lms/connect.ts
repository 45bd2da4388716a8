/**
 * Which learning system launched the game, found at start-up by each
 * standard's own discovery: SCORM 2004's API_1484_11, then SCORM 1.2's API.
 * None found means standalone play, as on the open web.
 */
import { STANDALONE, type LearningSystem, type LmsFault } from './learning-system.ts';
import { findApi, type WindowLike } from './scorm/find-api.ts';
import { connectScorm12 } from './scorm/scorm12.ts';
import { connectScorm2004 } from './scorm/scorm2004.ts';

export function connectLearningSystem(win: WindowLike, onFault: (f: LmsFault) => void): LearningSystem {
  const api2004 = findApi(win, 'API_1484_11');
  if (api2004) return connectScorm2004(api2004, onFault);
  const api12 = findApi(win, 'API');
  if (api12) return connectScorm12(api12, onFault);
  return STANDALONE;
}
