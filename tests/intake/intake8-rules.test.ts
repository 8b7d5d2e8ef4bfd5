import { describe, expect, it } from 'vitest';
import { findActorMentions } from '../../src/intake/actors/actor-table.js';
import { actorRoles } from '../../src/intake/actors/actors.js';
import { findCasualties } from '../../src/intake/casualties/casualties.js';
import { extractFigures } from '../../src/intake/figures/figures.js';
import { PHRASES } from '../../src/intake/drafts/phrases.js';
import { splitSentences } from '../../src/intake/article/sentences.js';
import { matchView } from '../../src/intake/reading/view.js';
import { extracted } from '../support/tolls.js';

// Rules of the eighth round (issue 12, from probe-g's residuals), each tested on examples of its own wording.

const figures = (paragraphs: string[], lang: 'ar' | 'en') =>
  extractFigures(splitSentences(paragraphs, lang), {
    lang,
    published: '2021-06-01',
    phrases: PHRASES,
    incidents: [],
  }).map((x) => [x.value, x.label[lang] ?? null]);
const roles = (text: string) => {
  const view = matchView(text);
  return actorRoles(view, findActorMentions(view));
};

describe('who gives the toll or blames another is no side of the event', () => {
  it.each([
    'وكانت حصيلة أولى ذكرتها الشرطة قد أشارت إلى مقتل خمسة أشخاص',
    'وكانت الحصيلة التي أعلنها الجيش تتحدث عن ثلاثة قتلى',
  ])('a reporting verb with its object pronoun: %s', (text) => {
    expect(roles(text).actors).toEqual([]);
  });

  it.each([
    'Russia’s defence ministry put the death toll at nine and blamed rebel drones.',
    'Turkey blamed Kurdish militants for the blast.',
    'وحملت وزارة الدفاع التركية مسلحين أكرادا مسؤولية التفجير',
  ])('a state’s ministry or the state that blames: %s', (text) => {
    expect(roles(text).actors).toEqual([]);
  });

  it('a ministry telling of its own forces’ strike keeps its state as the doer', () => {
    expect(roles('Turkey’s defence ministry said its jets struck hideouts in the mountains.').actors).toEqual(
      ['turkey'],
    );
  });

  it('the whole event: a police toll told before the hospital’s does not make the police its doer', () => {
    const got = extracted(
      [
        'ارتفعت حصيلة انفجار عبوة ناسفة في سوق شعبي وسط مدينة الكوت بمحافظة واسط اليوم الجمعة إلى 12 قتيلا و25 جريحا، بحسب مصدر طبي.',
        'وكانت حصيلة أولى أعلنتها الشرطة قد تحدثت عن ثمانية قتلى.',
      ],
      'ar',
      '2021-06-04',
    );
    expect(got.map((x) => [x.place.governorate?.en, x.killed, x.wounded, x.actors])).toEqual([
      ['Wasit', 12, 25, []],
    ]);
  });
});

describe('a group’s claim told a few sentences on is the doer of the event just told', () => {
  it.each([
    [
      [
        'قتل سبعة أشخاص وأصيب 15 آخرون بتفجير سيارة مفخخة قرب سوق في قضاء طوزخورماتو بصلاح الدين صباح اليوم، وفق مصدر أمني.',
        'وقال المصدر إن بين القتلى امرأتين.',
        'وأضاف أن فرق الدفاع المدني أخمدت حريقا اندلع في المحال القريبة.',
        'وتبنى تنظيم داعش التفجير في بيان على قناة تابعة له.',
      ],
      'ar',
    ],
    [
      [
        'A roadside bomb killed four soldiers near Tuz Khurmatu in Salahuddin province on Friday, officials said.',
        'The soldiers were on a routine patrol, an army officer said.',
        'Islamic State claimed responsibility in a statement online.',
      ],
      'en',
    ],
  ] as const)('%s', (paragraphs, lang) => {
    const got = extracted([...paragraphs], lang, '2021-06-04');
    expect(got.map((x) => [x.place.governorate?.en, x.actors])).toEqual([['Salahuddin', ['isis']]]);
  });

  it('a group that claimed similar attacks before is not the doer of this one', () => {
    const got = extracted(
      [
        'قتل ثلاثة أشخاص بانفجار عبوة ناسفة في سوق بمدينة بعقوبة مركز محافظة ديالى صباح اليوم.',
        'ولم تعلن أي جهة مسؤوليتها، إلا أن تنظيم داعش تبنى هجمات مماثلة في المحافظة خلال الأشهر الماضية.',
      ],
      'ar',
      '2021-06-04',
    );
    expect(got.map((x) => [x.killed, x.actors])).toEqual([[3, []]]);
  });

  it('no claim: the event keeps no doer', () => {
    const got = extracted(
      [
        'A roadside bomb killed four soldiers near Tuz Khurmatu in Salahuddin province on Friday, officials said.',
        'The soldiers were on a routine patrol, an army officer said.',
        'No group claimed responsibility.',
      ],
      'en',
      '2021-06-04',
    );
    expect(got.map((x) => x.actors)).toEqual([[]]);
  });
});

