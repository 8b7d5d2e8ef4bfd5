// Rules found on both sides' dead of one fight (issue 12, fixer fxclash34): fights told by their
// advance or assault, each side's dead told in its own words.
// Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedTolls } from '../support/tolls.js';

describe('"اشتباكات اندلعت … خلال عملية دهم،" then "واستمرت ساعتين، أسفرت عن مقتل": the fight goes on in the next clause', () => {
  it("sums both sides' dead of the fight its sentence opened with", () => {
    expect(
      draftedTolls(
        [
          'اشتباكات قرب بعقوبة',
          'وقال مصدر في الشرطة إن اشتباكات عنيفة اندلعت مساء أمس السبت بين قوة من شرطة قضاء الخالص ومسلحين تحصنوا في منزل مهجور بقرية قرب بعقوبة، خلال عملية تفتيش نفذتها الشرطة بحثاً عن مطلوبين، واستمرت قرابة ساعتين، أسفرت عن مقتل اثنين من عناصر الشرطة وأربعة من المسلحين.',
        ],
        '2009-04-12',
      ).map(([killed]) => killed),
    ).toEqual([6]);
  });
});
