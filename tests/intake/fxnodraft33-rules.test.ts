// Rules found on drafts that should not exist and dates read wrong (issue 12, fixer fxnodraft33): a
// feast day told as "the first day of the Eid al-Adha holiday"; a Gregorian feast told with its year;
// the city a spokesman spoke in. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

const rows = (title: string, paragraphs: string[], published: string) =>
  ingested(title, paragraphs, published).map((x) => [x.from, x.to, x.governorate, x.killed, x.wounded]);

describe('"on the first day of the Eid al-Adha holiday": the feast told with "the" and as a holiday', () => {
  it('dates the raid on the feast, not on the day the officer spoke', () => {
    expect(
      rows(
        'Soldiers kill two gunmen near Baquba',
        [
          'Iraqi soldiers killed two gunmen in a raid on a farm near Baquba in Diyala province on the first day of the Eid al-Adha holiday, an officer said on Wednesday.',
        ],
        '2019-08-14',
      ),
    ).toEqual([['2019-08-11', '2019-08-11', 'Diyala', 2, null]]);
  });
});

describe('"ليلة رأس السنة الميلادية 2008", "on New Year\'s Eve 2007": a feast of the year told', () => {
  it('reads the Arabic night as the one that opens the year named', () => {
    expect(
      rows(
        'الإعدام لمدانين بتفجير أنبوب نفطي',
        [
          'أصدرت محكمة الجنايات في تكريت، اليوم الاثنين، حكما بالإعدام بحق رجلين أدينا بتفجير أنبوب للنفط الخام قرب قضاء الشرقاط ليلة رأس السنة الميلادية 2008، ما أسفر عن مقتل حارسين وإصابة ثلاثة آخرين.',
        ],
        '2009-05-11',
      ),
    ).toEqual([['2007-12-31', '2008-01-01', 'Salahuddin', 2, 3]]);
  });

  it('reads the English eve as the last day of the year named', () => {
    expect(
      rows(
        'Two sentenced to death for pipeline bombing',
        [
          "A court in Tikrit on Monday sentenced two men to death for a bombing near Shirqat on New Year's Eve 2007 that killed two oil guards and wounded three others, a court official said.",
        ],
        '2009-05-11',
      ),
    ).toEqual([['2007-12-31', '2007-12-31', 'Salahuddin', 2, 3]]);
  });
});

describe('"غير أن المتحدث باسم الوزارة قال في بغداد إن…": the city the teller spoke in', () => {
  it('keeps the dead of the battle at the place the article told', () => {
    expect(
      rows(
        'مقتل عشرات المسلحين في معركة قرب الحلة',
        [
          'أعلن محافظ بابل اليوم الأحد أن نحو خمسين مسلحا قتلوا في المعركة التي دارت أمس السبت في بساتين ناحية جرف الصخر شمال الحلة.',
          'غير أن المتحدث باسم وزارة الدفاع قال في بغداد إن "أكثر من 40 مسلحا قتلوا وأصيب 12 جنديا".',
        ],
        '2014-03-09',
      ).map((r) => r[2]),
    ).not.toContain('Baghdad');
  });
});
