// "استقبل المستشفى جثتين لشابين أصيبا بالرصاص في الرأس", "جثة رجل أصيب بطلق ناري": the wounding
// verb right after a body and the dead it names tells how those dead were hit, not that anyone was
// wounded (as the participle does, "جثة شاب مصاب بطلق ناري": body-wounds.ts).
import type { Token } from '../reading/tokens.js';
import { normalizeForMatch } from '../../text/normalize.js';

/** A body, or bodies, named by the noun, "ل" or "و" glued or not: "جثة", "جثتين", "جثث", "جثامين". */
const BODY_AR = /^(?:[وف]?[بل]?)(?:جث[ةه]|جثث|جثت(?:ين|ان|ا|ي)|جثمان|جثامين)$/u;
/** How many words may name the dead between the body and the verb: "جثتين لمتظاهرين", "جثة أحد المتظاهرين". */
const NAMED_REACH = 2;
/** Words that open a clause of its own between them: what follows is no longer the dead described. */
const OPENS_CLAUSE = new Set(
  ['بينما', 'فيما', 'حيث', 'كما', 'بعد', 'قبل', 'ثم', 'حين', 'عندما', 'فقد', 'وقد'].map(normalizeForMatch),
);

/**
 * The wounding verb at token `at` of `text` (matching form, `tokens` its words) has for its subject
 * the dead whose body is named one or two words before it, with no comma, number, "و" or word that
 * opens a clause of its own between ("جثتين لمتظاهرين أصيبا": how they died). Not "انتشال جثتين،
 * فيما أصيب ثلاثة" nor "جثة رجل وأصيب آخر": others, wounded.
 */
export function hitVerbOfTheBody(text: string, tokens: readonly Token[], at: number): boolean {
  const verb = tokens[at];
  if (!verb || verb.word.startsWith(normalizeForMatch('و'))) return false;
  for (let j = at - 2; j >= Math.max(0, at - 1 - NAMED_REACH); j--) {
    const body = tokens[j];
    if (!body || !BODY_AR.test(body.word)) continue;
    const between = tokens.slice(j + 1, at);
    if (between.some((t) => /^[و\p{N}]/u.test(t.word) || OPENS_CLAUSE.has(t.word))) return false;
    return !/[،,.;:؛"«»“”]/u.test(text.slice(body.end, verb.start));
  }
  return false;
}