describe('where the blow fell and whose fire it was', () => {
  it.each([
    ['قصفت طائرات الجيش العراقي تجمعا لمسلحي تنظيم داعش في صحراء الحضر', ['iraqi_army'], ['isis']],
    ['Iraqi jets struck a gathering of IS militants in the desert', ['iraqi_army'], ['isis']],
  ] as const)('a gathering of a group is the target: %s', (text, actors, targets) => {
    const got = roles(text);
    expect(got.actors).toEqual(actors);
    expect(got.targets).toEqual(targets);
  });

  it.each([
    ['أصيب ثلاثة مدنيين بقذائف هاون من قوات النظام على بلدة سرمين', 'syrian_army'],
    ['قتل مزارع برصاص من قبل الشرطة قرب حاجز', 'iraqi_police'],
  ] as const)('fire "from" a force is its own: %s', (text, actor) => {
    expect(roles(text).actors).toEqual([actor]);
  });

  it('strikes named as the regime’s ("للنظام") are by the Syrian army', () => {
    expect(roles('قتل مدنيان بغارات جوية للنظام على ريف إدلب الجنوبي').actors).toEqual(['syrian_army']);
  });

  it('"a Russian-backed offensive": the backer is no side', () => {
    expect(roles('Regime shelling killed four people as a Russian-backed push went on.').actors).toEqual([
      'syrian_army',
    ]);
  });

  it.each([
    'قتل رجلان في اشتباك بين مسلحين من عشيرة محلية وعصابة تهريب',
    'Two men died in a fight between gunmen from a local tribe and smugglers.',
  ])('gunmen the article gives to a group of their own are not unknown gunmen: %s', (text) => {
    expect(roles(text).actors).toEqual([]);
  });

  it.each([
    ['اغتال مسلحون مجهولون شيخ عشيرة بسبب تعاونه مع القوات الأمنية', ['unknown_gunmen']],
    ['Gunmen killed a trader accused of collaborating with the coalition', ['unknown_gunmen']],
    ['وتشهد مناطق سيطرة قسد في الريف الشرقي هجمات متكررة', []],
    ['انفجرت عبوة في السويداء التي تشهد هدوءا منذ اتفاق برعاية روسية', []],
  ] as const)(
    'whom a victim worked with, who holds an area, under whose auspices: no side: %s',
    (text, actors) => {
      expect(roles(text).actors).toEqual(actors);
    },
  );

  it('a force that intervened after it ("قبل أن تتدخل قوة من الشرطة") is no side', () => {
    expect(roles('قتل شخص في نزاع عشائري قبل أن تتدخل قوة من الشرطة وتفض النزاع').actors).toEqual([]);
  });

  it.each([
    [
      'Police from the anti-narcotics directorate raided a warehouse, sparking a gunfight',
      'iraqi_security_forces',
    ],
    ['داهمت قوة من مكافحة المخدرات وكرا لتجار المخدرات', 'iraqi_security_forces'],
  ] as const)('the anti-narcotics police are security forces: %s', (text, actor) => {
    expect(roles(text).actors).toContain(actor);
  });
});

