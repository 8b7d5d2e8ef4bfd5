import { describe, expect, it } from 'vitest';
import { findActorMentions } from '../../src/intake/actors/actor-table.js';
import { actorRoles } from '../../src/intake/actors/actors.js';
import { analyseClause } from '../../src/intake/incidents/clause.js';
import { findDates } from '../../src/intake/dates/dates.js';
import { extractIncidents } from '../../src/intake/incidents/incidents.js';
import { sameEvent, type EventMention } from '../../src/intake/incidents/same-event.js';
import { splitSentences } from '../../src/intake/article/sentences.js';
import { matchView } from '../../src/intake/reading/view.js';
import { resolvePlace } from '../../src/places/resolve.js';
import { extracted } from '../support/tolls.js';

// Rules found by the held-out probe (tests/intake/probe/), each tested on examples of its own.

const summary = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extracted(paragraphs, lang, published).map((x) => [x.place.governorate?.en ?? null, x.killed, x.wounded]);

describe('a lead total is told before what it sums', () => {
  it('two events in one sentence are two, even when one toll is the sum of the others', () => {
    // 2 killed by the mine; the gunmen's 1 and the next paragraph's 1 add up to 2
    expect(
      summary(
        [
          'قتل راعيان بانفجار لغم قرب بلدة السوسة، فيما قتل شرطي وأصيب اثنان بهجوم على مخفر في بلدة هجين بريف دير الزور، الأحد.',
          'وكان مجهولون قد قتلوا معلما مساء أمس في بلدة الشعفة.',
        ],
        'ar',
        '2022-03-06',
      ),
    ).toEqual([
      ['Deir ez-Zor', 2, null],
      ['Deir ez-Zor', 1, 2],
      ['Deir ez-Zor', 1, null],
    ]);
  });
});

describe('dates: nights and evenings', () => {
  const range = (text: string, published: string) =>
    findDates(matchView(text), { published, anchor: null }).map((d) => [d.date.from, d.date.to]);

  it('"overnight Friday into Saturday" is the night between those two days, told on a later day', () => {
    // published Monday 2022-05-09
    expect(range('shelling overnight Friday into Saturday', '2022-05-09')[0]).toEqual([
      '2022-05-06',
      '2022-05-07',
    ]);
    expect(range('the night of Friday to Saturday', '2022-05-09')[0]).toEqual(['2022-05-06', '2022-05-07']);
  });

  it('"مساء أمس" (yesterday evening) is yesterday, not the night into today', () => {
    expect(range('قتل مزارع مساء أمس', '2022-05-09')[0]).toEqual(['2022-05-08', '2022-05-08']);
    // "الليلة الماضية" (last night) still spans the two days
    expect(range('قتل مزارع الليلة الماضية', '2022-05-09')[0]).toEqual(['2022-05-08', '2022-05-09']);
  });
});

describe('"another attack": a second event of its kind, whatever its toll', () => {
  const mention = (over: Partial<EventMention>): EventMention => ({
    date: { from: '2022-05-09', to: '2022-05-09', precision: 'day' },
    place: {
      country: 'IQ',
      governorate: { en: 'Kirkuk', ar: 'كركوك' },
      district: { en: 'Hawija', ar: 'الحويجة' },
      locality: null,
      precision: 'district',
      text: 'الحويجة',
    },
    event: { type: 'battles', subType: 'armed_clash' },
    actors: ['isis'],
    targets: [],
    suspected: [],
    killed: 1,
    wounded: 2,
    attackersKilled: null,
    sentences: [0],
    checks: [],
    separate: false,
    ...over,
  });

  it('the same day, place and toll are one event unless the text counts a second one', () => {
    expect(sameEvent(mention({}), mention({ sentences: [3] }))).toBe(true);
    expect(sameEvent(mention({}), mention({ sentences: [3], another: true }))).toBe(false);
  });

  it('two events hitting different forces are two', () => {
    expect(
      sameEvent(mention({ targets: ['pmf'] }), mention({ sentences: [3], targets: ['iraqi_police'] })),
    ).toBe(false);
  });

  it('in an article: two attacks with equal tolls on one night stay two', () => {
    const incidents = extracted(
      [
        'قتل جندي وأصيب اثنان بهجوم لداعش على ثكنة في قضاء الحويجة مساء الأحد.',
        'وفي هجوم آخر، استهدف مسلحو التنظيم نقطة ثانية للجيش في القضاء نفسه، ما أدى إلى مقتل جندي وإصابة اثنين.',
      ],
      'ar',
      '2022-05-09',
    );
    expect(incidents.map((x) => [x.place.district?.en, x.killed, x.wounded, x.actors])).toEqual([
      ['Hawija', 1, 2, ['isis']],
      ['Hawija', 1, 2, ['isis']],
    ]);
  });

  it('"another soldier was wounded", "وأصيب آخر" are more victims of the same event', () => {
    expect(
      extracted(
        ['A sniper killed a soldier in Hawija on Sunday, and another soldier was wounded.'],
        'en',
        '2022-05-09',
      ),
    ).toHaveLength(1);
  });
});

