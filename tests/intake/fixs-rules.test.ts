// Rules of where one incident ends and the next begins, and what it counts (issue 12, probe-s), each on
// a sentence written for it.
import { describe, expect, it } from 'vitest';
import { tollsWithAttackers } from '../support/tolls.js';
import { extractIncidents } from '../../src/intake/incidents/incidents.js';
import { splitSentences } from '../../src/intake/article/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';

/** Each drafted incident's day, dead and wounded. */
const drafted = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extractIncidents(splitSentences(paragraphs, lang), { lang, published, resolvePlace, titlePlace: null }).map(
    (x) => ({ from: x.date.from, to: x.date.to, killed: x.killed, wounded: x.wounded }),
  );

describe("a source's account of the lead told by the day it was reported", () => {
  it('"وقالت القيادة إن مسلحين هاجموا الثكنة ليلة أمس": the lead\'s event, dated and counted by that account', () => {
    expect(
      drafted(
        [
          'أفادت قيادة شرطة ديالى، اليوم الأربعاء، بمقتل جندي بهجوم على ثكنة عسكرية شمال قضاء المقدادية.',
          'وقالت القيادة في بيان إن "مسلحين هاجموا الثكنة ليلة أمس الثلاثاء بالأسلحة الرشاشة ما أدى إلى مقتل جندي وإصابة أربعة".',
        ],
        'ar',
        '2022-03-09',
      ),
      // (the night of yesterday runs into the day of the news: date-rules-nights.ts)
    ).toEqual([{ from: '2022-03-08', to: '2022-03-09', killed: 1, wounded: 4 }]);
  });

  it('"the blast initially killed one": the count at the time, overtaken by the lead\'s', () => {
    expect(
      drafted(
        [
          'Police in Kirkuk said on Thursday that three people died in a bombing at a market in Hawija.',
          'The bomb went off on Monday evening and initially killed one shopper and wounded nine, a police spokesman said.',
        ],
        'en',
        '2022-03-10',
      ),
    ).toEqual([{ from: '2022-03-07', to: '2022-03-07', killed: 3, wounded: null }]);
  });
});

describe("the seat of the teller's office is not where the event happened", () => {
  it('"فيما قتل أربعة من المهاجمين، بحسب مصدر في قيادة شرطة محافظة صلاح الدين": the attackers of this attack', () => {
    expect(
      tollsWithAttackers(
        [
          'قتل ثلاثة من عناصر الشرطة وأصيب اثنان بهجوم على نقطة تفتيش قرب قضاء الشرقاط صباح اليوم، فيما قتل أربعة من المهاجمين بينهم انتحاري، بحسب مصدر في قيادة شرطة محافظة صلاح الدين.',
        ],
        'ar',
        '2022-03-10',
      ),
    ).toEqual([{ killed: 3, wounded: 2, attackersKilled: 4 }]);
  });
});

describe('a campaign "since" part of a month is a span, never the day of the event before', () => {
  it('"منذ أوائل آذار الماضي": the day of the shelling told before stays its own', () => {
    expect(
      drafted(
        [
          'قتل مدنيان اليوم الأحد بغارة جوية على مدينة أريحا في ريف إدلب.',
          'كما أصيب أربعة مدنيين بجروح بقصف مدفعي على بلدة كنصفرة.',
          'وتتعرض المنطقة لحملة قصف عنيفة منذ أوائل آذار الماضي، أدت إلى نزوح آلاف العائلات.',
        ],
        'ar',
        '2020-04-12',
      ),
    ).toEqual([
      { from: '2020-04-12', to: '2020-04-12', killed: 2, wounded: null },
      { from: '2020-04-12', to: '2020-04-12', killed: null, wounded: 4 },
    ]);
  });
});

describe('"وذلك في …" says where and when the killing just told was', () => {
  it('"وذلك أثناء عملهما في أرضهما مساء أمس": the day of the killing told before it', () => {
    expect(
      drafted(
        [
          'وثق ناشطون مقتل مزارع وابن عمه برصاص مسلحين مجهولين في ريف الرقة الشرقي، وذلك أثناء عملهما في أرضهما مساء أمس، قبل أن يلوذ المسلحون بالفرار.',
        ],
        'ar',
        '2021-09-15',
      ),
    ).toEqual([{ from: '2021-09-14', to: '2021-09-14', killed: 2, wounded: null }]);
  });

  it('"It happened late on Monday": the day of the shooting told before it', () => {
    expect(
      drafted(
        [
          'Two farmers were shot dead by unidentified gunmen in the eastern Raqqa countryside, activists said on Wednesday. It happened late on Monday as they worked their land.',
        ],
        'en',
        '2021-09-15',
      ),
    ).toEqual([{ from: '2021-09-13', to: '2021-09-13', killed: 2, wounded: null }]);
  });
});

describe('"منذ" with a time and "when" is "ago"', () => {
  it('"كان آخره منذ ثلاثة أيام حين قتل…": the earlier strike three days before publication', () => {
    expect(
      drafted(
        [
          'قتل مدنيان بقصف مدفعي على بلدة سرمين في ريف إدلب صباح اليوم.',
          'وتتعرض البلدة لقصف متكرر، كان آخره منذ ثلاثة أيام حين قتل خمسة مدنيين في غارة على سوق قرية النيرب القريبة.',
        ],
        'ar',
        '2020-02-20',
      ),
    ).toEqual([
      { from: '2020-02-20', to: '2020-02-20', killed: 2, wounded: null },
      { from: '2020-02-17', to: '2020-02-17', killed: 5, wounded: null },
    ]);
  });
});

