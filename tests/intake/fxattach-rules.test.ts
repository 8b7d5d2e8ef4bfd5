// Rules from the fxattach round (issue 12, which incident a following count belongs to): men counted
// as "its" fighters, a count after an event told as harming no one, the town the wounded are treated
// in, a wounded man told "to die" later ("ليفارق أحدهم الحياة"), a clock's or a month's abbreviation
// that split a sentence, a dateline with a month's abbreviation, a war told by its years, "several
// others" wounded after a part of the dead, "suffered minor injuries", and the hurt of past fighting
// honoured; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('men counted as "its" or "their" own, with no day or spot of their own: the event just told', () => {
  it('"Two of its fighters were wounded in a gunfight" a paragraph after a raid that killed four', () => {
    expect(
      ingested(
        'Tribal force raids hideout in Deir ez-Zor',
        [
          'Fighters of a local tribal force killed four suspected militants in a raid on a farm near the town of Hajin in Deir ez-Zor province on Tuesday, a war monitor said.',
          'The force, which works with the local council, surrounded the farm at dawn after a tip-off. Two of its fighters were wounded in a gunfight, the monitor said.',
        ],
        '2022-03-09',
      ),
    ).toEqual([{ from: '2022-03-08', to: '2022-03-08', governorate: 'Deir ez-Zor', killed: 4, wounded: 2 }]);
  });

  it('"أصيب ثلاثة من رفاقه خلال تبادل لإطلاق النار" a paragraph after an attack that killed a soldier', () => {
    expect(
      ingested(
        'هجوم على نقطة للجيش في ديالى',
        [
          'هاجم مسلحون من داعش، مساء أمس الأحد، نقطة للجيش في قضاء خانقين بمحافظة ديالى، ما أدى إلى استشهاد جندي.',
          'وقال مصدر أمني إن المسلحين تسللوا من بساتين قريبة. وأضاف أن ثلاثة من رفاقه أصيبوا خلال تبادل لإطلاق النار.',
        ],
        '2021-02-15',
      ),
    ).toEqual([{ from: '2021-02-14', to: '2021-02-14', governorate: 'Diyala', killed: 1, wounded: 3 }]);
  });
});

describe('a count after an event told as harming no one: the event before it', () => {
  it('"the shells … caused no casualties", then "the strikes … wounding three soldiers"', () => {
    expect(
      ingested(
        'Israeli strikes on army posts',
        [
          'Israeli warplanes struck Syrian army positions in Quneitra province early Thursday, hours after shells were fired toward the Golan Heights, the Israeli military said.',
          'The shells, fired late Wednesday, landed in an empty field and caused no casualties, the military said.',
          'Syrian state media said the strikes hit an observation post near the town of Khan Arnabah, wounding three soldiers.',
        ],
        '2022-06-16',
      ),
    ).toEqual([{ from: '2022-06-16', to: '2022-06-16', governorate: 'Quneitra', killed: null, wounded: 3 }]);
  });
});

describe('the town the wounded are treated in is not where they were hit', () => {
  it('"Three other policemen were wounded and were being treated in Kirkuk"', () => {
    expect(
      ingested(
        'Attack on police checkpoint',
        [
          'Gunmen attacked a police checkpoint near the town of Tuz Khurmatu in Salahuddin province late Sunday, killing two policemen, a police officer said.',
          'Three other policemen were wounded and were being treated in Kirkuk, he said.',
        ],
        '2021-05-03',
      ),
    ).toEqual([{ from: '2021-05-02', to: '2021-05-02', governorate: 'Salahuddin', killed: 2, wounded: 3 }]);
  });
});

describe('one of the wounded told "to die" later ("ليفارق أحدهم الحياة"): his day and hospital are not the event\'s', () => {
  it('"أسفر في حينه عن استشهاد اثنين وإصابة ثلاثة، ليفارق أحدهم الحياة صباح اليوم في مستشفى الحويجة"', () => {
    expect(
      ingested(
        'ارتفاع حصيلة هجوم على نقطة للشرطة',
        [
          'أعلن مصدر أمني، اليوم الخميس، ارتفاع حصيلة الهجوم على نقطة للشرطة في قضاء الدبس شمال غربي كركوك إلى ثلاثة قتلى، بعد وفاة أحد الجرحى.',
          'وقال المصدر إن "الهجوم وقع مساء الثلاثاء، وأسفر في حينه عن استشهاد اثنين من المنتسبين وإصابة ثلاثة آخرين، ليفارق أحدهم الحياة صباح اليوم في مستشفى الحويجة العام".',
        ],
        '2022-04-14',
      ),
    ).toEqual([{ from: '2022-04-12', to: '2022-04-12', governorate: 'Kirkuk', killed: 3, wounded: 2 }]);
  });
});

