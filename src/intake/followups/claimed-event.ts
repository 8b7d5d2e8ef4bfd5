// A claim naming the event by its definite noun: the claim of the event just told.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "وتبنى تنظيم داعش الهجوم في بيان نشره صباح اليوم", "Islamic State claimed the bombing in a
 * statement on Monday": the claimant takes the event just told by its definite name; a day in the
 * clause is when the claim was made, not another event's. The claimant may stand in quotes, and the
 * channel of the claim between commas ("وتبنى تنظيم "الدولة"، عبر معرفاته، الهجوم").
 */
const CLAIMS_THE_EVENT = new RegExp(
  `(?<!${L})(?:${anyOf(['تبنى', 'وتبنى', 'تبنت', 'وتبنت'])})(?!${L})(?:\\s+["«“]?${L}+["»”]?){0,3}?(?:\\s*${anyOf(['،'])}[^،.]{1,60}?${anyOf(['،'])})?\\s+(?:${anyOf(['الهجوم', 'التفجير', 'الانفجار', 'الهجمات', 'التفجيرات', 'الكمين', 'العملية', 'الاعتداء'])})(?!${L})|(?<!${L})claimed (?:responsibility for )?the (?:attack|bombing|blast|ambush|assault|killing)s?(?!${L})`,
  'u',
);

export function claimsTheEvent(matchText: string): boolean {
  return CLAIMS_THE_EVENT.test(matchText);
}

/**
 * "وتبنى تنظيم داعش التفجيرين", "claimed both bombings", "claimed the attacks": a claim of every
 * event of the kind just told, not only of the last one (the group's name may stand in quotes).
 */
const CLAIMS_SEVERAL = new RegExp(
  `(?<!${L})(?:${anyOf(['تبنى', 'وتبنى', 'تبنت', 'وتبنت'])})(?!${L})(?:\\s+["«“]?${L}+["»”]?){0,3}?\\s+(?:${anyOf(['التفجيرين', 'الهجومين', 'الانفجارين', 'الهجمات', 'التفجيرات'])})(?!${L})|(?<!${L})claimed (?:responsibility for )?(?:both|the) (?:attacks|bombings|blasts)(?!${L})`,
  'u',
);

export function claimsSeveral(matchText: string): boolean {
  return CLAIMS_SEVERAL.test(matchText);
}

/**
 * "ISIS claimed the attack, saying its members killed 12 SDF fighters": the toll in the claimant's
 * words after its claim of the event just told is its own figure for that event (a second source),
 * not another event; so in Arabic, the claimant's toll glued to the claim by a participle ("وتبنى
 * التنظيم الهجوم عبر معرفاته، زاعماً مقتل خمسة عناصر").
 */
const CLAIMANTS_TOLL = new RegExp(
  `(?<!${L})(?:saying|claiming|adding)\\s+(?:that\\s+)?(?:it|they|its\\s+${L}+|their\\s+${L}+)\\s+(?:had\\s+|have\\s+)?(?:killed|wounded|injured)(?!${L})|(?<!${L})(?:${anyOf(['زاعما', 'زاعمة', 'مدعيا', 'مدعية'])})\\s+(?:${anyOf(['مقتل', 'إصابة', 'أنه قتل', 'أنها قتلت', 'أن عناصره قتلوا', 'أن مقاتليه قتلوا'])})(?!${L})`,
  'u',
);

export function claimantsToll(matchText: string): boolean {
  return claimsTheEvent(matchText) && CLAIMANTS_TOLL.test(matchText);
}
