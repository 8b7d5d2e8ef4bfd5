// Rules found on the casualty misses left in the older open batches (issue 12), each on a sentence written for it.
import { describe, expect, it } from 'vitest';
import { tolls, draftedIncidents } from '../support/tolls.js';
import { extractIncidents } from '../../src/intake/incidents/incidents.js';
import { splitSentences } from '../../src/intake/article/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';

/** Each incident's dead and wounded in the draft of an article (its title names the place). */
const drafted = (title: string, paragraphs: string[], published: string) =>
  draftedIncidents(`${title}\n\n${paragraphs.join('\n\n')}`, published).map((x) => ({
    killed: x.killed,
    wounded: x.wounded,
  }));

describe('the day of a date is not a count', () => {
  it('"وأصيب آخرون، يوم الأحد ١٥ من آذار": others wounded, no fifteen', () => {
    expect(
      tolls(
        ['قتل ثلاثة مدنيين وأصيب آخرون، يوم الأحد ١٥ من آذار، بقصف مدفعي على بلدة معرة النعمان جنوبي إدلب.'],
        'ar',
        '2020-03-15',
      ),
    ).toEqual([{ killed: 3, wounded: null }]);
  });

  it('"وأصيب آخرون فجر السبت 4 نيسان": others wounded, no four', () => {
    expect(
      tolls(
        ['قتل شرطي وأصيب آخرون فجر السبت 4 نيسان بانفجار عبوة ناسفة في سوق قضاء الخالص بمحافظة ديالى.'],
        'ar',
        '2020-04-04',
      ),
    ).toEqual([{ killed: 1, wounded: null }]);
  });
});

describe('a toll that rose, and the count before it', () => {
  it('"The death toll from … has risen to 12", however long the words between', () => {
    expect(
      tolls(
        [
          "The death toll from Thursday's suicide bombing at a crowded army checkpoint on the main road south of Tikrit city has risen to 12, police said.",
        ],
        'en',
        '2021-06-04',
      ),
    ).toEqual([{ killed: 12, wounded: null }]);
  });

  it('"has risen to seven", then "Four … were killed in the first assault": the count before it rose', () => {
    expect(
      drafted(
        'Toll of IS attack on Kirkuk village rises to seven',
        [
          'The death toll from an Islamic State attack on a farming village late on Sunday has risen to seven, after three of the wounded died in hospital, a doctor said on Tuesday.',
          'The militants came on motorcycles. Four people, among them two police officers guarding the village, were killed in the first assault, local officials said on Monday.',
        ],
        '2021-06-08',
      ),
    ).toEqual([{ killed: 7, wounded: null }]);
  });
});

describe('the wounded still in care', () => {
  it('"Nine others are still being treated": nine wounded, where none were counted', () => {
    expect(
      tolls(
        [
          'A bomb exploded in a vegetable market in Baquba on Friday, killing three people, police said.',
          'Nine others are still being treated in hospital, a doctor said.',
        ],
        'en',
        '2021-06-04',
      ),
    ).toEqual([{ killed: 3, wounded: 9 }]);
  });

  it('"فيما لا يزال تسعة مصابين يتلقون العلاج": nine wounded, where none were counted', () => {
    expect(
      tolls(
        [
          'قتل ثلاثة أشخاص بانفجار عبوة ناسفة في سوق للخضار بمدينة بعقوبة اليوم الجمعة، فيما لا يزال تسعة مصابين يتلقون العلاج.',
        ],
        'ar',
        '2021-06-04',
      ),
    ).toEqual([{ killed: 3, wounded: 9 }]);
  });
});

describe('one person, named by the noun alone', () => {
  it('"إضافة إلى طفل أصيب بجروح": one wounded beside the dead', () => {
    expect(
      tolls(
        [
          'قتل جنديان بانفجار لغم أرضي بدورية للجيش في ريف درعا الشرقي اليوم الأحد.',
          'وقال مصدر طبي إن المشفى استقبل جثتي الجنديين، إضافة إلى طفل أصيب بجروح طفيفة كان يرعى الأغنام قرب المكان.',
        ],
        'ar',
        '2021-03-07',
      ),
    ).toEqual([{ killed: 2, wounded: 1 }]);
  });

  it('"A passer-by was wounded": one wounded beside the dead', () => {
    expect(
      tolls(
        [
          'Gunmen shot dead a local council member in the town of Tafas in Daraa province on Monday.',
          'A passer-by was wounded by a stray bullet, a local source said.',
        ],
        'en',
        '2021-03-08',
      ),
    ).toEqual([{ killed: 1, wounded: 1 }]);
  });
});

