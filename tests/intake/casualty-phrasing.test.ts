import { describe, expect, it } from 'vitest';
import { findCasualties } from '../../src/intake/casualties/casualties.js';
import { matchView } from '../../src/intake/reading/view.js';

// Ways a toll is told that the first extraction rules broke on, each in wording of our own.
const casualties = (text: string, lang: 'ar' | 'en') => {
  const c = findCasualties(matchView(text), lang);
  return [c.killed, c.wounded, c.attackersKilled];
};

describe('a passive’s count stands before its verb, never after it', () => {
  it.each([
    ['Nine villagers were killed, four of them women', 'en', [9, null, null]],
    ['Seven people were wounded, two of them critically', 'en', [null, 7, null]],
    ['Eleven have been killed since dawn', 'en', [11, null, null]],
    // the active verb still takes the count after it
    ['the blast killed eight, three of them children', 'en', [8, null, null]],
  ] as const)('%s', (text, lang, expected) => {
    expect(casualties(text, lang)).toEqual(expected);
  });
});

describe('"dead" and "died" take no object', () => {
  it.each([
    ['4 dead, 6 hurt after mortar fire on a market', 'en', [4, 6, null]],
    ['two men died, 9 injured', 'en', [2, 9, null]],
  ] as const)('%s', (text, lang, expected) => {
    expect(casualties(text, lang)).toEqual(expected);
  });
});

describe('a count that is one verb’s object is not the next verb’s subject', () => {
  it.each([
    ['the bombing killed 14 people and injured scores more', 'en', [14, null, null]],
    ['killed 6 civilians and wounded many', 'en', [6, null, null]],
    // "another" alone is one more victim
    ['gunmen killed a guard and wounded another', 'en', [1, 1, null]],
    ['killing one farmer and injuring another two', 'en', [1, 2, null]],
  ] as const)('%s', (text, lang, expected) => {
    expect(casualties(text, lang)).toEqual(expected);
  });
});

describe('nobody is no count', () => {
  it.each([
    ['No one was hurt in the blast', 'en', [null, null, null]],
    ['not one of the guards was injured', 'en', [null, null, null]],
  ] as const)('%s', (text, lang, expected) => {
    expect(casualties(text, lang)).toEqual(expected);
  });
});

describe('a toll that rose', () => {
  it.each([
    ['the death toll has risen to 23', 'en', [23, null, null]],
    ['The death toll reached 31 on Friday', 'en', [31, null, null]],
  ] as const)('%s', (text, lang, expected) => {
    expect(casualties(text, lang)).toEqual(expected);
  });
});

describe('Arabic qualifiers of several words before the count', () => {
  it.each([
    ['أسفر القصف عن مقتل ما لا يقل عن تسعة مدنيين', 'ar', [9, null, null]],
    ['وإصابة ما يزيد على عشرين آخرين', 'ar', [null, 20, null]],
    ['أدى إلى استشهاد ما يقارب 30 شخصا', 'ar', [30, null, null]],
  ] as const)('%s', (text, lang, expected) => {
    expect(casualties(text, lang)).toEqual(expected);
  });
});

describe('one figure for the killed and the wounded together is no split', () => {
  it.each([
    ['أسفر الانفجار عن مقتل وجرح ثمانية أشخاص', 'ar'],
    ['قتل وأصيب أحد عشر شخصا في التفجير', 'ar'],
    ['سقط تسعة أشخاص بين قتيل ومصاب', 'ar'],
    ['Twelve people were dead or injured', 'en'],
  ] as const)('%s', (text, lang) => {
    expect(casualties(text, lang)).toEqual([null, null, null]);
  });
});

describe('who the counted are, told between the count and its verb', () => {
  it.each([
    ['Three members of the border guard were wounded', 'en', [null, 3, null]],
    ['Five fighters of the tribal mobilisation were killed', 'en', [5, null, null]],
    ['Four villagers including a boy were wounded', 'en', [null, 4, null]],
    ['Two traffic police officers and a taxi driver were killed', 'en', [3, null, null]],
    ['killing a farmer and his two sons', 'en', [3, null, null]],
    ['killing a mother and her three daughters', 'en', [4, null, null]],
  ] as const)('%s', (text, lang, expected) => {
    expect(casualties(text, lang)).toEqual(expected);
  });
});

