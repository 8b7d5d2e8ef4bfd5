// "the killing of two farmers", "the wounding of a child": a casualty noun whose count follows "of".
import type { Language } from '../../content/schema.js';
import type { Token } from '../reading/tokens.js';

/** English casualty cues that, as nouns, take their victims after "of". */
const NOMINAL = /^(?:killing|wounding)$/;

/**
 * Where the count of the casualty cue `cue` begins, from the token `after` right after it: past "of"
 * where the cue is a noun ("for the killing of two council members": two killed, as "مقتل اثنين"
 * says in Arabic); `after` itself otherwise ("killing two farmers").
 */
export function pastNominalOf(tokens: readonly Token[], after: number, cue: string, lang: Language): number {
  return lang === 'en' && NOMINAL.test(cue) && tokens[after]?.word === 'of' ? after + 1 : after;
}