describe('actors', () => {
  const roles = (text: string) => {
    const view = matchView(text);
    return actorRoles(view, findActorMentions(view));
  };

  it('a force that tells the news may also be the one that acted, later in the sentence', () => {
    const said = 'أعلن الجيش العراقي مقتل ثلاثة من داعش بعملية نفذتها قوات الجيش في وادي حوران';
    expect(analyseClause(said, 'ar', '2022-05-09', null, () => null)).toMatchObject({
      actors: ['iraqi_army'],
      targets: ['isis'],
    });
  });

  it('a count before an event word counts the victims, not the group named after it', () => {
    expect(roles('أصيب اثنان بهجوم لداعش').actors).toEqual(['isis']);
    expect(roles('two were hurt in an attack by ISIS').actors).toEqual(['isis']);
  });

  it('an officer of a force, or a second post of it, is the one hit', () => {
    expect(roles('مقتل ضابط في الشرطة بانفجار عبوة').targets).toEqual(['iraqi_police']);
    expect(roles('استهدف مسلحو التنظيم نقطة ثانية للحشد العشائري')).toEqual({
      actors: ['isis'],
      targets: ['tribal_mobilisation'],
      suspected: [],
    });
  });
});

describe('places', () => {
  it('"جزيرة" (the river island) marks the name after it as a place', () => {
    expect(resolvePlace('في جزيرة سامراء', 'ar')?.governorate?.en).toBe('Salahuddin');
  });

  it('Qarahanjir, east of Kirkuk, in its spellings', () => {
    for (const [text, lang] of [
      ['ناحية قرة هنجير', 'ar'],
      ['in Qara Hanjir', 'en'],
    ] as const)
      expect(resolvePlace(text, lang)?.locality?.en).toBe('Qarahanjir');
  });
});

describe('not incidents: mass graves and exhumed remains', () => {
  it('a grave of earlier victims opened today is no event of the news, in either language', () => {
    expect(
      extracted(
        [
          'باشرت فرق الطب العدلي، اليوم الأحد، بفتح مقبرة جماعية في قضاء الحضر تضم رفات 17 ضحية أعدمهم تنظيم داعش.',
          'واستخرجت الفرق رفات أكثر من 400 شخص من مقابر المحافظة.',
        ],
        'ar',
        '2022-05-08',
      ),
    ).toEqual([]);
    expect(
      extracted(
        ['Teams exhumed the remains of 23 people from a mass grave near Badush on Sunday.'],
        'en',
        '2022-05-09',
      ),
    ).toEqual([]);
  });
});

