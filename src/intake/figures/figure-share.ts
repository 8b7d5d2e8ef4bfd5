// A share of what was counted just before ("منهم", "of them"): the label of the whole with what
// the article says of the share.
import type { Language, LocalizedText } from '../../content/schema.js';
import { AR_PLURAL_VERB, PHRASE_END } from './figure-phrase-end.js';
import { LABEL_WORDS, wordSpans } from './figure-words.js';
import type { MatchView } from '../reading/view.js';

/** The article's words from a partitive pronoun to the end of its clause: "منهم مجهولا", "of them children". */
export function share(view: MatchView, end: number): string {
  const rest = view.text.slice(end);
  const stop = rest.search(/[.,،؛;:!?؟"«»()]/u);
  const words = wordSpans(stop < 0 ? rest : rest.slice(0, stop)).slice(0, LABEL_WORDS);
  // only a predicate right after the pronoun ("منهم أطفال", "of them children"), not where they went
  // ("عاد مليونان منهم إلى مناطقهم": the share is of the same noun)
  const next = words[1]?.word ?? '';
  if (PHRASE_END.has(next) || AR_PLURAL_VERB.test(next)) return '';
  return words.length > 1 ? view.sourceSpan(end + words[0]!.start, end + words.at(-1)!.end).text.trim() : '';
}

export function shareOf(whole: LocalizedText, lang: Language, words: string): LocalizedText {
  const own = whole[lang];
  return words && own ? { ...whole, [lang]: `${own} (${words})` } : { ...whole };
}
