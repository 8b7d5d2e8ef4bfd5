// A court's ruling told past the lead, naming its deed with a day and a toll of their own.
import type { Language } from '../../content/schema.js';
import { deedCasualties } from './deed-lives.js';
import { type judgedDeed, rulesOnDeed } from './judged-deed.js';

type JudgedDeed = NonNullable<ReturnType<typeof judgedDeed>>;

/**
 * "إلى ذلك، أصدرت المحكمة أمس حكماً بالإعدام على أحد المتزعمين، بعد إدانته بالمشاركة في خطف عمال
 * في كانون الأول من عام 2013 وقتل 12 منهم", "Separately, a court sentenced a man to death for his
 * role in a bombing in May 2009 that killed 14": a ruling told in a sentence of its own after other
 * news (an article whose lead tells the ruling is read as a ruling's, judged-deed.ts). The deed the
 * conviction names, with its own day and its own count of dead after it, is an incident of the
 * article, however long ago, as in a ruling's article — not the ruling's day, nor background left
 * out. A conviction with no day of its deed, or no count of its dead ("بحق ثلاثة مدانين …
 * بالمشاركة في قتل منتسبين أمنيين عام 2014": the three are the sentenced), stays the ruling only.
 * `sentence` is the sentence's matching form, `clause` the clause as written, `deed` what
 * `judgedDeed` read of it.
 */
export function deedOfLaterRuling(
  sentence: string,
  clause: string,
  deed: JudgedDeed | null,
  lang: Language,
): JudgedDeed | null {
  if (!deed?.date || !deed.tollTold || !rulesOnDeed([sentence])) return null;
  // (the dead may be told as lives the deed took, "الذي أودى بحياة 23 شخصاً": deed-lives.ts)
  return deedCasualties(clause.slice(deed.from), lang).killed === null ? null : deed;
}
