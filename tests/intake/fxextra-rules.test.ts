// Rules found on drafted incidents that match no gold (issue 12, fixer fxextra): a source's account of
// the event just told, the dead of a toll who died at once, a lead total that drew on a later
// sentence, where the attackers came from; then (second round) lead totals over scattered events or a
// series, totals over a month or from an onset, a campaign's start, captions, mine clearance; each on
// sentences written for it.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../src/intake/incidents/incidents.js';
import { ingest } from '../../src/intake/ingest.js';
import { splitSentences } from '../../src/intake/article/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';

const extract = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extractIncidents(splitSentences(paragraphs, lang), { lang, published, resolvePlace, titlePlace: null });

/** Each drafted incident's dead and wounded. */
const tolls = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extract(paragraphs, lang, published).map((x) => ({ killed: x.killed, wounded: x.wounded }));

describe("another source's toll of the event just told, the event the subject of its verb", () => {
  it('a quotation opened before the verb (\'أن الهجوم "أسفر عن…"\') still names the event told', () => {
    expect(
      tolls(
        [
          'أعلن مصدر أمني، اليوم الأحد، مقتل جنديين بهجوم لمسلحين على نقطة للجيش في قضاء الحويجة جنوب غربي كركوك.',
          'بالمقابل، ذكر بيان لوزارة الدفاع أن الهجوم "أسفر عن مقتل ثلاثة جنود وإصابة اثنين".',
        ],
        'ar',
        '2022-03-13',
      ),
    ).toEqual([{ killed: 2, wounded: 2 }]);
  });

  it('the side its account names among the dead is not made a doer of the event', () => {
    const [incident, ...rest] = extract(
      [
        'شنت طائرات إسرائيلية فجر اليوم غارات على مواقع في محيط مطار دمشق الدولي، ما أدى إلى مقتل جنديين.',
        'في المقابل، قال المرصد السوري لحقوق الإنسان إن الضربات أسفرت عن مقتل سبعة، هم جنديان في قوات النظام وخمسة مقاتلين موالين لإيران.',
      ],
      'ar',
      '2022-06-10',
    );
    expect(rest).toEqual([]);
    expect(incident!.actors).toEqual(['israel']);
  });
});

describe('the town a news outlet broadcasts from is not where the event happened', () => {
  it('"a state television channel in Baghdad said only five had died": the Anbar blast, told again', () => {
    expect(
      tolls(
        [
          'A car bomb exploded near a market in Falluja on Monday, killing nine people, police said.',
          'A state television channel in Baghdad said only five people had died.',
        ],
        'en',
        '2016-04-12',
      ),
    ).toEqual([{ killed: 9, wounded: null }]);
  });
});

describe('the dead of the toll just told who died at once', () => {
  it('"two guards died at the scene", then "a third died in hospital": three dead of one attack', () => {
    expect(
      tolls(
        [
          'Gunmen attacked a police checkpoint near Tuz Khurmatu late on Friday, killing three policemen, officials said on Saturday.',
          'The district mayor said two policemen from the local force died at the scene, about five kilometres west of Amirli. A third, wounded in the attack, died in hospital early on Saturday.',
        ],
        'en',
        '2020-05-09',
      ),
    ).toEqual([{ killed: 3, wounded: null }]);
  });
});

describe('a lead total that a later sentence went on with', () => {
  it('"استشهد خمسة بقصف على ريفي إدلب وحماة", its items, then "ويأتي هذا القصف…": the items, not the total', () => {
    expect(
      tolls(
        [
          'استشهد خمسة مدنيين جراء قصف مدفعي لقوات النظام على قرى في ريفي إدلب وحماة خلال الساعات الماضية.',
          'وقال مراسل في إدلب إن القذائف سقطت على منازل في بلدة كنصفرة بريف إدلب الجنوبي، ما أدى إلى استشهاد ثلاثة مدنيين.',
          'وفي ريف حماة الشمالي، استشهد مدنيان جراء قصف مدفعي على أطراف بلدة كفرزيتا مساء أمس.',
          'ويأتي هذا القصف في سياق تصعيد متواصل منذ أسبوع، استهدفت خلاله قوات النظام أكثر من 20 قرية في ريفي إدلب وحماة بالقذائف.',
        ],
        'ar',
        '2021-06-20',
      ),
    ).toEqual([
      { killed: 3, wounded: null },
      { killed: 2, wounded: null },
    ]);
  });
});

