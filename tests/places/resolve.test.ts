import { describe, expect, it } from 'vitest';
import { Place } from '../../src/content/schema.js';
import { findGovernorates, governorateByName, resolvePlace } from '../../src/places/resolve.js';

type Expected = {
  governorate: string | null;
  district?: string | null;
  locality?: string | null;
  precision: 'locality' | 'district' | 'governorate' | 'country';
  country?: string;
  text?: string;
};

const cases: [string, 'ar' | 'en', Expected][] = [
  [
    'قُتل ثلاثة رجال وأحرقوا في قرية شمال محافظة كركوك على يد مسلحين',
    'ar',
    {
      governorate: 'Kirkuk',
      district: null,
      locality: 'قرية شمال محافظة كركوك',
      precision: 'locality',
      text: 'قرية شمال محافظة كركوك',
    },
  ],
  [
    'Two children were killed when ordnance blew up in a village near the town of al-Bab in the northern Aleppo countryside.',
    'en',
    {
      governorate: 'Aleppo',
      district: 'al-Bab',
      locality: 'village near the town of al-Bab',
      precision: 'locality',
    },
  ],
  [
    'قصف مدفعي على ريف دير الزور الشرقي',
    'ar',
    {
      governorate: 'Deir ez-Zor',
      district: null,
      locality: null,
      precision: 'governorate',
      text: 'ريف دير الزور الشرقي',
    },
  ],
  [
    'Shelling hit villages in the eastern Deir ez-Zor countryside',
    'en',
    {
      governorate: 'Deir ez-Zor',
      district: null,
      locality: null,
      precision: 'governorate',
      text: 'eastern Deir ez-Zor countryside',
    },
  ],
  [
    'gunmen attacked a bus carrying workers in the desert east of Homs, killing nine people',
    'en',
    { governorate: 'Homs', district: null, locality: 'desert east of Homs', precision: 'locality' },
  ],
  [
    'هجوم على مركز للشرطة العراقية في قضاء الحويجة غربي محافظة كركوك',
    'ar',
    {
      governorate: 'Kirkuk',
      district: 'Hawija',
      locality: null,
      precision: 'district',
      text: 'قضاء الحويجة غربي محافظة كركوك',
    },
  ],
  [
    'انفجار عبوة ناسفة استهدفت عجلتهم على الطريق الرابط بين قضاءي القائم وراوة',
    'ar',
    {
      governorate: 'Anbar',
      district: null,
      locality: 'الطريق الرابط بين قضاءي القائم وراوة',
      precision: 'locality',
    },
  ],
  [
    'a roadside bomb hit an army vehicle on the road between Qaim and Rawa',
    'en',
    { governorate: 'Anbar', district: null, locality: 'road between Qaim and Rawa', precision: 'locality' },
  ],
  [
    'أعلنت مصادر أمنية في محافظة الأنبار مقتل ثلاثة بهجوم على موقع في صحراء قضاء الرطبة غربي المحافظة',
    'ar',
    { governorate: 'Anbar', district: 'Rutba', locality: null, precision: 'district' },
  ],
  [
    'تقليص عدد القوات في العراق إلى 3000 عنصر',
    'ar',
    { governorate: null, precision: 'country', country: 'IQ', text: 'العراق' },
  ],
  [
    'عملية في محافظة الأنبار أسفرت عن مقتل أحد كبار الممولين',
    'ar',
    {
      governorate: 'Anbar',
      district: null,
      locality: null,
      precision: 'governorate',
      text: 'محافظة الأنبار',
    },
  ],
  [
    'مقتل ثلاثة بانفجار بالموصل',
    'ar',
    { governorate: 'Nineveh', district: 'Mosul', precision: 'district', text: 'الموصل' },
  ],
  [
    'Clashes in Homs city left two dead',
    'en',
    { governorate: 'Homs', district: null, precision: 'governorate' },
  ],
  ['اشتباكات في حمص', 'ar', { governorate: 'Homs', district: null, precision: 'governorate' }],
  [
    'An IED struck a patrol in Hajin',
    'en',
    { governorate: 'Deir ez-Zor', district: 'Albu Kamal', locality: 'Hajin', precision: 'locality' },
  ],
  [
    'Militants attacked a checkpoint 30 km north of Baghdad',
    'en',
    { governorate: 'Baghdad', locality: 'checkpoint 30 km north of Baghdad', precision: 'locality' },
  ],
  [
    'ambushes in the Badia region have been blamed on Islamic State cells',
    'en',
    { governorate: null, precision: 'country', country: 'SY', locality: 'Badia region' },
  ],
  ['هجمات في سلسلة جبال حمرين', 'ar', { governorate: null, precision: 'country', country: 'IQ' }],
  [
    'The governor of Kirkuk said the attack in Hawija killed four',
    'en',
    { governorate: 'Kirkuk', district: 'Hawija', precision: 'district' },
  ],
  ['وفد من بغداد زار الموصل حيث وقع الانفجار', 'ar', { governorate: 'Nineveh', precision: 'district' }],
  ['A delegation from Baghdad arrived in Erbil', 'en', { governorate: 'Erbil', precision: 'governorate' }],
  ['Talks between Baghdad and Erbil resumed', 'en', { governorate: 'Baghdad', precision: 'governorate' }],
  [
    'A roadside bomb struck a convoy on the highway between Baghdad and Basra.',
    'en',
    { governorate: null, precision: 'country', country: 'IQ', locality: 'highway between Baghdad and Basra' },
  ],
  [
    'The strikes hit al-Mayadin and Albu Kamal',
    'en',
    { governorate: 'Deir ez-Zor', district: null, locality: null, precision: 'governorate' },
  ],
  [
    "Gunmen attacked a police post in Kirkuk's Hawija district",
    'en',
    { governorate: 'Kirkuk', district: 'Hawija', precision: 'district' },
  ],
  [
    'Protesters gathered in central Baghdad and later in Nasiriyah',
    'en',
    { governorate: 'Baghdad', precision: 'governorate' },
  ],
  [
    'An explosion in Azaz killed four, while shelling in Tal Rifaat wounded two',
    'en',
    { governorate: 'Aleppo', district: 'Azaz', locality: null, precision: 'district' },
  ],
  [
    'أفادت مصادر محلية بمقتل مدني برصاص مجهولين في بلدة الشحيل بريف دير الزور الشرقي',
    'ar',
    {
      governorate: 'Deir ez-Zor',
      district: 'al-Mayadin',
      locality: 'Shuhayl',
      precision: 'locality',
      text: 'بلدة الشحيل بريف دير الزور الشرقي',
    },
  ],
  [
    'مقتل مدنيين اثنين بقصف تركي على قضاء سنجار غرب الموصل',
    'ar',
    {
      governorate: 'Nineveh',
      district: 'Sinjar',
      locality: null,
      precision: 'district',
      text: 'قضاء سنجار غرب الموصل',
    },
  ],
  [
    'هجوم على قرية تابعة لناحية سليمان بيك في قضاء طوزخورماتو',
    'ar',
    {
      governorate: 'Salahuddin',
      district: 'Tuz Khurmatu',
      locality: 'قرية تابعة لناحية سليمان بيك',
      precision: 'locality',
      text: 'قرية تابعة لناحية سليمان بيك في قضاء طوزخورماتو',
    },
  ],
  [
    'انفجار عبوة ناسفة في ناحية جلولاء التابعة لقضاء خانقين شمال شرقي ديالى',
    'ar',
    {
      governorate: 'Diyala',
      district: 'Khanaqin',
      locality: 'Jalawla',
      precision: 'locality',
      text: 'ناحية جلولاء التابعة لقضاء خانقين شمال شرقي ديالى',
    },
  ],
  [
    'Rockets targeted Ain al-Asad airbase in western Anbar',
    'en',
    { governorate: 'Anbar', district: 'Hit', precision: 'locality' },
  ],
];

