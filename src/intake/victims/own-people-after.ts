// "ضابط في "الفرقة المدرعة الرابعة" (الفرقة) وثلاثة من حراسه": his own people, counted with him.
import { MIN, POSSESSED } from '../casualties/casualty-words.js';
import type { Numbers } from '../reading/count.js';
import type { Token } from '../reading/tokens.js';

/** How many words the group named after "في"/"من" may take, its abbreviation with it. */
const GROUP_REACH = 6;

/**
 * From the qualifier at `i` ("في", "من"), the index of "و" and a number of the named one's own
 * people ("واثنان من مرافقيه", "وثلاثة من عناصره", "و4 من أبنائه"), or null: however long the group
 * he belongs to is named, "N of his" counts people beside him, not one of the group's name. Stops at
 * the first other number, which starts another count.
 */
export function ownPeopleJoinedAt(tokens: readonly Token[], numbers: Numbers, i: number): number | null {
  for (let j = i + 2; j <= i + GROUP_REACH && j < tokens.length; j++) {
    const token = tokens[j]!;
    const and = token.word.startsWith('و');
    // "واثنان" is one number word; "و3" is "و" and the digits, two tokens
    const joined = and && (numbers.has(token.start) || numbers.has(token.start + 1));
    if (!joined && numbers.has(token.start)) return null;
    if (!joined) continue;
    const at = token.word === 'و' ? j + 2 : j + 1;
    const whose = tokens[at + 1]?.word ?? '';
    return tokens[at]?.word === MIN && POSSESSED.some((x) => whose.endsWith(x)) ? j : null;
  }
  return null;
}