describe('a lead total placed nowhere', () => {
  it('sums an item at a village the gazetteer does not know', () => {
    expect(
      tolls(
        [
          'Air strikes killed at least 12 civilians across north-west Syria on Sunday, rescuers said.',
          'Seven people were killed when jets struck a market in the town of Saraqib in Idlib province.',
          'A barrel bomb hit a house in the hamlet of Khirbet Umm Zaytun, killing a woman and her four children, the rescuers said.',
        ],
        'en',
        '2021-03-08',
      ),
    ).toEqual([
      { killed: 7, wounded: null },
      { killed: 5, wounded: null },
    ]);
  });

  it('"قتل 12 مدنياً … على شمال غربي سوريا" sums the item at an unknown village', () => {
    expect(
      tolls(
        [
          'قتل 12 مدنياً بغارات جوية على شمال غربي سوريا اليوم الأحد، بحسب الدفاع المدني.',
          'وقتل سبعة أشخاص بغارة على سوق في مدينة سراقب بريف إدلب.',
          'كما قتل خمسة مدنيين بغارة على منزل في قرية خربة أم زيتون.',
        ],
        'ar',
        '2021-03-07',
      ),
    ).toEqual([
      { killed: 7, wounded: null },
      { killed: 5, wounded: null },
    ]);
  });
});

describe('a lead total with a side told as a floor', () => {
  it('"killed nine and wounded more than 20" over items of 5/12 and 4/10: the total goes', () => {
    expect(
      tolls(
        [
          'Government air strikes killed nine civilians and wounded more than 20 in Idlib province on Monday, rescuers said.',
          'In the town of Saraqib, five people were killed and 12 wounded when jets hit a market.',
          'In the city of Ariha, four people were killed and ten wounded in a strike on a residential building.',
        ],
        'en',
        '2021-03-08',
      ),
    ).toEqual([
      { killed: 5, wounded: 12 },
      { killed: 4, wounded: 10 },
    ]);
  });

  it('"قتل تسعة وجرح أكثر من 20" over items of 5/12 and 4/10: the total goes', () => {
    expect(
      tolls(
        [
          'قتل تسعة مدنيين وجرح أكثر من 20 آخرين بغارات جوية على محافظة إدلب اليوم الاثنين.',
          'وفي مدينة سراقب، قتل خمسة أشخاص وجرح 12 بغارة على سوق شعبي.',
          'وفي مدينة أريحا، قتل أربعة أشخاص وجرح عشرة بغارة على بناء سكني.',
        ],
        'ar',
        '2021-03-08',
      ),
    ).toEqual([
      { killed: 5, wounded: 12 },
      { killed: 4, wounded: 10 },
    ]);
  });
});

describe('a vague count retells only a kind the event has counted', () => {
  it('"ما بين خمسة وسبعة أصيبوا" at another named spot, after "قتل رجل وابنه": another event', () => {
    expect(
      drafted(
        'غارات على أحياء حلب الشرقية',
        [
          'قتل رجل وابنه بغارة جوية على حي بستان الباشا اليوم الثلاثاء.',
          'وأضاف الدفاع المدني أن ما بين خمسة وسبعة من متطوعيه أصيبوا بجروح إثر غارة استهدفت مركزه في حي الكلاسة.',
        ],
        '2016-08-09',
      ),
    ).toEqual([
      { killed: 2, wounded: null },
      { killed: null, wounded: { low: 5, high: 7 } },
    ]);
  });
});

describe('two barrel bombs (a dual) name the event', () => {
  it('"ألقت برميلين متفجرين … ما أدى إلى مقتل ثلاثة": an item of its own, no source retelling the lead', () => {
    expect(
      tolls(
        [
          'قتل سبعة مدنيين بقصف جوي على أحياء مدينة حلب اليوم الثلاثاء.',
          'وقال ناشطون إن مروحية ألقت برميلين متفجرين على حي الكلاسة، ما أدى إلى مقتل ثلاثة مدنيين.',
        ],
        'ar',
        '2016-08-09',
      ),
    ).toEqual([
      { killed: 7, wounded: null },
      { killed: 3, wounded: null },
    ]);
  });
});

