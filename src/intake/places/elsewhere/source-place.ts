// Where the one who tells the news sits is not where the event happened.
import { CARE_EN } from '../../../places/care-place.js';
import { WEIGHED_EN } from '../../tolls/other-source-figures.js';
import { TELLER_OFFICE_OF } from './teller-office-of.js';

/**
 * "A health official in Baquba, speaking on condition of anonymity, put the death toll at nine":
 * the town after a teller ("an official in", "a police source in", "doctors at") is the teller's;
 * so is the town after a news outlet ("a pro-government radio station in Damascus said only eight
 * had died", "a TV channel in Erbil", "a newspaper in Baghdad"): where it broadcasts from.
 */
const TELLER_AT =
  /(?<![\p{L}])(?:officials?|sources?|spokes(?:man|woman|person)|doctors?|medics?|officers?|mayor|governor|(?:radio|television|TV)(?: stations?| channels?)?|broadcasters?|news ?papers?|news agency|news agencies)\s+(?:in|at|from)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu;

/**
 * "An official in one of the militias told Reuters in Baghdad that one fighter had been killed", "told
 * reporters in Damascus", "told The Associated Press in Erbil": the town after the outlet or the
 * reporters a teller spoke to is where the telling was done, not where the dead fell.
 */
const TOLD_AT =
  /(?<![\p{L}])(?:told|telling)\s+(?:reporters|journalists|(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})\s+(?:in|from)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu;

/**
 * "An official at the hospital in nearby Balad gave a lower figure, saying six people died", "a doctor
 * at the main hospital in Samarra, …, put the toll higher": the town of the hospital or morgue a
 * teller weighing a figure against the one told speaks from is where the dead and hurt were carried,
 * not a second event's place (other-source-figures.ts reads the figure as the event's told before).
 */
const TELLER_AT_CARE = new RegExp(
  `(?<![\\p{L}])(?:officials?|sources?|spokes(?:man|woman|person)|doctors?|medics?|staff|nurses?|director)\\s+(?:at|in|from)\\s+(?:(?:a|the)\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}?${CARE_EN}\\s+(?:in|of)\\s+(?:nearby\\s+|the\\s+)?(?:(?:town|city|village)\\s+of\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*(?=[^.;]{0,160}?(?<![\\p{L}])${WEIGHED_EN}(?![\\p{L}]))`,
  'gu',
);

/**
 * "بينما أفاد الدفاع المدني في حلب بأن فرقه انتشلت…", "وقال مراسل الوكالة في ريف إدلب إن…": the place
 * between a teller and what they said ("… إن", "… بأن") is where the teller sits; so is the place
 * right after the verb when the teller was named before it ("غير أن المتحدث باسم الوزارة قال في
 * بغداد إن…": where the ministry spoke, not where the dead fell).
 */
const AR_TELLER_AT =
  /(?<![\p{L}])(?:قال|وقال|أفاد|وأفاد|ذكر|وذكر|أكد|وأكد|أوضح|وأوضح)\s+(?:[\p{L}\p{M}]+\s+){0,3}?(?=(?:في|ب)\s)[^،,.؛:]{0,40}?(?=\s(?:إن|أن|بأن)(?![\p{L}]))/gu;

/**
 * "Syria's state news agency SANA reported that a child was killed", "Iraq's state TV said": the
 * country that owns the outlet, not where the dead fell.
 */
