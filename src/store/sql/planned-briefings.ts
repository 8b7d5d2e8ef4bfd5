/** A briefing id as content allows it (see content/schema.ts): no space, no LIKE wildcard. */
const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const SLUG_LIST = /^[a-z0-9][a-z0-9-]*(?: [a-z0-9][a-z0-9-]*)*$/;

/**
 * `planned_briefings.briefing_ids` for a set of ids: the ids separated by single spaces, each once.
 * Throws on an id that is not a slug, which could not be told apart from its neighbours.
 */
export function encodeBriefingIds(ids: Iterable<string>): string {
  const unique = [...new Set(ids)];
  for (const id of unique)
    if (!SLUG.test(id)) throw new RangeError(`briefing id ${JSON.stringify(id)} is not a slug`);
  return unique.join(' ');
}

/** The ids of a `briefing_ids` column as written by encodeBriefingIds; throws (with the row) on anything else. */
export function decodeBriefingIds(text: string, row: { chat_id: number; job_id: number }): string[] {
  if (!SLUG_LIST.test(text))
    throw new Error(
      `planned_briefings row (chat ${row.chat_id}, job ${row.job_id}) holds unreadable briefing ids ${JSON.stringify(text)}`,
    );
  return text.split(' ');
}
