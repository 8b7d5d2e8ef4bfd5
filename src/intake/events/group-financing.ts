// How an armed group pays for itself: its crimes as a source of money, no one event.
import { AR_PREFIX } from '../reading/view.js';
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "The group has shifted its financing toward extortion and kidnapping for ransom", "it funds itself
 * through smuggling and abductions", "يعتمد التنظيم في تمويله على الخطف والإتاوات": the kinds of deed
 * a group lives on, named as its means — none of them one deed at a day and a place.
 */
const FINANCED_BY = new RegExp(
  `(?<!${L})(?:financ(?:e|es|ed|ing)|fund(?:s|ed|ing)?|revenues?|income|cash)(?!${L})(?:\\s+[^\\s,;.]+){0,8}?\\s+(?:kidnappings?|abductions?|extortion|ransoms?|smuggling|taxing|levies)(?!${L})|(?<!${L})${AR_PREFIX}(?:${anyOf(['تمويل', 'تمويله', 'تمويلها', 'تمويلهم', 'يمول', 'تمول', 'مصادر', 'موارد', 'إيرادات', 'عائدات'])})(?!${L})(?:\\s+[^\\s،,.]+){0,8}?\\s+(?:${anyOf(['الخطف', 'خطف', 'الاختطاف', 'اختطاف', 'الابتزاز', 'ابتزاز', 'الإتاوات', 'إتاوات', 'الفدية', 'الفديات', 'فدية', 'التهريب', 'تهريب'])})(?!${L})`,
  'u',
);

/** The clause (in matching form) tells the deeds a group is financed by. */
export function tellsGroupFinancing(matchText: string): boolean {
  return FINANCED_BY.test(matchText);
}
