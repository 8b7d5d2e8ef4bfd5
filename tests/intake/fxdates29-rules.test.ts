// Rules found on days resolved wrong (issue 12, fixer fxdates29): a daily round-up titled by the day
// it reports and published the next morning; each on sentences written for it, through the whole
// pipeline (`ingest`).
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

const rows = (title: string, paragraphs: string[], published: string) =>
  ingested(title, paragraphs, published).map((x) => [x.from, x.to, x.governorate, x.killed, x.wounded]);

describe('"Daily security log, Thursday 8 March 2012" published the 9th: the title\'s day', () => {
  it("dates the items told with no day, today and a weekday from the title's day", () => {
    expect(
      rows(
        'Daily security log, Thursday 8 March 2012',
        [
          'A roadside bomb struck an army patrol in Tarmiya, north of Baghdad, wounding two soldiers.',
          'Police found three unidentified bodies in Kirkuk today.',
          'Gunmen shot dead a shop owner in Tikrit on Wednesday, police said.',
        ],
        '2012-03-09',
      ),
    ).toEqual([
      ['2012-03-08', '2012-03-08', 'Baghdad', null, 2],
      ['2012-03-08', '2012-03-08', 'Kirkuk', 3, null],
      ['2012-03-07', '2012-03-07', 'Salahuddin', 1, null],
    ]);
  });

  it('reads the month before the day and an Arabic title alike', () => {
    expect(
      rows('Iraq violence, Sunday, June 3, 2012', ['A car bomb killed four people in Hilla.'], '2012-06-04'),
    ).toEqual([['2012-06-03', '2012-06-03', 'Babil', 4, null]]);
    expect(
      rows(
        'الحصاد الأمني ليوم الثلاثاء 5 آذار 2013',
        ['قتل شرطيان بانفجار عبوة ناسفة في بعقوبة.'],
        '2013-03-06',
      ),
    ).toEqual([['2013-03-05', '2013-03-05', 'Diyala', 2, null]]);
  });

  it('keeps the publication day when the weekday does not fit the date, or the date is far off', () => {
    expect(
      rows(
        'Daily security log, Friday 8 March 2012',
        ['A car bomb killed four people in Hilla.'],
        '2012-03-09',
      ),
    ).toEqual([['2012-03-09', '2012-03-09', 'Babil', 4, null]]);
    expect(
      rows(
        'Looking back at Thursday 1 March 2012',
        ['A car bomb killed four people in Hilla.'],
        '2012-03-09',
      ),
    ).toEqual([['2012-03-09', '2012-03-09', 'Babil', 4, null]]);
  });
});
