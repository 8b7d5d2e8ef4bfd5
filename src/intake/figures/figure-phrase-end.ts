// Where a figure's noun phrase ends: the words and word forms that close it, so a label stops at
// its noun and what qualifies it.
import { normalizeForMatch } from '../../text/normalize.js';

const f = normalizeForMatch;
/** Words that end a noun phrase: prepositions other than "of", verbs of being and having, conjunctions. */
export const PHRASE_END = new Set(
  [
    'على',
    'في',
    'الى',
    'إلى',
    'عن',
    'مع',
    'بعد',
    'قبل',
    'منذ',
    'حتى',
    'خلال',
    'ضد',
    'لكن',
    'ثم',
    'او',
    'أو',
    'وقد',
    'قد',
    'كان',
    'كانوا',
    'هم',
    'التي',
    'الذي',
    'الذين',
    'بين',
    'سيطر',
    'يعيشون',
    'in',
    'on',
    'at',
    'to',
    'into',
    'from',
    'by',
    'for',
    'with',
    'since',
    'after',
    'before',
    'during',
    'against',
    'had',
    'have',
    'has',
    'were',
    'was',
    'are',
    'is',
    'be',
    'been',
    'and',
    'or',
    'but',
    'who',
    'which',
    'that',
    'live',
    'lived',
    'living',
    'said',
    'according',
    'between',
    // a time told after the noun: "12,000 displaced people last year"
    'last',
    'yesterday',
    'today',
    // verbs, never a counted noun: "42,000 went home"
    'went',
    'came',
    'moved',
    'stayed',
  ].map(f),
);
/**
 * After the counted noun, what ends its phrase too: a verb ("remain", "سجلت", "قتلوا"), an adverb
 * ("still"), a pronoun ("هي"). Not as its first word: "2 million displaced" counts the displaced.
 */
export const AFTER_HEAD = new Set(
  [
    'remain',
    'remains',
    'remained',
    'still',
    'house',
    'houses',
    'housed',
    'returned',
    'left',
    'fled',
    'killed',
    'wounded',
    'died',
    'received',
    'need',
    'needs',
    'needed',
    'سجلت',
    'سجل',
    'قتل',
    'قتلت',
    'أصيب',
    'تضم',
    'يضم',
    'تفتح',
    'ناجمة',
    'ناجم',
    'ناتجة',
    'ناتج',
    'مجهولا',
    'مجهولين',
    'وإصابة',
    'واصابة',
    'ومقتل',
    'وجرح',
    'هي',
    'هو',
    'هم',
  ].map(f),
);
/** An Arabic word glued to ب or to ل (not the article's لل): a means or a purpose, "بعبوات", "لتأمين". */
const AR_GLUED_PREPOSITION = new RegExp(`^(?:${f('ب')}|${f('ل')}(?!${f('ل')}))[\\p{L}]{3,}$`, 'u');
/** An Arabic verb in the plural of the past ("قتلوا", "نزحوا"), or one of reporting with its object ("سجلتها"). */
export const AR_PLURAL_VERB = new RegExp(
  `^[\\p{L}]{2,}${f('وا')}$|^(?:${['سجل', 'قتل', 'أصاب', 'نفذ', 'أعلن', 'رصد', 'وثق'].map(f).join('|')})[\\p{L}]*(?:ها|هم|ه)$`,
  'u',
);

export function endsPhrase(word: string, head: boolean): boolean {
  if (PHRASE_END.has(word)) return true;
  return !head && (AFTER_HEAD.has(word) || AR_GLUED_PREPOSITION.test(word) || AR_PLURAL_VERB.test(word));
}
