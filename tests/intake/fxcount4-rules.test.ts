// Rules from the fxcount4 round (issue 12, the dead and wounded counted from named people, duals and
// parts): a long force name between a count and its verb, kin killed "along with" one told again,
// a wife joined before "two of his sons", an uncle by his pronoun, "the boys' mother", a count per
// side, "ارتقوا شهداء", "المرتزقة" as attackers, a side's account set against the first, a death
// told twice, and a fight's dead on both sides; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a count, then "of" and a force named at length, then the verb: that count', () => {
  it('"Four members of Iraq\'s Hashed al-Shaabi paramilitary force were killed and three wounded"', () => {
    expect(
      ingested(
        'Paramilitary fighters killed near Samarra',
        [
          "Four members of Iraq's Hashed al-Shaabi paramilitary force were killed and three wounded on Tuesday night when gunmen attacked their checkpoint near Samarra, police said.",
        ],
        '2021-08-04',
      ),
    ).toEqual([{ from: '2021-08-03', to: '2021-08-04', governorate: 'Salahuddin', killed: 4, wounded: 3 }]);
  });
});

describe('the one killed, told again by "the" with some of his own killed along with him', () => {
  it('"shot dead a local official", then "The official … was killed along with two of his guards": three', () => {
    expect(
      ingested(
        'Official shot dead in Daraa',
        [
          'Gunmen shot dead a local official in the city of Daraa on Friday evening, activists said.',
          'The official, named by residents as Ahmad al-Zoubi, was killed along with two of his guards when the attackers opened fire on his car near the main square.',
        ],
        '2020-03-07',
      ),
    ).toEqual([{ from: '2020-03-06', to: '2020-03-06', governorate: 'Daraa', killed: 3, wounded: null }]);
  });
});

describe('one named with the group he is of, then his wife, then some of his sons', () => {
  it('"مقتل ضابط في حرس الحدود وزوجته وثلاثة من أبنائه": five', () => {
    expect(
      ingested(
        'تفجير منزل ضابط في الأنبار',
        [
          'أفاد مصدر أمني، اليوم الأحد، بمقتل ضابط في حرس الحدود وزوجته وثلاثة من أبنائه بتفجير عبوة ناسفة داخل منزلهم في قضاء القائم غربي الأنبار.',
        ],
        '2016-04-10',
      ),
    ).toEqual([{ from: '2016-04-10', to: '2016-04-10', governorate: 'Anbar', killed: 5, wounded: null }]);
  });

  it('"ما أدى إلى مقتله مع زوجته واثنين من أبنائه": four', () => {
    expect(
      ingested(
        'هجوم على منزل مختار في ديالى',
        [
          'هاجم مسلحون مجهولون منزل مختار قرية في قضاء المقدادية بمحافظة ديالى، مساء أمس، ما أدى إلى مقتله مع زوجته واثنين من أبنائه.',
        ],
        '2016-05-03',
      ),
    ).toEqual([{ from: '2016-05-02', to: '2016-05-02', governorate: 'Diyala', killed: 4, wounded: null }]);
  });
});

describe('kin too short to be a person noun alone, counted with the pronoun of whose they are', () => {
  it('"قتل طفل وأصيب عمه بجروح": one dead, one wounded', () => {
    expect(
      ingested(
        'لغم يقتل طفلاً في كركوك',
        [
          'قتل طفل وأصيب عمه بجروح، صباح اليوم الأربعاء، بانفجار لغم قديم في أرض زراعية قرب ناحية الرياض جنوب غربي كركوك.',
        ],
        '2019-04-17',
      ),
    ).toEqual([{ from: '2019-04-17', to: '2019-04-17', governorate: 'Kirkuk', killed: 1, wounded: 1 }]);
  });
});

describe('someone\'s kin, the possessor a noun: "the girls\' father was wounded"', () => {
  it('"Two sisters were killed …, and the girls\' father was wounded": two dead, one wounded', () => {
    expect(
      ingested(
        'Sisters killed by shell in Idlib',
        [
          "Two sisters were killed on Thursday when a shell hit their home in the town of Saraqib in Idlib province, and the girls' father was wounded, rescuers said.",
        ],
        '2019-12-20',
      ),
    ).toEqual([{ from: '2019-12-19', to: '2019-12-19', governorate: 'Idlib', killed: 2, wounded: 1 }]);
  });
});

describe('a count told per side of a fight between two: twice that', () => {
  it('"Three fighters from each side were killed": six', () => {
    expect(
      ingested(
        'Factions clash in Afrin',
        [
          'Clashes erupted on Monday between two Turkish-backed factions in the town of Jindires in Aleppo province over a checkpoint. Three fighters from each side were killed before the military police intervened.',
        ],
        '2021-06-08',
      ),
    ).toEqual([{ from: '2021-06-07', to: '2021-06-07', governorate: 'Aleppo', killed: 6, wounded: null }]);
  });

  it('"ما أسفر عن مقتل عنصرين من كل فصيل": four', () => {
    expect(
      ingested(
        'اقتتال بين فصيلين في عفرين',
        [
          'اندلعت اشتباكات، يوم الاثنين، بين فصيلين في مدينة جنديرس بريف حلب، ما أسفر عن مقتل عنصرين من كل فصيل.',
        ],
        '2021-06-08',
      ),
    ).toEqual([{ from: '2021-06-07', to: '2021-06-07', governorate: 'Aleppo', killed: 4, wounded: null }]);
  });

  it('"killing six fighters, three from each side": six, the split of the count before', () => {
    expect(
      ingested(
        'Factions clash in Afrin',
        [
          'Clashes broke out on Monday between two factions in the town of Jindires in Aleppo province, killing six fighters, three from each side.',
        ],
        '2021-06-08',
      ),
    ).toEqual([{ from: '2021-06-07', to: '2021-06-07', governorate: 'Aleppo', killed: 6, wounded: null }]);
  });
});