describe('"a week ago" is about seven days before: five to nine', () => {
  it('"killed a week ago": 11–15 February, told on the 20th', () => {
    expect(
      drafted(
        [
          'Three shepherds were killed a week ago when a landmine exploded near the town of Sinjar in Nineveh.',
        ],
        'en',
        '2020-02-20',
      ),
    ).toEqual([{ from: '2020-02-11', to: '2020-02-15', killed: 3, wounded: null }]);
  });
});

describe('others named by their hurt alone are not more dead', () => {
  it('"أدت إلى مقتل تسعة مدنيين وإصابة آخرين": the nine told before, not nine more', () => {
    expect(
      drafted(
        [
          'قتل تسعة مدنيين بغارة جوية على بلدة سرمين في ريف إدلب صباح اليوم.',
          'وقال الدفاع المدني إن الغارة استهدفت سوق البلدة ما أدى إلى مقتل تسعة مدنيين وإصابة آخرين بجروح.',
        ],
        'ar',
        '2020-02-20',
      ),
    ).toEqual([{ from: '2020-02-20', to: '2020-02-20', killed: 9, wounded: null }]);
  });

  it('"killing nine people and wounding others": the nine told before, not nine more', () => {
    expect(
      drafted(
        [
          'Nine civilians were killed on Thursday in an air strike on the town of Sarmin in Idlib.',
          'The strike hit the town market, killing nine people and wounding others, the civil defence said.',
        ],
        'en',
        '2020-02-20',
      ),
    ).toEqual([{ from: '2020-02-20', to: '2020-02-20', killed: 9, wounded: null }]);
  });
});

describe('the launch of an offensive to take a place is no incident', () => {
  it('"launched their offensive to recapture Raqqa on June 6": the campaign told as background', () => {
    expect(
      drafted(
        [
          'A roadside bomb killed four civilians on a road west of Raqqa on Monday, a local official said.',
          'The Syrian Democratic Forces launched their offensive to recapture Raqqa on June 6 and have since taken most of the city.',
        ],
        'en',
        '2017-09-12',
      ),
    ).toEqual([{ from: '2017-09-11', to: '2017-09-11', killed: 4, wounded: null }]);
  });

  it('"أطلقت القوات عملية لتحرير الموصل في 17 تشرين الأول": the campaign told as background', () => {
    expect(
      drafted(
        [
          'قتل ثلاثة مدنيين بانفجار عبوة ناسفة في سوق شعبي شرقي الموصل اليوم الثلاثاء.',
          'وكانت القوات العراقية قد أطلقت عملية عسكرية واسعة لتحرير الموصل في 17 تشرين الأول الماضي.',
        ],
        'ar',
        '2017-01-24',
      ),
    ).toEqual([{ from: '2017-01-24', to: '2017-01-24', killed: 3, wounded: null }]);
  });
});

describe('one person after "أن", told by what they were doing', () => {
  it('"أن طفلاً كان يلعب قرب منزله أصيب": one wounded', () => {
    expect(
      drafted(
        [
          'وأفاد مصدر محلي أن طفلاً كان يلعب قرب منزله أصيب بشظية قذيفة سقطت على بلدة نوى في ريف درعا الغربي اليوم.',
        ],
        'ar',
        '2023-05-10',
      ),
    ).toEqual([{ from: '2023-05-10', to: '2023-05-10', killed: null, wounded: 1 }]);
  });
});

describe('"the incident" is the event just told', () => {
  it('"أن مزارعاً أصيب … خلال الحادثة، ونقل إلى المشفى": one more hurt in the shooting told before', () => {
    expect(
      drafted(
        [
          'قتل رجلان برصاص مسلحين مجهولين في بلدة نوى بريف درعا الغربي مساء أمس.',
          'وقال المراسل إن القتيلين من أبناء البلدة، وكان أحدهما مدرساً.',
          'وأضاف أن مزارعاً أصيب بطلق ناري في قدمه خلال الحادثة، ونقل إلى المشفى الوطني في مدينة درعا.',
        ],
        'ar',
        '2023-05-10',
      ),
    ).toEqual([{ from: '2023-05-09', to: '2023-05-09', killed: 2, wounded: 1 }]);
  });

  it('"A farmer was wounded in the incident and taken to hospital": one more hurt in the shooting told before', () => {
    expect(
      drafted(
        [
          'Two men were shot dead by unidentified gunmen in the town of Nawa in western Daraa on Tuesday evening.',
          'Both were from the town, and one was a teacher, the correspondent said.',
          'A farmer was wounded in the incident and taken to the national hospital in the city of Daraa, he added.',
        ],
        'en',
        '2023-05-10',
      ),
    ).toEqual([{ from: '2023-05-09', to: '2023-05-09', killed: 2, wounded: 1 }]);
  });
});

describe("a second source's toll, one apart, of the undated lead's blow", () => {
  it('"وذكر مصدر في قيادة شرطة حلب أن مسلحين أطلقوا ظهر اليوم ثلاث قذائف … مقتل أربعة": the lead\'s five, in other figures', () => {
    expect(
      drafted(
        [
          'قتل خمسة مدنيين وأصيب ثمانية آخرون بقذائف هاون سقطت على حي الميدان في مدينة حلب.',
          'وذكر مصدر في قيادة شرطة حلب أن مسلحين متمركزين في حي بستان القصر أطلقوا ظهر اليوم ثلاث قذائف هاون سقطت إحداها قرب مدرسة في الحي، ما أدى إلى مقتل أربعة مدنيين وإصابة ثمانية آخرين.',
        ],
        'ar',
        '2016-11-02',
      ),
    ).toEqual([{ from: '2016-11-02', to: '2016-11-02', killed: 5, wounded: 8 }]);
  });
});
