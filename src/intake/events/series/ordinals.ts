// The ordinals that rank an event in a series ("the third attack this month", "الغارة الثالثة"):
// one list per language, shared by the readers of series in this folder.
import { EN_ORDINALS } from '../../reading/number-words.js';

/** "second" … "tenth": an event's rank after the first (the first is no series yet). */
export const EN_RANKS = Object.keys(EN_ORDINALS);

/** The masculine stems of the same ranks, "ثاني" … "عاشر". */
const AR_STEMS = ['ثاني', 'ثالث', 'رابع', 'خامس', 'سادس', 'سابع', 'ثامن', 'تاسع', 'عاشر'] as const;

/** Each rank as an adjective after its noun, without the article: "غارة ثالثة", "هجوم ثالث". */
export const AR_RANKS_BARE: readonly string[] = AR_STEMS.flatMap((m) => [
  m,
  m === 'ثاني' ? 'ثانية' : `${m}ة`,
]);

/** Each rank in every written form: bare and with the article, masculine and feminine. */
export const AR_RANKS: readonly string[] = [...AR_RANKS_BARE, ...AR_RANKS_BARE.map((w) => `ال${w}`)];
