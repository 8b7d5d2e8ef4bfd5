// A local activists' media office named after its town ("the Houla Media Center", "Aleppo Media
// Centre", "the Homs Coordination Committee"): the source of a report, not the place it tells of.

/** The office's words right after the town's name. */
const OFFICE_AFTER = /^\s+(?:Media\s+(?:Cent(?:er|re)|Office)|News\s+Network|Coordination\s+Committees?)\b/iu;

/** The name at [start, end) heads the name of a media office. */
export function namesMediaOffice(sentence: string, end: number): boolean {
  return OFFICE_AFTER.test(sentence.slice(end, end + 30));
}
