// Rules found on both sides' dead of one fight, second round (issue 12, fixer fxclash26): the other
// side's count quoted after "و" as a monitor's words. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedTolls } from '../support/tolls.js';

const ar = (paragraphs: string[], published: string) => draftedTolls(paragraphs, published, 'ar');

describe('\'مقتل 9 عناصر من القوات و"14 جهادياً على الأقل"\': the other side quoted after "و"', () => {
  it('sums the quoted count of the other side', () => {
    expect(
      ar(
        [
          'معارك في ريف الرقة',
          'سيطرت قوات النظام أمس الاثنين على قرية الحمام بريف الرقة بعد معارك مع التنظيم.',
          'وأفاد المرصد عن مقتل 9 عناصر من قوات النظام و"14 جهادياً على الأقل" في المعارك للسيطرة على القرية.',
        ],
        '2016-03-08',
      ),
    ).toEqual([[23, null, null]]);
  });
});
