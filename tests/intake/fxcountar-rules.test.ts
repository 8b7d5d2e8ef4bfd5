// Rules from the fxcountar round (issue 12, counts read wrong on a matched incident in Arabic), each on a sentence written for it.
import { describe, expect, it } from 'vitest';
import { tolls as draftTolls } from '../support/tolls.js';

/** Each drafted incident's killed and wounded, in an Arabic article. */
const tolls = (paragraphs: string[], published: string) => draftTolls(paragraphs, 'ar', published);

describe('the dead of two sides, each counted with whose they were, are one count', () => {
  it('"N عنصراً من … (a long name)، وM من مقاتلي …": the second side after a long first name', () => {
    expect(
      tolls(
        [
          'قتل 7 عناصر من الفرقة الرابعة والميليشيات الرديفة لها، و5 من مقاتلي الجبهة الوطنية للتحرير، خلال معارك عنيفة على جبهة الكبينة بريف اللاذقية الشمالي يوم أمس.',
        ],
        '2021-03-10',
      ),
    ).toEqual([{ killed: 12, wounded: null }]);
  });

  it('"…، و٤ مقاتلين من …": the second side told by its noun, then whose they were', () => {
    expect(
      tolls(
        [
          'قُتل ١٠ جنود من قوات النظام والمسلحين الموالين لها، و٤ مقاتلين من فصائل المعارضة، في اشتباكات على محور كبانة بريف اللاذقية الشمالي يوم أمس.',
        ],
        '2021-03-10',
      ),
    ).toEqual([{ killed: 14, wounded: null }]);
  });
});

describe('the bodies a toll is made of, told after it, are no more dead', () => {
  it('"قتل ما بين 12 و14" then "12 جثة، فيما … جثتين أخريين": the range stands', () => {
    expect(
      tolls(
        [
          'قُتل ما بين 12 و14 شخصاً وأصيب أكثر من 30 آخرين، مساء أمس، بانفجار سيارة مفخخة في سوق بلدة الدانا شمالي إدلب.',
          'وقال طبيب في مشفى البلدة إن "المشفى استقبل 12 جثة، فيما نُقلت جثتان أخريان إلى مشفى باب الهوى".',
        ],
        '2021-03-10',
      ),
    ).toEqual([{ killed: { low: 12, high: 14 }, wounded: 30 }]);
  });

  it('"قتل سبعة" then "جثث خمسة … وجثتين أخريين": the bodies within the toll, as parts', () => {
    expect(
      tolls(
        [
          'قتل سبعة مدنيين، اليوم، جراء غارات جوية على بلدة كفرنبل جنوبي إدلب.',
          'وأفاد الدفاع المدني بأن فرقه انتشلت جثث خمسة أشخاص من تحت الأنقاض، فيما وصلت جثتان أخريان إلى المشفى.',
        ],
        '2021-03-10',
      ),
    ).toEqual([{ killed: 7, wounded: null }]);
  });
});

describe('the kin of the victims, hit with them and told a paragraph on, are the same event', () => {
  it('"قتل ثلاثة أطفال…" then, a paragraph on, "فيما أصيبت والدتهم": one incident, 3 killed and 1 wounded', () => {
    expect(
      tolls(
        [
          'قتل ثلاثة أطفال أشقاء، صباح اليوم، بسقوط قذيفة صاروخية على منزلهم في بلدة الأتارب غربي حلب.',
          'وأوضح مصدر طبي أن الأطفال قضوا على الفور، فيما أصيبت والدتهم بجروح نُقلت على إثرها إلى مشفى المدينة، على بعد 15 كم من مكان القصف.',
        ],
        '2021-03-10',
      ),
    ).toEqual([{ killed: 3, wounded: 1 }]);
  });
});

