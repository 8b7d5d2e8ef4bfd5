// Rules found on governorates of told places (issue 12, fixer fxplaces3): the town a road leads to
// is not where the event on the road happened. On sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

const rows = (title: string, paragraphs: string[], published: string) =>
  ingested(title, paragraphs, published).map((x) => [x.from, x.governorate, x.killed, x.wounded]);

describe('"at a checkpoint on the road to Kirkuk": the town a road leads to is not the place', () => {
  it('keeps an English blast in the town the story is in', () => {
    expect(
      rows(
        'Bomber kills three soldiers in Tikrit',
        [
          'A suicide bomber in a pick-up truck blew himself up at an army checkpoint on the road to Kirkuk, at the northern entrance of the city, on Sunday, killing three soldiers and wounding five, police said.',
        ],
        '2013-04-14',
      ),
    ).toEqual([['2013-04-14', 'Salahuddin', 3, 5]]);
  });

  it('keeps an Arabic ambush on "الطريق المؤدي إلى" in the town the story is in', () => {
    expect(
      rows(
        'مقتل جنديين بهجوم مسلح في الرمادي',
        [
          'هاجم مسلحون مجهولون فجر اليوم الأحد نقطة تفتيش للجيش على الطريق المؤدي إلى بغداد عند المدخل الشرقي للمدينة، ما أدى إلى مقتل جنديين وإصابة ثلاثة آخرين.',
        ],
        '2014-02-09',
      ),
    ).toEqual([['2014-02-09', 'Anbar', 2, 3]]);
  });
});
