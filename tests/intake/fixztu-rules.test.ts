// Rules added on the misses of probe-zt and probe-zu (issue 12), each on examples written for it.
import { describe, expect, it } from 'vitest';
import { extracted } from '../support/tolls.js';

const run = (paragraphs: string[], lang: 'ar' | 'en', published = '2022-03-14') =>
  extracted(paragraphs, lang, published);
const tolls = (paragraphs: string[], lang: 'ar' | 'en', published?: string) =>
  run(paragraphs, lang, published).map((x) => ({ killed: x.killed, wounded: x.wounded }));

describe('each item of a list of weapons seized was seized, none went off', () => {
  it('reads "ضبطت حزامين ناسفين و9 عبوات ناسفة معدة للتفجير" as no blast', () => {
    expect(
      tolls(
        [
          'قتل شرطي وأصيب اثنان آخران بانفجار عبوة ناسفة استهدفت دورية في قضاء الطارمية شمالي بغداد، صباح اليوم الاثنين.',
          'وفي محافظة ديالى، ضبطت قوة أمنية حزامين ناسفين و9 عبوات ناسفة معدة للتفجير داخل بستان قرب ناحية العظيم.',
        ],
        'ar',
      ),
    ).toEqual([{ killed: 1, wounded: 2 }]);
  });
  it('reads "defused two rockets and a roadside bomb" as no blast', () => {
    expect(
      tolls(
        [
          'A roadside bomb killed a policeman and wounded two others in Tarmiyah, north of Baghdad, on Monday morning.',
          'In Diyala province, army engineers defused two rockets and a roadside bomb planted on a farm road near Udhaim.',
        ],
        'en',
      ),
    ).toEqual([{ killed: 1, wounded: 2 }]);
  });
});

describe('casualties told beside what an operation seized are the operation’s', () => {
  it('keeps "وأضاف أن القوة ضبطت أسلحة، مشيرا إلى إصابة جندي" in the raid', () => {
    expect(
      tolls(
        [
          'أعلنت قيادة العمليات المشتركة مقتل خمسة إرهابيين خلال عملية إنزال جوي نفذتها قوة أمنية فجر أمس الأحد في وادي حوران بمحافظة الأنبار.',
          'وأضافت القيادة أن "القوة ضبطت أسلحة خفيفة وكميات من الأعتدة"، مشيرة إلى "إصابة أحد المقاتلين بجروح طفيفة".',
        ],
        'ar',
      ),
    ).toEqual([{ killed: 5, wounded: 1 }]);
  });
  it('keeps "the force arrested two suspects …, and one soldier was lightly wounded" in the raid', () => {
    expect(
      tolls(
        [
          'Iraqi special forces killed five militants in an air-landing raid on a hideout in the Horan valley in Anbar province at dawn on Sunday, the military said.',
          'The force arrested two suspects and found rifles and ammunition, and one soldier was lightly wounded, the statement added.',
        ],
        'en',
      ),
    ).toEqual([{ killed: 5, wounded: 1 }]);
  });
});

describe('"هو الآخر" (he too) is one more victim of the event told, not another event', () => {
  it('adds "أن مدنياً كان يمر قرب المقر أصيب هو الآخر" to the attack on the headquarters', () => {
    expect(
      tolls(
        [
          'قتل ثلاثة من عناصر الحشد الشعبي وأصيب اثنان آخران بهجوم شنه مسلحون على مقر للحشد في قضاء طوزخورماتو بمحافظة صلاح الدين، فجر اليوم الاثنين.',
          'وأضاف المصدر أن مدنياً كان يمر قرب المقر أصيب هو الآخر بجروح.',
        ],
        'ar',
      ),
    ).toEqual([{ killed: 3, wounded: 3 }]);
  });
});

describe('one person after "أن", told by what he was doing however long, is the one hit', () => {
  it('counts "بأن سائق صهريج كان متوقفاً عند محطة الوقود القريبة أصيب" as one wounded', () => {
    expect(
      tolls(
        [
          'انفجرت عبوة ناسفة قرب محطة للوقود في قضاء بيجي بمحافظة صلاح الدين مساء أمس الأحد.',
          'وأفاد مصدر أمني بأن سائق صهريج كان متوقفاً عند محطة الوقود القريبة من الطريق أصيب بجروح خطيرة.',
        ],
        'ar',
      ),
    ).toEqual([{ killed: null, wounded: 1 }]);
  });
});

