// "مقتل قيادي في أحد الفصائل المسلحة ومرافقه", "راعي أغنام وابنه", "مدير ناحية …، فلان، وسائقه",
// "a police officer from the anti-terrorism unit and his driver": the companion or kin of the one
// counted, joined after the words that say who he was.
import { AMONG_AR, BE, BREAKS, KIN, ONE_OF, POSSESSIVES } from '../casualties/casualty-words.js';
import type { Numbers } from '../reading/count.js';
import type { Token } from '../reading/tokens.js';
import { normalizeForMatch } from '../../text/normalize.js';
import { matchForms } from '../reading/word-pattern.js';
import { whoClauseDescribes } from './who-led.js';
import { SUSPECTED_WORDS, suspectedOfGroupAt } from './suspected-of-group.js';

/** How many words the description of the one counted may take: his post, group, name. */
const REACH = 8;
/** How many words "إضافة إلى" may stand after the ones counted, past their names and ages. */
const PLUS_REACH = 12;

const words = (list: readonly string[]): Set<string> => new Set(matchForms(list));
/** Words that end the description and begin how or where it happened: "إثر", "جراء", "قرب". */
const ENDS = words([
  'إثر',
  'اثر',
  'جراء',
  'بعد',
  'خلال',
  'أثناء',
  'عند',
  'عندما',
  'حين',
  'قرب',
  'أمام',
  'داخل',
]);
/** Relative pronouns: "الذي يقوده شقيقه" tells of someone else than the one hit. */
const WHO = words(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين']);
const GROUP = words(['في', 'من']);
/** A verb of hurt or escape right after the one joined: his own ("وزوجته أصيبت", "ومرافقه نجا"). */
export const OWN_VERB = words([
  'أصيب',
  'أصيبت',
  'قتل',
  'قتلت',
  'استشهد',
  'استشهدت',
  'جرح',
  'جرحت',
  'توفي',
  'توفيت',
  'نجا',
  'نجت',
  'فر',
]);
const PLUS = words(['إضافة', 'بالإضافة', 'علاوة', 'فضلا']);
const TO = words(['إلى', 'الى', 'على', 'عن']);
const THE = normalizeForMatch('ال');
/** The "ل" the pronoun of "له", "لهما" stands on. */
const OF = 'ل';
/** The pronoun a companion takes, by how many own him: "مرافقه" (his), "مرافقهما" (theirs, two). */
const POSSESSOR: readonly [string, number][] = [
  [normalizeForMatch('هما'), 2],
  [normalizeForMatch('هم'), 3],
  [normalizeForMatch('هن'), 3],
  [normalizeForMatch('ها'), 1],
  [normalizeForMatch('ه'), 1],
];
/**
 * The people one has with him, whose "ه" is "his" ("ومرافقه", "وسائقه", "ونجله"); after another noun
 * "ه" may be a feminine noun's folded ة ("الناشطة المدنية والطبيبة" is one woman).
 */
const COMPANIONS = words([
  'مرافق',
  'سائق',
  'حارس',
  'نجل',
  'ابن',
  'شقيق',
  'زوج',
  'والد',
  'ولد',
  'حفيد',
  'جار',
]);

/** How many own the person a word joined by "و" names as someone's ("ومرافقه" → 1), or null. */
function ownersOf(word: string): number | null {
  const noun = word.slice(1);
  if (noun.startsWith(THE)) return null;
  for (const [suffix, owners] of POSSESSOR) {
    if (!noun.endsWith(suffix)) continue;
    const base = noun.slice(0, -suffix.length);
    // (a feminine noun's ة is written ت before the pronoun: "وزوجته", "وابنتها"; a dual's or a
    // plural's ending may stand before it: "ومرافقيه")
    if (suffix.length > 1 || base.endsWith('ت')) return owners;
    return COMPANIONS.has(base.replace(/[اي]$/u, '')) ? owners : null;
  }
  return null;
}

/**
 * A companion named without the pronoun on him, "له" after him instead: "ومرافق له", "وسائقاً له",
 * "وشقيق لها" (a companion of his, of hers) are one more beside the one counted, as "ومرافقه" is.
 */
export function companionOfOne(word: string, next: string): boolean {
  const noun = word.slice(1).replace(/[اة]$/u, '');
  return (
    word.startsWith('و') && COMPANIONS.has(noun) && POSSESSOR.some(([suffix]) => next === `${OF}${suffix}`)
  );
}

/**
 * From the word after one person counted (`head`: how many the count so far named last), the index
 * of the companion joined by "و" past the words that describe the head, or null. Reporters name the
 * one hit by post and group ("قيادي في أحد الفصائل المسلحة"), trade ("راعي أغنام") or name, then the
 * one hit with him: someone of his ("ومرافقه", "وسائقه", "ونجله"), the pronoun agreeing with the ones
 * counted; or, after the group he was of ("عنصران من قوات سوريا الديمقراطية (قسد)"), anyone named by
 * what he was ("وسائق مدني"). Stops at a number, another "و", or a word that tells how or where.
 * (So is one more named after "إضافة إلى", past the names and ages of the ones counted: "مقتل
 * المقاتلَين: فلان (23 عاماً) وفلان (27 عاماً)، إضافة إلى السائق المدني".)
 * `count`: how many persons a word names (1 a person noun, 2 a dual, null none).
 */
export function companionPastDescription(
  tokens: readonly Token[],
  numbers: Numbers,
  k: number,
  head: number,
  count: (word: string) => number | null,
): number | null {
  // (or the group they are suspected of belonging to, "يشتبه بانتمائهم لخلية …": suspected-of-group.ts)
  const suspected = suspectedOfGroupAt(tokens, k);
  const ofGroup = suspected || GROUP.has(tokens[k]?.word ?? '');
  const reach = REACH + (suspected ? SUSPECTED_WORDS : 0);
  for (let j = k; j < k + reach && j < tokens.length; j++) {
    const word = tokens[j]!.word;
    if (ends(tokens, numbers, j)) return null;
    // ("أربعة من أفراد الأسرة، هم الجد وزوجته وحفيداه": who the counted were, told again, no one
    // joined to them)
    if (AMONG_AR.has(word)) break;
    if (!word.startsWith('و')) continue;
    if (j === k || count(word) === null) break;
    // (anyone named after the group, not someone's: "ووالده" after two is no companion of theirs)
    const owners = ownersOf(word);
    const own = owners !== null && owners === Math.min(head, 3);
    // ("معلماً في قرية …، وزوجته أصيبت بجروح": she is the subject of a verb of her own)
    if (OWN_VERB.has(tokens[j + 1]?.word ?? '')) break;
    if (own || (ofGroup && owners === null && !word.slice(1).startsWith(THE))) return j;
    break;
  }
  for (let j = k; j < k + PLUS_REACH && j < tokens.length && !ends(tokens, numbers, j); j++)
    if (
      PLUS.has(tokens[j]!.word) &&
      TO.has(tokens[j + 1]?.word ?? '') &&
      count(tokens[j + 2]?.word ?? '') !== null
    )
      return j + 2;
  return null;
}

/** A number (not "أحد" of "في أحد الفصائل", "one of"), or a word telling how, where or of whom else. */
export function ends(tokens: readonly Token[], numbers: Numbers, j: number): boolean {
  const { word, start } = tokens[j]!;
  return (
    (numbers.has(start) && !ONE_OF.has(word)) || numbers.has(start + 1) || ENDS.has(word) || WHO.has(word)
  );
}

/** English words that may stand in a description of who the one hit was: "from", "of", "in", "as". */
const DESCRIBING_EN = new Set(['of', 'from', 'in', 'at', 'as', 'identified', 'named', 'called', 'known']);
/** Words that end it: who or what he did, or what happened, comes next. */
const ENDS_EN = new Set([
  'who',
  'whom',
  'whose',
  'which',
  'after',
  'when',
  'while',
  'near',
  'outside',
  'inside',
]);

/**
 * The English of the same: from the word after the ones counted (`head` of them), the index of "his",
 * "her" or "their" after "and", naming kin or a companion of theirs ("and his driver", "and their
 * two sons"), past the words that describe the head: his unit ("from the anti-terrorism unit"), his
 * name set off by commas ("identified as X,"). The pronoun agrees with how many were counted.
 */
export function companionPastDescriptionEn(
  tokens: readonly Token[],
  numbers: Numbers,
  k: number,
  head: number,
): number | null {
  // (past a short "who" clause describing him: "a sheikh who led a local force and his two sons", who-led.ts)
  let who = false;
  for (let j = k; j < k + REACH + 2 && j < tokens.length; j++) {
    const word = tokens[j]!.word;
    if (word === 'who' && !who && j === k) {
      const and = tokens.findIndex((t, x) => x > j && x < k + REACH + 2 && t.word === 'and');
      if (and > j && whoClauseDescribes(tokens, j, and)) {
        who = true;
        continue;
      }
    }
    if (numbers.has(tokens[j]!.start) || BE.has(word) || ENDS_EN.has(word)) return null;
    if (BREAKS.has(word) && !DESCRIBING_EN.has(word)) return null;
    if (word !== 'and') continue;
    const whose = tokens[j + 1]?.word ?? '';
    // ("and his son was wounded": the kin is the subject of a verb of his own)
    const at = KIN.test(tokens[j + 2]?.word ?? '') ? j + 2 : KIN.test(tokens[j + 3]?.word ?? '') ? j + 3 : -1;
    const kin = at >= 0 && !BE.has(tokens[at + 1]?.word ?? '');
    const agrees = whose === 'their' ? head > 1 : head === 1 && (whose === 'his' || whose === 'her');
    return j > k && POSSESSIVES.has(whose) && kin && agrees ? j + 1 : null;
  }
  return null;
}
