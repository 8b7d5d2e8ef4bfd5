// Rules from the fxdates10 round (issue 12, an event drafted on another day than the one it is told
// against): a chain ("a day earlier", "two days earlier") counts from the day of the last event told,
// not from a span of background or the day of a scene told since; "بعد يوم واحد من", "بعد أسبوع واحد
// من" count back from the news as "بعد يوم من" does, and "بعد أقل من شهرين على", "came less than a week
// after" any day up to that far back (a month told round); "in this town" is the town of the title, whatever city it is then
// measured from; a governorate's name after a rank ("Capt. Muthanna Khalid") is a person's; each on
// sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a chain counts from the day of the last event told', () => {
  it('"A day earlier" after a scene told on the day after the attack', () => {
    expect(
      ingested(
        'Gunmen kill shepherds in Syrian desert',
        [
          'Gunmen opened fire on Monday on a group of shepherds near the town of Sukhnah in Homs province, killing seven of them, a war monitor said.',
          'Mourners gathered at the cemetery of the nearby village on Tuesday to bury the dead.',
          'A day earlier, two people were killed when their truck struck a landmine near Maadan in Raqqa province, the monitor said.',
        ],
        '2022-10-11',
      ),
    ).toEqual([
      { from: '2022-10-10', to: '2022-10-10', governorate: 'Homs', killed: 7, wounded: null },
      { from: '2022-10-09', to: '2022-10-09', governorate: 'Raqqa', killed: 2, wounded: null },
    ]);
  });

  it('"Two days earlier" after an operation told as launched "last week"', () => {
    expect(
      ingested(
        'Roadside bomb hits army patrol',
        [
          'A roadside bomb struck an army patrol near the town of Tarmiyah in Salahuddin province on Friday, killing four soldiers, officers said on Saturday.',
          'The army launched an operation in the orchards around the town last week.',
          'Two days earlier, gunmen shot dead a policeman at a checkpoint near Baqubah in Diyala province.',
        ],
        '2015-03-14',
      ),
    ).toEqual([
      { from: '2015-03-13', to: '2015-03-13', governorate: 'Salahuddin', killed: 4, wounded: null },
      { from: '2015-03-11', to: '2015-03-11', governorate: 'Diyala', killed: 1, wounded: null },
    ]);
  });
});

describe('"بعد يوم واحد من", "بعد أسبوع واحد من": counted back from the news', () => {
  it('"ويأتي الانفجار بعد يوم واحد من انفجار عبوة…"', () => {
    expect(
      ingested(
        'انفجار سيارة مفخخة في الكوت',
        [
          'قتل أربعة أشخاص وأصيب تسعة آخرون، مساء أمس الأحد، بانفجار سيارة مفخخة قرب سوق شعبي في مدينة الكوت بمحافظة واسط.',
          'ويأتي الانفجار بعد يوم واحد من انفجار عبوة ناسفة في قضاء الحي أسفر عن مقتل شرطيين.',
        ],
        '2012-05-14',
      ),
    ).toEqual([
      { from: '2012-05-13', to: '2012-05-13', governorate: 'Wasit', killed: 4, wounded: 9 },
      { from: '2012-05-12', to: '2012-05-12', governorate: 'Wasit', killed: 2, wounded: null },
    ]);
  });
});

describe('"بعد أقل من شهرين على", "came less than a week after": any day up to that far back', () => {
  it('"ويأتي الهجوم بعد أقل من شهرين على مقتل…"', () => {
    expect(
      ingested(
        'اغتيال مختار قرية في كركوك',
        [
          'اغتال مسلحون مجهولون، صباح اليوم الثلاثاء، مختار قرية في ناحية الرشاد جنوب غربي كركوك.',
          'ويأتي الهجوم بعد أقل من شهرين على مقتل مختار آخر بعبوة ناسفة زرعت في سيارته في الناحية ذاتها.',
        ],
        '2021-06-08',
      ),
    ).toEqual([
      { from: '2021-06-08', to: '2021-06-08', governorate: 'Kirkuk', killed: 1, wounded: null },
      { from: '2021-04-10', to: '2021-06-07', governorate: 'Kirkuk', killed: 1, wounded: null },
    ]);
  });

  it('"The blast came less than a week after…"', () => {
    expect(
      ingested(
        'Bomb kills two in Tikrit',
        [
          'A bomb planted under a car exploded in the city of Tikrit in Salahuddin province on Thursday, killing two people, police said.',
          'The blast came less than a week after gunmen killed a police officer at his home in the same city.',
        ],
        '2019-09-20',
      ),
    ).toEqual([
      { from: '2019-09-19', to: '2019-09-19', governorate: 'Salahuddin', killed: 2, wounded: null },
      { from: '2019-09-12', to: '2019-09-18', governorate: 'Salahuddin', killed: 1, wounded: null },
    ]);
  });
});

describe('"in this town south of Baghdad": the town the title names', () => {
  it('"in this mainly Sunni town north of Baghdad", the title naming the town', () => {
    expect(
      ingested(
        'Car bomb kills six in Dhuluiya market',
        [
          'A car bomb exploded in a crowded market in this mainly Sunni town north of Baghdad on Friday, killing six people and wounding 14, police said.',
        ],
        '2007-03-03',
      ),
    ).toEqual([{ from: '2007-03-02', to: '2007-03-02', governorate: 'Salahuddin', killed: 6, wounded: 14 }]);
  });
});

describe("a governorate's name after a rank is a person's", () => {
  it('"police Capt. Muthanna Hassan said", telling the wounded of a blast in Diyala', () => {
    expect(
      ingested(
        'Roadside bomb in Baqubah',
        [
          'A roadside bomb struck a police patrol in Baqubah in Diyala province on Monday, killing two policemen, police said.',
          'The bomb went off as the patrol passed a crowded bus station, police Capt. Muthanna Hassan said. He said four people were wounded.',
        ],
        '2008-04-08',
      ),
    ).toEqual([{ from: '2008-04-07', to: '2008-04-07', governorate: 'Diyala', killed: 2, wounded: 4 }]);
  });
});
