// Rules from the fxextras19 round (issue 12, extra drafts): the number of the dead told over a month,
// a share of a town's buildings destroyed, a campaign named by its year doing what the town still
// shows, and damage named as the obstacle to return — each a statistic or the setting of the news,
// no incident; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { incidents, ingested } from '../support/tolls.js';

describe('the number of the dead told over a month: the month’s count, no event', () => {
  it('"The number of policemen killed in Anbar province fell sharply in March"', () => {
    expect(
      incidents(
        [
          'The number of policemen killed in Anbar province fell sharply in March, officials said on Thursday.',
        ],
        'en',
        '2010-04-02',
      ),
    ).toEqual([]);
  });
});

describe('a share of what stood, destroyed: the war’s damage, no blow', () => {
  it('"the war destroyed nearly 70 percent of the buildings in the old quarter"', () => {
    expect(
      incidents(
        [
          'Local officials say the war destroyed nearly 70 percent of the buildings in the old quarter of Raqqa.',
        ],
        'en',
        '2022-05-10',
      ),
    ).toEqual([]);
  });

  it('"المعارك دمرت قرابة 60 بالمئة من منازل مدينة بيجي"', () => {
    expect(
      incidents(
        ['وقال رئيس المجلس المحلي إن "المعارك دمرت قرابة 60 بالمئة من منازل مدينة بيجي".'],
        'ar',
        '2020-02-11',
      ),
    ).toEqual([]);
  });
});

describe('a campaign named by its year, doing what the town still shows: background', () => {
  it('"Kafr Nabl, which had 30,000 people before the 2019 government offensive emptied it, …"', () => {
    expect(
      incidents(
        [
          'In Kafr Nabl, which had 30,000 people before the 2019 government offensive emptied it, the council says 5,000 have come back.',
        ],
        'en',
        '2025-05-02',
      ),
    ).toEqual([]);
  });
});

describe('damage named as the obstacle to return: the state the war left, no blow', () => {
  it('"أبرز المعوقات أمام عودة الأسر تتمثل بتدمير الدور السكنية"', () => {
    expect(
      incidents(
        [
          'وقال مسؤول في مجلس محافظة صلاح الدين إن "أبرز المعوقات أمام عودة الأسر تتمثل بتدمير الدور السكنية وقلة فرص العمل".',
        ],
        'ar',
        '2010-03-08',
      ),
    ).toEqual([]);
  });
});

describe('the dead told "nationwide": the country’s day, the sum of its events', () => {
  it('"… said 95 people were killed nationwide on Sunday", after a day of fighting told in the city', () => {
    expect(
      ingested(
        'Warplane hits school in Damascus camp',
        [
          'DAMASCUS, Dec 17, 2012 (AFP) - A warplane fired rockets at a school in the Yarmouk camp in southern Damascus late on Sunday, killing at least nine people, a monitor said.',
          'Clashes have raged in the camp since Thursday between rebels and a loyalist militia. Residents said rebels had seized several militia offices on Sunday.',
          'The monitor, which relies on activists across Syria, said 95 people were killed nationwide on Sunday.',
        ],
        '2012-12-17',
      ).map((x) => x.killed),
    ).toEqual([9, null]);
  });
});
