// "ونفى ناشطون الرواية الرسمية، وقالوا إن الاشتباكات وقعت بين عناصر الأمن وجنود منشقين": a denial of
// the account that goes on to tell the fight took place all the same, between others or otherwise.
import { L, anyOf as f } from '../reading/word-pattern.js';

/**
 * After the denial, the deniers' own telling (", وقالوا إن", ", saying that") of the fight or its dead
 * as real (الاشتباكات وقعت, the clashes were): the event told before stands, only its account (who
 * fought, how) is in dispute — as where only the doer is denied (doer-denied.ts).
 */
const TELLS_OTHERWISE = new RegExp(
  `(?<!${L})(?:${f(['نفت', 'نفى', 'نفوا', 'ونفت', 'ونفى', 'ونفوا'])})(?!${L})[^.]{0,80}?(?<!${L})(?:${f(['وقالوا', 'وقال', 'وقالت', 'مؤكدين', 'مؤكدا', 'مؤكدة', 'مشيرين', 'مشيرا'])})\\s+(?:${f(['إن', 'أن'])})\\s+(?:${f(['الاشتباكات', 'الاشتباك', 'المعارك', 'القتال', 'الهجوم', 'القتلى', 'الضحايا'])})\\s+(?:${f(['وقعت', 'وقع', 'جرت', 'جرى', 'دارت', 'دار', 'اندلعت', 'كانت', 'كان', 'سقطوا', 'قتلوا'])})(?!${L})` +
    `|(?<!${L})(?:denied|dismissed|rejected)(?!${L})[^.;]{0,80}?,\\s+saying\\s+(?:that\\s+)?(?:the\\s+)?(?:clashes|fighting|attack|dead|victims)\\s+(?:were|was|had\\s+been|took\\s+place|broke\\s+out)(?!${L})`,
  'u',
);

/** The sentence (in matching form) denies an account of the event but tells the event happened. */
export const denialTellsOtherwise = (matchText: string): boolean => TELLS_OTHERWISE.test(matchText);
