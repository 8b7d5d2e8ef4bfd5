// A threat to kill is no killing: "تهديدات بالقتل", "death threats" tell of fear, not of dead.
import { L, anyOf } from '../reading/word-pattern.js';

/** A threat governing the killing it threatens: "تلقوا تهديدات بالقتل", "هددوه بالتصفية", "threatened to kill". */
const THREAT = new RegExp(
  `(?<!${L})[وب]?(?:${anyOf(['تهديد', 'تهديدات', 'التهديد', 'التهديدات', 'هدد', 'هددوا', 'هددت', 'هددوه', 'هددوهم', 'يهدد', 'يهددون', 'تهدد', 'مهدد', 'مهددين', 'مهددون'])})\\s+(?:[^\\s.،,]+\\s+){0,2}?(?:${anyOf(['بالقتل', 'بقتل', 'بقتله', 'بقتلهم', 'بالتصفية', 'بتصفية', 'بتصفيته', 'بالذبح'])})(?!${L})|(?<!${L})(?:death threats?|threats? to kill|threaten(?:ed|ing|s)? (?:\\p{L}+ )?(?:to kill|with death))(?!${L})`,
  'gu',
);

/** A word for someone killed or hurt, outside any threat. */
const HARM = new RegExp(
  `${anyOf(['قتل', 'قتيل', 'قتلى', 'استشهد', 'شهيد', 'شهداء', 'اغتال', 'اغتيال', 'أصيب', 'إصابة', 'جرح', 'جريح', 'حياة'])}|(?<!${L})(?:killed|killing|dead|died|death toll|wounded|injured|wounding|injuring)(?!${L})`,
  'u',
);

/**
 * "…بعد تلقي القضاة تهديدات بالقتل، مشيراً إلى أن 9 من القضاة طلبوا نقلهم", "Nine judges asked to
 * be moved after receiving death threats": where the clause's only word of killing is the one a
 * threat governs, no one was killed or hurt, whatever it counts (the people threatened, or those
 * who left); a clause that tells dead or wounded beside the threat keeps them.
 */
export function threatenedOnly(matchText: string): boolean {
  const rest = matchText.replace(THREAT, ' ');
  return rest !== matchText && !HARM.test(rest);
}