describe('event kinds', () => {
  it('helicopters that kill are a strike from the air; helicopters that land troops are a raid', () => {
    const fired = extracted(
      ['Army helicopters killed five militants near Rutba in Anbar province on Monday, the military said.'],
      'en',
      '2020-02-11',
    );
    expect(fired.map((x) => x.event.type)).toEqual(['explosions_remote_violence']);
    const landed = extracted(
      [
        'Coalition helicopters landed troops near a village in Deir ez-Zor province on Monday, killing an IS commander.',
      ],
      'en',
      '2020-02-11',
    );
    expect(landed.map((x) => x.event.type)).not.toEqual(['explosions_remote_violence']);
  });

  it('a rise in attacks across an area is a trend, not more of the event just told', () => {
    const got = extracted(
      [
        'قتل مسلحون مجهولون موظفا في مجلس محلي بإطلاق النار عليه في بلدة الشحيل بريف دير الزور يوم الأحد.',
        'وتشهد مناطق ريف دير الزور تصاعدا في عمليات التفجير والاغتيال منذ أشهر.',
      ],
      'ar',
      '2020-02-11',
    );
    expect(got.map((x) => [x.event.type, x.event.subType])).toEqual([
      ['violence_against_civilians', 'attack'],
    ]);
  });
});

describe('figure labels say what is counted', () => {
  it('"the death toll as 19": an English noun keeps the noun qualifying it', () => {
    expect(figures(['The local council gave the casualty count as 27 by Sunday evening.'], 'en')).toEqual([
      [27, 'casualty count'],
    ]);
  });

  it('a hyphenated qualifier is taken whole', () => {
    expect(figures(['Half of the pre-war population of 40,000 has left the district.'], 'en')).toEqual([
      [40000, 'pre-war population'],
    ]);
  });

  it('a number with no noun of its own counts what was counted just before, in its sentence or the one before', () => {
    expect(
      figures(
        ['The camp registered 12,000 displaced people last year.', 'Only 3,500 have since gone back.'],
        'en',
      ),
    ).toEqual([
      [12000, 'displaced people'],
      [3500, 'displaced people'],
    ]);
  });

  it('never the number’s own words, nor a rank ("the 40th")', () => {
    const got = figures(['وقالت اللجنة إن هذا هو الاجتماع الـ40 الذي تعقده منذ تشكيلها.'], 'ar');
    expect(got.every(([value, label]) => label !== String(value))).toBe(true);
  });

  it('"between 3,000 and 4,000 fighters": the first end counts the noun of the second', () => {
    expect(
      figures(['Officials estimate that between 3,000 and 4,000 fighters remain in the hills.'], 'en'),
    ).toEqual([
      [3000, 'fighters'],
      [4000, 'fighters'],
    ]);
  });

  it('a share told with a predicate after "منهم" says what the share is', () => {
    expect(
      figures(['وسجلت المنظمة أكثر من 900 مفقود في المحافظة، ولا يزال نحو 300 منهم مجهولي المصير.'], 'ar'),
    ).toEqual([
      [900, 'مفقود'],
      [300, 'مفقود (منهم مجهولي المصير)'],
    ]);
  });

  it('a count of cases told in words is a figure ("ثلاث حالات وفاة")', () => {
    expect(figures(['سجلت المحافظة 85 إصابة بالحصبة، بينها ثلاث حالات وفاة.'], 'ar')).toContainEqual([
      3,
      'حالات وفاة',
    ]);
  });
});

// Rules from probe-h's misses, each tested on wording of its own.
const told = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extracted(paragraphs, lang, published).map((x) => [x.place.governorate?.en ?? null, x.killed, x.wounded]);