describe('two towns in one sentence', () => {
  it('", while in Y gunmen killed…": a clause at another town of the same governorate is another event', () => {
    expect(
      extracted(
        ['In Hilla, a bomb wounded three people, while in Musayyib gunmen killed a trader.'],
        'en',
        '2022-05-09',
      ).map((x) => [x.place.district?.en, x.killed, x.wounded, x.event.subType]),
    ).toEqual([
      ['Hilla', null, 3, 'remote_explosive_landmine_ied'],
      ['Musayyib', 1, null, 'attack'],
    ]);
  });

  it('"…hit the village of X, killing…, and the town of Y, killing…": two events of the same strike', () => {
    const incidents = extracted(
      [
        'Government shelling killed nine civilians on Friday in southern Idlib.',
        'The shelling hit the village of Kansafra, killing six people, and the town of Darkush, killing three and wounding two.',
      ],
      'en',
      '2022-05-09',
    );
    // the lead sums them; its doer is theirs
    expect(
      incidents.map((x) => [x.place.district?.en, x.killed, x.wounded, x.event.subType, x.actors]),
    ).toEqual([
      ['Ariha', 6, null, 'shelling_artillery_missile_attack', ['syrian_army']],
      ['Jisr al-Shughur', 3, 2, 'shelling_artillery_missile_attack', ['syrian_army']],
    ]);
  });

  it('a lead total that names no governorate sums events of any, whatever the title names first', () => {
    const incidents = extractIncidents(
      splitSentences(
        [
          'Five people were killed in recent violence across Iraq.',
          'In Jurf al-Sakhar, gunmen killed two farmers.',
          'A Turkish airstrike killed three PKK militants near Batifa.',
        ],
        'en',
      ),
      {
        lang: 'en',
        published: '2022-05-09',
        resolvePlace,
        titlePlace: resolvePlace('7 killed in Babil and Duhok', 'en'),
      },
    );
    expect(incidents.map((x) => [x.place.governorate?.en, x.killed])).toEqual([
      ['Babil', 2],
      ['Duhok', 3],
    ]);
  });
});

describe('numbers', () => {
  it('"half a million", "نصف مليون"; duals: "ملياري دينار", "راعيان"', async () => {
    const { findNumbers } = await import('../../src/intake/reading/numbers.js');
    const values = (text: string) => findNumbers(matchView(text)).map((n) => n.value);
    expect(values('killed more than half a million people')).toEqual([500000]);
    expect(values('نزوح نحو نصف مليون شخص')).toEqual([500000]);
    expect(values('خصصت الوزارة ملياري دينار')).toEqual([2e9]);
    expect(summary(['قتل راعيان بانفجار لغم في قضاء سنجار يوم السبت.'], 'ar', '2022-05-09')).toEqual([
      ['Nineveh', 2, null],
    ]);
  });
});

describe('counts', () => {
  const casualties = (text: string, lang: 'ar' | 'en') =>
    analyseClause(text, lang, '2022-05-09', null, () => null).casualties;

  it('"ثلاثة من عناصر الشرطة قد أصيبوا", "أحد الجنود أصيب": a count before a passive verb, through a partitive and "قد"', () => {
    expect(casualties('وكان أربعة من عناصر الشرطة قد أصيبوا بانفجار عبوة', 'ar').wounded).toBe(4);
    expect(casualties('وأضاف أن أحد الجنود أصيب بجروح طفيفة', 'ar').wounded).toBe(1);
  });

  it('a count of things before "adding that the wounded…" counts no one', () => {
    expect(
      casualties(
        'The shell hit a school, damaging three classrooms, the mayor said, adding that the wounded were pupils.',
        'en',
      ).wounded,
    ).toBeNull();
  });

  it('"documented the deaths of 90 fighters over the past year" is an aggregate, not an event', () => {
    expect(
      analyseClause(
        'The monitor documented the deaths of 90 fighters over the past year.',
        'en',
        '2022-05-09',
        null,
        () => null,
      ).aggregate,
    ).toBe(true);
  });
});

describe('more of the event just told', () => {
  it('a new paragraph naming "the clash" adds its wounded to that event, and its doer stays the doer', () => {
    const incidents = extracted(
      [
        'قتل ثلاثة إرهابيين بعملية نفذتها قوات الجيش العراقي في قضاء الحضر فجر الأحد.',
        'وأضاف البيان أن جنديا أصيب بجروح خلال الاشتباك، وأن العمليات مستمرة لملاحقة فلول التنظيم.',
      ],
      'ar',
      '2022-05-09',
    );
    expect(incidents.map((x) => [x.killed, x.wounded, x.actors])).toEqual([[3, 1, ['iraqi_army']]]);
  });
});

