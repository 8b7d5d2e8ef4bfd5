// Where a funeral was held: the mourners' town, not where the dead were killed.
import type { Language } from '../../../content/schema.js';
import type { PlaceResolver } from '../../incidents/clause-facts.js';
import { buriedDeadAt } from '../../events/funeral.js';
import { matchView } from '../../reading/view.js';

/**
 * "شيّع أهالي قضاء بلد اليوم جثامين ثلاثة من المقاتلين الذين قتلوا بكمين في منطقة الإسحاقي", "Mourners
 * in Najaf buried the victims of a bombing in Hilla": where a funeral names the dead it buried and
 * the words after them place the killing, a place told only before them is the burial's (the
 * mourners' town, the dead's home), blanked (same length, offsets keep). The killing's day is read
 * the same way (events/funeral.ts). A funeral placing nothing after its dead keeps its place: the dead
 * are mourned where they fell, or the copy says no more.
 */
export function withoutBurialPlace(text: string, lang: Language, resolvePlace: PlaceResolver): string {
  const view = matchView(text);
  const at = buriedDeadAt(view.text);
  if (at === null || at === 0) return text;
  const from = view.sourceSpan(at, at + 1).start;
  if (!resolvePlace(text.slice(from), lang)?.governorate) return text;
  return ' '.repeat(from) + text.slice(from);
}
