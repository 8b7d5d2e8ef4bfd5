// Rules found on one event's toll told twice (issue 12, fixer fxsources18): a preliminary toll the
// teller later gives as risen ("قبل أن يعود ليؤكد ارتفاعها إلى"). Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

const rows = (title: string, paragraphs: string[], published: string) =>
  ingested(title, paragraphs, published).map((x) => [x.from, x.to, x.governorate, x.killed, x.wounded]);

describe('"الحصيلة الأولية بلغت …، قبل أن يعود ليؤكد ارتفاعها إلى …": the teller\'s risen toll', () => {
  it('keeps one event at the risen toll', () => {
    expect(
      rows(
        'قصف على معرة النعمان',
        [
          'قصفت طائرات حربية صباح اليوم الثلاثاء سوقاً شعبياً في مدينة معرة النعمان بريف إدلب الجنوبي.',
          'وقال مسعف محلي إن الحصيلة الأولية بلغت قتيلين، ثم عاد وأكد ارتفاعها إلى سبعة قتلى و15 جريحاً.',
        ],
        '2019-07-23',
      ),
    ).toEqual([['2019-07-23', '2019-07-23', 'Idlib', 7, 15]]);
  });

  it('so with "قبل أن يعود ليؤكد"', () => {
    expect(
      rows(
        'غارة على أريحا',
        [
          'استهدفت غارة جوية مساء أمس الاثنين حياً سكنياً في مدينة أريحا جنوب إدلب.',
          'وأفاد ناشط بأن الحصيلة الأولية كانت أربعة قتلى، قبل أن يعود ليؤكد ارتفاعها إلى تسعة قتلى بينهم طفلان.',
        ],
        '2019-07-23',
      ),
    ).toEqual([['2019-07-22', '2019-07-22', 'Idlib', 9, null]]);
  });
});
