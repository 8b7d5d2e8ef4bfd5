// "مخيم مخمور التابع لمحافظة نينوى والواقع جنوب غربي أربيل", "the town of Tuz Khurmatu, south of
// Kirkuk": a bearing told after a known place, as an aside, glosses where that place lies; the event
// is at the place named, in its own governorate, not at the city the bearing is told from.
import type { Chain } from './chains.js';
import { namesFacility } from './facility.js';
import { CLAUSE_BREAK, tokenAt } from './place-words.js';
import { isIn, type Token } from './tokens.js';

/** Words that open such an aside: "الواقع", "located", "which lies", "some 30 km". */
const GLOSS_WORDS = new Set([
  'واقع',
  'واقعه',
  'الواقع',
  'الواقعه',
  'located',
  'situated',
  'lying',
  'which',
  'that',
  'lies',
  'is',
  'sits',
  'about',
  'some',
  'around',
  'nearly',
  'roughly',
]);
/** At most this many words (the kind of place: "camp", "للاجئين") between the name and the aside. */
const MAX_WORDS_BEFORE_COMMA = 2;

/**
 * "مخيم الشهيد رستم جودي (مخمور) للاجئين، جنوب غرب هولير", "the camp (Makhmour), southwest of
 * Erbil": a place named in brackets as another name of the spot told before it; the bracket that
 * closes it does not end the clause, so a bearing after it still glosses the place.
 */
function withoutClosingBracket(sentence: string, mentionStart: number, between: string): string {
  const opened = /\(\s*$/.test(sentence.slice(0, mentionStart));
  return opened ? between.replace(/^\s*\)/, '') : between;
}

/**
 * Whether the bearing phrase opening at token `phraseStart` is an aside on a town or district of
 * another governorate named just before it (after a comma, or after "الواقع"/"located").
 */
export function bearingGlossesBefore(
  sentence: string,
  tokens: readonly Token[],
  phraseStart: number,
  chain: Chain,
  chains: Chain[],
): boolean {
  return chains.some((before) => {
    if (before === chain || before.governorate.id === chain.governorate.id) return false;
    if (before.entries.every((e) => e.kind === 'governorate')) return false;
    const end = before.mentions.at(-1)!.end;
    const first = tokenAt(tokens, end);
    if (first > phraseStart) return false;
    const between = withoutClosingBracket(
      sentence,
      before.mentions.at(-1)!.start,
      sentence.slice(end, tokens[phraseStart]!.start),
    );
    if (CLAUSE_BREAK.test(between.replace(/[,،]/g, ''))) return false;
    const comma = Math.max(between.lastIndexOf('،'), between.lastIndexOf(','));
    const words = tokens.slice(first, phraseStart);
    // the aside opens after the comma, else at its first word ("مخيم مخمور للاجئين الواقع جنوب…")
    // (right after a base, an airport, with no word between: "the Balad air base north of Baghdad", facility.ts)
    const opens =
      comma > -1
        ? words.filter((t) => t.start < end + comma).length
        : words.length === 0 && namesFacility(before)
          ? 0
          : words.findIndex((t) => isIn(GLOSS_WORDS, t));
    if (opens === -1) return false;
    const aside = words.slice(opens);
    return (
      opens <= MAX_WORDS_BEFORE_COMMA &&
      aside.every((t) => isIn(GLOSS_WORDS, t) || /^\d+$/.test(t.norm) || /^(?:km|كم)$/.test(t.norm))
    );
  });
}

/**
 * The words that point back at the town or district the article told ("وسط القضاء", "in the town"), in
 * matching form: Arabic with the article, English after "the".
 */
const POINTER_AR = new Set(['القضاء', 'الناحيه', 'المدينه', 'البلده', 'القريه']);
const POINTER_EN = new Set(['town', 'city', 'district']);
/** The distance an aside may tell before its bearing: "على بعد 50 كم", "some 40 km". */
const DISTANCE_WORDS = new Set([
  'على',
  'علي',
  'بعد',
  'مسافه',
  'نحو',
  'حوالي',
  'km',
  'kms',
  'kilometres',
  'kilometers',
  'miles',
  'كم',
  'كلم',
  'كيلومترا',
  'كيلومترات',
]);

/**
 * "وسط القضاء، الواقع على بعد 50 كم جنوب شرقي بغداد", "in the town, located 40 km north of Baghdad":
 * whether the bearing phrase opening at token `phraseStart` is an aside on the town the article told
 * before, named back only by the word for it; the city the bearing is told from is no place of the
 * event.
 */
export function bearingGlossesPointer(
  sentence: string,
  tokens: readonly Token[],
  phraseStart: number,
): boolean {
  let at = phraseStart - 1;
  const aside = (t: Token): boolean =>
    isIn(GLOSS_WORDS, t) || DISTANCE_WORDS.has(t.norm) || /^\d+$/.test(t.norm);
  while (at >= 0 && aside(tokens[at]!)) at--;
  const pointer = tokens[at];
  if (!pointer) return false;
  const between = sentence.slice(pointer.end, tokens[phraseStart]!.start);
  // (with no aside word, a comma alone may open the aside: "وسط القضاء، جنوب شرقي بغداد")
  if (at === phraseStart - 1 && !/^\s*[,،]\s*$/u.test(between)) return false;
  if (CLAUSE_BREAK.test(between.replace(/[,،]/g, ''))) return false;
  return pointer.arabic
    ? POINTER_AR.has(pointer.norm)
    : POINTER_EN.has(pointer.norm) && tokens[at - 1]?.norm === 'the';
}
