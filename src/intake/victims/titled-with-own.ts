// "killed the police chief and two of his bodyguards", "killed Nineveh's police chief, Brigadier
// Ali Hassan, and three of his guards": the one a title names, then a count of his own men joined to
// him, all hit by the same blow. The title is no count, so without this the count read would be none.
import { BE, BREAKS } from '../casualties/casualty-words.js';
import type { Numbers } from '../reading/count.js';
import type { Token } from '../reading/tokens.js';

/** How far the title (and a name or a rank set off after it) may run before the "and". */
const REACH = 14;
/** Words that end the object: what happened next, where, when (but "of": "the chief of police"). */
const ENDS = new Set([
  ...[...BREAKS].filter((w) => w !== 'of'),
  ...BE,
  'near',
  'outside',
  'inside',
  'during',
  'before',
  'with',
  'who',
  'which',
  'and',
  // "killing him, his wife and three of his children": a pronoun and someone's kin are listed
  // people of their own, read as such elsewhere, no title
  'him',
  'them',
  'his',
  'her',
  'their',
]);
/** One owner: the one the title names ("their" may stand for a group, whose size the title does not tell). */
const OWNER = new Set(['his', 'her']);

/**
 * The clause's counts with the title at token `at`, right after a verb of the blow, told as one
 * person up to "and N of his …", so that his men are counted with him as after any count; the
 * counts as they were where no such title stands there (a count of its own, a break, another "and").
 */
export function withTitledObject(tokens: readonly Token[], numbers: Numbers, at: number): Numbers {
  for (let j = Math.max(at, 0); j < at + REACH && j < tokens.length; j++) {
    const word = tokens[j]!.word;
    if (numbers.has(tokens[j]!.start)) return numbers;
    if (word === 'and' && j > at && numbers.has(tokens[j + 1]?.start ?? -1)) {
      const count = numbers.get(tokens[j + 1]!.start)!;
      const after = tokens.findIndex((t) => t.start >= count.end);
      if (tokens[after]?.word !== 'of' || !OWNER.has(tokens[after + 1]?.word ?? '')) return numbers;
      const counts = new Map(numbers);
      counts.set(tokens[at]!.start, { value: { low: 1, high: 1 }, end: tokens[j - 1]!.end });
      return counts;
    }
    if (ENDS.has(word)) return numbers;
  }
  return numbers;
}