describe('where the attackers came from', () => {
  it('"the gunmen came from the Makhmour direction": the Kirkuk attack told again, not an Erbil one', () => {
    expect(
      extract(
        [
          'Two farmers were killed and a third wounded late on Sunday when gunmen attacked a village in the Daquq district of Kirkuk province.',
          '"The gunmen came from the Makhmour direction and opened fire on the houses. Two brothers were killed and their cousin was injured," the mayor said.',
        ],
        'en',
        '2019-11-04',
      ).map((x) => ({ governorate: x.place?.governorate?.en, killed: x.killed, wounded: x.wounded })),
    ).toEqual([{ governorate: 'Kirkuk', killed: 2, wounded: 1 }]);
  });

  it('"المهاجمين تسللوا من أطراف مخمور": the place they set out from is not the event\'s', () => {
    expect(
      extract(
        [
          'قتل مزارعان وأصيب ثالث بهجوم لمسلحين على قرية في قضاء داقوق جنوبي كركوك مساء أمس.',
          'وقال مصدر أمني إن المهاجمين تسللوا من أطراف قضاء مخمور وأطلقوا النار على المنازل، ما أدى إلى مقتل مزارعين وإصابة ثالث.',
        ],
        'ar',
        '2019-11-04',
      ).map((x) => x.place?.governorate?.en),
    ).toEqual(['Kirkuk']);
  });
});

describe('operations counted over the span they were announced in', () => {
  it('"أعلن الأسبوع الماضي تنفيذ 12 عملية … أسفرت عن مقتل 15": a tally, not an event', () => {
    expect(
      tolls(
        [
          'قتل ثلاثة مسلحين بضربة جوية نفذها طيران الجيش فجر اليوم على وكر في صحراء الحضر جنوب الموصل.',
          'وكانت قيادة العمليات المشتركة قد أعلنت الأسبوع الماضي تنفيذ 12 عملية في محافظات الأنبار وصلاح الدين وكركوك أسفرت عن مقتل 15 مسلحاً.',
        ],
        'ar',
        '2022-05-11',
      ),
    ).toEqual([{ killed: 3, wounded: null }]);
  });
});

describe('the attack told before, repelled', () => {
  it('"police repelled the assault, killing three of the attackers": its defenders, not its doers', () => {
    const [incident, ...rest] = extract(
      [
        'Two civilians were killed and a third was wounded late on Sunday night when Islamic State militants stormed a village in the Daquq district of Kirkuk province, a local official said on Monday.',
        '"The militants opened fire on the houses. Two brothers were killed and their cousin was injured," he said. Federal police and local volunteers repelled the assault, killing three of the attackers.',
      ],
      'en',
      '2019-10-14',
    );
    expect(rest).toEqual([]);
    expect(incident!.actors).toEqual(['isis']);
  });

  it('"أبطال الجيش تصدوا للهجوم وقتلوا اثنين من الإرهابيين": the attackers killed are the attack\'s', () => {
    const drafted = extract(
      [
        'أعلنت قيادة العمليات، اليوم الثلاثاء، عن استشهاد جنديين وإصابة ثلاثة آخرين بهجوم نفذه عناصر من داعش على نقطة للجيش في قضاء الدبس شمال غربي كركوك.',
        'وذكرت القيادة في بيان أن "مجموعة من عناصر داعش هاجمت فجر اليوم نقطة مرابطة للجيش في قرية تابعة لقضاء الدبس"، مبينة أن "أبطال الجيش تصدوا للهجوم وقتلوا اثنين من الإرهابيين".',
      ],
      'ar',
      '2021-02-02',
    );
    expect(
      drafted.map((x) => ({
        killed: x.killed,
        wounded: x.wounded,
        attackers: x.attackersKilled,
        actors: x.actors,
      })),
    ).toEqual([{ killed: 2, wounded: 3, attackers: 2, actors: ['isis'] }]);
  });
});

describe('the event just told, ranked in its series', () => {
  it('"وهذه الضربة هي الثالثة على ريف حماة خلال الشهر الحالي": no event of the month\'s own', () => {
    expect(
      tolls(
        [
          'قتل ثلاثة مدنيين بغارة جوية استهدفت منزلاً في بلدة اللطامنة بريف حماة الشمالي فجر اليوم.',
          'وهذه الضربة هي الثالثة على ريف حماة خلال الشهر الحالي.',
        ],
        'ar',
        '2019-06-18',
      ),
    ).toEqual([{ killed: 3, wounded: null }]);
  });

  it('"The attack was the latest in a wave of strikes that began on Saturday": one event', () => {
    expect(
      tolls(
        [
          'A drone struck a car near the town of Penjwen on Tuesday, killing two men, local officials said.',
          'The attack was the latest in a wave of drone strikes on villages in Sulaymaniyah province that began on Saturday.',
        ],
        'en',
        '2022-08-10',
      ),
    ).toEqual([{ killed: 2, wounded: null }]);
  });
});

