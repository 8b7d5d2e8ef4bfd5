// A spot the gazetteer does not know, told by its bearing from a town it does not know either, the
// town the event told before happened in ("the town of Y southeast of Aleppo", then "the village of X
// north of Y").
import { L, anyOf, escapeRegExp, matchForms } from '../reading/word-pattern.js';
import { matchView } from '../reading/view.js';
import { BEARINGS } from './bearing-from-town.js';

/** English bearings: "north of", "south-east of". */
const BEARING_EN = '(?:(?:north|south)(?:[- ]?(?:east|west))?|east|west) of';
/** The town's name after its bearing: one or two words ("north of Sfeira", "west of Tal Ward"). */
const BEARING_NAME = new RegExp(
  `(?<!${L})(?:(?:${anyOf(BEARINGS)})(?: (?:${anyOf(BEARINGS)}))? (?:(?:${anyOf(['بلدة', 'مدينة', 'قرية'])}) )?|${BEARING_EN} (?:the (?:town|village|city) of )?)((?:al-|el-)?${L}+)(?: (${L}+))?`,
  'giu',
);
/** How the event before named the town it happened in: "the town of Y", "بلدة Y". */
const KIND_EN = ['town', 'village', 'city'];
const KIND_AR = matchForms(['بلدة', 'قرية', 'مدينة']).flatMap((w) => [w, `ب${w}`, `و${w}`, `في ${w}`]);

/** The words after a bearing that are no town's name. */
const NOT_NAME = /^(?:the|a|an|city|town|village|المدينه|البلده|القريه)$/u;

/**
 * "Troops took the town of Y, southeast of Aleppo", then "an air strike on the village of X north of
 * Y killed five"; "سيطرت القوات على بلدة Y بريف حلب", then "غارة على قرية X شمال Y": a spot the
 * gazetteer does not know, told by its bearing from a town it does not know either — the very town
 * the event told before was told at by its kind ("the town of", "بلدة"). The spot lies where that
 * event was placed. `matchText` is the clause in matching form; `beforeSource` the text of the event
 * told before. A bearing from a town the event before did not name as its own says nothing.
 */
export function bearingFromTownOfBefore(matchText: string, beforeSource: string | null | undefined): boolean {
  if (!beforeSource) return false;
  const before = matchView(beforeSource).text;
  for (const m of matchText.matchAll(BEARING_NAME)) {
    const first = m[1] ?? '';
    if (NOT_NAME.test(first)) continue;
    const names = [m[2] ? `${first} ${m[2]}` : null, first].filter((n): n is string => !!n && n.length > 2);
    for (const name of names) {
      const kinds = /\p{Script=Arabic}/u.test(name)
        ? `(?:${KIND_AR.join('|')})`
        : `(?:${KIND_EN.join('|')}) of`;
      if (new RegExp(`(?<!${L})${kinds} ${escapeRegExp(name)}(?!${L})`, 'u').test(before)) return true;
    }
  }
  return false;
}
