// A past capture named as the subject of what it has brought: told for its outcome, not as news.
import { L, anyOf } from '../reading/word-pattern.js';

const TAKING_EN = '(?:capture|recapture|fall|seizure|liberation|retaking|takeover)';
const BROUGHT_EN =
  '(?:given|allowed|enabled|opened|made|brought|provided|paved|cleared|left|put|freed|helped|cut|secured)';
const TAKING_AR = anyOf(['استعادة', 'سيطرة', 'السيطرة', 'تحرير', 'سقوط', 'استعادته', 'تحريرها', 'سقوطها']);
const BROUGHT_AR = anyOf(['أتاحت', 'أتاح', 'مكنت', 'مكن', 'منحت', 'منح', 'فتحت', 'فتح', 'سمحت', 'سمح']);

/**
 * "the capture of Qayara's airbase in July has given them a forward base for the coming offensive",
 * "the fall of the town last year has opened the road to …", "وقد أتاحت السيطرة على المطار الشهر
 * الماضي للقوات…": a capture named as a noun, the subject of a present perfect (or an Arabic past
 * with قد) of what it gave or opened, is told for where it left things now — the setting of the
 * news, no event of it (a clause with its own dead or wounded is read as usual).
 */
const FOR_OUTCOME = new RegExp(
  `(?<!${L})the ${TAKING_EN} of (?:[^.;]{1,60}?) (?:has|have) (?:now |already |also )?${BROUGHT_EN}(?!${L})|(?<!${L})(?:${BROUGHT_AR}) (?:${TAKING_AR})(?!${L})`,
  'u',
);

/** The clause (in matching form) names a past capture by what it has brought. */
export function toldForOutcome(matchText: string): boolean {
  return FOR_OUTCOME.test(matchText);
}
