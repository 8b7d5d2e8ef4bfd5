// Rules from the fxextras13 round (issue 12, drafts with no gold incident): a lead's toll over two
// separate incidents ("في حادثتين منفصلتين") or over "ريفي X وY" is their total; a lead of two
// sentences naming two provinces sums the items at both; a country's toll of the day and a province
// ranked the deadliest are tallies; a court's finding of the deed told is no event of its own; a
// chain counted past the news's day gives no day; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a lead toll over "two separate incidents": their total', () => {
  it('"قتل تسعة أشخاص في هجومين منفصلين في ريف درعا", then items of five and three', () => {
    expect(
      ingested(
        'قتلى بهجومين في درعا',
        [
          'قتل تسعة أشخاص في هجومين منفصلين في ريف درعا الغربي اليوم الأحد، بحسب مصادر محلية.',
          'ففي بلدة طفس، قتل خمسة عناصر من قوات النظام بهجوم مسلحين مجهولين على حاجز.',
          'وفي بلدة المزيريب، قتل ثلاثة مدنيين بانفجار عبوة ناسفة بسيارتهم.',
        ],
        '2022-05-15',
      ).map((x) => x.killed),
    ).toEqual([5, 3]);
  });
});

describe('"ريفي X وY": the countrysides of both provinces', () => {
  it('a toll told "بريفي حماة وحمص" sums an item in each', () => {
    expect(
      ingested(
        'قتلى من رعاة الأغنام في البادية',
        [
          'قتل 9 أشخاص من رعاة الأغنام خلال يوم واحد بريفي حماة وحمص الشرقيين، بحسب المرصد.',
          'ففي ريف حماة الشرقي، قتل 4 رعاة بانفجار لغم أرضي قرب قرية عقيربات ظهر أمس السبت.',
          'وفي ريف حمص الشرقي، قتل 5 رعاة برصاص مسلحين مجهولين قرب السخنة فجر اليوم الأحد.',
        ],
        '2021-02-14',
      ).map((x) => [x.governorate, x.killed]),
    ).toEqual([
      ['Hama', 4],
      ['Homs', 5],
    ]);
  });
});

describe('a lead of two sentences in its paragraph naming two provinces: the total of the items at both', () => {
  it('"40 killed in Homs and Hama provinces", then items under province headings that add up to less', () => {
    expect(
      ingested(
        'Central Syria roundup: 40 killed in Homs and Hama provinces',
        [
          'At least 40 people were killed in the provinces of Homs and Hama on Sunday and late Saturday, according to activists. Most of the deaths were in Homs province, where the army is pressing an offensive.',
          'Homs province',
          'Al-Qusayr: Shelling on the town killed 20 people, activists said.',
          'Hama province',
          'Halfaya: An air strike on a residential street killed 12 people.',
        ],
        '2014-02-10',
      ).map((x) => [x.governorate, x.killed]),
    ).toEqual([
      ['Homs', 20],
      ['Hama', 12],
    ]);
  });
});

describe("a country's toll of the day: a tally, not an event", () => {
  it('"The Local Coordination Committees put Sunday\'s nationwide toll at 75 dead", after the items', () => {
    expect(
      ingested(
        'Shelling kills six in Homs',
        [
          'Government shelling killed six people in the town of Talbiseh in Homs province on Sunday, activists said.',
          'In Hama, a sniper shot dead two men in the Arbaeen district.',
          "The Local Coordination Committees put Sunday's nationwide toll at 75 dead.",
        ],
        '2012-06-11',
      ).map((x) => [x.governorate, x.killed]),
    ).toEqual([
      ['Homs', 6],
      ['Hama', 2],
    ]);
  });
});

describe('a province named, then ranked the deadliest: its share of the tally', () => {
  it('"وكانت محافظة درعا الأكثر دموية خلال الشهر، إذ سقط فيها أكثر من 300 قتيل"', () => {
    expect(
      ingested(
        'الشبكة: مئات القتلى خلال شهر آذار',
        [
          'وكانت محافظة درعا الأكثر دموية خلال الشهر، إذ سقط فيها أكثر من 300 قتيل، لا سيما في الأحياء الغربية من مدينة درعا التي تتعرض لحصار منذ منتصف الشهر، وفي محيط مدينة طفس حيث تدور معارك عنيفة.',
          'ومن أبرز الحوادث مقتل 9 مدنيين في قصف على بلدة طفس في الـ 12 من آذار.',
        ],
        '2015-04-01',
      ).map((x) => x.killed),
    ).toEqual([9]);
  });

  it('"Aleppo province was the deadliest, with 900 killed"', () => {
    expect(
      ingested(
        'Monitor counts hundreds dead in March',
        [
          'The monitor said 2,000 people were killed across Syria in March.',
          'Aleppo province was the deadliest, with 900 killed, most of them in the east of the city.',
          'The worst single attack was an air strike on a market in the town of al-Bab on March 12 that killed 23 people.',
        ],
        '2016-04-01',
      ).map((x) => x.killed),
    ).toEqual([23]);
  });
});

describe("a court's finding of the deed already told: no other event", () => {
  it('"The court found the men guilty of carrying out the attack", after the ruling over a bombing', () => {
    expect(
      ingested(
        'Iraq court sentences three over Hilla bombing',
        [
          'An Iraqi court on Monday sentenced three men to death over a suicide bombing that killed 20 people at a market in Hilla in May 2015, the judiciary said.',
          'The Central Criminal Court in Baghdad found the men guilty of carrying out the attack on behalf of the Islamic State group.',
        ],
        '2019-03-04',
      ).map((x) => [x.governorate, x.killed]),
    ).toEqual([['Babil', 20]]);
  });
});

describe("a chain counted past the news's day: no day of it", () => {
  it('"…ended with a truce six days later", after an offensive "on March 25" and Sunday\'s blow', () => {
    expect(
      ingested(
        'Troops kill three gunmen in Amara',
        [
          'Iraqi soldiers killed three gunmen in a raid on a house in the city of Amara on Tuesday, an officer said.',
          'On Sunday, a roadside bomb wounded two policemen in the town of Qalat Saleh, police said.',
          'The government launched an offensive against militias in Basra on March 25. Hundreds were killed in the fighting, which ended with a truce six days later.',
        ],
        '2008-04-29',
      ).map((x) => [x.from, x.killed, x.wounded]),
    ).toEqual([
      ['2008-04-29', 3, null],
      ['2008-04-27', null, 2],
    ]);
  });
});