const OUTLET_OF =
  /(?<![\p{L}])\p{Lu}[\p{L}-]*['’]s\s+(?:(?:state|state-run|official|national)\s+)?(?:news agency|media|television|TV|radio|broadcaster)(?![\p{L}])/gu;

/**
 * "Dhi Qar's health directorate gave a lower figure of four dead", "Basra's police said", "Kirkuk's
 * provincial council put the toll at": the province that owns the office that counted, not a spot
 * of the event (the event's own place is told where it is told).
 */
const OFFICE_OF =
  /(?<![\p{L}])(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*['’]s\s+(?:(?:health|interior|provincial|local|security|police|civil)\s+)?(?:directorate|department|ministry|council|command|police|authorities|defen[cs]e)(?![\p{L}])/gu;

/**
 * "أدان مكتب الصدر في النجف، اليوم الثلاثاء، تفجير سوق…": the seat of the one who condemns, told
 * between the verb and the deed condemned, is where they spoke, not where the blow fell.
 */
const CONDEMNER_AT =
  /(?<![\p{L}])(?:أدان|وأدان|أدانت|وأدانت|استنكر|واستنكر|استنكرت|واستنكرت|ندد|وندد|نددت|ونددت)\s+(?:[\p{L}\p{M}]+\s+){1,5}?في\s+[^،,.؛:\s]+(?=\s*[،,])/gu;

/** The text with the tellers' places blanked (English and Arabic; same length, offsets keep). */
export function withoutTellerPlaces(text: string): string {
  return (
    text
      .replace(TELLER_AT_CARE, (m) => ' '.repeat(m.length))
      .replace(TELLER_AT, (m) => ' '.repeat(m.length))
      .replace(TOLD_AT, (m) => ' '.repeat(m.length))
      // ("accounts from the mayor of Rania": teller-office-of.ts)
      .replace(TELLER_OFFICE_OF, (m) => ' '.repeat(m.length))
      .replace(OUTLET_OF, (m) => ' '.repeat(m.length))
      .replace(OFFICE_OF, (m) => ' '.repeat(m.length))
      .replace(AR_TELLER_AT, (m) => ' '.repeat(m.length))
  );
}

/**
 * "…، بحسب مصدر في مجلس محافظة الأنبار", "وفقاً لمسؤول في قيادة شرطة كركوك": an attribution to
 * someone in an office (a council, a police command, a directorate) names the office's seat, not
 * where the event happened (told before it, or by the incident it adds to).
 */
const ATTRIBUTED_OFFICE =
  /(?<![\p{L}])(?:بحسب|حسب|وفق|وفقا|وفقاً|طبقا|طبقاً)\s+ل?(?:[\p{L}\p{M}]+\s+){1,3}?(?:في|من|ب)\s*(?:مجلس|قيادة|شرطة|مديرية|وزارة|قائمقامية|عمليات|دائرة|إدارة|الإدارة|مكتب)[^،,.؛:]*/gu;

/**
 * "وقال المصدر لـ"بغداد اليوم" إن…", "وأفاد مسؤول لـ«شفق نيوز» بأن…", "وقال لـ(السومرية نيوز)": the
 * outlet told, named in quotes or brackets after لـ, whatever place its name holds (after a teller of
 * a few words too: "وقال مصدر في الشرطة الاتحادية لـ(بغداد اليوم)").
 */
const OUTLET_TOLD =
  /(?<=(?<![\p{L}])(?:قال|وقال|أفاد|وأفاد|ذكر|وذكر|أكد|وأكد|أوضح|وأوضح|صرح|وصرح|تحدث|وتحدث)(?:\s+[\p{L}\p{M}]+){0,5}\s+)ل\s*ـ?\s*["«“(][^"»”)]{1,30}["»”)]/gu;

/**
 * "نقلت وسائل إعلام في بغداد عن…", "نقلت قناة عراقية تبث من بغداد عن…", "وذكرت صحيفة محلية في البصرة
 * أن…": where the outlet that relayed the news sits or broadcasts from, not where the event happened.
 */
const OUTLET_AT =
  /(?<![\p{L}])(?:نقلت|ونقلت|ذكرت|وذكرت|أفادت|وأفادت|قالت|وقالت|أوردت|وأوردت|بثت|وبثت)\s+(?:وسائل\s+(?:ال)?إعلام|قناة|قنوات|صحيفة|صحف|وكالة|وكالات|إذاعة|محطة)(?:\s+[\p{L}\p{M}]+){0,2}?\s+(?:تبث\s+من|في|من)\s+[^\s،,.؛:]+/gu;

/**
 * The text with offices' seats in attributions, outlets told or relaying and condemners' seats blanked (Arabic;
 * same length, offsets keep).
 */
export function withoutAttributedOffices(text: string): string {
  return text
    .replace(ATTRIBUTED_OFFICE, (m) => ' '.repeat(m.length))
    .replace(OUTLET_TOLD, (m) => ' '.repeat(m.length))
    .replace(OUTLET_AT, (m) => ' '.repeat(m.length))
    .replace(CONDEMNER_AT, (m) => ' '.repeat(m.length));
}
