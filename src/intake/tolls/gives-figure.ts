// A teller giving its figure or its account of an event: the telling, not the deed told.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "The Observatory gave a toll of 12 dead", "the ministry gave a different account", "put the
 * figure higher", "وأوردت مديرية الصحة حصيلة أقل", "وقدمت الوزارة رواية مختلفة": a teller giving its
 * figure or its account (a source's own words, "said", "قال", are the reporting cues of event-cues.ts);
 * or recording the event told as its count ("SNHR had recorded the incident as the killing of three",
 * "ووثقت الشبكة الحادثة على أنها مقتل ثلاثة"): the event named back, with the teller's figure.
 */
export const GIVES_FIGURE = new RegExp(
  `(?<!${L})(?:gave|gives|giving|put|puts|putting|offered|cited|reported|provided)\\s+(?:a|an|the|its|their|his|her)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:toll|figure|count|tally|number|estimate|account|version)(?!${L})|(?<!${L})(?:recorded|documented|described|listed|registered|classified|counted)\\s+(?:the|this|that)\\s+(?:incident|attack|event|killing|killings|shooting|strike|blast|bombing)\\s+as(?!${L})|(?<!${L})و?(?:${anyOf(['وثق', 'وثقت', 'سجل', 'سجلت', 'وصف', 'وصفت', 'صنف', 'صنفت'])})\\s+(?:${anyOf(['الحادثة', 'الحادث', 'الواقعة', 'الهجوم', 'الجريمة'])})\\s+(?:${anyOf(['على أنها', 'على أنه', 'بأنها', 'بأنه'])})(?!${L})|(?<!${L})و?(?:${anyOf(['أورد', 'أوردت', 'قدم', 'قدمت', 'أعطى', 'أعطت', 'نشر', 'نشرت', 'وضع', 'وضعت'])})\\s+(?:\\S+\\s+){0,4}?(?:${anyOf(['حصيلة', 'الحصيلة', 'رواية', 'رقما', 'رقماً', 'عددا', 'عدداً'])})(?!${L})`,
  'u',
);
