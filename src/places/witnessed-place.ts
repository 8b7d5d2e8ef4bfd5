// "وكانت العمارة قد شهدت…": a name that is also a word, told as what witnessed an event, is a place.
import type { Token } from './tokens.js';
import { normalizeForMatch } from '../text/normalize.js';

/** "Witnessed" in Arabic news's frame for where something happened: "شهدت", "شهد", "تشهد". */
const WITNESSED = new Set(['شهدت', 'شهد', 'تشهد', 'يشهد'].map(normalizeForMatch));
const ALREADY = normalizeForMatch('قد');

/**
 * "وكانت العمارة قد شهدت في الثاني من الشهر مقتل ثلاثة متظاهرين", "العمارة شهدت أمس…": a name the
 * gazetteer holds only with a cue (العمارة is also "the building"), as the subject of "witnessed"
 * right after it (or after "قد"), is where the event took place — the frame Arabic copy tells a town's
 * events in — as much as one after "في" is. `last` is the name's last token.
 */
export function witnessedAfter(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1]?.norm;
  if (next === undefined) return false;
  if (WITNESSED.has(next)) return true;
  return next === ALREADY && WITNESSED.has(tokens[last + 2]?.norm ?? '');
}
