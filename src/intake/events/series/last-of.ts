// "…a series of car bombs, the latest of which killed six last month": the last of the series, one event.
import { L, anyOf } from '../../reading/word-pattern.js';

/**
 * "شهدت المدينة خلال الأشهر الماضية سلسلة تفجيرات، كان آخرها الشهر الماضي حين قتل ستة", "a string of
 * attacks over the past months, the latest of which killed six": the words up to "the last of them"
 * tell the series and its span; what follows tells one event of it, with its own day and toll.
 */
const LAST_OF_THEM = new RegExp(
  `(?<!${L})(?:${anyOf(['كان آخرها', 'وكان آخرها', 'آخرها', 'وآخرها', 'كان أحدثها', 'وكان أحدثها'])}|the (?:latest|most recent|last) (?:of which|of them|being))(?!${L})`,
  'u',
);

/** The clause (in matching form) with the series told before its last event blanked (offsets keep). */
export function fromLastOfSeries(matchText: string): string {
  const at = matchText.search(LAST_OF_THEM);
  return at <= 0 ? matchText : ' '.repeat(at) + matchText.slice(at);
}
