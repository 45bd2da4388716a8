import { SCENARIO_PARAMETER, type CourseUnit } from './course.ts';
import { metadataLocation } from './lom.ts';
import { el, type XmlElement } from './xml.ts';

/** The game's page inside the package; every unit launches it with its own parameters. */
export const LAUNCH_PAGE = 'game/index.html';

/** The query an LMS appends to the launch page for a unit: which scenario, and what passes it. */
export function unitParameters(unit: CourseUnit): string {
  return `?${new URLSearchParams({ [SCENARIO_PARAMETER]: unit.id, mastery: String(unit.masteryScore) })}`;
}

/** The one SCO resource: the game and every file it needs (the attribute's spelling differs by version). */
export function gameResource(scormTypeAttribute: string, files: readonly string[]) {
  return el(
    'resource',
    { identifier: 'game', type: 'webcontent', [scormTypeAttribute]: 'sco', href: LAUNCH_PAGE },
    ...files.map((href) => el('file', { href })),
  );
}

/** A unit's item in the organization: the game launched with its parameters, where its metadata is, then anything the version adds. */
export function unitItem(unit: CourseUnit, ...extra: XmlElement[]): XmlElement {
  return el(
    'item',
    { identifier: `unit-${unit.id}`, identifierref: 'game', parameters: unitParameters(unit) },
    el('title', {}, unit.title),
    el('metadata', {}, metadataLocation(unit.id)),
    ...extra,
  );
}
