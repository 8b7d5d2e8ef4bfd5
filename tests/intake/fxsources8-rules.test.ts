// Rules found on one event's toll told twice, by two sources, and on running totals (issue 12, fixer
// fxsources8): a monitor that "confirmed N civilian deaths" in the town just told; a side that mourns a
// count of its own dead of the blow just told; a running total since a weekday ("مقتلهم … منذ يوم
// الأحد"); a country's dead since a point ("in Syria since then"); the bodies already counted, found
// on a later day. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

const rows = (title: string, paragraphs: string[], published: string) =>
  ingested(title, paragraphs, published).map((x) => [x.from, x.to, x.governorate, x.killed, x.wounded]);

describe('"The monitor confirmed four civilian deaths in the town": another teller\'s count of the dead', () => {
  it('keeps one event, with the first count', () => {
    expect(
      rows(
        'Shelling kills five in Tal Rifaat',
        [
          'Artillery shelling killed five civilians in the town of Tal Rifaat in northern Aleppo on Thursday, a local council said.',
          'At least nine people were wounded, the council added.',
          'A war monitor confirmed four civilian deaths in Tal Rifaat, saying one of them was a child.',
        ],
        '2021-03-12',
      ),
    ).toEqual([['2021-03-11', '2021-03-11', 'Aleppo', 5, 9]]);
  });

  it('still drafts deaths a teller gives of a blow of their own', () => {
    expect(
      rows(
        'Shelling kills five in Tal Rifaat',
        [
          'Artillery shelling killed five civilians in the town of Tal Rifaat in northern Aleppo on Thursday, a local council said.',
          'A war monitor confirmed four civilian deaths in a separate air strike on Idlib city on Friday.',
        ],
        '2021-03-13',
      ).length,
    ).toBe(2);
  });
});

describe('"من جانبه، نعى الفصيل في بيان ستة من مقاتليه": a side mourning its own dead of the blow told', () => {
  it('keeps one event, with the first count, not a second one at the place the headline names', () => {
    expect(
      rows(
        'غارات على عكاشات.. والفصيل يعلن مقتل ستة من عناصره',
        [
          'شنت طائرات مسيرة، فجر اليوم الخميس، غارات على مقار لفصيل مسلح قرب قضاء القائم غربي الأنبار.',
          'وقال مصدر أمني إن حصيلة أولية أشارت إلى مقتل اثنين، قبل أن ترتفع الحصيلة إلى أربعة قتلى وجريحين.',
          'من جانبه، نعى الفصيل في بيان "ستة من مقاتليه" قال إنهم "ارتقوا بقصف أمريكي غادر"، متوعداً بالرد.',
        ],
        '2022-06-09',
      ),
    ).toEqual([['2022-06-09', '2022-06-09', 'Anbar', 4, 2]]);
  });
});

describe('"ارتفع عدد المدنيين الذين وثق المرصد مقتلهم … منذ يوم الخميس إلى 500": a running total since a weekday', () => {
  it('drafts no incident of the total, only the event told after it', () => {
    expect(
      rows(
        'ارتفاع حصيلة القتلى في ريف حماة',
        [
          'ارتفع عدد المدنيين الذين وثق المرصد السوري مقتلهم في ريف حماة الشمالي منذ يوم الأحد، إلى 214 مدنياً، قضوا بالقصف والغارات.',
          'وقُتل اليوم الخميس سبعة مدنيين بقصف مدفعي على بلدة كفرزيتا.',
        ],
        '2019-05-16',
      ),
    ).toEqual([['2019-05-16', '2019-05-16', 'Hama', 7, null]]);
  });
});

describe('"The monitor says 40 civilians have been killed in Syria since then": a country\'s dead since a point', () => {
  it('drafts no incident of the tally, only the blow told before it', () => {
    expect(
      rows(
        'Air strike kills four in Tal Tamr',
        [
          'A Turkish air strike killed four civilians in the town of Tal Tamr in Hasakah province on Friday, the Observatory said.',
          'Fighting has raged along the border since the offensive began on Oct. 9. The monitor says 40 civilians have been killed in Syria since then.',
        ],
        '2019-10-19',
      ),
    ).toEqual([['2019-10-18', '2019-10-18', 'Hasakah', 4, null]]);
  });
});

describe('"This morning villagers found the two bodies": the dead already counted, found on a later day', () => {
  it('keeps one event, not the bodies as a second one on the day they were found', () => {
    expect(
      rows(
        'Militants kill three farmers near Hawija',
        [
          'Militants shot dead a farmer and abducted his two brothers on Tuesday evening near the town of Hawija, southwest of Kirkuk, a police officer said on Wednesday. The bodies of the two abducted men were found hours later.',
          'This morning residents found the two bodies dumped near a canal outside the village, he said.',
        ],
        '2021-03-10',
      ),
    ).toEqual([['2021-03-09', '2021-03-09', 'Kirkuk', 3, null]]);
  });
});