describe('a report told again after its denial', () => {
  it('"denied a report that…", then "a local website had said that 25 were killed": no event', () => {
    expect(
      tolls(
        [
          'The army on Thursday denied a report that an air strike in the Rabia area of Nineveh province had killed 25 civilians, calling the claim baseless.',
          'A website close to a local militia had said on Wednesday that 25 people, including children, were killed and nine wounded when aircraft struck a house in the area.',
        ],
        'en',
        '2023-05-19',
      ),
    ).toEqual([]);
  });

  it('"نفت … ما تداولته وسائل إعلام", then "وكانت وسائل إعلام قد ذكرت أن…": no event', () => {
    expect(
      tolls(
        [
          'نفت قيادة العمليات المشتركة اليوم ما تداولته وسائل إعلام عن مقتل عشرة جنود بكمين في صحراء الأنبار.',
          'وكانت وسائل إعلام محلية قد ذكرت أمس أن عشرة جنود قتلوا وأصيب ستة آخرون بكمين لداعش قرب الرطبة.',
        ],
        'ar',
        '2022-09-14',
      ),
    ).toEqual([]);
  });
});

describe('one of the blows just told, and whom it hit', () => {
  it('"ألقت المروحيات براميل …، استهدف أحدها منزلاً …، فيما قتل رجلان ببرميل آخر": one event', () => {
    expect(
      tolls(
        [
          'قتل خمسة مدنيين وأصيب 12 آخرون، اليوم الثلاثاء، جراء إلقاء مروحيات النظام براميل متفجرة على مدينة اللطامنة بريف حماة الشمالي.',
          'وقال ناشطون إن المروحيات ألقت ستة براميل على المدينة، استهدف أحدها منزلاً لعائلة نازحة من بلدة كفرنبودة، ما أدى إلى مقتل ثلاثة مدنيين، فيما قتل رجلان ببرميل آخر قرب الفرن.',
        ],
        'ar',
        '2016-03-15',
      ),
    ).toEqual([{ killed: 5, wounded: 12 }]);
  });
});

