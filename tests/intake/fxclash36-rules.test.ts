// Rules added for fights whose two sides' dead are told apart (issue 12, fixer fxclash36), each on
// sentences written for it.
import { describe, expect, it } from 'vitest';
import { findCasualties } from '../../src/intake/casualties/casualties.js';
import { matchView } from '../../src/intake/reading/view.js';
import { tolls, tollsWithAttackers } from '../support/tolls.js';

const read = (text: string, lang: 'ar' | 'en' = 'ar') => {
  const { killed, wounded, attackersKilled } = findCasualties(matchView(text), lang);
  return { killed, wounded, attackersKilled };
};

describe('the other side\'s dead set by "while" against victims told as what a fight killed', () => {
  it('sums "الاشتباكات أسفرت عن مقتل جنديين …، فيما قتل تسعة من المسلحين" after an attack told', () => {
    expect(
      tolls(
        [
          'هاجم مسلحو داعش مواقع للجيش قرب قرية الصفرة شمال بعقوبة مساء أمس الأحد.',
          'وقال مصدر أمني إن الاشتباكات أسفرت عن مقتل جنديين وإصابة أربعة آخرين، فيما قتل تسعة من المسلحين.',
        ],
        'ar',
        '2019-04-22',
      ),
    ).toEqual([{ killed: 11, wounded: 4 }]);
  });
  it('sums the fought-off attack\'s other side, "…وتركت جثثهم", not bodies told again', () => {
    expect(
      tolls(
        [
          'شهدت مناطق شمال ديالى خلال الساعات الماضية هجوما لتنظيم داعش على قرى قضاء الخالص.',
          'وصد مقاتلو الحشد مساء أمس هجوما شنه عناصر داعش على قرية الصفرة، بعد اشتباكات استمرت ساعتين أسفرت عن مقتل اثنين من الحشد وإصابة ثلاثة آخرين، فيما قتل ستة من عناصر التنظيم وتركت جثثهم في المكان.',
        ],
        'ar',
        '2019-04-22',
      ),
    ).toEqual([{ killed: 8, wounded: 3 }]);
  });
  it('keeps the attackers told as such apart: "فيما قتل ثلاثة من المهاجمين"', () => {
    expect(
      tollsWithAttackers(
        [
          'هاجم مسلحو داعش مواقع للجيش قرب قرية الصفرة شمال بعقوبة مساء أمس الأحد.',
          'وقال مصدر أمني إن الاشتباكات أسفرت عن مقتل جنديين وإصابة أربعة آخرين، فيما قتل ثلاثة من المهاجمين.',
        ],
        'ar',
        '2019-04-22',
      ),
    ).toEqual([{ killed: 2, wounded: 4, attackersKilled: 3 }]);
  });
});

describe('"مسلح" right after a fight or an attack is its adjective, no armed man', () => {
  it('reads "أربعة من الجنود قتلوا في هجوم مسلح" as four', () => {
    expect(read('وقال المصدر إن أربعة من الجنود قتلوا في هجوم مسلح على نقطة تفتيش').killed).toBe(4);
  });
  it('reads "مدنيين قتلا في اشتباك مسلح" as two', () => {
    expect(read('وأفاد شهود بأن مدنيين قتلا في اشتباك مسلح بين عشيرتين').killed).toBe(2);
  });
});

describe('smugglers are a side of a border fight joined to the guards', () => {
  it('sums "شرطيين وأربعة مهربين قتلوا في اشتباك"', () => {
    expect(read('قال مصدر إن شرطيين وأربعة مهربين قتلوا في اشتباك قرب الحدود').killed).toBe(6);
  });
});

describe('a tally whose armed men are named by three words', () => {
  it('sums "five soldiers and allied militiamen and about 20 Islamic State group fighters"', () => {
    expect(
      read(
        'At least five soldiers and allied militiamen and about 20 Islamic State group fighters were killed in the battle for the village, the monitor said.',
        'en',
      ).killed,
    ).toBe(25);
  });
});

describe("a side's own dead told as the teller explains, after those it killed", () => {
  it('sums "قتلت 14 إرهابيا، موضحا أن ثلاثة من عناصر الحشد قتلوا خلال المعارك"', () => {
    expect(
      read('وقال المتحدث إن قواته قتلت 14 إرهابيا، موضحا أن ثلاثة من عناصر الحشد قتلوا خلال المعارك').killed,
    ).toBe(17);
  });
  it('sums "مبينا أن" the same', () => {
    expect(
      read('وذكر المصدر أن خمسة من الجنود قتلوا في الاشتباكات، مبينا أن 12 عنصرا من التنظيم قتلوا في المعارك')
        .killed,
    ).toBe(17);
  });
});

describe("a second group's members joined in the construct before the passive verb", () => {
  it('reads "ثلاثة من أبناء العشائر ومنتسبي الجيش العراقي قتلوا" as three', () => {
    expect(read('وأكد المصدر أن ثلاثة من أبناء العشائر ومنتسبي الجيش العراقي قتلوا').killed).toBe(3);
  });
});

describe('a side\'s own dead after a fight\'s result, set by "while"', () => {
  it('sums "فيما فقد الفيلق ثلاثة من مقاتليه" after "المعارك … أسفرت عن مقتل 12", the event opened as an operation', () => {
    expect(
      tolls(
        [
          'أعلن فيلق الرحمن اليوم انتهاء العملية العسكرية التي أطلقها ضد مقرات تنظيم داعش في بلدة حزة بالغوطة الشرقية.',
          'وقال المتحدث باسم الفيلق إن المعارك التي بدأت فجر السبت أسفرت عن مقتل 12 عنصرا من التنظيم، فيما فقد الفيلق ثلاثة من مقاتليه.',
        ],
        'ar',
        '2019-04-22',
      ),
    ).toEqual([{ killed: 15, wounded: null }]);
  });
});
