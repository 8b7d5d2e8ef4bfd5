// A denial that goes on to give the denier's own toll of the event.
import { CUES } from './event-cues.js';
import { L, anyOf as f } from '../reading/word-pattern.js';

/**
 * "، مؤكداً أن", "، مشيرة إلى أن", "، saying instead that": what the denier affirms after the claim it
 * denied, told in the same clause after a comma (in English "that" may go unsaid: ", saying the
 * attack was foiled and only two were wounded").
 */
const AFFIRMS = new RegExp(
  `[,،]\\s*(?:${f(['مؤكدا', 'مؤكدة', 'مؤكدين', 'مؤكدتين', 'وأكد', 'وأكدت', 'مشيرا إلى', 'مشيرة إلى', 'موضحا', 'موضحة'])})\\s+(?:${f(['أن', 'ان'])})(?!${L})|,\\s*(?:and\\s+)?(?:saying|adding|insisting|stressing)\\s+(?:instead\\s+)?(?:that(?!${L}))?`,
  'u',
);

/**
 * "نفى الحشد ما نشرته وكالة أعماق عن مقتل 20 من مقاتليه بهجوم على الناحية، مؤكداً أن الهجوم صُدّ
 * وأسفر عن إصابة اثنين من المقاتلين بجروح طفيفة", "The army denied reports that 30 soldiers died,
 * saying that the attack was repelled and two were wounded": the claim is denied, but the denier goes
 * on to tell the event with its own toll — the event took place, with the toll it affirms, not the
 * one it denied. The offset, in the clause's matching form, where what it affirms begins; null where
 * the clause denies nothing or affirms nothing after its denial.
 */
export function denierOwnTollAt(matchText: string): number | null {
  const denial = matchText.search(CUES.denial);
  if (denial < 0) return null;
  const affirms = AFFIRMS.exec(matchText.slice(denial));
  if (!affirms) return null;
  const from = denial + affirms.index + affirms[0].length;
  // (what it affirms denies nothing again: "مؤكداً أن لا صحة لذلك")
  return matchText.slice(from).search(CUES.denial) >= 0 ? null : from;
}