describe('the items of a list of the dead, each opening with a count and no verb, count the dead the heading announced', () => {
  it('"مقتل ٥ أشخاص في محافظة حلب، وهم:" then "- ٤ من عمال المحاجر، بانفجار…", "- طفل، بقصف…": 4 and 1 dead', () => {
    expect(
      tolls(
        [
          'سجلت شبكة الرصد خلال الـ٢٤ ساعة الماضية مقتل ٥ أشخاص في محافظة حلب، وهم:',
          '- ٤ من عمال المحاجر، بانفجار عبوة ناسفة بسيارتهم قرب بلدة الراعي بريف حلب الشمالي.',
          '- طفل، بقصف مدفعي لقوات النظام على بلدة الأتارب بريف حلب الغربي.',
        ],
        '2021-03-10',
      ),
    ).toEqual([
      { killed: 4, wounded: null },
      { killed: 1, wounded: null },
    ]);
  });
});

describe('someone passing near the spot of the blast, "also" hit, is one more victim of it', () => {
  it('"كما قُتل مدني كان يمر بالقرب من مكان الانفجار": 2 + 1 killed, one incident', () => {
    expect(
      tolls(
        [
          'قُتل شرطيان وأصيب أربعة آخرون بانفجار عبوة ناسفة استهدفت دوريتهم في قضاء المحمودية جنوبي بغداد، صباح اليوم. كما قُتل مدني كان يمر بالقرب من مكان الانفجار.',
        ],
        '2021-03-10',
      ),
    ).toEqual([{ killed: 3, wounded: 4 }]);
  });
});

describe('what the event just told "also resulted in", told a paragraph on, is more of it', () => {
  it('"…أسفرت أيضاً عن إصابة طفلين": 3 killed and 2 wounded, one incident', () => {
    expect(
      tolls(
        [
          'قُتل قيادي في تنظيم داعش واثنان من مساعديه، فجر اليوم، في عملية إنزال جوي نفذها جهاز مكافحة الإرهاب في قرية الزركة جنوب غربي كركوك.',
          'وقالت مصادر محلية إن طائرات الجهاز حلقت فوق القرية قرابة الساعة الثالثة فجراً، قبل أن تحاصر قوة منزلاً، لتندلع اشتباكات استمرت نحو ساعتين، أسفرت أيضاً عن إصابة طفلين من سكان المنازل القريبة.',
        ],
        '2021-03-10',
      ),
    ).toEqual([{ killed: 3, wounded: 2 }]);
  });
});

describe('a number joined by "و" right before a casualty noun of its own is that noun\'s count', () => {
  it('"جثتي منتسبين اثنين و١٧ مصاباً": 2 killed and 17 wounded, not 19 wounded', () => {
    expect(
      tolls(
        [
          'قال مصدر طبي إن مستشفى الرمادي العام استقبل، مساء أمس، جثتي منتسبين اثنين و١٧ مصاباً جراء انفجار سيارة مفخخة عند حاجز للشرطة وسط الرمادي.',
        ],
        '2021-03-10',
      ),
    ).toEqual([{ killed: 2, wounded: 17 }]);
  });
});

describe('a number before the rounds fired counts shots, not people', () => {
  it('"وإصابة جاره بثلاث رصاصات": the three are bullets, the one wounded is the neighbour', () => {
    expect(
      tolls(
        [
          'أطلق مسلحون مجهولون، مساء أمس، النار على سيارة في حي العشار وسط البصرة، ما أدى إلى مقتل سائقها وإصابة جاره بثلاث رصاصات في الساق.',
        ],
        '2021-03-10',
      ),
    ).toEqual([{ killed: 1, wounded: 1 }]);
  });
});

describe('a toll told as risen reads past a long description of the event, up to "، إلى"', () => {
  it('"ارتفعت حصيلة ضحايا القصف الذي استهدف، مساء أمس، <a long place>، إلى 9 قتلى، بعد وفاة اثنين من الجرحى": 9 killed', () => {
    expect(
      tolls(
        [
          'ارتفعت حصيلة ضحايا القصف المدفعي الذي استهدف، مساء أمس السبت، سوقاً شعبية مكتظة بالمتسوقين والباعة قرب الجامع الكبير في مدينة الباب بريف حلب الشمالي الشرقي، إلى 9 قتلى، بعد وفاة اثنين من الجرحى متأثرين بجراحهما في مشفى المدينة.',
        ],
        '2021-03-10',
      ),
    ).toEqual([{ killed: 9, wounded: null }]);
  });
});

