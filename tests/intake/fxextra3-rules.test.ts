// Rules from the fxextra3 round (issue 12, drafts that are no incident): a campaign told by its
// launch or its toll so far, a span from an onset, blows summed since a day, a reaction or a
// displacement, a fear, a town's earlier fall, the setting an event came in, a monitor's national
// tally, a disengagement line, and the places of outlets, each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { extracted, tolls } from '../support/tolls.js';

describe('a span from a launch or a collapse is no event of that day', () => {
  it('"تشهد الجبهات معارك منذ أطلقت الفصائل معركة في 3 آذار": no incident', () => {
    expect(
      tolls(
        ['وتشهد محاور ريف إدلب الشرقي اشتباكات متقطعة منذ أطلقت قوات النظام هجوماً في 3 آذار الماضي.'],
        'ar',
        '2020-04-10',
      ),
    ).toEqual([]);
  });

  it('"قصف متواصل منذ انهيار التهدئة الشهر الماضي": only the strike of the day', () => {
    expect(
      tolls(
        [
          'قتل مدنيان بغارة جوية على بلدة الأتارب بريف حلب الغربي، اليوم الجمعة.',
          'وتتعرض مدن ريف حلب الغربي لقصف متواصل منذ انهيار التهدئة الشهر الماضي، وسط نزوح واسع.',
        ],
        'ar',
        '2020-04-10',
      ),
    ).toEqual([{ killed: 2, wounded: null }]);
  });

  it('"have fled the town since a previous offensive in April": only the attack of the day', () => {
    expect(
      tolls(
        [
          'Five soldiers were killed in an attack near Haditha on Tuesday, an army officer said.',
          'Aid agencies say some 30,000 people have fled Haditha since a previous Islamic State offensive in April.',
        ],
        'en',
        '2015-05-15',
      ),
    ).toEqual([{ killed: 5, wounded: null }]);
  });
});

describe('a campaign told by its start and its toll so far', () => {
  it('"The offensive, launched Oct. 3, has seen…" and "the fighting has killed 300": no incident', () => {
    expect(
      tolls(
        [
          'The offensive, launched Oct. 3, has seen troops retake much of Idlib province and scores of villages.',
          'A monitoring group says the fighting has killed 310 people, among them 52 civilians.',
        ],
        'en',
        '2019-10-20',
      ),
    ).toEqual([]);
  });

  it('the fighting of one day, told in the past, still gives its toll', () => {
    expect(
      tolls(
        ['The fighting killed nine soldiers near Kafr Nabl on Sunday, the army said.'],
        'en',
        '2019-10-20',
      ),
    ).toEqual([{ killed: 9, wounded: null }]);
  });
});

describe('strikes summed since a day are the items told after them', () => {
  it('"drone strikes have killed five people since Friday", then the strikes one by one', () => {
    expect(
      tolls(
        [
          'Drone strikes have killed six people in Nineveh province since Friday, officials said on Sunday.',
          'On Friday, a drone hit a pickup near Sinjar, killing three men.',
          'Two more people were killed on Saturday when a strike hit a farmhouse near Tal Afar.',
        ],
        'en',
        '2022-08-14',
      ),
    ).toEqual([
      { killed: 3, wounded: null },
      { killed: 2, wounded: null },
    ]);
  });
});

describe('a reaction tells no event, and the place of whoever reacts is not the event’s', () => {
  it('"The embassy in Baghdad condemned the attack": the rocket stays where it fell', () => {
    const drafts = extracted(
      [
        'On Thursday, three rockets fell in open ground near Balad air base without causing casualties.',
        'The British embassy in Baghdad condemned the attack.',
      ],
      'en',
      '2021-03-12',
    );
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.place?.governorate?.en).toBe('Salahuddin');
  });
});

describe('the country of an outlet is not where the dead fell', () => {
  it('"Syria’s state news agency reported that a farmer was killed": a second account, not an event in Syria', () => {
    expect(
      tolls(
        [
          'On Monday, an air strike on a militia post near Husaybah killed three fighters, the group said.',
          'Syria’s state news agency SANA reported that a farmer was killed, a claim that could not be independently confirmed.',
        ],
        'en',
        '2021-03-02',
      ),
    ).toHaveLength(1);
  });

  it('"وقال المصدر لـ"بغداد اليوم"": the outlet told is no place of the event', () => {
    const drafts = extracted(
      [
        'قتل جنديان بهجوم لمسلحين على ثكنة في ناحية العظيم شمالي ديالى، اليوم الاثنين.',
        'وقال المصدر لـ"بغداد اليوم" إن "الهجوم وقع فجر اليوم".',
      ],
      'ar',
      '2021-03-01',
    );
    expect(drafts).toHaveLength(1);
  });
});

