/** imsmanifest.xml for SCORM 1.2: one SCO per scenario, all launching the same game page. */
import type { Course } from './course.ts';
import { gameResource, unitItem } from './launch.ts';
import { metadataLocation } from './lom.ts';
import { el, xmlDocument } from './xml.ts';

/** The schema files SCORM 1.2 requires at the package root (in src/lms/package/schemas/scorm12). */
export const SCORM12_SCHEMAS = ['imscp_rootv1p1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'adlcp_rootv1p2.xsd', 'ims_xml.xsd'];

export function scorm12Manifest(course: Course, files: readonly string[]): string {
  return xmlDocument(
    el(
      'manifest',
      {
        identifier: course.id,
        version: course.version,
        xmlns: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
        'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
        'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
        'xsi:schemaLocation': [
          'http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd',
          'http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd',
        ].join(' '),
      },
      el('metadata', {}, el('schema', {}, 'ADL SCORM'), el('schemaversion', {}, '1.2'), metadataLocation('course')),
      el(
        'organizations',
        { default: 'course' },
        el(
          'organization',
          { identifier: 'course' },
          el('title', {}, course.title),
          ...course.units.map((unit) => unitItem(unit, el('adlcp:masteryscore', {}, String(unit.masteryScore)))),
        ),
      ),
      el('resources', {}, gameResource('adlcp:scormtype', files)),
    ),
  );
}