describe('a lower count at a town the risen toll was not told at is another item, not the count before the rise', () => {
  it('"ارتفعت حصيلة … على قرية الدار الكبيرة … إلى سبعة" then "وفي مدينة سراقب، قُتل أربعة": two incidents', () => {
    expect(
      tolls(
        [
          'ارتفعت حصيلة ضحايا الغارات الجوية على قرية الدار الكبيرة بريف إدلب الجنوبي، صباح اليوم، إلى سبعة مدنيين، بعد وفاة امرأة متأثرة بجراحها.',
          'وفي مدينة سراقب، قُتل أربعة مدنيين بغارة من طائرة حربية استهدفت منزلاً في الحي الشرقي من المدينة.',
        ],
        '2021-03-10',
      ),
    ).toEqual([
      { killed: 7, wounded: null },
      { killed: 4, wounded: null },
    ]);
  });

  it('a count before the rise told at a spot of the event more exactly, opening with no place, stays one incident', () => {
    expect(
      tolls(
        [
          'أفاد مصدر أمني، اليوم، بارتفاع حصيلة ضحايا الهجوم على نقطة للجيش قرب قضاء الطارمية شمالي بغداد إلى أربعة قتلى.',
          'وكان ثلاثة جنود قد قتلوا مساء أمس عندما هاجم مسلحون نقطة مراقبة في منطقة المشاهدة جنوبي الطارمية.',
        ],
        '2021-03-10',
      ).length,
    ).toBe(1);
  });
});

describe("a count with its partitive before a list set off by commas is the verb's, not its noun alone", () => {
  it('"أن 9 مدنيين من عائلتين، بينهم خمسة أطفال، قضوا": 9 killed', () => {
    expect(
      tolls(
        [
          'أفاد ناشطون بأن 9 مدنيين من عائلتين، بينهم خمسة أطفال، قضوا جراء قصف مدفعي استهدف قرية تقاد بريف حلب الغربي ليل الأحد – الاثنين.',
        ],
        '2021-03-10',
      ),
    ).toEqual([{ killed: 9, wounded: null }]);
  });

  it('"أن 15 شخصاً من قرية واحدة، بينهم …، قتلوا": 15, not the "واحدة" of the one village', () => {
    expect(
      tolls(
        [
          'ذكرت مصادر محلية أن 15 شخصاً من قرية واحدة، بينهم ثلاث نساء، قتلوا بانفجار سيارة مفخخة في سوق بلدة الراعي بريف حلب الشمالي أمس.',
        ],
        '2021-03-10',
      ),
    ).toEqual([{ killed: 15, wounded: null }]);
  });
});

describe('one more victim told "too" a sentence after the source\'s account adds to the toll told before it', () => {
  it('"بمقتل ثلاثة من عناصر الشرطة", the account, then "وأضاف أن مزارعاً … قتل هو الآخر": 4 killed, one incident', () => {
    expect(
      tolls(
        [
          'أفاد مصدر أمني، اليوم الأحد، بمقتل ثلاثة من عناصر الشرطة بهجوم مسلح على نقطة تفتيش في قضاء الحويجة غربي كركوك، ليلة السبت على الأحد.',
          'وقال المصدر إن "المهاجمين تسللوا من بساتين قريبة وفتحوا النار على النقطة".',
          'وأضاف أن "مزارعاً كان يعمل قرب النقطة قتل هو الآخر بنيران المهاجمين".',
        ],
        '2021-03-14',
      ),
    ).toEqual([{ killed: 4, wounded: null }]);
  });

  it('"others" wounded after the names of the dead are the wounded told before, not more', () => {
    expect(
      tolls(
        [
          'أفاد مصدر أمني، اليوم الأحد، بمقتل شخصين وإصابة أربعة آخرين بنزاع عشائري في قضاء قلعة صالح جنوبي ميسان.',
          'وقال المصدر إن النزاع اندلع بسبب خلاف على قطعة أرض.',
          'والقتيلان هما: حسن علي، وشقيقه محمد، فيما أصيب أربعة آخرون نقلوا إلى المستشفى.',
        ],
        '2021-03-14',
      ),
    ).toEqual([{ killed: 2, wounded: 4 }]);
  });
});

