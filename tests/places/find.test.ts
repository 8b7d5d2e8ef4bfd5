import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../src/places/find.js';

const ids = (sentence: string): string[] => findPlaces(sentence).map((m) => m.entry.id);

describe('findPlaces: names, spellings and clitics', () => {
  it.each([
    ['انفجار في الموصل', ['iq-nineveh-mosul']],
    ['اشتباكات بالموصل', ['iq-nineveh-mosul']],
    ['وصل الوفد لكركوك', ['iq-kirkuk']],
    ['وبغداد', ['iq-baghdad']],
    ['عاد للموصل', ['iq-nineveh-mosul']],
    ['فالأنبار', ['iq-anbar']],
    ['وفي نينوى وصلاح الدين', ['iq-nineveh', 'iq-salahuddin']],
    ['نَيْنَوَى', ['iq-nineveh']],
    ['في ديالي والانبار', ['iq-diyala', 'iq-anbar']],
    ['قضاء الحويجه', ['iq-kirkuk-hawija']],
    ['in Ninawa and Ninewa and Nineveh', ['iq-nineveh', 'iq-nineveh', 'iq-nineveh']],
    ['in Salah al-Din, Salahuddin and Saladin', ['iq-salahuddin', 'iq-salahuddin', 'iq-salahuddin']],
    ['Deir ez-Zor, Deir al-Zour, Deir Ezzor', ['sy-deir-ez-zor', 'sy-deir-ez-zor', 'sy-deir-ez-zor']],
    ['دير الزور ودير الزور', ['sy-deir-ez-zor', 'sy-deir-ez-zor']],
    ['Hawija or Hawijah or al-Hawija', ['iq-kirkuk-hawija', 'iq-kirkuk-hawija', 'iq-kirkuk-hawija']],
    ['in Qaim, al-Qaim and Rutbah', ['iq-anbar-qaim', 'iq-anbar-qaim', 'iq-anbar-rutba']],
    ['في القائم والرطبة', ['iq-anbar-qaim', 'iq-anbar-rutba']],
    ['in Ras al-Ain and Ash-Shaddadi', ['sy-hasakah-ras-al-ayn', 'sy-hasakah-shaddadi']],
    [
      'Albu Kamal, also Abu Kamal, البوكمال',
      ['sy-deir-ez-zor-abu-kamal', 'sy-deir-ez-zor-abu-kamal', 'sy-deir-ez-zor-abu-kamal'],
    ],
    ['in Palmyra, في تدمر', ['sy-homs-tadmur', 'sy-homs-tadmur']],
    ['Rural Damascus and Damascus', ['sy-rif-dimashq', 'sy-damascus']],
    ['في ريف دمشق', ['sy-rif-dimashq']],
    ['مخيم الهول في الحسكة', ['sy-hasakah-hawl', 'sy-hasakah']],
  ])('%s', (sentence, expected) => {
    expect(ids(sentence)).toEqual(expected);
  });

  it('gives offsets into the sentence as written, without the clitic', () => {
    const sentence = 'قُتل ثلاثة بالموصلِ، وأصيب اثنان في كركوك';
    const [mosul, kirkuk] = findPlaces(sentence);
    expect(mosul?.text).toBe('الموصلِ');
    expect(sentence.slice(mosul!.start, mosul!.end)).toBe('الموصلِ');
    expect(kirkuk?.text).toBe('كركوك');
    expect(findPlaces('وللموصل')[0]?.text).toBe('للموصل');
    expect(findPlaces('near the town of al-Bab.')[0]?.text).toBe('al-Bab');
  });

  it('prefers the longest name', () => {
    expect(ids('ريف دمشق')).toEqual(['sy-rif-dimashq']);
    expect(ids('Damascus countryside')).toEqual(['sy-rif-dimashq']);
    expect(ids('وادي حوران')).toEqual(['iq-anbar-wadi-hauran']);
    expect(ids('في حوران')).toEqual(['sy-hauran']);
  });

  it('resolves a city named like its governorate to the governorate', () => {
    expect(ids('in Homs city')).toEqual(['sy-homs']);
    expect(ids('في مدينة كركوك')).toEqual(['iq-kirkuk']);
  });
});

describe('findPlaces: names that are also ordinary words', () => {
  it.each([
    'فتح الباب أمام الحوار',
    'طرق الباب',
    'باب',
    'وقال في حديثه للصحفيين إن الأمور هادئة',
    'الحفاظ على الوضع القائم',
    'الغارات تدمر المنازل',
    'وأنه سأل عنه',
    'الطبقة السياسية',
    'في بلد آخر',
    'أدى الدور الأكبر',
    'المظاهرات السلمية في الساحات',
    'الشركات الصينية',
    'He was hit by a car',
    'the ana-lysis of the bab',
    'Abu Bakr al-Baghdadi was killed',
    'the State Duma voted',
    'FAO warned of food shortages',
    'أسلحة حديثة',
    'في الدورة البرلمانية',
    'at the harem',
    'عناصر من قوات سوريا الديمقراطية',
    'اللون الرمادي',
    'حماة الديار',
    'fighters of the Syrian Democratic Forces',
    'the Islamic State of Iraq and the Levant',
  ])('no place in: %s', (sentence) => {
    expect(findPlaces(sentence)).toEqual([]);
  });

  it.each([
    ['في مدينة الباب', ['sy-aleppo-al-bab']],
    ['بلدة الباب شرقي حلب', ['sy-aleppo-al-bab', 'sy-aleppo']],
    ['قضاء حديثة', ['iq-anbar-haditha']],
    ['في حديثة غربي الأنبار', ['iq-anbar-haditha', 'iq-anbar']],
    ['بين قضاءي القائم وراوة', ['iq-anbar-qaim', 'iq-anbar-rawa']],
    ['بين راوة والقائم', ['iq-anbar-rawa', 'iq-anbar-qaim']],
    ['in Hit and Haditha', ['iq-anbar-hit', 'iq-anbar-haditha']],
    ['between Haditha and Hit', ['iq-anbar-haditha', 'iq-anbar-hit']],
    ['the Hit district', ['iq-anbar-hit']],
    ['بتدمر', ['sy-homs-tadmur']],
    ['قضاء بلد', ['iq-salahuddin-balad']],
    [
      'انتصارات في الرقة والموصل والفلوجة والرمادي',
      ['sy-raqqa', 'iq-nineveh-mosul', 'iq-anbar-fallujah', 'iq-anbar-ramadi'],
    ],
    ['ريف حماة الشمالي', ['sy-hama']],
    ['in Balad', ['iq-salahuddin-balad']],
  ])('%s', (sentence, expected) => {
    expect(ids(sentence)).toEqual(expected);
  });

  it('keeps ta marbuta apart: "حديثه" (his talk) is not Haditha even after a cue', () => {
    expect(ids('في حديثه')).toEqual([]);
    expect(ids('في حديثة')).toEqual(['iq-anbar-haditha']);
  });

  it('finds countries and regions', () => {
    expect(ids('في العراق وسوريا')).toEqual(['IQ', 'SY']);
    expect(ids('بالعراق')).toEqual(['IQ']);
    expect(ids('الجيش العراقي')).toEqual([]);
    expect(ids('in the Badia')).toEqual(['sy-badia']);
    expect(ids('في البادية السورية')).toEqual(['sy-badia']);
    expect(ids('بادية تدمر')).toEqual(['sy-homs-tadmur']);
    expect(ids('سلسلة جبال حمرين')).toEqual(['iq-hamrin']);
    expect(ids('قناة الجزيرة')).toEqual([]);
  });
});
