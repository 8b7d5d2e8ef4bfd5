// "قتلت قوة من الحشد الشعبي أربعة إرهابيين": a force named at length, then the count it killed.
import { normalizeForMatch } from '../../text/normalize.js';
import { countAt, type CountPhrase } from './casualty-phrase.js';
import type { Numbers } from '../reading/count.js';
import { ATTACKERS, SOUND_PLURAL } from './casualty-words.js';
import { withoutArabicClitic, type Token } from '../reading/tokens.js';
import { pastDateBetween } from '../dates/date-between.js';

/**
 * A force as the subject of a blow: "قوة من …", "قوات الجيش", "وحدات من الجيش", "طائرة مسيرة"; an
 * armed group named at length ("أعدم تنظيم "الدولة الإسلامية" (داعش) … ثلاثة شبان").
 */
const FORCES = new Set(
  ['قوة', 'قوات', 'وحدات', 'وحدة', 'طائرة', 'طائرات', 'مروحية', 'مروحيات', 'تنظيم'].map(normalizeForMatch),
);
/** Broken plurals of persons a force's count may name ("خمسة عناصر", "ثلاثة أشخاص"). */
const PERSONS = new Set(
  ['أشخاص', 'عناصر', 'جنود', 'أطفال', 'رجال', 'نساء', 'مدنيين', 'شبان'].map(normalizeForMatch),
);
const REACH = 8;

const persons = (word: string | undefined): boolean =>
  !!word &&
  withoutArabicClitic(word).some(
    (w) => ATTACKERS.has(w) || PERSONS.has(w) || (/(?:ين|ون)$/u.test(w) && SOUND_PLURAL.has(w.slice(0, -2))),
  );

/**
 * The object of a blow whose subject is a force described at length ("قتلت قوة من الحشد الشعبي
 * أربعة إرهابيين", "قتلت وحدات من الجيش خلال عملية تمشيط 12 مسلحاً"): the first number, within a
 * few words, that counts persons ("3 عبوات" counts none). null where the subject is no force.
 */
export function objectAfterForce(
  tokens: readonly Token[],
  numbers: Numbers,
  after: number,
  stops: ReadonlySet<number>,
): CountPhrase | null {
  if (!FORCES.has(tokens[after]?.word ?? '')) return null;
  // (the date told between is no word of the reach: "يوم أمس الجمعة 19 شوال 1435 هـ")
  for (let j = after + 1, words = 1; words <= REACH && j < tokens.length; j++, words++) {
    j = pastDateBetween(tokens, numbers, j);
    if (j >= tokens.length || stops.has(j)) return null;
    if (!numbers.has(tokens[j]!.start)) continue;
    const phrase = countAt(tokens, numbers, j, 'ar');
    return phrase && persons(tokens[phrase.next]?.word) ? { ...phrase, start: j } : null;
  }
  return null;
}