describe('a roundup item told in the present, as a headline is, counts the object of its verb', () => {
  it('"- مسلحون مجهولون يغتالون طبيباً أمام عيادته": one killed', () => {
    expect(
      tolls(['- مسلحون مجهولون يغتالون طبيباً أمام عيادته في ناحية العباسي غربي كركوك.'], '2021-03-14'),
    ).toEqual([{ killed: 1, wounded: null }]);
  });

  it('"طائرة مسيرة تقتل ثلاثة رعاة": three killed', () => {
    expect(tolls(['- طائرة مسيرة تقتل ثلاثة رعاة في بادية قضاء سنجار غربي نينوى.'], '2021-03-14')).toEqual([
      { killed: 3, wounded: null },
    ]);
  });
});

describe('a killing verb with its object pronoun counts the one it stands for, with the kin told with him', () => {
  it('"…هاجموا منزل راعٍ …، وقتلوه مع شقيقيه": 3 killed', () => {
    expect(
      tolls(
        [
          'أفاد مصدر أمني، اليوم السبت، بأن مسلحين مجهولين هاجموا منزل راعي أغنام في قرية العيث شرقي قضاء طوزخورماتو، فجر اليوم، وقتلوه مع شقيقيه.',
        ],
        '2021-03-13',
      ),
    ).toEqual([{ killed: 3, wounded: null }]);
  });

  it('"- مدرس من أهالي البلدة، اغتاله مسلحان": a list item, 1 killed', () => {
    expect(
      tolls(
        ['- مدرس من أهالي بلدة الطيبة، اغتاله مسلحان مجهولان أمام مدرسته في ريف دير الزور الشرقي.'],
        '2021-03-13',
      ),
    ).toEqual([{ killed: 1, wounded: null }]);
  });
});

describe('someone\'s kin, named by the one told before, hit after "أن", is one victim', () => {
  it('"وأضاف أن والدة الراعي أصيبت بجروح": 1 killed and 1 wounded', () => {
    expect(
      tolls(
        [
          'قتل راعي أغنام بانفجار عبوة ناسفة في قرية الزركة شمال قضاء الخالص بمحافظة ديالى، صباح اليوم.',
          'وأضاف المصدر أن "والدة الراعي أصيبت بجروح ونقلت إلى المستشفى".',
        ],
        '2021-03-13',
      ),
    ).toEqual([{ killed: 1, wounded: 1 }]);
  });
});

describe('a dual told of the dual before it does not end the list of the counted', () => {
  it('"قتل شابان شقيقان وطفل": 3 killed', () => {
    expect(
      tolls(
        ['قتل شابان شقيقان وطفل بانفجار لغم أرضي في أطراف بلدة الكرامة شرقي الرقة، يوم الجمعة.'],
        '2021-03-13',
      ),
    ).toEqual([{ killed: 3, wounded: null }]);
  });

  it('"استشهد منتسبان اثنان وضابط": 3 killed', () => {
    expect(
      tolls(
        ['استشهد منتسبان اثنان وضابط بهجوم على نقطة للشرطة في قضاء الطارمية شمالي بغداد، مساء الجمعة.'],
        '2021-03-13',
      ),
    ).toEqual([{ killed: 3, wounded: null }]);
  });
});

describe('a dual joined after a long group name counts two more beside the one of the group', () => {
  it('"قتل مسؤول في "هيئة تحرير الشام" وعنصران كانا برفقته": 3 killed', () => {
    expect(
      tolls(
        [
          'قتل مسؤول في "هيئة تحرير الشام" وعنصران كانا برفقته بانفجار عبوة ناسفة استهدفت سيارتهم قرب مدينة سرمدا شمالي إدلب، مساء أمس.',
        ],
        '2021-03-13',
      ),
    ).toEqual([{ killed: 3, wounded: null }]);
  });
});

