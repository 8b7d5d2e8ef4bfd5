// Rules found on days resolved wrong (issue 12, fixer fxdates28): the day a "cessation of hostilities"
// took effect; each on sentences written for it, through the whole pipeline (`ingest`).
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

const rows = (title: string, paragraphs: string[], published: string) =>
  ingested(title, paragraphs, published).map((x) => [x.from, x.to, x.governorate, x.killed, x.wounded]);

describe('"despite the \\"cessation of hostilities\\" that took effect on February 27": the truce\'s day', () => {
  it('does not date the shelling told in spite of it by the truce', () => {
    expect(
      rows(
        'Shelling kills four in Douma despite truce',
        [
          'Shelling killed four civilians and wounded nine in the town of Douma in Rif Dimashq, despite the "cessation of hostilities" that took effect on February 27, activists said.',
        ],
        '2016-03-15',
      ),
    ).toEqual([['2016-03-15', '2016-03-15', 'Rif Dimashq', 4, 9]]);
  });

  it('reads the Arabic name of such a truce, quoted, too', () => {
    expect(
      rows(
        'مقتل ثلاثة مدنيين بقصف على مدينة دوما',
        [
          'قتل ثلاثة مدنيين وأصيب ستة آخرون بقصف مدفعي على مدينة دوما في ريف دمشق، رغم "وقف الأعمال العدائية" الذي بدأ سريانه يوم السبت، بحسب ناشطين.',
        ],
        '2016-03-20',
      ),
    ).toEqual([['2016-03-20', '2016-03-20', 'Rif Dimashq', 3, 6]]);
  });
});
