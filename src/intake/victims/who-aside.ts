// "killing a man, Khalaf al-Awad, 48, his wife and their son": who one of those counted is, told
// between commas, with more of them joined after.
import { EN_PERSONS } from '../casualties/casualty-words.js';
import type { MatchView } from '../reading/view.js';
import type { Token } from '../reading/tokens.js';
import { NAME } from './named-object.js';

/** An age as English copy sets it off: "48", "aged 14". */
const AGE = '(?:aged\\s+)?\\d{1,3}';
/**
 * Right after a person noun: his name, his age, or both, between commas, the list of those counted
 * going on after them ("his wife", "and two passers-by").
 */
const ASIDE = new RegExp(
  `^\\s*,\\s*(?:(?:${NAME.source.slice(1)})(?:\\s*,\\s*${AGE})?|${AGE})\\s*,\\s*(?=(?:his|her|their|and)\\s)`,
  'u',
);

/**
 * The clause's tokens without the name and age told of one of those counted, where more of them are
 * joined after (English): the count reads the list on ("a man, his wife and their son": three), as
 * it does where the aside is left out; the aside would end the list at its first item.
 */
export function withoutWhoAside(view: MatchView, tokens: readonly Token[]): readonly Token[] {
  const aside: { from: number; to: number }[] = [];
  for (const t of tokens) {
    if (!EN_PERSONS.has(t.word)) continue;
    const from = view.sourceSpan(t.start, t.end).end;
    const m = ASIDE.exec(view.source.slice(from));
    if (m) aside.push({ from, to: from + m[0].length });
  }
  if (aside.length === 0) return tokens;
  return tokens.filter((t) => {
    const at = view.sourceSpan(t.start, t.end).start;
    return !aside.some((a) => at >= a.from && at < a.to);
  });
}