describe('"ارتقوا شهداء": the plural of "ارتقى", a killing', () => {
  it('"أن أربعة من عناصر الحشد ارتقوا شهداء وأصيب ثلاثة آخرون": four dead, three wounded', () => {
    expect(
      ingested(
        'هجوم على نقطة للحشد في ديالى',
        [
          'أعلن الحشد الشعبي، اليوم الخميس، أن أربعة من عناصره ارتقوا شهداء وأصيب ثلاثة آخرون بجروح بهجوم على نقطة في قضاء خانقين بمحافظة ديالى.',
        ],
        '2020-09-03',
      ),
    ).toEqual([{ from: '2020-09-03', to: '2020-09-03', governorate: 'Diyala', killed: 4, wounded: 3 }]);
  });
});

describe('"المرتزقة" killed beside a side\'s own dead; a quarter whose name reads "his killing"', () => {
  it('"قتلوا 12 من المرتزقة … وأن اثنين من المقاتلين استشهدوا" at "حي مقتلة": two dead', () => {
    expect(
      ingested(
        'صد هجوم على كوباني',
        [
          'صد المقاتلون مساء أمس الأحد هجوماً على حي مقتلة في مدينة كوباني بريف حلب.',
          'وقالت القيادة في بيان إن مقاتليها قتلوا 12 من المرتزقة خلال صد الهجوم، مشيرة إلى أن اثنين من المقاتلين استشهدوا.',
        ],
        '2014-10-13',
      ),
    ).toEqual([{ from: '2014-10-12', to: '2014-10-12', governorate: 'Aleppo', killed: 2, wounded: null }]);
  });
});

describe('a side set against the first source ("في المقابل، نقلت … عن مصدر"): its account of the event', () => {
  it("three dead in the other side's account after two: one event, the first figure", () => {
    expect(
      ingested(
        'اشتباكات في القامشلي',
        [
          'اندلعت اشتباكات مساء الجمعة بين قوات الأمن الداخلي وعناصر من قوات الحكومة وسط مدينة القامشلي، ما أسفر عن مقتل عنصرين من قوات الحكومة.',
          'في المقابل، نقلت وسائل إعلام رسمية عن مصدر عسكري قوله إن ثلاثة من عناصر الجيش قتلوا برصاص مسلحي الأمن الداخلي.',
        ],
        '2023-02-11',
      ),
    ).toEqual([{ from: '2023-02-10', to: '2023-02-10', governorate: 'Hasakah', killed: 2, wounded: null }]);
  });

  it("wounded at another town in the other side's words after soldiers killed: its own event", () => {
    expect(
      ingested(
        'اشتباكات وقصف في ريف حماة',
        [
          'قتل خمسة عناصر من قوات النظام، اليوم الثلاثاء، في اشتباكات مع فصائل المعارضة قرب بلدة معان بريف حماة.',
          'بالمقابل، قالت وكالة سانا إن أربعة مواطنين أصيبوا بقذائف صاروخية على مدينة السقيلبية في ريف حماة.',
        ],
        '2016-08-23',
      ),
    ).toEqual([
      { from: '2016-08-23', to: '2016-08-23', governorate: 'Hama', killed: 5, wounded: null },
      { from: '2016-08-23', to: '2016-08-23', governorate: 'Hama', killed: null, wounded: 4 },
    ]);
  });
});

describe('a wounded man told dead since in the first telling, then his death told again', () => {
  it('"wounding three, one of whom later died", then "the boy died of his wounds": two dead, two wounded', () => {
    expect(
      ingested(
        'Old mine kills two in Salahuddin',
        [
          'An old landmine exploded under a tractor near the town of Tuz Khurmatu in Salahuddin province on Saturday, killing the driver and wounding three relatives, one of whom later died, officials said.',
          '"His son and two nephews were taken to hospital, and the son died of his wounds on Sunday," the mayor said.',
        ],
        '2021-05-18',
      ),
    ).toEqual([{ from: '2021-05-15', to: '2021-05-15', governorate: 'Salahuddin', killed: 2, wounded: 2 }]);
  });
});

describe("a fight as the subject of the killing: both sides' dead are its toll", () => {
  it('"Fighting around the town killed 11 regime soldiers and 14 jihadists": twenty-five', () => {
    expect(
      ingested(
        'Fighting in southern Idlib',
        [
          'Fighting on Friday around the town of Khan Sheikhun in Idlib province killed 11 regime soldiers and 14 jihadists, the Observatory said on Saturday.',
        ],
        '2019-08-17',
      ),
    ).toEqual([{ from: '2019-08-16', to: '2019-08-16', governorate: 'Idlib', killed: 25, wounded: null }]);
  });
});