describe('a toll that has risen is the event just told, at its new figures', () => {
  it('the dead added had died of their wounds: they leave the wounded', () => {
    expect(
      told(
        [
          'أطلق مسلحون مجهولون النار على صيدلي أمام صيدليته في مدينة الديوانية مساء اليوم، ما أدى إلى مقتله وإصابة شقيقه.',
          'وقال مصدر في الشرطة إن المهاجمين لاذوا بالفرار.',
          'وفي وقت لاحق، توفي الشقيق متأثرا بجراحه في المستشفى، لترتفع حصيلة الهجوم إلى قتيلين.',
        ],
        'ar',
        '2020-03-02',
      ),
    ).toEqual([['Qadisiyah', 2, null]]);
  });

  it('"bringing the death toll to": the new figure replaces the first', () => {
    expect(
      told(
        [
          'Iraqi jets killed seven militants in a strike on caves near Rutba in Anbar province on Sunday, the military said.',
          'Troops later found the bodies of four more fighters at the site, bringing the death toll to 11.',
        ],
        'en',
        '2020-03-02',
      ),
    ).toEqual([['Anbar', 11, null]]);
  });

  it('a total "since the fighting began" that has risen is still no event', () => {
    expect(
      told(
        [
          'قتل أربعة أشخاص في اشتباكات عشائرية في قضاء الزبير بالبصرة اليوم الاثنين.',
          'وترتفع بذلك حصيلة النزاع منذ اندلاعه قبل شهر إلى 19 قتيلا.',
        ],
        'ar',
        '2020-03-02',
      ),
    ).toEqual([['Basra', 4, null]]);
  });
});

describe('one event, told again', () => {
  it('a number of weapons is no count of events: "Three rockets hit the base"', () => {
    expect(
      told(
        [
          'Three rockets hit the Ain al-Asad air base in Anbar province late on Sunday, wounding two contractors.',
        ],
        'en',
        '2020-03-02',
      ),
    ).toEqual([['Anbar', null, 2]]);
  });

  it('two explosive drones, then another source’s toll with no event of its own', () => {
    expect(
      told(
        [
          'Two explosive drones struck near the airport in Erbil late on Sunday, officials said, adding that one guard was lightly hurt.',
          'A hospital official told Reuters that three people were wounded.',
        ],
        'en',
        '2020-03-02',
      ),
    ).toEqual([['Erbil', null, 1]]);
  });

  it('the damage of the event just told is not an event of its own', () => {
    expect(
      told(
        [
          'Two people were killed on Sunday evening when a drone struck a pick-up truck near Sinjar in Nineveh province, local officials said.',
          '"The truck was burned out and we identified the bodies this morning," the mayor said.',
        ],
        'en',
        '2020-03-02',
      ),
    ).toEqual([['Nineveh', 2, null]]);
  });

  it('a habit or a trend is no event', () => {
    expect(
      told(
        [
          'Drone strikes are more common in Duhok than in Erbil, where most of the fighting between the army and the PKK takes place.',
        ],
        'en',
        '2020-03-02',
      ),
    ).toEqual([]);
  });

  it('a toll told unsplit in a new paragraph is an event of its own', () => {
    expect(
      told(
        [
          'قتل رجلان بقصف مدفعي لقوات النظام على بلدة كفرنبل جنوبي إدلب اليوم الأحد.',
          'وفي قرية حاس المجاورة، سقط ٤ مدنيين بين قتيل وجريح بقصف صاروخي مماثل.',
        ],
        'ar',
        '2020-03-01',
      ),
    ).toEqual([
      ['Idlib', 2, null],
      ['Idlib', null, null],
    ]);
  });
});

describe('an article about a mass grave', () => {
  it('tells of its victims’ killing with no date of its own: no incident', () => {
    expect(
      told(
        [
          'Forensic teams have begun exhuming a mass grave near Tikrit in Salahuddin province, officials said on Monday.',
          'Witnesses say the militants shot some 80 recruits at the site after capturing them.',
        ],
        'en',
        '2020-03-02',
      ),
    ).toEqual([]);
  });
});

describe('a roundup’s lead told across the country', () => {
  it('is its total even where the items do not quite add up to it', () => {
    expect(
      told(
        [
          'Violence across Iraq killed at least seven people and wounded six, police said.',
          'In Baghdad, a bomb killed two people and wounded three.',
          'In Kirkuk, gunmen killed a shopkeeper.',
          'In Diyala, a mortar round wounded three farmers.',
          'In Basra, a tribal fight left three men dead.',
        ],
        'en',
        '2020-03-02',
      ),
    ).toEqual([
      ['Baghdad', 2, 3],
      ['Kirkuk', 1, null],
      ['Diyala', null, 3],
      ['Basra', 3, null],
    ]);
  });
});

