// Rules added on the opened probe-p (issue 12), each on examples written for it.
import { describe, expect, it } from 'vitest';
import { extracted } from '../support/tolls.js';

const told = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extracted(paragraphs, lang, published).map((x) => [x.killed, x.wounded, x.attackersKilled]);

describe('"قتل ثلاثة منهم": "them" are the people named last, here the attackers', () => {
  it('counts the attackers the guards killed apart from the victims', () => {
    expect(
      told(
        [
          'قتل شرطي وأصيب اثنان آخران بهجوم مسلح على نقطة تفتيش قرب قضاء الطارمية شمالي بغداد مساء أمس.',
          'وذكر مصدر في الشرطة أن خمسة مسلحين يستقلون سيارتين هاجموا النقطة ليلاً، وتمكن عناصرها من قتل ثلاثة منهم قبل أن يلوذ الباقون بالفرار.',
        ],
        'ar',
        '2021-03-09',
      ),
    ).toEqual([[1, 2, 3]]);
  });
});

describe('"حصيلة الهجوم": a toll agreeing with the one told, in a later paragraph, is that toll again', () => {
  it('keeps one incident when the body repeats the dead before the wounded', () => {
    expect(
      told(
        [
          'أعلن مصدر في الشرطة، اليوم الثلاثاء، مقتل أربعة من عناصر الشرطة وإصابة تسعة آخرين بهجوم مسلح على مركز للشرطة في قضاء المقدادية شمال شرقي بعقوبة.',
          'وأوضح المصدر أن "ثلاثة مسلحين حاولوا اقتحام المركز قبيل الفجر، وتمكن الحراس من قتل اثنين منهم قبل أن يلوذ الثالث بالفرار"، مبيناً أن "حصيلة الهجوم مقتل أربعة من المنتسبين، وإصابة تسعة آخرين نقلوا إلى مستشفى المقدادية العام".',
        ],
        'ar',
        '2021-03-09',
      ),
    ).toEqual([[4, 9, 2]]);
  });
});

describe('a dual verb makes two of a subject written like its plural ("مقاتلين … قتلا")', () => {
  it('counts two dead', () => {
    expect(
      told(
        [
          'أعلنت وحدات حماية الشعب، اليوم الأحد، أن مقاتلين من صفوفها قتلا بقصف مدفعي تركي على قرية قرب بلدة عين عيسى بريف الرقة الشمالي.',
        ],
        'ar',
        '2019-10-20',
      ),
    ).toEqual([[2, null, null]]);
  });
});

describe('"9 عناصر من المسلحين": a count of members, then of whom, names the attackers', () => {
  it('keeps the attackers the defenders killed apart from the victims', () => {
    expect(
      told(
        [
          'قتل جنديان خلال صد هجوم على موقع للجيش قرب قضاء طوزخورماتو في صلاح الدين مساء أمس، بحسب مصدر عسكري أوضح أن القوة المدافعة قتلت 9 عناصر من المسلحين.',
        ],
        'ar',
        '2019-10-20',
      ),
    ).toEqual([[2, null, 9]]);
  });
});

describe("a toll in a source's words a few sentences on is the event's, in that source's figures", () => {
  it('gives the event the wounded the source counts', () => {
    expect(
      told(
        [
          'Gunmen opened fire on a wedding party in a village near Baquba in Diyala province on Friday, killing at least three people, officials said.',
          'The attackers fled in two cars towards the orchards, a local official said.',
          'Hospital sources put the toll at four dead and said 12 people were wounded.',
        ],
        'en',
        '2020-07-11',
      ),
    ).toEqual([[3, 12, null]]);
  });
});

describe('"سيدة": a woman, as Levantine copy names her', () => {
  it('counts "مواطن وسيدة" as two dead', () => {
    expect(
      told(
        ['قتل مواطن وسيدة وأصيب طفلان بقصف مدفعي على بلدة اللطامنة بريف حماة الشمالي، اليوم الأحد.'],
        'ar',
        '2019-08-04',
      ),
    ).toEqual([[2, 2, null]]);
  });
});

describe('"، بينما …" / "، كما …": another item of a roundup, with its own place and toll', () => {
  it.each(['بينما', 'كما'])('makes two incidents of "…، %s قتل …"', (joint) => {
    expect(
      told(
        [
          `قتل ثلاثة مدنيين بقصف جوي على بلدة كفرنبل في ريف إدلب الجنوبي، اليوم الجمعة، ${joint} قتل طفل بقصف مدفعي على قرية قلعة المضيق في ريف حماة الغربي.`,
        ],
        'ar',
        '2019-08-02',
      ),
    ).toEqual([
      [3, null, null],
      [1, null, null],
    ]);
  });
});
