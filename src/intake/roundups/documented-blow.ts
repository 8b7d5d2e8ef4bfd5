// A monitor's documented count of the dead of one blow the clause names: that blow's toll.
import { L, anyOf as f } from '../reading/word-pattern.js';

/** "وثق مقتل", "وثقت مقتل": the documenting words the aggregate cues read as a statistic. */
const DOCUMENTED_DEATHS = new RegExp(`(?<!${L})(?:${f(['وثق مقتل', 'وثقت مقتل'])})(?!${L})`, 'gu');

/**
 * "…جراء القصف بصواريخ…", "…إثر الغارة على السوق", "…في الهجوم": the dead told as of a blow named by its
 * definite singular noun, right after what they died of — the one event the article tells, not many
 * blows summed.
 */
const OF_ONE_BLOW = new RegExp(
  `(?<!${L})(?:${f(['جراء', 'إثر', 'اثر', 'بسبب', 'نتيجة', 'في'])})\\s+(?:${f(['القصف', 'الغارة', 'الهجوم', 'التفجير', 'الانفجار', 'الضربة', 'المجزرة'])})(?!${L})`,
  'u',
);

/**
 * "وافاد المرصد انه وثق مقتل ما لا يقل عن 170 شخصا في بلدات …، جراء القصف بصواريخ …": the text (in
 * matching form) with "وثق مقتل" blanked (same length) where the dead it documents are told as of one
 * blow so named; the text as it is otherwise. Used only where the clause names one event at a place
 * or a day (clause.ts): a count over a span is still read as one by the span's own words.
 */
export function withoutDocumentedOfBlow(matchText: string): string {
  if (!OF_ONE_BLOW.test(matchText)) return matchText;
  return matchText.replace(DOCUMENTED_DEATHS, (m) => ' '.repeat(m.length));
}