describe('"and N other militants": the first one counted is one of them', () => {
  it('"killed a senior Islamic State commander and three other militants": four militants, the raid\'s dead', () => {
    expect(
      tolls(
        [
          'Iraqi special forces killed a senior Islamic State commander and three other militants in an air-landed raid in the Hamrin mountains in Salahuddin province on Sunday.',
        ],
        'en',
        '2021-03-07',
      ),
    ).toEqual([{ killed: 4, wounded: null }]);
  });

  it('"مقتل قيادي وثلاثة من المهاجمين الآخرين": four attackers, no victim: they are its dead', () => {
    const [incident] = extractIncidents(
      splitSentences(
        [
          'هاجم مسلحون من داعش موقعاً للجيش في جبال حمرين بمحافظة صلاح الدين اليوم الأحد، وأسفر الاشتباك عن مقتل قيادي وثلاثة من المهاجمين الآخرين.',
        ],
        'ar',
      ),
      { lang: 'ar', published: '2021-03-07', resolvePlace, titlePlace: null },
    );
    expect([incident?.killed, incident?.attackersKilled]).toEqual([4, null]);
  });
});

describe("the teller's place is not the event's", () => {
  it('"بينما أفاد الدفاع المدني في حلب بأن فرقه انتشلت جثث تسعة": the same event, in that source\'s figures', () => {
    expect(
      tolls(
        [
          'قتل ستة مدنيين بقصف مدفعي على حي الفردوس شرقي مدينة حلب مساء أمس الأحد.',
          'وقال ناشطون إن ستة مدنيين قتلوا في القصف، بينما أفاد الدفاع المدني في حلب بأن فرقه انتشلت جثث تسعة أشخاص من تحت الأنقاض.',
        ],
        'ar',
        '2016-11-21',
      ),
    ).toEqual([{ killed: 6, wounded: null }]);
  });
});

describe('a lead with no figure over items with theirs', () => {
  it('"قتل وجرح مدنيون … في ريفي إدلب الجنوبي وحماة الشمالي", then the items: no event of its own', () => {
    expect(
      tolls(
        [
          'قتل وجرح مدنيون، اليوم الأحد 7 آذار، جراء غارات جوية استهدفت بلدات في ريفي إدلب الجنوبي وحماة الشمالي.',
          'وقال الدفاع المدني إن ثلاثة مدنيين قتلوا وأصيب خمسة بغارات على مدينة سراقب جنوبي إدلب.',
          'كما أسفر قصف مدفعي على بلدة اللطامنة شمالي حماة عن سقوط ستة مدنيين بين قتيل وجريح.',
        ],
        'ar',
        '2021-03-07',
      ),
    ).toEqual([
      { killed: 3, wounded: 5 },
      { killed: null, wounded: null },
    ]);
  });
});

describe('"All three were killed": the group just named, counted again', () => {
  it('the attackers who stormed the checkpoint, no event of their own', () => {
    expect(
      drafted(
        'Suicide attackers kill six policemen in Anbar',
        [
          'Gunmen attacked a police checkpoint near Rutba in Anbar province on Thursday, killing six policemen, police said.',
          'Three attackers wearing explosive vests stormed the checkpoint.',
          'All three were killed, the source added.',
        ],
        '2021-03-05',
      ),
    ).toEqual([{ killed: 6, wounded: null }]);
  });
});

describe('the count before the toll rose, told with its own day', () => {
  it('"killing its driver and wounding two" on Sunday, after "raising the death toll to two" by Tuesday', () => {
    expect(
      drafted(
        'Farmer wounded in drone strike dies',
        [
          'A farmer wounded in a Turkish drone strike near Amedi in Duhok province on Sunday died in hospital on Tuesday, raising the death toll of the strike to two, officials said.',
          'The drone hit a tractor near the village of Bersive on Sunday afternoon, killing its driver and wounding two farmers nearby.',
        ],
        '2021-03-10',
      ),
    ).toEqual([{ killed: 2, wounded: 1 }]);
  });
});

describe('a span that ranks the event is not its date', () => {
  it('"the second in the city this week": no event of this week beside the bombing', () => {
    expect(
      drafted(
        'Car bomb kills seven in Baghdad market',
        [
          'A car bomb exploded near a busy market in the Sadr City district of Baghdad late on Monday, killing seven people, police said on Tuesday.',
          'Police initially said four people had died.',
          'No group immediately claimed responsibility for the explosion, the second in the city this week.',
        ],
        '2021-03-09',
      ),
    ).toEqual([{ killed: 7, wounded: null }]);
  });
});
