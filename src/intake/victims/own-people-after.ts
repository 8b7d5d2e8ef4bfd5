// "ضابط في "الفرقة المدرعة الرابعة" (الفرقة) وثلاثة من حراسه": his own people, counted with him.
import { MIN, POSSESSED } from '../casualties/casualty-words.js';
import { numbersIn, type Numbers } from '../reading/count.js';
import { tokenize, type Token } from '../reading/tokens.js';
import { matchView } from '../reading/view.js';
import { OWN_VERB } from './companion-past-description.js';

/** How many words the group named after "في"/"من" may take, its abbreviation with it. */
const GROUP_REACH = 6;
/**
 * How many words may describe one person named before his own people ("الشيخ فلان (أبو فلان)، أحد
 * أبرز قياديي مجالس الصحوة في القضاء، واثنين من حراسه"): his name, by-name and post together.
 */
const NAMED_REACH = 14;
/** The pronoun of one owner: "حراسه" (his), "أبنائها" (hers), not "حراسهما" (theirs, two). */
const ONE_OWNER = POSSESSED.slice(0, 2);

/** Token j is "و" and a number ("واثنان" one word; "و3" is "و" and the digits, two tokens). */
function joinedNumber(tokens: readonly Token[], numbers: Numbers, j: number): boolean {
  const token = tokens[j]!;
  return token.word.startsWith('و') && (numbers.has(token.start) || numbers.has(token.start + 1));
}

/**
 * After the joined number at j, "من" and a noun owned by `owners` ("من مرافقيه", "من أبنائها"), not
 * the subject of a verb of hurt of its own ("واثنان من حراسه أصيبوا", a word between at most).
 */
function ownedAfter(tokens: readonly Token[], j: number, owners: readonly string[]): boolean {
  const at = tokens[j]!.word === 'و' ? j + 2 : j + 1;
  const whose = tokens[at + 1]?.word ?? '';
  const ownVerb = [at + 2, at + 3].some((v) => OWN_VERB.has(tokens[v]?.word ?? ''));
  return tokens[at]?.word === MIN && owners.some((x) => whose.endsWith(x)) && !ownVerb;
}

/**
 * From the qualifier at `i` ("في", "من"), the index of "و" and a number of the named one's own
 * people ("واثنان من مرافقيه", "وثلاثة من عناصره", "و4 من أبنائه"), or null: however long the group
 * he belongs to is named, "N of his" counts people beside him, not one of the group's name. Stops at
 * the first other number, which starts another count.
 */
export function ownPeopleJoinedAt(tokens: readonly Token[], numbers: Numbers, i: number): number | null {
  for (let j = i + 2; j <= i + GROUP_REACH && j < tokens.length; j++) {
    const joined = joinedNumber(tokens, numbers, j);
    if (!joined && numbers.has(tokens[j]!.start)) return null;
    if (!joined) continue;
    return ownedAfter(tokens, j, POSSESSED) ? j : null;
  }
  return null;
}

/**
 * From the word after one person counted, the index of "و" and a number of his own people past the
 * words that describe him ("الشيخ فلان، أحد أبرز قياديي الصحوة في القضاء، واثنين من حراسه
 * الشخصيين": three), or null: "N of his" joined after one person is his guards, sons or men, hit with
 * him, however long his name and post. The pronoun must be one owner's. `ends`: a word that ends the
 * description (another number, how or where it happened, a relative pronoun).
 */
export function ownPeoplePastNamed(
  tokens: readonly Token[],
  numbers: Numbers,
  k: number,
  ends: (j: number) => boolean,
): number | null {
  for (let j = k + 1; j < k + NAMED_REACH && j < tokens.length; j++) {
    if (joinedNumber(tokens, numbers, j)) return ownedAfter(tokens, j, ONE_OWNER) ? j : null;
    if (ends(j)) return null;
  }
  return null;
}

/** What ownerBefore reads of a count phrase: its lowest value and the token after it. */
interface CountRead {
  value: { low: number };
  next: number;
}

/**
 * A count read back from its verb that opens on "و" and N of one owner's people ("واثنين من حراسه
 * الشخصيين، الذين قتلوا") was joined to him: where the phrase that counts him too begins, as far
 * back as his name and post may run ("جثامين الشيخ فلان، أحد قياديي الصحوة، واثنين من حراسه"), or
 * null. That phrase ends where the count does and counts one more. `countFrom`: the count phrase at
 * a token (casualty-phrase.ts).
 */
export function ownerBefore(
  tokens: readonly Token[],
  numbers: Numbers,
  phrase: CountRead & { start: number },
  countFrom: (at: number) => CountRead | null,
): number | null {
  const { start } = phrase;
  if (!joinedNumber(tokens, numbers, start) || !ownedAfter(tokens, start, ONE_OWNER)) return null;
  for (let s = start - 1; s >= Math.max(0, start - NAMED_REACH); s--) {
    const from = countFrom(s);
    if (from && from.next === phrase.next && from.value.low === phrase.value.low + 1) return s;
  }
  return null;
}

/**
 * The words after a comma open on "و" and N of one owner's people ("، واثنين من حراسه الشخصيين، الذين
 * قتلوا"): more of the count before the comma, whose last one named they were, no clause of their own.
 */
export function opensWithOwnPeople(part: string): boolean {
  const view = matchView(part);
  const tokens = tokenize(view.text);
  return tokens.length > 0 && joinedNumber(tokens, numbersIn(view), 0) && ownedAfter(tokens, 0, ONE_OWNER);
}