describe('a first toll that counted the attackers gives way to the victims told beside them', () => {
  it('keeps 10 of "قتل 13" then "عشرة مدنيين قتلوا إضافة إلى الانتحاريين الثلاثة"', () => {
    expect(
      tolls(
        [
          'قتل 13 شخصاً بتفجير انتحاري استهدف سوقاً شعبية في قضاء تلعفر غربي الموصل، صباح اليوم الاثنين.',
          'وقال مصدر أمني إن عشرة مدنيين قتلوا إضافة إلى الانتحاريين الثلاثة، فيما أصيب 25 آخرون.',
        ],
        'ar',
      ),
    ).toEqual([{ killed: 10, wounded: 25 }]);
  });
  it('keeps 12 of "Fourteen were killed" then "Twelve … were killed along with the two attackers"', () => {
    expect(
      tolls(
        [
          'Fourteen people were killed in a double suicide bombing at a crowded market in Tal Afar, west of Mosul, on Monday morning, police said.',
          'Twelve shoppers and vendors were killed along with the two attackers, and about 25 were wounded.',
        ],
        'en',
      ),
    ).toEqual([{ killed: 12, wounded: 25 }]);
  });
});

describe('a toll risen since keeps the day and the wounded its first count gave', () => {
  const dayAndToll = (paragraphs: string[]) =>
    run(paragraphs, 'ar', '2022-03-17').map((x) => ({
      from: x.date?.from,
      killed: x.killed,
      wounded: x.wounded,
    }));
  it('takes the day and wounded of "وكانت حصيلة أولية أمس الأربعاء قد تحدثت عن مقتل سبعة وإصابة 15"', () => {
    expect(
      dayAndToll([
        'ارتفعت حصيلة ضحايا القصف المدفعي على بلدة معرة حرمة جنوبي إدلب إلى تسعة قتلى، بعد وفاة اثنين من الجرحى متأثرين بجراحهما.',
        'وكانت حصيلة أولية أمس الأربعاء قد تحدثت عن مقتل سبعة مدنيين وإصابة 15 آخرين.',
      ]),
    ).toEqual([{ from: '2022-03-16', killed: 9, wounded: 13 }]);
  });
  it('reads "بعد وفاة اثنين من الجرحى … مساء اليوم الخميس" as the day they died, not the shelling’s', () => {
    expect(
      dayAndToll([
        'ارتفعت حصيلة ضحايا القصف المدفعي على بلدة معرة حرمة جنوبي إدلب إلى تسعة قتلى، بعد وفاة اثنين من الجرحى متأثرين بجراحهما في المشافي مساء اليوم الخميس.',
        'وكانت حصيلة أولية أمس الأربعاء قد تحدثت عن مقتل سبعة مدنيين وإصابة 15 آخرين.',
      ]),
    ).toEqual([{ from: '2022-03-16', killed: 9, wounded: 13 }]);
  });
});

describe('a first count told after the risen toll is never added to it', () => {
  it('keeps 14 after "وكانت حصيلة أولية تحدثت عن مقتل ستة، قبل أن يعثر على جثث آخرين"', () => {
    expect(
      tolls(
        [
          'ارتفعت حصيلة ضحايا الهجوم على رعاة الأغنام في بادية السخنة بريف حمص الشرقي، أمس الأحد، إلى 14 قتيلاً، فيما أصيب خمسة آخرون.',
          'وكانت حصيلة أولية تحدثت عن مقتل ستة أشخاص، قبل أن يعثر على جثث آخرين في المنطقة صباح اليوم.',
        ],
        'ar',
      ),
    ).toEqual([{ killed: 14, wounded: 5 }]);
  });
  it('takes no wounded from "ووفاة جريحين متأثرين بجراحهما" in the first count', () => {
    expect(
      tolls(
        [
          'ارتفعت حصيلة ضحايا القصف على سوق مدينة أريحا جنوبي إدلب، اليوم الاثنين، إلى عشرة قتلى.',
          'وكانت الحصيلة الأولية قد أشارت إلى مقتل ستة مدنيين، قبل أن ترتفع مع انتشال جثث ووفاة جريحين متأثرين بجراحهما.',
          'وقال مصدر طبي إن القصف أدى أيضاً إلى إصابة 17 شخصاً بجروح.',
        ],
        'ar',
      ),
    ).toEqual([{ killed: 10, wounded: 17 }]);
  });
});