describe('resolvePlace', () => {
  it.each(cases)('%s', (sentence, lang, expected) => {
    const place = resolvePlace(sentence, lang);
    expect(place).not.toBeNull();
    expect(place!.governorate?.en ?? null).toBe(expected.governorate);
    expect(place!.precision).toBe(expected.precision);
    if (expected.country !== undefined) expect(place!.country).toBe(expected.country);
    if (expected.district !== undefined) expect(place!.district?.en ?? null).toBe(expected.district);
    if (expected.locality !== undefined)
      expect(place!.locality?.en ?? place!.locality?.ar ?? null).toBe(expected.locality);
    if (expected.text !== undefined) expect(place!.text).toBe(expected.text);
    expect(sentence).toContain(place!.text);
    expect(Place.safeParse(place).success).toBe(true);
  });

  it('names the governorate and district in both languages whatever the article language', () => {
    const place = resolvePlace('An attack in Hawija', 'en');
    expect(place?.governorate).toEqual({ en: 'Kirkuk', ar: 'كركوك' });
    expect(place?.district).toEqual({ en: 'Hawija', ar: 'الحويجة' });
  });

  it('returns null where no place of Iraq or Syria is named', () => {
    expect(resolvePlace('The minister held a press conference on Monday.', 'en')).toBeNull();
    expect(resolvePlace('فتح الباب أمام الحوار', 'ar')).toBeNull();
    expect(resolvePlace('هجمات في منطقة الجزيرة', 'ar')).toBeNull(); // the Jazira crosses the border
  });
});