describe("a clock's or a month's abbreviation ends no sentence before the day it heads", () => {
  it('"shot down at about 10:15 p.m. Sunday": the day of the drone, not the lead\'s', () => {
    expect(
      ingested(
        'Drones target base in Anbar',
        [
          'Two drones targeted the Ain al-Asad air base in Anbar province early Monday, hours after another drone was shot down near the base, officials said.',
          'The security media cell said in a statement that the first drone was shot down at about 10:15 p.m. Sunday and crashed in the desert.',
        ],
        '2023-10-30',
      ),
    ).toEqual([
      { from: '2023-10-30', to: '2023-10-30', governorate: 'Anbar', killed: null, wounded: null },
      { from: '2023-10-29', to: '2023-10-29', governorate: 'Anbar', killed: null, wounded: null },
    ]);
  });

  it('"Since Oct. 20, … 37 personnel have suffered minor injuries": a span, no event', () => {
    expect(
      ingested(
        'Drone attack on base in Syria',
        [
          'A drone struck a base housing US troops near the al-Shaddadi town in Hasakah province on Saturday, killing a contractor, officials said.',
          'Since Oct. 20, US forces in Iraq and Syria have come under attack at least 50 times, and 37 personnel have suffered minor injuries, mostly concussions.',
        ],
        '2023-11-12',
      ),
    ).toEqual([{ from: '2023-11-11', to: '2023-11-11', governorate: 'Hasakah', killed: 1, wounded: null }]);
  });
});

describe("a dateline's month may be abbreviated", () => {
  it('"BAGHDAD, Feb. 9 (Xinhua) -- …": the place the dateline names is not the event\'s', () => {
    expect(
      ingested(
        'Attacks kill five across Iraq',
        [
          'BAGHDAD, Feb. 9 (Xinhua) -- At least five people were killed on Thursday in separate attacks across Iraq, security sources said.',
        ],
        '2017-02-09',
      ),
    ).toEqual([{ from: '2017-02-09', to: '2017-02-09', governorate: null, killed: 5, wounded: null }]);
  });
});

describe('a war told by its years: its toll is no event', () => {
  it('"more than 90,000 people have been killed in nearly four years of conflict" after a blow that wounded six', () => {
    expect(
      ingested(
        'Mortars wound six in Damascus',
        [
          'Mortar shells wounded six people in the Old City of Damascus on Friday, state media said.',
          'The Observatory says more than 90,000 people have been killed in nearly four years of conflict.',
        ],
        '2015-01-10',
      ),
    ).toEqual([{ from: '2015-01-09', to: '2015-01-09', governorate: 'Damascus', killed: null, wounded: 6 }]);
  });
});

describe('a war told by its age: its toll is no event', () => {
  it('"more than 80,000 have been killed in Iraq\'s two-and-a-half-year-old war" after a blow that wounded four', () => {
    expect(
      ingested(
        'Rocket wounds four in Mosul',
        [
          'A rocket hit a market in the city of Mosul on Tuesday, wounding four people, police said.',
          "Monitors say more than 80,000 people have been killed in Iraq's two-and-a-half-year-old war.",
        ],
        '2016-06-08',
      ),
    ).toEqual([{ from: '2016-06-07', to: '2016-06-07', governorate: 'Nineveh', killed: null, wounded: 4 }]);
  });
});

describe('"two of them …, and several others were wounded": the wounded told by no number', () => {
  it('"five soldiers were killed, three of them officers, and several others were wounded"', () => {
    expect(
      ingested(
        'Ambush kills soldiers in Anbar',
        [
          'Militants ambushed an army convoy near Rutba in Anbar province on Sunday, and a monitor said five soldiers were killed, three of them officers, and several others were wounded.',
        ],
        '2019-04-08',
      ),
    ).toEqual([{ from: '2019-04-07', to: '2019-04-07', governorate: 'Anbar', killed: 5, wounded: null }]);
  });
});

describe('"suffered minor injuries": how bad the wounds were says nothing of who', () => {
  it('"Three U.N. staff members suffered minor injuries" a sentence after the blow', () => {
    expect(
      ingested(
        'Mortar hits compound in Baghdad',
        [
          'A mortar shell struck a compound used by aid groups in Baghdad on Wednesday, officials said.',
          'Three U.N. staff members suffered minor injuries and were treated at the compound, a spokesman said.',
        ],
        '2016-09-22',
      ),
    ).toEqual([{ from: '2016-09-21', to: '2016-09-21', governorate: 'Baghdad', killed: null, wounded: 3 }]);
  });
});

describe('the hurt of past fighting, honoured: no event', () => {
  it('"وشهد الحفل تكريم 25 جريحاً من أبناء المحافظة أصيبوا في المعارك" at a ceremony', () => {
    expect(
      ingested(
        'حفل لذوي الشهداء في الأنبار',
        [
          'أقامت قيادة عمليات الأنبار، اليوم الثلاثاء، حفلاً في مدينة الرمادي لذوي الشهداء بحضور محافظ الأنبار.',
          'وشهد الحفل تكريم 25 جريحاً من أبناء المحافظة أصيبوا في المعارك، بحسب بيان القيادة.',
        ],
        '2022-05-10',
      ),
    ).toEqual([]);
  });
});