describe('figure labels: the noun phrase of what is counted, never a fragment of the sentence', () => {
  const labels = async (paragraphs: string[], lang: 'ar' | 'en') => {
    const { extractFigures } = await import('../../src/intake/figures/figures.js');
    const { PHRASES } = await import('../../src/intake/drafts/phrases.js');
    return extractFigures(splitSentences(paragraphs, lang), {
      lang,
      published: '2022-05-09',
      phrases: PHRASES,
      incidents: [],
    }).map((x) => [x.value, x.label[lang]]);
  };

  it('stops at a verb, a means or a purpose after the noun', async () => {
    expect(
      await labels(['وخصصت الوزارة 3 ملايين دينار لتأمين الأدوية، وسجلت 9 إصابات أخرى سجلتها الفرق.'], 'ar'),
    ).toEqual([
      [3e6, 'دينار'],
      [9, 'إصابات أخرى'],
    ]);
    expect(
      await labels(['Some 40 families still live in tents, and 12 camps still house refugees.'], 'en'),
    ).toEqual([
      [40, 'families'],
      [12, 'camps'],
    ]);
  });

  it('"15 من عناصرها": the partitive\'s noun; "الـ93": no label made of the article', async () => {
    const found = await labels(
      ['ونفت الجماعة مقتل 15 من عناصرها بالقصف.', 'وهذه هي المقبرة الـ93 في القضاء.'],
      'ar',
    );
    expect(found.map(([, label]) => label)).not.toContain('ال');
    // "الجماعة" is no group the tables name: the pronoun goes, the noun stays
    expect(found[0]).toEqual([15, 'عناصر']);
  });
});

describe('a raid told by the force that made it', () => {
  const facts = (text: string) => analyseClause(text, 'en', '2022-05-09', null, () => null);

  it('"X said a joint raid with Y killed a senior ISIS leader and one of his aides": X and Y did it, ISIS was hit, two dead', () => {
    const said = facts(
      'The Iraqi army said on Monday that a joint raid with the coalition killed a senior Islamic State (IS) leader and one of his aides.',
    );
    expect(said.casualties.killed).toBe(2);
    expect(said.targets).toContain('isis');
    expect(said.actors).toEqual(expect.arrayContaining(['iraqi_army', 'coalition']));
  });

  it('a force that only tells the news stays out of it', () => {
    expect(facts('The army said gunmen killed a shepherd near Tuz Khurmatu.').actors).toEqual([
      'unknown_gunmen',
    ]);
  });
});

describe('where a strike came from is not where it fell', () => {
  it('"fired from the direction of the Golan", "انطلاقا من الأراضي التركية" add no place', () => {
    const en = analyseClause(
      'The monitor said the missiles were fired from the direction of the occupied Golan Heights.',
      'en',
      '2022-05-09',
      null,
      resolvePlace,
    );
    expect(en.place).toBeNull();
    const ar = analyseClause(
      'وقصفت المدفعية قرية في ريف حلب انطلاقا من الأراضي التركية.',
      'ar',
      '2022-05-09',
      null,
      resolvePlace,
    );
    expect(ar.place?.governorate?.en).toBe('Aleppo');
  });
});

describe('a statistic of cases', () => {
  it('"حالتا وفاة" is a figure of 2 deaths, spelled out as it is', async () => {
    const { extractFigures } = await import('../../src/intake/figures/figures.js');
    const { PHRASES } = await import('../../src/intake/drafts/phrases.js');
    const figures = extractFigures(splitSentences(['وسجلت حالتا وفاة بالحصبة في المحافظة.'], 'ar'), {
      lang: 'ar',
      published: '2022-05-09',
      phrases: PHRASES,
      incidents: [],
    });
    expect(figures.map((x) => x.value)).toEqual([2]);
  });
});