describe('the setting an event came in is no event', () => {
  it('"ويأتي قصف المسلحين في وقت تواصل فيه القوات…": the shelling told, no other', () => {
    expect(
      tolls(
        [
          'أصيب ثلاثة مدنيين بجروح، صباح اليوم، جراء قذائف أطلقها مسلحون على بلدة محردة بريف حماة.',
          'ويأتي قصف المسلحين في وقت تواصل فيه وحدات الجيش استقدام تعزيزات إلى ريفي حماة وإدلب.',
        ],
        'ar',
        '2019-03-11',
      ),
    ).toEqual([{ killed: null, wounded: 3 }]);
  });
});

describe('a town’s earlier fall, told in the pluperfect, is background', () => {
  it('"وكانت قوات النظام سيطرت على البلدة في 3 شباط، بعد معارك خسر خلالها الطرفان العشرات": no incident', () => {
    expect(
      tolls(
        [
          'وكانت قوات النظام سيطرت على اللطامنة في 3 من شباط الماضي، بعد معارك دامت نحو ثلاثة أسابيع خسر خلالها الطرفان العشرات من مقاتليهم.',
        ],
        'ar',
        '2020-03-20',
      ),
    ).toEqual([]);
  });

  it('the launch of a battle told by its noun is background too', () => {
    expect(
      tolls(
        ['ويأتي ذلك بعد أسبوع من إعلان الفصائل بدء معركة لاستعادة القرى في ريف حلب الجنوبي.'],
        'ar',
        '2020-03-20',
      ),
    ).toEqual([]);
  });
});

describe('a lead that names two kinds of blow sums the items after it', () => {
  it('"with clashes and shelling killing at least 11", then the items that do not add up to it', () => {
    expect(
      tolls(
        [
          'Fighting went on for a third day Monday in Diyala province, with clashes and shelling killing at least 11 people, officials said.',
          'In Baquba, gunmen battled police in the western neighborhoods, killing three policemen.',
          'In nearby Khalis, mortar rounds hit a market, killing four people and wounding nine.',
        ],
        'en',
        '2014-03-10',
      ),
    ).toEqual([
      { killed: 3, wounded: null },
      { killed: 4, wounded: 9 },
    ]);
  });
});

describe('people fleeing, or fearing more, is no violent event', () => {
  it('"نزحت 300 عائلة خشية تجدد القصف": no incident', () => {
    expect(
      tolls(
        ['وأفاد مصدر محلي بأن نحو 300 عائلة نزحت من قرى ناحية تل تمر خشية تجدد القصف.'],
        'ar',
        '2019-10-15',
      ),
    ).toEqual([]);
  });

  it('"فيما نزحت مئات العائلات من القرى التي شهدت الاشتباكات": no incident', () => {
    expect(
      tolls(
        ['فيما نزحت مئات العائلات من القرى التي شهدت الاشتباكات نحو مدينة القامشلي.'],
        'ar',
        '2019-10-15',
      ),
    ).toEqual([]);
  });
});

describe('a monitor’s tally over the whole country sums the day everywhere', () => {
  it('"ارتفع إلى 93 عدد القتلى الذين وثقهم المرصد في سوريا اليوم": no incident', () => {
    expect(
      tolls(['من جهة أخرى، ارتفع إلى 93 عدد القتلى الذين وثقهم المرصد في سوريا اليوم.'], 'ar', '2014-05-07'),
    ).toEqual([]);
  });
});

describe('a disengagement line is no clash', () => {
  it('"مخيمات قرب خط فض الاشتباك": no incident', () => {
    expect(
      tolls(
        ['وأضاف التقرير أن آلاف الأشخاص ما زالوا يقيمون في مخيمات قرب خط فض الاشتباك في الجولان.'],
        'ar',
        '2018-10-02',
      ),
    ).toEqual([]);
  });
});

describe('aircraft seen in the sky, with no strike, is no event', () => {
  it('"رصد تحليقاً مكثفاً لطائرات مسيرة في أجواء ريف المالكية": no incident', () => {
    expect(
      tolls(
        ['وكان ناشطون قد رصدوا، يوم أمس الجمعة، تحليقاً مكثفاً لطائرات مسيرة تركية في أجواء ريف المالكية.'],
        'ar',
        '2022-07-16',
      ),
    ).toEqual([]);
  });
});
