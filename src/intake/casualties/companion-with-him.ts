// "فيما أصيب صديقه الذي كان يرافقه": one companion, owned and told as the one who was with the victim.
import { L, anyOf as f } from '../reading/word-pattern.js';

/**
 * "رفيق", "صديق", "زميل" are counted only by the dual (casualty-words.ts AR_COMPANIONS): one alone,
 * "صديقه أصيب", is most often a witness's friend, or a given name. But one owned ("صديقه", "رفيقها",
 * "زميلته") right after the verb that hit him and told as the one "who was with him" ("الذي كان
 * يرافقه", "الذي كان برفقته", "الذي كان معه") is one more person hit in the event: "اغتال مسلحون
 * ناشطاً، فيما أصيب صديقه الذي كان يرافقه بجروح" wounded one.
 */
const OWNED = f(
  ['صديق', 'رفيق', 'زميل', 'صديقت', 'رفيقت', 'زميلت'].flatMap((stem) => [`${stem}ه`, `${stem}ها`]),
);
const COMPANION_WITH_HIM = new RegExp(
  `(?<!${L})[وف]?(?:(${f(['أصيب', 'أصيبت', 'جرح', 'جرحت'])})|${f(['قتل', 'قتلت', 'استشهد', 'استشهدت'])})\\s+[و]?${OWNED}\\s+${f(['الذي', 'التي'])}\\s+${f(['كان', 'كانت'])}\\s+${f(['يرافقه', 'يرافقها', 'ترافقه', 'ترافقها', 'برفقته', 'برفقتها', 'معه', 'معها'])}(?!${L})`,
  'u',
);

/** The kind of harm the owned companion told "with him" suffered, in matching form; null: none told so. */
export function companionWithHim(matchText: string): 'killed' | 'wounded' | null {
  const m = COMPANION_WITH_HIM.exec(matchText);
  if (!m) return null;
  return m[1] === undefined ? 'killed' : 'wounded';
}