describe('found by the second held-out batch (tests/intake/probe-b)', () => {
  it('"Tuesday evening" is that day; "Monday night" may run into the next', () => {
    const range = (text: string) =>
      findDates(matchView(text), { published: '2022-05-11', anchor: null }).map((d) => [
        d.date.from,
        d.date.to,
      ]);
    expect(range('on Tuesday evening')[0]).toEqual(['2022-05-10', '2022-05-10']);
    expect(range('on Monday night')[0]).toEqual(['2022-05-09', '2022-05-10']);
  });

  it('"said a blast on Monday killed…": the date is the event\'s, not the report\'s', () => {
    const incidents = extracted(
      [
        'A drone strike killed two men near Quneitra on Tuesday evening.',
        'Separately, the monitor said a landmine blast on Monday killed a child near Nawa in Daraa province.',
      ],
      'en',
      '2022-05-11',
    );
    expect(incidents.map((x) => [x.place.governorate?.en, x.date.from, x.date.to])).toEqual([
      ['Quneitra', '2022-05-10', '2022-05-10'],
      ['Daraa', '2022-05-09', '2022-05-09'],
    ]);
  });

  it('a tribal feud is a battle, and the arrests after it do not change its kind; "شخص واحد" is one', () => {
    const incidents = extracted(
      [
        'أسفر نزاع عشائري في قضاء المدينة مساء أمس عن مقتل شخص واحد وإصابة أربعة آخرين.',
        'وقال مصدر أمني إن قوة أمنية تمكنت من اعتقال خمسة من المتورطين.',
      ],
      'ar',
      '2022-05-11',
    );
    expect(incidents.map((x) => [x.place.governorate?.en, x.killed, x.wounded, x.event.type])).toEqual([
      ['Basra', 1, 4, 'battles'],
    ]);
  });
});

describe('found by the third held-out batch (tests/intake/probe-c)', () => {
  it('"قتل مسلحون مجهولون مزارعا": the gunmen killed (an object in the accusative follows), they did not die', () => {
    expect(
      analyseClause('قتل مسلحون مجهولون مزارعا قرب بعقوبة', 'ar', '2022-05-09', null, () => null),
    ).toMatchObject({
      actors: ['unknown_gunmen'],
      casualties: { killed: 1 },
    });
  });

  it('a body found is someone killed; the police who found it are no side in it', () => {
    expect(
      analyseClause('وعثرت الشرطة على جثة شاب مقتولا بالرصاص', 'ar', '2022-05-09', null, () => null),
    ).toMatchObject({ actors: [], casualties: { killed: 1 } });
  });

  it('"…، فيما عثرت الشرطة على جثة … في ناحية أخرى": a second event at another spot, and the lead sums both', () => {
    const incidents = extracted(
      [
        'شهدت محافظة ديالى أمس حادثين أسفرا عن مقتل مدنيين اثنين.',
        'ففي ناحية بلدروز، قتل مسلحون مجهولون مزارعا، فيما عثرت الشرطة على جثة راع في أطراف ناحية مندلي.',
      ],
      'ar',
      '2022-05-09',
    );
    expect(incidents.map((x) => [x.place.governorate?.en, x.killed])).toEqual([
      ['Diyala', 1],
      ['Diyala', 1],
    ]);
  });
});

describe('one more victim, told in a paragraph of its own', () => {
  it('"A third person in the car was wounded and taken to a hospital in Damascus" adds to the strike', () => {
    const incidents = extracted(
      [
        'A drone strike on a car near Khan Arnabah in Quneitra province killed two people on Tuesday.',
        'A third person in the car was seriously wounded and taken to a hospital in Damascus, state media said.',
      ],
      'en',
      '2022-05-11',
    );
    expect(incidents.map((x) => [x.place.governorate?.en, x.killed, x.wounded])).toEqual([
      ['Quneitra', 2, 1],
    ]);
  });
});

describe('found by the fourth held-out batch (tests/intake/probe-d)', () => {
  it('a clash between two sides, told again by its parts "in the fighting", is one event with both sides', () => {
    const incidents = extracted(
      [
        'Clashes between Turkish-backed factions and Kurdish-led fighters killed six fighters on Friday near Tal Rifaat in Aleppo province.',
        'Four members of the Syrian National Army and two SDF fighters died in the fighting near a village east of Afrin. At least three others were wounded.',
        'Turkey has threatened for months to launch a new offensive against the Kurdish-led forces.',
      ],
      'en',
      '2022-08-20',
    );
    expect(
      incidents.map((x) => [x.place.governorate?.en, x.killed, x.wounded, [...x.actors].sort()]),
    ).toEqual([['Aleppo', 6, 3, ['sdf', 'sna']]]);
  });

  it('"أصيب ثلاثة منتسبين في الحشد": the PMF was hit, it did not strike', () => {
    expect(
      analyseClause('أصيب ثلاثة منتسبين في الحشد الشعبي بانفجار عبوة', 'ar', '2022-10-04', null, () => null),
    ).toMatchObject({ actors: [], targets: ['pmf'] });
  });
});
