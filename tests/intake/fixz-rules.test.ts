// Rules added on the opened probe-z (issue 12), each on an example written for it.
import { describe, expect, it } from 'vitest';
import { extracted } from '../support/tolls.js';

const run = (paragraphs: string[], lang: 'ar' | 'en', published = '2022-03-09') =>
  extracted(paragraphs, lang, published);
const tolls = (paragraphs: string[], lang: 'ar' | 'en') =>
  run(paragraphs, lang).map((x) => ({ killed: x.killed, wounded: x.wounded }));

describe('a count after "بينهم" is inside the one told before the verb', () => {
  it('reads "9 مدنيين قتلوا بينهم أربعة أطفال" as nine killed', () => {
    expect(
      tolls(
        [
          'قالت مصادر أمنية إن 9 مدنيين قتلوا بينهم أربعة أطفال، وأصيب 14 آخرون بانفجار سيارة مفخخة في سوق شعبي بمدينة الرمادي مساء أمس الثلاثاء.',
        ],
        'ar',
      ),
    ).toEqual([{ killed: 9, wounded: 14 }]);
  });
});

describe('a roundup item opening with one person named before a singular passive verb', () => {
  it('counts "سائق شاحنة قتل برصاص مجهولين" and "طفل قتل بانفجار قنبلة" as one killed each', () => {
    expect(
      tolls(
        [
          'وثقت مصادر محلية مقتل شخصين في محافظة درعا خلال اليوم، وجاءت الحصيلة كما يلي:',
          '– سائق شاحنة قتل برصاص مجهولين على الطريق بين بلدتي نوى وجاسم بريف درعا الغربي.',
          '– طفل قتل بانفجار قنبلة من مخلفات الحرب في بلدة الحراك بريف درعا الشرقي.',
        ],
        'ar',
      ).map((x) => x.killed),
    ).toEqual([1, 1]);
  });
});

describe('a count, its noun and a partitive before a passive verb', () => {
  it('reads "5 جنود من الجيش العراقي قتلوا" as five killed', () => {
    expect(
      tolls(
        [
          'أفاد مصدر أمني بأن 5 جنود من الجيش العراقي قتلوا وأصيب اثنان آخران بهجوم لمسلحين على ثكنة قرب قضاء الحضر جنوبي الموصل مساء أمس الثلاثاء.',
        ],
        'ar',
      ),
    ).toEqual([{ killed: 5, wounded: 2 }]);
  });
});

describe('a wounded victim who died later is the same incident, whatever day the death is told on', () => {
  it('keeps "وإصابة اثنين … قبل أن يفارق أحدهما الحياة … صباح اليوم" in the evening attack told before', () => {
    const drafted = run(
      [
        'قتل رجلان وأصيب ثالث بجروح، مساء أمس الثلاثاء، برصاص مسلحين مجهولين في بلدة طفس بريف درعا الغربي.',
        'وقال مصدر محلي إن مسلحين أطلقوا النار على سيارة تقل ثلاثة رجال عند مدخل البلدة، ما أدى إلى مقتل السائق على الفور، وإصابة الراكبين الآخرين بجروح، قبل أن يفارق أحدهما الحياة متأثراً بجراحه صباح اليوم الأربعاء في مشفى درعا الوطني.',
      ],
      'ar',
    );
    expect(drafted.map((x) => ({ date: x.date?.from, killed: x.killed, wounded: x.wounded }))).toEqual([
      { date: '2022-03-08', killed: 2, wounded: 1 },
    ]);
  });
});

describe('the size of a family killed is the count of its dead', () => {
  it('reads "killed a family of five" as five killed', () => {
    expect(
      tolls(
        [
          'Russian warplanes struck a house on the edge of the town of Maarat al-Numan in Idlib province on Monday night, killing a family of five, the Syrian Observatory for Human Rights said.',
        ],
        'en',
      ),
    ).toEqual([{ killed: 5, wounded: null }]);
  });
  it('reads "مقتل أفراد عائلة مكونة من سبعة أشخاص" as seven killed', () => {
    expect(
      tolls(
        [
          'أسفر قصف مدفعي على بلدة كفرنبل بريف إدلب الجنوبي، مساء أمس الثلاثاء، عن مقتل أفراد عائلة مكونة من سبعة أشخاص.',
        ],
        'ar',
      ),
    ).toEqual([{ killed: 7, wounded: null }]);
  });
});

describe('a group named only as the holder of a place is no side of the event', () => {
  it('keeps the coalition the doer of strikes on "the militants\' de facto capital"', () => {
    expect(
      run(
        [
          "Airstrikes by the U.S.-led coalition hit a market in the town of Hajin in Deir el-Zour province on Thursday, killing nine civilians, activists said, as Syrian Democratic Forces closed in on the Islamic State group's last stronghold in the east.",
        ],
        'en',
      ).map((x) => ({ actors: x.actors, killed: x.killed })),
    ).toEqual([{ actors: ['coalition'], killed: 9 }]);
  });
});

describe('a group entrenched at the positions struck is the target', () => {
  it('makes the group entrenched where Russian jets struck ("مواقع يتحصن فيها عناصر تنظيم داعش") their target', () => {
    expect(
      run(
        [
          'شنت مقاتلات حربية روسية، مساء أمس الثلاثاء، غارات على مواقع يتحصن فيها عناصر تنظيم داعش في بادية الرصافة بريف الرقة الجنوبي، ما أدى إلى مقتل سبعة منهم.',
        ],
        'ar',
      ).map((x) => ({ actors: x.actors, targets: x.targets })),
    ).toEqual([{ actors: ['russia'], targets: ['isis'] }]);
  });
});

describe('a road named by two towns in different governorates or countries lies in neither', () => {
  it('keeps "قرب الطريق الدولي الذي يربط دمشق وعمّان" in the governorate the article told', () => {
    expect(
      run(
        [
          'قتل عنصران من الأمن العسكري برصاص مجهولين على حاجز قرب مدينة الصنمين بريف درعا الشمالي، مساء أمس الثلاثاء.',
          'وكان عنصر آخر قد قتل الأسبوع الماضي برصاص مماثل على حاجز قرب الطريق الدولي الذي يربط دمشق وعمّان.',
        ],
        'ar',
      ).map((x) => x.place?.governorate?.en ?? null),
    ).toEqual(['Daraa', 'Daraa']);
  });
});
