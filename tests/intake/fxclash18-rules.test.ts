// Rules found on both sides' dead of one fight told as two counts in Arabic (issue 12, fixer
// fxclash18): the other side's dead counted by the fighters' noun before "من" and the group ("فيما
// لقي سبعة عناصر من القوات الحكومية مصرعهم"), and the other side's dead set against the first's by
// "مقابل". Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedTolls } from '../support/tolls.js';

const tolls = (paragraphs: string[], published: string) => draftedTolls(paragraphs, published, 'ar');

describe('"فيما لقي سبعة عناصر من القوات الحكومية مصرعهم": the other side counted by its fighters\' noun', () => {
  it('sums the dead of the side told after "فيما" with the first side\'s', () => {
    expect(
      tolls(
        [
          'اشتباكات عنيفة في ريف إدلب',
          'دارت اشتباكات عنيفة ليل الثلاثاء الأربعاء بين القوات الحكومية ومقاتلي الفصائل في محيط بلدة سراقب بريف إدلب.',
          'وأسفرت الاشتباكات عن مقتل تسعة مقاتلين من الفصائل، فيما لقي سبعة عناصر من القوات الحكومية مصرعهم.',
        ],
        '2019-05-08',
      ),
    ).toEqual([[16, null, null]]);
  });
});

describe('"مقابل ستة من مقاتلي الفصائل": the other side\'s dead set against the first\'s', () => {
  it("sums a count told after the verb of the first side's dead", () => {
    expect(
      tolls(
        [
          'معارك في ريف حماة',
          'قال مصدر عسكري في الفصائل إن 14 عنصرا من قوات النظام قتلوا، مقابل خمسة من مقاتلي الفصائل، في المعارك التي دارت أمس الاثنين في بلدة كفرزيتا بريف حماة.',
        ],
        '2019-05-07',
      ),
    ).toEqual([[19, null, null]]);
  });

  it('sums a death told again after "مقابل"', () => {
    expect(
      tolls(
        [
          'معارك في ريف حماة',
          'أسفرت المعارك التي دارت أمس الاثنين في بلدة كفرزيتا بريف حماة عن مقتل 12 عنصرا من قوات النظام، مقابل مقتل أربعة من مقاتلي المعارضة.',
        ],
        '2019-05-07',
      ),
    ).toEqual([[16, null, null]]);
  });

  it('leaves a count of no side after "مقابل" out', () => {
    expect(
      tolls(
        [
          'معارك في ريف حماة',
          'قال مصدر عسكري إن 14 عنصرا من قوات النظام قتلوا في المعارك التي دارت أمس الاثنين في بلدة كفرزيتا بريف حماة، مقابل خسائر أقل في صفوف الفصائل.',
        ],
        '2019-05-07',
      ),
    ).toEqual([[14, null, null]]);
  });
});