describe('a risen toll replaces the count, and only the wounded told dead leave the wounded', () => {
  it('reads "two of the wounded had died … and a third body … bringing the death toll to eight"', () => {
    expect(
      tolls(
        [
          'A roadside bomb hit a minibus near Tuz Khurmatu in Salahuddin province on Monday, killing five passengers, police said.',
          'The blast also wounded 14 people, police added.',
          'On Tuesday, a doctor at the town hospital said two of the wounded had died of their injuries and a third body had been pulled from the wreckage, bringing the death toll to eight.',
        ],
        'en',
        '2022-03-15',
      ),
    ).toEqual([{ killed: 8, wounded: 12 }]);
  });
  it('reads "اثنين من الجرحى توفيا … وانتشلت جثة ثالث …، لترتفع حصيلة القتلى إلى ثمانية"', () => {
    expect(
      tolls(
        [
          'قتل خمسة ركاب وأصيب 14 آخرون بانفجار عبوة ناسفة استهدفت حافلة صغيرة قرب قضاء طوزخورماتو بمحافظة صلاح الدين، أمس الاثنين.',
          'وقال طبيب في مستشفى القضاء، اليوم الثلاثاء، إن اثنين من الجرحى توفيا متأثرين بجراحهما وانتشلت جثة ثالث من تحت الحطام، لترتفع حصيلة القتلى إلى ثمانية.',
        ],
        'ar',
        '2022-03-15',
      ),
    ).toEqual([{ killed: 8, wounded: 12 }]);
  });
});

describe('the count a roundup item opens with is its verb’s, however long who they were runs', () => {
  it('reads "4 مقاتلين من الفصائل المعارضة العاملة في ريف حلب الغربي، قضوا" as four killed', () => {
    expect(
      tolls(
        [
          'وثق المرصد السوري لحقوق الإنسان مقتل 9 أشخاص خلال الساعات الـ24 الماضية في ريف حلب الغربي، وتوزعوا على النحو التالي:',
          '5 مدنيين قتلوا جراء قصف صاروخي لقوات النظام على مدينة الأتارب.',
          '4 مقاتلين من الفصائل المعارضة العاملة في ريف حلب الغربي، قضوا وأصيب 6 آخرون في اشتباكات مع قوات النظام على محور كفرناها.',
        ],
        'ar',
      ),
    ).toEqual([
      { killed: 5, wounded: null },
      { killed: 4, wounded: 6 },
    ]);
  });
});

describe('the day of an event is its written date, and the narrower day its deed is told again with', () => {
  const days = (paragraphs: string[], lang: 'ar' | 'en') =>
    run(paragraphs, lang, '2022-03-19').map((x) => ({ from: x.date?.from, to: x.date?.to }));
  it('takes 16 آذار of "مساء أمس الأربعاء الموافق 16 آذار الجاري" on a Saturday page', () => {
    expect(
      days(
        [
          'قتل ثلاثة من عناصر الشرطة بهجوم مسلح على نقطة تفتيش في قضاء الطارمية شمالي بغداد، مساء أمس الأربعاء الموافق 16 آذار الجاري.',
        ],
        'ar',
      ),
    ).toEqual([{ from: '2022-03-16', to: '2022-03-16' }]);
  });
  it('dates "earlier this week" to "The blast struck their truck on Tuesday, March 15"', () => {
    expect(
      days(
        [
          'Two shepherds were killed when a landmine exploded near Rutba in Anbar province earlier this week, local officials said on Saturday.',
          'The blast struck their truck on Tuesday, March 15, on a desert track west of the town, the mayor said.',
        ],
        'en',
      ),
    ).toEqual([{ from: '2022-03-15', to: '2022-03-15' }]);
  });
  it('dates "مطلع الأسبوع الجاري" to "أن الانفجار استهدف شاحنتهما يوم الثلاثاء"', () => {
    expect(
      days(
        [
          'قتل راعيان بانفجار لغم أرضي قرب قضاء الرطبة غربي الأنبار مطلع الأسبوع الجاري.',
          'وأوضح قائممقام القضاء أن الانفجار استهدف شاحنتهما يوم الثلاثاء في طريق صحراوي غربي المدينة.',
        ],
        'ar',
      ),
    ).toEqual([{ from: '2022-03-15', to: '2022-03-15' }]);
  });
});
