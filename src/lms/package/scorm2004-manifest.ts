/**
 * imsmanifest.xml for SCORM 2004 4th edition: one SCO per scenario in track
 * order, with simple sequencing (the learner may go in order or pick any), and
 * the game deciding completion and success itself.
 */
import type { Course } from './course.ts';
import { gameResource, unitItem } from './launch.ts';
import { metadataLocation } from './lom.ts';
import { el, xmlDocument } from './xml.ts';

/** The schema files SCORM 2004 4th edition requires at the package root (in src/lms/package/schemas/scorm2004). */
export const SCORM2004_SCHEMAS = [
  'imscp_v1p1.xsd',
  'adlcp_v1p3.xsd',
  'adlseq_v1p3.xsd',
  'adlnav_v1p3.xsd',
  'imsss_v1p0.xsd',
  'imsss_v1p0auxresource.xsd',
  'imsss_v1p0control.xsd',
  'imsss_v1p0delivery.xsd',
  'imsss_v1p0limit.xsd',
  'imsss_v1p0objective.xsd',
  'imsss_v1p0random.xsd',
  'imsss_v1p0rollup.xsd',
  'imsss_v1p0seqrule.xsd',
  'imsss_v1p0util.xsd',
  'xml.xsd',
  'XMLSchema.dtd',
  'datatypes.dtd',
];

export function scorm2004Manifest(course: Course, files: readonly string[]): string {
  return xmlDocument(
    el(
      'manifest',
      {
        identifier: course.id,
        version: course.version,
        xmlns: 'http://www.imsglobal.org/xsd/imscp_v1p1',
        'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_v1p3',
        'xmlns:adlseq': 'http://www.adlnet.org/xsd/adlseq_v1p3',
        'xmlns:adlnav': 'http://www.adlnet.org/xsd/adlnav_v1p3',
        'xmlns:imsss': 'http://www.imsglobal.org/xsd/imsss',
        'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
        'xsi:schemaLocation': [
          'http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd',
          'http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd',
          'http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd',
          'http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd',
          'http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd',
        ].join(' '),
      },
      el(
        'metadata',
        {},
        el('schema', {}, 'ADL SCORM'),
        el('schemaversion', {}, '2004 4th Edition'),
        metadataLocation('course'),
      ),
      el(
        'organizations',
        { default: 'course' },
        el(
          'organization',
          { identifier: 'course', 'adlseq:objectivesGlobalToSystem': 'false' },
          el('title', {}, course.title),
          ...course.units.map((unit) =>
            unitItem(
              unit,
              el(
                'imsss:sequencing',
                {},
                el('imsss:deliveryControls', { completionSetByContent: 'true', objectiveSetByContent: 'true' }),
              ),
            ),
          ),
          el('imsss:sequencing', {}, el('imsss:controlMode', { choice: 'true', flow: 'true' })),
        ),
      ),
      el('resources', {}, gameResource('adlcp:scormType', files)),
    ),
  );
}
