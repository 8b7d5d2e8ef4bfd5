// Rules found on both sides' dead of one fight told as two counts (issue 12, fixer fxclash20): two
// defectors counted after the soldiers ("ومنشقين اثنين"), and a battle's running total told after the
// day's toll ("، مشيراً إلى أن حصيلة القتلى منذ انطلاق المعركة …"). Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedTolls } from '../support/tolls.js';

const tolls = (paragraphs: string[], published: string) => draftedTolls(paragraphs, published, 'ar');

describe('"أربعة جنود ومنشقين اثنين": two defectors counted after the soldiers', () => {
  it('sums the defectors, "two" told after their noun', () => {
    expect(
      tolls(
        [
          'اشتباكات في ريف إدلب',
          'دارت اشتباكات عنيفة فجر الاثنين قرب قرية سراقب بريف إدلب أسفرت عن مقتل خمسة جنود ومنشقين اثنين.',
        ],
        '2011-11-08',
      ),
    ).toEqual([[7, null, null]]);
  });

  it('sums the vowelled dual "ومنشقَّين اثنين"', () => {
    expect(
      tolls(
        [
          'اشتباكات في ريف إدلب',
          'دارت اشتباكات عنيفة فجر الاثنين قرب قرية سراقب بريف إدلب أسفرت عن مقتل خمسة جنود نظاميين ومنشقَّين اثنين.',
        ],
        '2011-11-08',
      ),
    ).toEqual([[7, null, null]]);
  });
});

describe('"، مشيراً إلى أن حصيلة القتلى منذ انطلاق المعركة ارتفعت إلى …": a battle\'s running total told after the day\'s toll', () => {
  it("keeps the day's toll of both sides told before it", () => {
    expect(
      tolls(
        [
          'معارك في ريف إدلب',
          'وقال المرصد إن 22 عنصرا من قوات النظام و13 مقاتلا من الفصائل قتلوا في معارك أمس الاثنين في بلدة سراقب بريف إدلب، مشيرا إلى أن حصيلة القتلى منذ انطلاق المعركة ارتفعت إلى أكثر من 100.',
        ],
        '2019-05-07',
      ),
    ).toEqual([[35, null, null]]);
  });
});