describe('victims and attackers killed by one verb', () => {
  it.each([
    ['Three policemen and two gunmen were killed in the exchange', 'en', [3, null, 2]],
    ['One soldier and four insurgents were killed', 'en', [1, null, 4]],
  ] as const)('%s', (text, lang, expected) => {
    expect(casualties(text, lang)).toEqual(expected);
  });
});

describe('bodies found are people killed, counted after the noun', () => {
  it.each([
    ['Police recovered the bodies of four fishermen', 'en', [4, null, null]],
    ['the body of a teacher was found near the river', 'en', [1, null, null]],
    ['عثر الأهالي على جثث خمسة صيادين', 'ar', [5, null, null]],
  ] as const)('%s', (text, lang, expected) => {
    expect(casualties(text, lang)).toEqual(expected);
  });
});

describe('a casualty noun with a pronoun counts the ones it stands for', () => {
  it.each([
    ['فتح مسلحون النار على سائق أجرة ما أدى إلى مقتله', 'ar', [1, null, null]],
    ['انفجرت عبوة قرب راعيين ما أسفر عن إصابتهما بجروح', 'ar', [null, 2, null]],
    // "their" says no number, an attempt kills nobody, and "died of his wound" is no wounded
    ['أعلنت الشرطة مقتلهم جميعا', 'ar', [null, null, null]],
    ['نجا المختار من محاولة اغتياله', 'ar', [null, null, null]],
    ['توفي الشرطي متأثرا بإصابته', 'ar', [1, null, null]],
  ] as const)('%s', (text, lang, expected) => {
    expect(casualties(text, lang)).toEqual(expected);
  });
});

describe('Arabic: who was counted with the first person', () => {
  it.each([
    // a rank after the noun, then the next person
    ['قتل ضابط برتبة رائد ركن وسائقه', 'ar', [2, null, null]],
    ['استشهد ضابط برتبة عقيد وجنديان', 'ar', [3, null, null]],
    // two of someone's, the dual's ن dropped before the pronoun
    ['قتل مسلحون راعيا وشقيقيه', 'ar', [3, null, null]],
    // the one of the story, named with the article
    ['قتل الحارس وأصيب السائق', 'ar', [1, 1, null]],
    // kin joined after the place told of the victim
    ['قتل مسلحون معلما في قرية الشيخ علي التابعة لقضاء الخالص، شمال بعقوبة، وزوجته', 'ar', [2, null, null]],
    ['قتل مسلحون معلما في قرية تابعة لقضاء الخالص، وزوجته أصيبت بجروح', 'ar', [1, 1, null]],
  ] as const)('%s', (text, lang, expected) => {
    expect(casualties(text, lang)).toEqual(expected);
  });
});

describe('Arabic: the verb’s object after a subject told at length', () => {
  it.each([
    ['اغتال مسلحون مجهولون يستقلون سيارة مدنية صحفيا أمام منزله', 'ar', [1, null, null]],
    ['خطف مسلحون ملثمون يرتدون زيا عسكريا ثم قتلوا اثنين من الرعاة', 'ar', [2, null, null]],
  ] as const)('%s', (text, lang, expected) => {
    expect(casualties(text, lang)).toEqual(expected);
  });
});

describe('Arabic: the ones among the counted are not the count', () => {
  it.each([
    ['قال الدفاع المدني إن تسعة مدنيين بينهم ثلاث نساء قتلوا في القصف', 'ar', [9, null, null]],
    ['أكد مصدر أن خمسة عمال منهم طفلان أصيبوا بجروح', 'ar', [null, 5, null]],
  ] as const)('%s', (text, lang, expected) => {
    expect(casualties(text, lang)).toEqual(expected);
  });
});
