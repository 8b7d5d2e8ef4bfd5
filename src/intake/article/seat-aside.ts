// Where a body named before sits, told of it after a comma: no clause of its own.
import { normalizeForMatch } from '../../text/normalize.js';

const SEAT = new Set(['ومقره', 'ومقرها', 'ومقرهم'].map(normalizeForMatch));

/**
 * "قال المرصد السوري، ومقره بريطانيا، إن الضربات أسفرت عن مقتل خمسة": "and its seat is …" tells where
 * the source sits; what follows it is still that source's words, so the sentence reads on as one
 * clause (split there, the toll would lose the source who gave it). `word`: the clause's first word,
 * in matching form.
 */
export function tellsSeat(word: string): boolean {
  return SEAT.has(word);
}
