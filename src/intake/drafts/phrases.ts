import type { Count } from '../reading/count.js';
import type { EventSubType, Language } from '../../content/schema.js';
import { ar } from '../../i18n/ar.js';
import { en } from '../../i18n/en.js';
import type { ActorId } from '../actors/actor-table.js';

/**
 * Phrase tables for text generated from structured data (incident descriptions, figure captions),
 * one object per language. Kept apart from the extraction so that the bot's catalogue can take them over.
 */
export interface IntakePhrases {
  actor: Record<ActorId, string>;
  /** What happened, as a short noun phrase ("roadside bomb", "انفجار عبوة ناسفة"). */
  event: Record<EventSubType, string>;
  /** An actor the article only suspects: "ISIS (suspected)". */
  suspected(actor: string): string;
  /** "{event} by {actor}". */
  by(event: string, actor: string): string;
  /** "{event} in {place}". */
  inPlace(event: string, place: string): string;
  /** Casualty counts, in the bot's own plural forms (all six Arabic ones). */
  killed(n: Count): string;
  /** Attackers killed, told apart from the victims. */
  attackersKilled(n: Count): string;
  /** Attackers counted among the killed (a fight's two sides summed): "the dead include 12 attackers". */
  attackersAmong(n: Count): string;
  wounded(n: Count): string;
  /** Joins the event phrase with its casualty phrases. */
  withCasualties(event: string, casualties: readonly string[]): string;
  /** "area held by ISIS (km²)": an area the sentence says an armed group held. */
  areaHeldBy(actor: string): string;
  /** A figure's unit as a label in this language writes it ("km²", "كم²"). */
  unit: Record<'%' | 'km²', string>;
  /** Figure captions for the units the extraction recognises. */
  figure: {
    percent: string;
    area: string;
    people: string;
    fighters: string;
    troops: string;
    attacks: string;
    years: string;
  };
}

export const enPhrases: IntakePhrases = {
  actor: {
    isis: 'ISIS',
    unknown_gunmen: 'unknown gunmen',
    pkk: 'the PKK',
    hts: 'Hayat Tahrir al-Sham',
    iraqi_army: 'the Iraqi army',
    iraqi_police: 'the Iraqi police',
    iraqi_security_forces: 'Iraqi security forces',
    syrian_police: 'the Syrian police',
    syrian_security_forces: 'Syrian security forces',
    cts: 'the Counter-Terrorism Service',
    pmf: 'the Popular Mobilisation Forces',
    tribal_mobilisation: 'the tribal mobilisation',
    peshmerga: 'the Peshmerga',
    sdf: 'the SDF',
    coalition: 'the international coalition',
    us_forces: 'US forces',
    turkey: 'Turkey',
    syrian_army: 'the Syrian army',
    russia: 'Russia',
    iran_backed_militias: 'armed factions',
    sna: 'the Syrian National Army',
    israel: 'Israel',
    syrian_opposition: 'Syrian opposition factions',
    iran: 'Iran',
  },
  event: {
    armed_clash: 'armed clash',
    government_regains_territory: 'government forces regain territory',
    non_state_actor_overtakes_territory: 'armed group takes territory',
    chemical_weapon: 'chemical weapon attack',
    air_drone_strike: 'air or drone strike',
    suicide_bomb: 'suicide bombing',
    shelling_artillery_missile_attack: 'shelling or missile attack',
    remote_explosive_landmine_ied: 'explosive device or landmine blast',
    grenade: 'grenade attack',
    sexual_violence: 'sexual violence',
    attack: 'attack',
    abduction_forced_disappearance: 'abduction',
    peaceful_protest: 'peaceful protest',
    protest_with_intervention: 'protest broken up',
    excessive_force_against_protesters: 'excessive force against protesters',
    violent_demonstration: 'violent demonstration',
    mob_violence: 'mob violence',
    agreement: 'agreement',
    arrests: 'arrests',
    change_to_group_activity: 'change in group activity',
    disrupted_weapons_use: 'weapons seized or defused',
    headquarters_or_base_established: 'base established',
    looting_property_destruction: 'property destroyed',
    non_violent_transfer_of_territory: 'territory handed over',
    other: 'security development',
  },
  suspected: (actor) => `${actor} (suspected)`,
  by: (event, actor) => `${event} by ${actor}`,
  inPlace: (event, place) => `${event} in ${place}`,
  killed: (n) => en.killed(n),
  attackersKilled: en.attackersKilled,
  attackersAmong: (n) => `the dead include ${en.attackersAmong(n)}`,
  wounded: (n) => en.wounded(n),
  withCasualties: (event, casualties) => (casualties.length ? `${event}: ${casualties.join(', ')}` : event),
  areaHeldBy: (actor) => `area held by ${actor} (km²)`,
  unit: { '%': '%', 'km²': 'km²' },
  figure: {
    percent: 'per cent',
    area: 'area (km²)',
    people: 'people',
    fighters: 'fighters',
    troops: 'troops',
    attacks: 'attacks',
    years: 'years',
  },
};

