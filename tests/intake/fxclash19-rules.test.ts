// Rules found on both sides' dead of one fight told as two counts in Arabic (issue 12, fixer
// fxclash19): the other side's count in words after a comma ("، وخمسة مقاتلين من الفصائل"), and a
// side that "lost N of its fighters" told after "فيما"/"في حين". Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedTolls } from '../support/tolls.js';

const tolls = (paragraphs: string[], published: string) => draftedTolls(paragraphs, published, 'ar');

describe('"، وستة مقاتلين من الفصائل": the other side counted in words after a comma', () => {
  it("sums it with the first side's dead", () => {
    expect(
      tolls(
        [
          'معارك في ريف إدلب',
          'ورصد المرصد السوري مقتل 12 عنصرا على الأقل من قوات النظام ومسلحين موالين لها، وستة مقاتلين من الفصائل، في الاشتباكات التي دارت أمس الاثنين في محيط بلدة سراقب بريف إدلب.',
        ],
        '2019-05-07',
      ),
    ).toEqual([[18, null, null]]);
  });

  it('keeps apart a count in words with a verb of dying of its own', () => {
    expect(
      tolls(
        [
          'حصيلة يوم في ريف إدلب',
          'قتل 12 عنصرا من قوات النظام في قصف على بلدة سراقب بريف إدلب أمس الاثنين، وثلاثة مقاتلين من الفصائل قتلوا في غارة على مدينة أريحا.',
        ],
        '2019-05-07',
      ).map(([killed]) => killed),
    ).not.toContain(15);
  });
});

describe('"فيما فقدت الفصائل ثمانية من مقاتليها": a side counting its own fighters lost', () => {
  it('sums it after "فيما"', () => {
    expect(
      tolls(
        [
          'معارك في ريف إدلب',
          'وأسفرت الاشتباكات أمس الاثنين في بلدة سراقب بريف إدلب عن مقتل 17 عنصرا من قوات النظام، فيما فقدت الفصائل ثمانية من مقاتليها.',
        ],
        '2019-05-07',
      ),
    ).toEqual([[25, null, null]]);
  });

  it('sums it after "في حين", past an aside on the first side', () => {
    expect(
      tolls(
        [
          'معارك في ريف إدلب',
          'وقال مصدر ميداني إن الاشتباكات التي دارت أمس الاثنين في بلدة سراقب بريف إدلب أسفرت عن مقتل 17 عنصرا من قوات النظام وأسر ثلاثة آخرين، في حين فقدت الفصائل ثمانية من مقاتليها، بينهم قائد ميداني.',
        ],
        '2019-05-07',
      ),
    ).toEqual([[25, null, null]]);
  });
});
