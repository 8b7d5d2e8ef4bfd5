// "gunmen shot dead Ahmad Khalil, a former council member", "killed Sheikh Salem al-Ali and his
// driver": a person's name as the object of the blow counts one, as "a teacher" does.
import type { Numbers } from '../reading/count.js';
import type { MatchView } from '../reading/view.js';
import type { Token } from '../reading/tokens.js';
import { ageBeforeName } from './age-before-name.js';

/** The particles of an Arabic name written in English: "al-Ahmad", "bin Ali", "Abu Omar". */
const PARTICLE = '(?:al|el|ad|as|ash|ar|an|at|az|bin|ibn|abu|abd)[-\\s]';
/** A name as written: capitalised words (an acronym, "IS", "SDF", names a group, not a person). */
export const NAME = new RegExp(
  `^(?:${PARTICLE})?\\p{Lu}\\p{Ll}[\\p{L}’'-]*(?:\\s+(?:${PARTICLE})?\\p{Lu}\\p{Ll}[\\p{L}’'-]*){0,4}`,
  'u',
);
/**
 * What may follow a name that names the one hit: a comma or a bracket (who he was, his age),
 * another one joined, where or when it happened. A noun after it ("Iraqi soldiers", "Islamic
 * State fighters") makes the capitalised words describe others, not name one.
 */
const AFTER_NAME =
  /^\s*(?:[,(;.:]|$|(?:and|in|near|at|on|outside|inside|while|as|when|after|before|during|with|from|by|who|late|early|last|yesterday|today|overnight)(?![\p{L}]))/u;
/** Capitalised words that say when, not who. */
const WHEN =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/u;

/**
 * The index past a person's name at token `at`, the object of a verb of the blow (English, read on
 * the words as written: a name is told by its capitals), or null where none stands there.
 */
export function namedObjectAt(view: MatchView, tokens: readonly Token[], at: number): number | null {
  const first = tokens[at];
  if (!first || WHEN.test(first.word)) return null;
  const at0 = view.sourceSpan(first.start, first.end).start;
  // ("killed 10-year-old Ahmad": the name past the age told before it, age-before-name.ts)
  const from = at0 + ageBeforeName(view.source.slice(at0));
  const name = NAME.exec(view.source.slice(from));
  if (!name || !AFTER_NAME.test(view.source.slice(from + name[0].length))) return null;
  const end = from + name[0].length;
  let next = at;
  while (tokens[next] && view.sourceSpan(tokens[next]!.start, tokens[next]!.end).end <= end) next++;
  return next > at ? next : null;
}

/** A verb of the blow, whose object a name may be: "killed", "killing", "shot dead", "gunned down". */
const BLOW_VERB = /(?:ed|ing|dead|down)$/u;

/**
 * The clause's counts with the name at token `at`, right after the verb of the blow `cue`, told as
 * one person, and so each name joined right after it by "and" ("killed Ali Saleh and Omar Jasim"),
 * so that the ones joined after them ("and his driver", ", a notable of the tribe, and his
 * bodyguard") are counted with them as after any count; the counts as they were where no name
 * stands there (nor after a noun: "the death of Imam Hussein" is no one hit in the event).
 */
export function withNamedObject(
  view: MatchView,
  tokens: readonly Token[],
  numbers: Numbers,
  cue: string,
  at: number,
): Numbers {
  if (!BLOW_VERB.test(cue)) return numbers;
  const counts = new Map(numbers);
  for (let from = at, next = namedObjectAt(view, tokens, from); next !== null;) {
    if (counts.has(tokens[from]!.start)) break;
    counts.set(tokens[from]!.start, { value: { low: 1, high: 1 }, end: tokens[next - 1]!.end });
    if (tokens[next]?.word !== 'and') break;
    from = next + 1;
    next = namedObjectAt(view, tokens, from);
  }
  return counts;
}
