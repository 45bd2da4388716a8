/**
 * cmi5.xml, the cmi5 course structure: one assignable unit per scenario, in
 * order, each passed by a resolved ending with a scaled score at or above its
 * mastery score (cmi5 scales scores 0–1, so the share of the best possible
 * score is the mastery score itself).
 */
import type { Course } from './course.ts';
import { LAUNCH_PAGE, unitParameters } from './launch.ts';
import { el, xmlDocument } from './xml.ts';

/** The IRI base of our course and unit ids: cmi5 ids must be fully qualified IRIs. */
export const COURSE_IRI = 'https://cooldown.training/xapi/course/';

const text = (lang: string, value: string) => el('langstring', { lang }, value);

export function cmi5Course(course: Course): string {
  const courseIri = `${COURSE_IRI}${course.id}`;
  return xmlDocument(
    el(
      'courseStructure',
      { xmlns: 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd' },
      el(
        'course',
        { id: courseIri },
        el('title', {}, text('en', course.title)),
        el('description', {}, text('en', course.description)),
      ),
      ...course.units.map((unit) =>
        el(
          'au',
          {
            id: `${courseIri}/${unit.id}`,
            moveOn: 'CompletedAndPassed',
            masteryScore: course.mastery,
            launchMethod: 'AnyWindow',
          },
          el('title', {}, text('en', unit.title)),
          el('description', {}, text('en', unit.description)),
          el('url', {}, `${LAUNCH_PAGE}${unitParameters(unit)}`),
        ),
      ),
    ),
  );
}