describe('findGovernorates', () => {
  it.each([
    ['هجمات في كركوك وصلاح الدين وديالى', ['iq-kirkuk', 'iq-salahuddin', 'iq-diyala']],
    ['Raids in Mosul, Tal Afar and Hawija', ['iq-nineveh', 'iq-kirkuk']],
    ['في الرقة والموصل والفلوجة والرمادي', ['sy-raqqa', 'iq-nineveh', 'iq-anbar']],
    ['في العراق وسوريا', []],
  ])('%s', (sentence, expected) => {
    expect(findGovernorates(sentence).map((g) => g.id)).toEqual(expected);
  });
});

describe('governorateByName', () => {
  it.each([
    ['kirkuk', 'iq-kirkuk'],
    ['Kirkuk', 'iq-kirkuk'],
    ['كركوك', 'iq-kirkuk'],
    ['  KIRKUK ', 'iq-kirkuk'],
    ['ninawa', 'iq-nineveh'],
    ['نينوى', 'iq-nineveh'],
    ['mosul', 'iq-nineveh'],
    ['الموصل', 'iq-nineveh'],
    ['محافظة الأنبار', 'iq-anbar'],
    ['الانبار', 'iq-anbar'],
    ['anbar province', 'iq-anbar'],
    ['ramadi', 'iq-anbar'],
    ['salah al-din', 'iq-salahuddin'],
    ['صلاح الدين', 'iq-salahuddin'],
    ['deir ezzor', 'sy-deir-ez-zor'],
    ['deir-ez-zor', 'sy-deir-ez-zor'],
    ['دير الزور', 'sy-deir-ez-zor'],
    ['rural damascus', 'sy-rif-dimashq'],
    ['halabja', 'iq-halabja'],
    ['iq-anbar', 'iq-anbar'],
  ])('%s → %s', (name, id) => {
    expect(governorateByName(name)?.id).toBe(id);
  });

  it.each(['', 'hawija', 'paris', 'باب', 'محافظة'])('nothing for %j', (name) => {
    expect(governorateByName(name)).toBeUndefined();
  });
});

describe('spellings of Duhok border places that reports use', () => {
  it.each([
    ['Turkish shelling killed two shepherds in Gara on Sunday.', 'Gara mountain'],
    ['Protesters gathered at Pishkhabour on the border.', 'Fishkhabour'],
    ['سقطت قذائف على جبل گارا شمال دهوك.', 'Gara mountain'],
    ['أغلق معبر بيشخابور أمام الشاحنات.', 'Fishkhabour'],
  ])('%s', (sentence, locality) => {
    const place = resolvePlace(sentence, /[a-z]/i.test(sentence) ? 'en' : 'ar');
    expect(place?.governorate?.en).toBe('Duhok');
    expect(place?.locality?.en).toBe(locality);
  });

  it('"Gara" with no cue before it is not the mountain', () => {
    expect(resolvePlace('Gara said the talks would go on.', 'en')).toBeNull();
  });
});