describe('what else this round reads', () => {
  it('"came three days after": the event told after "after" is three days before', () => {
    const got = extracted(
      [
        'Iraqi jets killed five militants in a strike south of Kirkuk on Sunday, the military said.',
        'The strike came three days after a roadside bomb killed two soldiers near Daquq in Kirkuk province.',
      ],
      'en',
      '2020-03-02',
    );
    expect(got.map((x) => [x.killed, x.date.from])).toEqual([
      [5, '2020-03-01'],
      [2, '2020-02-27'],
    ]);
  });

  it.each([
    ['وكان مزارع قد قتل الأسبوع الماضي بانفجار عبوة ناسفة قرب بعقوبة في ديالى.', [['Diyala', 1, null]]],
    [
      'قتل سائق شاحنة وأصيب راكبان كانا معه بانفجار عبوة في قضاء بيجي بصلاح الدين اليوم.',
      [['Salahuddin', 1, 2]],
    ],
  ] as const)('people counted as one or two: %s', (text, expected) => {
    expect(told([text], 'ar', '2020-03-02')).toEqual(expected);
  });

  it.each([
    ['أطلق مسلحان مجهولان النار على تاجر في سوق المدينة', 'unknown_gunmen'],
    ['قصفت طائرات F-16 العراقية مخابئ للتنظيم في الصحراء', 'iraqi_army'],
  ] as const)('who did it: %s', (text, actor) => {
    expect(roles(text).actors).toEqual([actor]);
  });
});

describe('"the number of the wounded" told with its count a few words on', () => {
  it.each([
    ['وقتل رجل فيما قدر مصدر طبي عدد المصابين بما بين ثلاثة وخمسة أشخاص', { low: 3, high: 5 }],
    ['One man was killed, and medics put the number of wounded at seven.', 7],
  ] as const)('%s', (text, wounded) => {
    const view = matchView(text);
    expect(findCasualties(view, /[a-z]/i.test(text) ? 'en' : 'ar').wounded).toEqual(wounded);
  });
});

describe('the pursuit of the attackers is more of the event', () => {
  it.each([
    [
      [
        'أطلق مسلحون مجهولون النار على موظف في دائرة الكهرباء أمام منزله في مدينة العمارة بمحافظة ميسان صباح اليوم، ما أدى إلى مقتله.',
        'وقال مصدر أمني إن قوة من الشرطة طاردت المسلحين، واشتبكت معهم قرب ناحية المشرح، ما أسفر عن مقتل أحدهم واعتقال آخر.',
      ],
      'ar',
    ],
    [
      [
        'Gunmen shot dead a shop owner in Amarah in Maysan province on Monday morning, police said.',
        'Police chased the gunmen to a village north of the city and killed one of them in a shootout, a source said.',
      ],
      'en',
    ],
  ] as const)('%s', (paragraphs, lang) => {
    expect(told([...paragraphs], lang, '2020-03-02')).toEqual([['Maysan', 1, null]]);
  });
});

describe('roles and kinds read in this round (from probe-h)', () => {
  it.each([
    ['قتل عنصران من خلايا تنظيم داعش في عملية دهم نفذتها قوات قسد', ['sdf'], ['isis']],
    ['أصيب راع بجروح بعد يوم واحد من قصف مدفعي تركي على القرية', ['turkey'], []],
    ['Government helicopters dropped barrel bombs on the town', ['syrian_army'], []],
    ['داهمت قوة من مديرية شؤون المخدرات منزلا في الحي', ['iraqi_security_forces'], []],
  ] as const)('%s', (text, actors, targets) => {
    const got = roles(text);
    expect(got.actors).toEqual(actors);
    expect(got.targets).toEqual(targets);
  });

  it('barrel bombs dropped from helicopters are a strike from the air', () => {
    const got = extracted(
      [
        'Government helicopters dropped barrel bombs on a village in Idlib province on Monday, killing five civilians.',
      ],
      'en',
      '2020-03-02',
    );
    expect(got.map((x) => [x.event.type, x.actors])).toEqual([
      ['explosions_remote_violence', ['syrian_army']],
    ]);
  });

  it('a raid that kills members of a group while arresting others is a fight, not arrests', () => {
    const got = extracted(
      [
        'قتل ثلاثة من عناصر داعش واعتقل اثنان آخران في عملية دهم نفذتها القوات الأمنية في قضاء الحويجة بكركوك فجر اليوم.',
      ],
      'ar',
      '2020-03-02',
    );
    expect(got.map((x) => [x.event.type, x.actors])).toEqual([['battles', ['iraqi_security_forces']]]);
  });

  it('who arrested people after the event is no side in it', () => {
    const got = extracted(
      [
        'قتل شخصان وأصيب ثلاثة في نزاع عشائري بالأسلحة في قضاء المدينة شمالي البصرة مساء أمس.',
        'وأضاف المصدر أن الشرطة اعتقلت خمسة من المتورطين في النزاع.',
      ],
      'ar',
      '2020-03-02',
    );
    expect(got.map((x) => [x.killed, x.actors])).toEqual([[2, []]]);
  });
});

