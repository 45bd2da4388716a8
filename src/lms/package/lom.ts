/**
 * The course's and each unit's description, title and version as learning
 * object metadata, in files of their own that the manifest points to
 * (`adlcp:location`): LOM (IEEE 1484.12.3) for SCORM 2004, IMS Metadata 1.2.1
 * for SCORM 1.2. An LMS shows the description in its catalogue. (cmi5 carries
 * titles and descriptions in cmi5.xml itself.)
 */
import type { Course } from './course.ts';
import { el, xmlDocument, type XmlElement } from './xml.ts';

export type ScormVersion = 'scorm12' | 'scorm2004';

/** Where a unit's metadata file is in the package; `course` for the course's own. */
export const metadataPath = (id: string): string => `metadata/${id}.xml`;

/** The metadata element a manifest carries for the course or a unit: where its file is. */
export function metadataLocation(id: string): XmlElement {
  return el('adlcp:location', {}, metadataPath(id));
}

interface Described {
  id: string;
  title: string;
  description: string;
  version: string;
}

/** One metadata file per unit and one for the course, by path. */
export function metadataFiles(version: ScormVersion, course: Course): Record<string, string> {
  const write = version === 'scorm2004' ? lom : imsMetadata;
  const files: Record<string, string> = { [metadataPath('course')]: write(course) };
  for (const unit of course.units) files[metadataPath(unit.id)] = write(unit);
  return files;
}

const LANGUAGE = 'en';

function lom(d: Described): string {
  const text = (value: string) => el('string', { language: LANGUAGE }, value);
  return xmlDocument(
    el(
      'lom',
      { xmlns: 'http://ltsc.ieee.org/xsd/LOM' },
      el(
        'general',
        {},
        el('identifier', {}, el('catalog', {}, 'cooldown'), el('entry', {}, d.id)),
        el('title', {}, text(d.title)),
        el('language', {}, LANGUAGE),
        el('description', {}, text(d.description)),
      ),
      el('lifeCycle', {}, el('version', {}, text(d.version))),
    ),
  );
}

function imsMetadata(d: Described): string {
  const text = (value: string) => el('langstring', { 'xml:lang': LANGUAGE }, value);
  return xmlDocument(
    el(
      'lom',
      { xmlns: 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1' },
      el(
        'general',
        {},
        el('identifier', {}, d.id),
        el('title', {}, text(d.title)),
        el('language', {}, LANGUAGE),
        el('description', {}, text(d.description)),
      ),
      el('lifecycle', {}, el('version', {}, text(d.version))),
    ),
  );
}