export const arPhrases: IntakePhrases = {
  actor: {
    isis: 'داعش',
    unknown_gunmen: 'مسلحون مجهولون',
    pkk: 'حزب العمال الكردستاني',
    hts: 'هيئة تحرير الشام',
    iraqi_army: 'الجيش العراقي',
    iraqi_police: 'الشرطة العراقية',
    iraqi_security_forces: 'القوات الأمنية العراقية',
    syrian_police: 'الشرطة السورية',
    syrian_security_forces: 'قوات الأمن السورية',
    cts: 'جهاز مكافحة الإرهاب',
    pmf: 'الحشد الشعبي',
    tribal_mobilisation: 'الحشد العشائري',
    peshmerga: 'البيشمركة',
    sdf: 'قوات سوريا الديمقراطية (قسد)',
    coalition: 'التحالف الدولي',
    us_forces: 'القوات الأمريكية',
    turkey: 'تركيا',
    syrian_army: 'الجيش السوري',
    russia: 'روسيا',
    iran_backed_militias: 'فصائل مسلحة',
    sna: 'الجيش الوطني السوري',
    israel: 'إسرائيل',
    syrian_opposition: 'فصائل المعارضة السورية',
    iran: 'إيران',
  },
  event: {
    armed_clash: 'اشتباك مسلح',
    government_regains_territory: 'استعادة القوات الحكومية مناطق',
    non_state_actor_overtakes_territory: 'سيطرة جماعة مسلحة على مناطق',
    chemical_weapon: 'هجوم بسلاح كيميائي',
    air_drone_strike: 'غارة جوية أو بطائرة مسيّرة',
    suicide_bomb: 'تفجير انتحاري',
    shelling_artillery_missile_attack: 'قصف مدفعي أو صاروخي',
    remote_explosive_landmine_ied: 'انفجار عبوة ناسفة أو لغم',
    grenade: 'هجوم بقنبلة يدوية',
    sexual_violence: 'عنف جنسي',
    attack: 'هجوم',
    abduction_forced_disappearance: 'اختطاف',
    peaceful_protest: 'احتجاج سلمي',
    protest_with_intervention: 'تفريق احتجاج',
    excessive_force_against_protesters: 'قوة مفرطة ضد المحتجين',
    violent_demonstration: 'تظاهرة عنيفة',
    mob_violence: 'عنف جماعي',
    agreement: 'اتفاق',
    arrests: 'اعتقالات',
    change_to_group_activity: 'تغير في نشاط جماعة',
    disrupted_weapons_use: 'ضبط أسلحة أو تفكيك عبوات',
    headquarters_or_base_established: 'إنشاء قاعدة',
    looting_property_destruction: 'تدمير ممتلكات',
    non_violent_transfer_of_territory: 'تسليم مناطق',
    other: 'تطور أمني',
  },
  suspected: (actor) => `${actor} (مشتبه به)`,
  by: (event, actor) => `${event} نفذه ${actor}`,
  inPlace: (event, place) => `${event} في ${place}`,
  killed: (n) => ar.killed(n),
  attackersKilled: ar.attackersKilled,
  attackersAmong: (n) => `بين القتلى ${ar.attackersAmong(n)}`,
  wounded: (n) => ar.wounded(n),
  withCasualties: (event, casualties) => (casualties.length ? `${event}: ${casualties.join('، ')}` : event),
  areaHeldBy: (actor) => `مساحة سيطر عليها ${actor} (كم²)`,
  unit: { '%': '%', 'km²': 'كم²' },
  figure: {
    percent: 'نسبة مئوية',
    area: 'مساحة (كم²)',
    people: 'نسمة',
    fighters: 'مقاتل',
    troops: 'عنصر',
    attacks: 'هجوم',
    years: 'سنوات',
  },
};

export const PHRASES: Readonly<Record<Language, IntakePhrases>> = { ar: arPhrases, en: enPhrases };

/** The actor id behind an actor's name as the phrase tables write it, in either language, suspected or not. */
export function actorIdOf(name: string): { id: ActorId; suspected: boolean } | null {
  for (const phrases of [enPhrases, arPhrases]) {
    for (const [id, text] of Object.entries(phrases.actor) as [ActorId, string][]) {
      if (name === text) return { id, suspected: false };
      if (name === phrases.suspected(text)) return { id, suspected: true };
    }
  }
  return null;
}