describe('a refugee is one person counted', () => {
  it('"أقدم مسلحون على قتل لاجئة سورية": 1 killed', () => {
    expect(
      tolls(
        [
          'أقدم مسلحون مجهولون، ليل أمس، على قتل لاجئة سورية داخل خيمتها في القطاع الثاني من مخيم الهول شرقي الحسكة.',
        ],
        '2021-03-13',
      ),
    ).toEqual([{ killed: 1, wounded: null }]);
  });
});

describe('each item of a list of the dead is one more of those the heading counted', () => {
  const items = [
    'وثق المرصد السوري خلال الساعات الـ24 الماضية مقتل 3 أشخاص في ريف الحسكة، وهم:',
    '- شاب عثر على جثته مقتولاً بطلقات نارية قرب مدينة الشدادي جنوبي الحسكة.',
    '- مدرس، اغتاله مسلحان مجهولان أمام منزله في قرية أم الكيف.',
    '- عامل، قتل برصاص مجهولين في قرية أبو خشب.',
  ];
  it('an item told by the body of its own dead ("عثر على جثته") is no retelling of the dead before', () => {
    expect(tolls(items.slice(0, 2), '2021-03-13')).toEqual([
      { killed: 3, wounded: null },
      { killed: 1, wounded: null },
    ]);
  });

  it('items of one dead each, at villages the gazetteer does not know, are three incidents beside the heading', () => {
    expect(tolls(items, '2021-03-13')).toEqual([
      { killed: 3, wounded: null },
      { killed: 1, wounded: null },
      { killed: 1, wounded: null },
      { killed: 1, wounded: null },
    ]);
  });
});

describe("the one victim's companion, also hit, is one more beside him", () => {
  it('"قتل مختار …" then "…فأردوه قتيلاً، كما قتل سائقه": 2 killed', () => {
    expect(
      tolls(
        [
          'قتل مختار قرية الزهراء برصاص مسلحين مجهولين في بلدة الحراك بريف درعا الشرقي، مساء أمس الأحد.',
          'وقال مصدر محلي إن المسلحين اعترضوا سيارته وأطلقوا النار عليه فأردوه قتيلاً على الفور، كما قتل سائقه.',
        ],
        '2021-03-15',
      ),
    ).toEqual([{ killed: 2, wounded: null }]);
  });

  it('beside several counted, "كما توفيت زوجته" may be one of them: the toll stands', () => {
    expect(
      tolls(
        [
          'قتل رجل وامرأة بانفجار لغم أرضي في حي المشلب شرقي مدينة الرقة، يوم الجمعة.',
          'وقال مراسلنا إن الرجل قتل على الفور، كما توفيت زوجته في المستشفى.',
        ],
        '2021-03-15',
      ),
    ).toEqual([{ killed: 2, wounded: null }]);
  });
});

describe("the wounded told after a roundup's items at the town of an earlier item are that item's", () => {
  it('"كما أصيب ٧ آخرون جراء القصف على بلدة X" after the items: the wounded of the item at X', () => {
    expect(
      tolls(
        [
          'وثق المرصد السوري مقتل 5 مدنيين خلال الساعات الـ24 الماضية، وتوزعوا على النحو التالي:',
          '- ٣ مواطنين قتلوا بقصف مدفعي لقوات النظام على قرية كفرعويد بريف إدلب الجنوبي.',
          '- مواطنان اثنان قتلا بغارات على قرية الأتارب بريف حلب الغربي.',
          'كما أصيب ٧ آخرون بجروح متفاوتة جراء القصف على قرية كفرعويد.',
        ],
        '2021-03-15',
      ),
    ).toEqual([
      { killed: 3, wounded: 7 },
      { killed: 2, wounded: null },
    ]);
  });
});
