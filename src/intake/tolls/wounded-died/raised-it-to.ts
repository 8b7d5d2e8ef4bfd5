// "Police first put the death toll at nine, but five of the wounded died…, raising it to 14": the
// figure the deaths brought the toll to, the toll told before standing for "it".
import { findNumbers } from '../../reading/numbers.js';
import { matchView } from '../../reading/view.js';
import { L } from '../../reading/word-pattern.js';

/** "raising it to", "bringing it to", "pushing it up to": a toll named before, raised by what the clause told. */
const RAISED_IT_TO = new RegExp(
  `(?<!${L})(?:rais(?:ing|ed)|bringing|brought|push(?:ing|ed)|taking|took)\\s+it\\s+(?:up\\s+)?to\\s+`,
  'u',
);

/**
 * The figure a clause telling the dead of wounds says they raised the toll to ("five of the wounded
 * died in hospital, raising it to 14"), `matchText` in matching form; null where it tells none. That
 * figure holds the ones who died: where the event counts as many dead already, they are no more.
 */
export function raisedItTo(matchText: string): number | null {
  const m = RAISED_IT_TO.exec(matchText);
  if (!m) return null;
  const at = m.index + m[0].length;
  const figure = findNumbers(matchView(matchText)).find((n) => n.start === at);
  return figure?.value ?? null;
}
