// Rules found on gold incidents with casualties that got no draft at all (issue 12, fixer fxnodraft2):
// an earlier blow dated by a span, by "when", or picked out of a series, and militants killed in an
// article that also tells an epidemic, are incidents of their own; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

const rows = (title: string, paragraphs: string[], published: string) =>
  ingested(title, paragraphs, published).map((x) => [x.from, x.to, x.governorate, x.killed, x.wounded]);

describe('"شنوا خلال شهر رمضان هجوماً": one blow struck within a span the span only dates', () => {
  it('is an incident of that month in Arabic, beside the news', () => {
    expect(
      rows(
        'غارة جوية في الأنبار',
        [
          'قصفت طائرات الجيش العراقي صباح اليوم الخميس مخبأ لمسلحي التنظيم قرب قضاء القائم بمحافظة الأنبار، ما أسفر عن مقتل خمسة مسلحين.',
          'وكان مسلحو التنظيم قد شنوا خلال شهر رمضان الماضي هجوماً على مقر للجيش قرب قضاء القائم، ما أسفر عن مقتل أربعة جنود.',
        ],
        '2020-09-17',
      ),
    ).toEqual([
      ['2020-09-17', '2020-09-17', 'Anbar', 5, null],
      ['2020-04-24', '2020-05-24', 'Anbar', 4, null],
    ]);
  });
  it('stays a total where the span holds blows in the plural', () => {
    expect(
      rows(
        'غارة جوية في الأنبار',
        [
          'قصفت طائرات الجيش العراقي صباح اليوم الخميس مخبأ لمسلحي التنظيم قرب قضاء القائم بمحافظة الأنبار، ما أسفر عن مقتل خمسة مسلحين.',
          'وكان مسلحو التنظيم قد قتلوا خلال شهر رمضان الماضي 14 جندياً في هجمات متفرقة قرب قضاء القائم.',
        ],
        '2020-09-17',
      ),
    ).toEqual([['2020-09-17', '2020-09-17', 'Anbar', 5, null]]);
  });
});

describe('"since December, when gunmen killed 11": the one occasion the month is told by', () => {
  it('is an incident of that month, however many died', () => {
    expect(
      rows(
        'Attack on a checkpoint in Kirkuk',
        [
          'Two policemen were killed when militants attacked a checkpoint near Hawija in Kirkuk province on Tuesday night, police said.',
          'It was the worst attack in the province since November, when gunmen killed 12 shepherds in a valley near Hawija, officials said then.',
        ],
        '2024-02-08',
      ),
    ).toEqual([
      ['2024-02-06', '2024-02-07', 'Kirkuk', 2, null],
      ['2023-11-01', '2023-11-30', 'Kirkuk', 12, null],
    ]);
  });
});

describe('"بينها تفجير … الشهر الماضي أدى إلى مقتل": one blow picked out of a series told over months', () => {
  it('is an incident of its own day and toll, the series a span', () => {
    expect(
      rows(
        'القبض على خلية في ريف حلب',
        [
          'ألقت الشرطة العسكرية اليوم القبض على خلية في مدينة الباب بريف حلب الشرقي بعد اشتباك قُتل فيه أحد أفرادها.',
          'وقالت الشرطة إن الخلية نفذت عدة هجمات شهدتها المدينة خلال الأشهر الماضية، من بينها تفجير سيارة مفخخة في سوق المدينة الشهر الماضي أدى إلى مقتل أربعة مدنيين وإصابة تسعة.',
        ],
        '2021-05-12',
      ),
    ).toEqual([
      ['2021-05-12', '2021-05-12', 'Aleppo', 1, null],
      ['2021-04-01', '2021-04-30', 'Aleppo', 4, 9],
    ]);
  });
});

describe('"أسفرت عن مقتل ثلاثة إرهابيين": militants counted killed are a blow\'s dead, never an epidemic\'s', () => {
  it('is drafted beside a paragraph on the epidemic', () => {
    expect(
      rows(
        'عمليات أمنية في كركوك',
        [
          'تنشغل القطعات الأمنية في كركوك بفرض حظر التجوال لمواجهة فيروس كورونا منذ أسابيع.',
          'وأمس الأربعاء، نفذت قطعات من الجيش العراقي عملية تمشيط في وادي الشاي جنوب كركوك، أسفرت عن مقتل ثلاثة إرهابيين وتدمير مضافتين.',
        ],
        '2020-05-14',
      ),
    ).toEqual([['2020-05-13', '2020-05-13', 'Kirkuk', 3, null]]);
  });
});
