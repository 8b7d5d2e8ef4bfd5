// Rules added for the misses of probes k, l and o (issue 12), each on examples written for it.
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/intake/ingest.js';
import { extracted } from '../support/tolls.js';

const told = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extracted(paragraphs, lang, published).map((x) => [x.place.governorate?.en ?? null, x.killed, x.wounded]);

describe('whoever is named after the group the first counted were of is counted too', () => {
  it('"عنصران من حرس الحدود وطفل": three wounded', () => {
    expect(
      told(
        ['أصيب عنصران من حرس الحدود وطفل بانفجار عبوة ناسفة قرب سوق في قضاء الخالص بديالى صباح اليوم.'],
        'ar',
        '2018-05-02',
      ),
    ).toEqual([['Diyala', null, 3]]);
  });
});

describe('a describing word may stand between a possessive and the kin it names', () => {
  it('"a shepherd, his young son and his elderly father": three dead', () => {
    expect(
      told(
        [
          'A mortar round struck a farm near the town of Saraqeb in Idlib on Sunday, killing a shepherd, his young son and his elderly father.',
        ],
        'en',
        '2019-08-11',
      ),
    ).toEqual([['Idlib', 3, null]]);
  });
});

describe('an undated item takes the day a lead that is no incident itself gives, not the day another item names for itself', () => {
  it('the Anbar item after a Nineveh item of "مساء أمس الأربعاء" is of Thursday, as the lead says', () => {
    const got = extracted(
      [
        'شهدت محافظتا نينوى والأنبار، اليوم الخميس، سلسلة من الهجمات أوقعت عشرة أشخاص بين قتيل وجريح، وفق مصادر أمنية.',
        'وقال مصدر في شرطة نينوى إن مسلحين مجهولين قتلوا صاحب محل تجاري في حي الزهور بالموصل مساء أمس الأربعاء.',
        'وفي الأنبار، أصيب ثلاثة جنود بانفجار عبوة ناسفة قرب قضاء هيت.',
      ],
      'ar',
      '2019-06-13',
    );
    expect(got.map((x) => [x.place.governorate?.en, x.date.from, x.date.to])).toEqual([
      ['Nineveh', '2019-06-12', '2019-06-12'],
      ['Anbar', '2019-06-13', '2019-06-13'],
    ]);
  });
});

describe('what a side says it did over the past week is a tally, not an incident', () => {
  it('"neutralized 9 militants over the past week" adds no incident', () => {
    expect(
      told(
        [
          'A Turkish drone strike killed two people in a car near Sinjar in Nineveh on Tuesday, local officials said.',
          'The Turkish defence ministry said its forces had killed nine militants in northern Iraq over the past week.',
        ],
        'en',
        '2022-08-17',
      ),
    ).toEqual([['Nineveh', 2, null]]);
  });
});

describe('"and several others wounded": others of no count do not add the dead to the ones told before', () => {
  it("a monitor's toll beside the agency's is another count of the same dead, not more dead", () => {
    const got = extracted(
      [
        'Gunmen attacked a bus of shepherds near Palmyra in Homs province on Friday, killing at least eight people.',
        'The state news agency said eight civilians were killed. A war monitor said ten people were killed and several others wounded.',
      ],
      'en',
      '2020-03-07',
    );
    expect(got.map((x) => [x.place.governorate?.en, x.killed])).toEqual([['Homs', 8]]);
  });
});

describe('a toll told "in separate incidents" sums the incidents told after it', () => {
  it('militants and a policeman of a lead are the dead of the raid and the attack it sums', () => {
    expect(
      told(
        [
          "Four Islamic State (IS) militants and a policeman were killed in separate incidents in Iraq's Salahuddin province on Monday, a police source said.",
          'An air strike hit a militant hideout in the Mutaibija desert east of Samarra, killing four militants, the source said.',
          'In another incident, militants attacked a police post near Baiji, killing a policeman and wounding two.',
        ],
        'en',
        '2020-10-12',
      ),
    ).toEqual([
      ['Salahuddin', 4, null],
      ['Salahuddin', 1, 2],
    ]);
  });
});

