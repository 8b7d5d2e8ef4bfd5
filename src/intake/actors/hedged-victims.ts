// People killed whom the article only believes to be a group's men: the group was hit, not the hitter.
import { L, anyOf as f } from '../reading/word-pattern.js';

/**
 * "قُتل ثلاثة أشخاص يُعتقد أنهم من مقاتلي حزب العمال", "killed two men believed to be IS members": a
 * hedge on who the people hit were names the side hit; only "gunmen believed to be…" name a doer.
 */
const HEDGED_PEOPLE_BEFORE = new RegExp(
  `(?<!${L})(?:${f(['أشخاص', 'شخصين', 'شخصان', 'أشخاصا', 'رجال', 'رجلين', 'رجلان', 'شبان', 'شابين', 'شابان', 'القتلى', 'الضحايا'])}|people|men|persons|the dead|the victims)\\s+(?:${f(['يعتقد', 'يرجح', 'يشتبه', 'قيل'])}|believed|suspected|thought|said)(?!${L})(?:\\s+[^\\s.،,]+){0,4}\\s*$`,
  'u',
);

export function hedgedVictimBefore(text: string, start: number): boolean {
  return HEDGED_PEOPLE_BEFORE.test(text.slice(Math.max(0, start - 64), start));
}
