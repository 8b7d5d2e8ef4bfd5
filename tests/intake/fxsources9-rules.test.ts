// Rules found on one event's toll told in several pieces (issue 12, fixer fxsources9): the wounded of
// an article led by a mass grave; the later source's count after
// "قبل أن يؤكد"; a toll risen with its noun left unsaid ("قبل أن ترتفع إلى"). Each on sentences
// written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

const rows = (title: string, paragraphs: string[], published: string) =>
  ingested(title, paragraphs, published).map((x) => [x.from, x.to, x.governorate, x.killed, x.wounded]);

describe('"A third fighter was wounded" in an article led by a mass grave: no grave holds the wounded', () => {
  it('keeps the wounded with the blast told before them', () => {
    expect(
      rows(
        'Grave found near Raqqa; blast kills two fighters',
        [
          'Forensic teams exhumed 40 bodies from a mass grave near Raqqa, local officials said on Thursday.',
          'Separately, two fighters were killed on Wednesday when a mine hit their vehicle near the town of Tabqa. A third fighter was wounded.',
        ],
        '2021-05-06',
      ),
    ).toEqual([['2021-05-05', '2021-05-05', 'Raqqa', 2, 1]]);
  });
});

describe('"…تحدث في البداية عن مقتل شرطيين، قبل أن يؤكد مصدر طبي مقتل أربعة": the later source\'s count', () => {
  it('takes the later count, not the preliminary one', () => {
    expect(
      rows(
        'تفجير انتحاري في هيت',
        [
          'قتل عدد من عناصر الشرطة مساء الأحد عندما فجر انتحاري سيارة مفخخة عند نقطة تفتيش في مدينة هيت.',
          'وكان مصدر أمني قد تحدث في البداية عن مقتل شرطيين، قبل أن يؤكد مصدر طبي مقتل خمسة من الشرطة وإصابة ثمانية آخرين.',
        ],
        '2008-04-14',
      ),
    ).toEqual([['2008-04-13', '2008-04-13', 'Anbar', 5, 8]]);
  });
});

describe('"إن الحصيلة الأولية بلغت …، قبل أن ترتفع صباح اليوم إلى …": the toll risen, its noun unsaid', () => {
  it('keeps one event, at the risen toll, on the day of the blast', () => {
    expect(
      rows(
        'انفجار في طفس',
        [
          'انفجرت عبوة ناسفة مساء أمس الأحد قرب مقر للشرطة في مدينة طفس بريف درعا الغربي، ما أدى إلى مقتل وإصابة عدد من العناصر.',
          'وقال مصدر طبي إن الحصيلة الأولية بلغت ثلاثة قتلى وعشرة جرحى، قبل أن ترتفع صباح اليوم، الاثنين، إلى خمسة قتلى وثمانية جرحى.',
        ],
        '2022-08-15',
      ),
    ).toEqual([['2022-08-14', '2022-08-14', 'Daraa', 5, 8]]);
  });
});