const figures = (title: string, body: string, published: string): number[] => {
  const result = ingest(`${title}\n\n${body}\n`, { published });
  return result.ok ? result.draft.figures.map((f) => f.value) : [];
};

describe('figures as Arabic copy writes them', () => {
  it('"9.375 مسافرا": a dot before three digits and a noun is a thousands separator', () => {
    expect(
      figures(
        'حركة المسافرين في مطار النجف',
        'أعلنت إدارة مطار النجف الدولي أن المطار استقبل 9.375 مسافرا خلال شهر آب، بزيادة 14% عن الشهر الذي سبقه.',
        '2023-09-04',
      ),
    ).toContain(9375);
  });

  it('"1.750 مليون طن" stays a decimal of its scale word', () => {
    expect(
      figures(
        'إنتاج الإسمنت',
        'أعلنت وزارة الصناعة أن معامل الإسمنت أنتجت 1.750 مليون طن خلال النصف الأول من العام. وقالت الوزارة إن الإنتاج يغطي حاجة السوق المحلية. وأضافت أن التصدير سيبدأ العام المقبل.',
        '2023-07-04',
      ),
    ).toContain(1750000);
  });

  it('"2.3 million" is 2,300,000 exactly, not its binary fraction', () => {
    expect(
      figures(
        'Iraq displacement',
        'The agency said 2.3 million people remained displaced across the country, and 4.1 million needed aid.',
        '2019-02-11',
      ),
    ).toEqual(expect.arrayContaining([2300000, 4100000]));
  });

  it('"3.2 ترليون دينار": the spelling without the ي is a trillion too; "ترليونا دينار" two', () => {
    expect(
      figures(
        'موازنة الكهرباء',
        'خصصت الحكومة 3.2 ترليون دينار لوزارة الكهرباء، فيما رصدت ترليوني دينار لمشاريع الطاقة الشمسية.',
        '2023-03-20',
      ),
    ).toEqual(expect.arrayContaining([3.2e12, 2e12]));
  });

  it('"مليونا لتر": a bare scale word in -ا before its noun is the dual; "مليوناً و300 ألف" one and more', () => {
    const got = figures(
      'توزيع الوقود',
      'وزعت الوزارة مليونا لتر من النفط الأبيض على النازحين، وبلغ مجموع ما وزعته منذ بداية الشتاء مليوناً و300 ألف لتر.',
      '2022-01-16',
    );
    expect(got).toEqual(expect.arrayContaining([2000000, 1300000]));
  });

  it('"ثلاثة ملايين ومئتي ألف": the construct dual of a hundred, glued to its "و", joins the scale before it', () => {
    expect(
      figures(
        'حملة تلقيح',
        'أطلقت وزارة الصحة حملة تستهدف ثلاثة ملايين ومئتي ألف طفل دون الخامسة في المحافظات الجنوبية. وقالت الوزارة إن الحملة تستمر أسبوعين. ودعت الأهالي إلى التعاون مع الفرق الصحية.',
        '2023-04-02',
      ),
    ).toContain(3200000);
  });

  it.each([
    [
      'نسبة الأمية',
      'أعلن الجهاز المركزي للإحصاء أن نسبة الأمية في الأرياف بلغت تسعة بالمئة. وقال الجهاز إن النسبة انخفضت عن العام الماضي. وأضاف أن المسح شمل كل المحافظات.',
    ],
    [
      'Illiteracy survey',
      'The statistics office said illiteracy in rural areas stood at nine percent. It said the share had fallen since the last survey. The survey covered every province.',
    ],
  ])('a share spelled out ("تسعة بالمئة", "nine percent") is a figure however small: %s', (title, body) => {
    expect(figures(title, body, '2023-05-21')).toContain(9);
  });
});