describe('protests met with force (from probe-h)', () => {
  it.each([
    ['أطلقت قوات مكافحة الشغب الرصاص الحي لتفريق المتظاهرين قرب مبنى المحافظة', 'ar'],
    ['Riot police opened fire on protesters outside the provincial council', 'en'],
  ] as const)('riot police are the security forces, and the event a protest: %s', (text, lang) => {
    const got = extracted(
      [`${text} في مدينة الناصرية بمحافظة ذي قار مساء أمس، ما أدى إلى مقتل شخصين.`],
      lang,
      '2020-03-02',
    );
    expect(got.map((x) => [x.event.type, x.actors])).toEqual([['protests', ['iraqi_security_forces']]]);
  });

  it('a force named in a demand to dismiss its chief is no side', () => {
    expect(roles('وطالب المحتجون بإقالة قائد الشرطة ومحاسبة مطلقي النار').actors).toEqual([]);
  });

  it('another source’s toll told at the event’s own town is the event just told', () => {
    const got = extracted(
      [
        'قتل ثلاثة متظاهرين وأصيب 20 آخرون برصاص قوات الأمن في مدينة الكوت بمحافظة واسط مساء أمس.',
        'غير أن ناشطين في الكوت أكدوا أن عدد القتلى بلغ خمسة.',
      ],
      'ar',
      '2020-03-02',
    );
    expect(got.map((x) => [x.killed, x.wounded])).toEqual([[3, 20]]);
  });
});

describe('"a million" is one million', () => {
  it('"nearly a million people": approximate, labelled with its noun', () => {
    expect(figures(['The fighting has displaced nearly a million people since the spring.'], 'en')).toEqual([
      [1000000, 'people'],
    ]);
  });
});

describe('suspected, defusing and armed dead (from probe-h)', () => {
  it.each([
    ['وقال المصدر إن العبوة يرجح أن عناصر من خلايا داعش زرعوها قرب الطريق', 'isis'],
    ['Gunmen killed a trader in the camp, officials said, blaming Islamic State sleeper cells.', 'isis'],
  ] as const)('a clause that supposes or blames names the suspected doer: %s', (text, actor) => {
    const got = roles(text);
    expect(got.actors).toContain(actor);
    expect(got.suspected).toEqual([actor]);
  });

  it('who defused bombs is no side of the blast told in the same clause', () => {
    expect(
      roles('قتل مزارع بانفجار عبوة، فيما أشار المصدر إلى أن القوات الأمنية فككت 12 عبوة أخرى').actors,
    ).toEqual([]);
  });

  it.each([
    ['In Anbar province, soldiers killed four militants during a search operation near Rutba.', 'en'],
    ['وفي محافظة الأنبار، قتلت قوات الجيش أربعة إرهابيين خلال عملية تفتيش قرب الرطبة.', 'ar'],
  ] as const)('a force that kills armed men fights them: %s', (text, lang) => {
    expect(extracted([text], lang, '2020-03-02').map((x) => x.event.type)).toEqual(['battles']);
  });

  it('"killed by militants" or "برصاص مسلحين" are no armed dead', () => {
    expect(
      extracted(
        ['In Kirkuk province, gunmen killed two farmers in a village near Hawija on Monday.'],
        'en',
        '2020-03-02',
      ).map((x) => x.event.type),
    ).toEqual(['violence_against_civilians']);
  });
});