describe('drafts that tell no event (issue 12, second round): totals over scattered events, spans, captions', () => {
  it('a lead toll "في عمليات اغتيال متفرقة" (the kind of events between "في" and "متفرقة") sums the items after it, though they count fewer', () => {
    expect(
      tolls(
        [
          'قتل أربعة أشخاص وأصيب ثلاثة آخرون في عمليات اغتيال متفرقة شهدتها محافظة درعا.',
          'ففي مدينة نوى، أطلق مسلحون مجهولون النار على شاب مساء الأحد، ما أدى إلى مقتله وإصابة مرافقه.',
          'وفي مدينة طفس، عثر الأهالي صباح الاثنين على جثتي رجلين مقتولين بالرصاص.',
        ],
        'ar',
        '2021-05-11',
      ),
    ).toEqual([
      { killed: 1, wounded: 1 },
      { killed: 2, wounded: null },
    ]);
  });

  it('a lead whose counting clause names no place, its sentence several governorates, sums the items of all of them', () => {
    expect(
      tolls(
        [
          'قتل تسعة أشخاص، وأصيب أربعة آخرون، في أعمال عنف شهدتها محافظات بغداد وديالى وصلاح الدين.',
          'ففي بغداد، انفجرت عبوة ناسفة قرب سوق شعبي في منطقة الشعلة، ما أدى إلى مقتل ثلاثة أشخاص وإصابة أربعة آخرين.',
          'وفي ديالى، قتل مسلحون ستة من رعاة الأغنام في قرية قرب بعقوبة.',
        ],
        'ar',
        '2016-04-12',
      ),
    ).toEqual([
      { killed: 3, wounded: 4 },
      { killed: 6, wounded: null },
    ]);
  });

  it('a paragraph wholly in brackets that opens with "(Photo:" is a caption, however long, and no event of its own', () => {
    const result = ingest(
      'Shelling hits Aleppo\n\nRebel shelling on a government-held district of Aleppo killed two people on Tuesday, state media said.\n\n(Photo: Rescuers carry a wounded man after an air strike on a market in the town of Saraqib in Idlib province, Sunday, March 3, 2019. AP Photo)',
      { published: '2019-03-05' },
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.draft.incidents.map((x) => [x.date.from, x.killed])).toEqual([['2019-03-05', 2]]);
  });

  it('one who died "متأثراً بجراحه في أحد مشافي" a city died there, he was not shot there', () => {
    const result = ingest(
      'مقتل مختار في ريف درعا\n\nتوفي مختار إحدى القرى، الذي أصيب برصاص مجهولين قبل أيام، متأثراً بجراحه في أحد مشافي مدينة حمص.',
      { published: '2020-09-16' },
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.draft.incidents.map((x) => [x.killed, x.place?.governorate?.en])).toEqual([[1, 'Daraa']]);
  });

  it('a toll "خلال" a month named without "شهر", and a campaign\'s toll "حتى الآن", are spans, not events', () => {
    expect(
      tolls(
        [
          'وكانت قيادة العمليات قد أعلنت مقتل 11 إرهابياً في عمليات أمنية بصحراء الأنبار خلال تشرين الثاني.',
          'وأسفرت الحملة الأمنية التي انطلقت قبل أسبوعين في ريف الحسكة حتى الآن عن مقتل 7 من عناصر التنظيم.',
        ],
        'ar',
        '2021-12-05',
      ),
    ).toEqual([]);
  });

  it('"since <doer> launched its offensive on <day>" dates a span, not an event on that day', () => {
    expect(
      extract(
        [
          'More than 4,000 people have crossed into Iraq since Turkey launched its offensive in north-east Syria on October 9, aid officials said on Monday.',
        ],
        'en',
        '2019-10-21',
      ),
    ).toEqual([]);
  });

  it('"launched the first phase of an offensive toward X", "launched an offensive on <day> to take X": a campaign\'s start, no event', () => {
    expect(
      extract(
        [
          'Government troops launched the second phase of an offensive toward Raqqa from the Tabqa area on Tuesday.',
          'The army launched an offensive on Sept. 3 to take the last pocket held by the militants near Albu Kamal.',
        ],
        'en',
        '2018-10-10',
      ),
    ).toEqual([]);
  });

  it('"…, which the militants seized in May": a town\'s earlier fall told as background is no event', () => {
    expect(
      extract(
        [
          'The jihadists still hold much of the province, including the town of Hit, which the militants seized in April.',
        ],
        'en',
        '2015-10-22',
      ),
    ).toEqual([]);
  });

  it('clearing mines, or land "contaminated by landmines", told with no one hurt, is no blast', () => {
    expect(
      extract(
        [
          'The UN agency on Tuesday asked donors for $12 million to clear unexploded ordnance in Iraq, where some two million people live in areas contaminated by landmines.',
        ],
        'en',
        '2023-04-04',
      ),
    ).toEqual([]);
    expect(
      extract(
        ['وبدأت فرق الهندسة اليوم الثلاثاء تطهير الأحياء الشرقية من مدينة الرقة من الألغام.'],
        'ar',
        '2018-04-10',
      ),
    ).toEqual([]);
  });

  it('"A string of bombings … killed at least 12" sums the blasts told after it, though they count fewer', () => {
    expect(
      tolls(
        [
          'A string of bombings in and around Baghdad killed at least 12 people on Monday, police said.',
          'In Kadhimiya, a car bomb killed five people and wounded 14.',
          'In Dora, a roadside bomb killed three people and wounded nine.',
        ],
        'en',
        '2014-05-12',
      ),
    ).toEqual([
      { killed: 5, wounded: 14 },
      { killed: 3, wounded: 9 },
    ]);
    // (not the one blow ranked in a series: "the latest in a string of attacks on activists")
    expect(
      tolls(
        [
          'Gunmen shot dead a journalist in Amara late on Monday, the latest in a string of attacks on critics of the armed factions.',
          'On Saturday, attackers wounded two activists in Kut.',
          'Earlier this month, gunmen killed a lawyer in Nasiriyah.',
        ],
        'en',
        '2020-09-15',
      ),
    ).toEqual([
      { killed: 1, wounded: null },
      { killed: null, wounded: 2 },
      { killed: 1, wounded: null },
    ]);
  });

  it('", and at least four were killed by a car bomb in X" opens another clause, as ", and four were killed…" does', () => {
    expect(
      tolls(
        [
          'Three people died when a bomb exploded near a bakery in Shula, and at least six were killed by a car bomb in Husseiniya, where about 15 others were hurt.',
        ],
        'en',
        '2013-08-29',
      ),
    ).toEqual([
      { killed: 3, wounded: null },
      { killed: 6, wounded: 15 },
    ]);
  });

  it('"، والتي تسببت بمقتل 16" after a count since the start of the year is that span\'s dead, a figure, no event', () => {
    const result = ingest(
      'مسيرة تركية تستهدف سيارة عسكرية بريف الحسكة\n\nاستهدفت طائرة مسيرة تركية، مساء الثلاثاء، سيارة عسكرية قرب بلدة عامودا بريف الحسكة، ما أدى إلى مقتل عنصرين من قوات سوريا الديمقراطية.\n\nوبذلك، يرتفع إلى 11 عدد الاستهدافات التي نفذتها المسيرات التركية على مناطق ريف الحسكة منذ مطلع العام 2022، والتي تسببت بمقتل 16 شخصاً، وفقاً لتوثيقات المرصد.',
      { published: '2022-06-01' },
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.draft.incidents.map((x) => [x.killed, x.wounded])).toEqual([[2, null]]);
    expect(result.draft.figures.map((f) => f.value)).toContain(16);
  });
});
