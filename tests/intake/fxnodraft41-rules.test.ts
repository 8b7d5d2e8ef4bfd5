// Rules from the fxnodraft41 round (issue 12, Arabic incidents drafted as nothing): a journey's end
// stops at the road it was on; a body the clause's own victim left is no retelling; a spot situated
// through an unknown area lies in the known place after it; the same toll again with its day dates an
// event told without one. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ROUTE_ENDS } from '../../src/intake/places/elsewhere/route-ends.js';
import { bodyOfOwnDead } from '../../src/intake/followups/own-dead-body.js';
import { situatedThroughArea } from '../../src/intake/places/spot-in-area.js';
import { draftedIncidents } from '../support/tolls.js';

/** Each drafted incident's days, governorate, dead and wounded. */
const drafted = (paragraphs: string[], published: string) =>
  draftedIncidents(paragraphs.join('\n\n'), published).map((x) => ({
    from: x.date.from,
    to: x.date.to,
    governorate: x.place.governorate?.en ?? null,
    killed: x.killed,
    wounded: x.wounded,
  }));

describe('"أثناء توجهه إلى عمله على الطريق الواصل بين…": the journey ends before the road it was on', () => {
  it('blanks the journey up to the road only', () => {
    const text = 'قتل شاب أثناء توجهه إلى عمله على الطريق الواصل بين قريتين في ريف حمص الشمالي';
    expect(text.replace(ROUTE_ENDS, ' ')).toContain('على الطريق الواصل بين قريتين في ريف حمص الشمالي');
  });

  it('still blanks a journey with no road told after it', () => {
    expect('قتل شاب أثناء توجهه إلى مدينة حماة، برصاص مجهولين'.replace(ROUTE_ENDS, ' ')).not.toContain(
      'حماة',
    );
  });

  it('drafts the shooting on the road in the countryside the road lies in', () => {
    expect(
      drafted(
        [
          'مقتل شاب برصاص مجهولين',
          'قتل مسلحون مجهولون، مساء أمس الأربعاء، شاباً بإطلاق النار عليه أثناء توجهه إلى محله التجاري على الطريق الواصل بين قريتي الزهراء والعامرية في ريف حمص الشمالي.',
        ],
        '2021-04-08',
      ),
    ).toEqual([{ from: '2021-04-07', to: '2021-04-07', governorate: 'Homs', killed: 1, wounded: null }]);
  });
});

describe('"قتل رجل برصاص مجهولين…، حيث عثر ذووه على جثته": the body of the clause\'s own dead', () => {
  it('reads the body as that of the one the clause counted first', () => {
    expect(
      bodyOfOwnDead('قتل رجل برصاص مجهولين في قرية الحمرا، وعثر ذووه على جثته قرب الطريق', 'ar', 3),
    ).toBe(true);
  });

  it('not the bodies of several counted, the toll told again', () => {
    expect(bodyOfOwnDead('ما أدى إلى مقتل خمسة مدنيين نقلت جثامينهم إلى المشفى', 'ar', 5)).toBe(false);
  });

  it('not one dead after an incident of one dead, maybe the same', () => {
    expect(bodyOfOwnDead('قتل رجل برصاص مجهولين، وعثر ذووه على جثته', 'ar', 1)).toBe(false);
  });

  it('not a body told with no dead counted before it', () => {
    expect(bodyOfOwnDead('وسلمت جثته إلى ذويه بعد الفحص', 'ar', 3)).toBe(false);
  });

  it('drafts the killing after another event, not folded into its dead', () => {
    expect(
      drafted(
        [
          'هجمات في ريف دير الزور',
          'قتل عنصران من "قسد" وأصيب ثالث بهجوم مسلح على حاجز في بلدة الصور بريف دير الزور الشمالي، مساء أمس الخميس.',
          'وفي سياق منفصل، قتل مزارع برصاص مسلحين مجهولين في بلدة ذيبان بريف دير الزور الشرقي، صباح اليوم الجمعة، حيث عثر أقاربه على جثته في أرضه الزراعية.',
        ],
        '2023-05-12',
      ),
    ).toEqual([
      { from: '2023-05-11', to: '2023-05-11', governorate: 'Deir ez-Zor', killed: 2, wounded: 1 },
      { from: '2023-05-12', to: '2023-05-12', governorate: 'Deir ez-Zor', killed: 1, wounded: null },
    ]);
  });
});

describe('"في قرية X بمنطقة Y، شرقي Z": a spot situated through an unknown area', () => {
  it('takes an unknown area of a known place between them', () => {
    expect(situatedThroughArea(' بمنطقة الوعر، ')).toBe(true);
    expect(situatedThroughArea(' في ناحية الخيرات ب')).toBe(true);
  });

  it('not a clause of words between them', () => {
    expect(situatedThroughArea(' بعد أن قصفت الطائرات مدينة ')).toBe(false);
  });

  it('places an earlier blow on a road named by the spot', () => {
    expect(
      drafted(
        [
          'انفجار يستهدف مقراً لفصيل',
          'قتل ثلاثة مقاتلين وأصيب خمسة آخرون، مساء أمس الأحد، بانفجار سيارة مفخخة قرب مقر فصيل في قرية الزباير بمنطقة الوعرة، غربي درعا.',
          'ويأتي الانفجار بعد أسابيع من تفجير عبوة ناسفة بسيارة قيادي في فصيل آخر على طريق الزباير- الهبارية في شباط الماضي، ما أدى إلى مقتله.',
        ],
        '2017-04-10',
      ),
    ).toEqual([
      { from: '2017-04-09', to: '2017-04-09', governorate: 'Daraa', killed: 3, wounded: 5 },
      { from: '2017-02-01', to: '2017-02-28', governorate: 'Daraa', killed: 1, wounded: null },
    ]);
  });
});

describe('the same toll told again with its day: the day of the event told without one', () => {
  it("dates the lead's undated blow by the source's retelling", () => {
    expect(
      drafted(
        [
          'العثور على رفات ضحايا في الأنبار',
          'الأنبار/ وكالة محلية: أعلنت الشرطة، الأحد، العثور على رفات 12 شخصاً في ناحية البغدادي أعدمهم تنظيم "داعش" في العام الماضي، فيما قتل شرطيان وأصيب أربعة آخرون بانفجار عبوة ناسفة في الناحية.',
          'وقال مصدر في الشرطة إن "فريقاً من الدفاع المدني نقل الرفات إلى بغداد".',
          'وأضاف المصدر أن "شرطيين قتلا وأصيب أربعة آخرون ظهر أمس السبت بانفجار عبوة ناسفة خلال دورية في الناحية".',
        ],
        '2016-09-11',
      ),
    ).toEqual([{ from: '2016-09-10', to: '2016-09-10', governorate: 'Anbar', killed: 2, wounded: 4 }]);
  });
});

describe('"- هجوم …، أدى إلى مقتل اثنين وإصابة ٦ آخرين": the others of a dashed item are its own', () => {
  it('drafts the item after an item with an unsplit toll as an event of its own', () => {
    expect(
      drafted(
        [
          'محور تلعفر: مقتل ٢٠ من داعش',
          'أفاد مصدر أمني في قيادة العمليات، اليوم الخميس، بأن القوات تقدمت باتجاه ناحية العياضية، مبينا أن المعارك أسفرت خلال الساعات الـ٢٤ الماضية عن مقتل ٢٠ من عناصر داعش.',
          'وأورد المصدر التفاصيل على النحو الآتي:',
          '- سقوط صواريخ كاتيوشا أطلقها التنظيم على أحياء ناحية العياضية، ما أسفر عن مقتل وإصابة ٤ مدنيين.',
          '- هجوم بسيارة مفخخة يقودها انتحاري على نقطة للحشد الشعبي قرب قرية الكسرة، أدى إلى مقتل ثلاثة من المقاتلين وإصابة ٥ آخرين، فضلا عن مقتل الانتحاري.',
        ],
        '2017-03-02',
      ).map((x) => [x.killed, x.wounded]),
    ).toEqual([
      [20, null],
      [null, null],
      [3, 5],
    ]);
  });
});

describe('"وخلال الحملة، اشتبكت قوة …": a toll during the operation the sentence before dated', () => {
  it("dates the clash by the day the sweep began, the news' own day, not the ambush's before it", () => {
    expect(
      drafted(
        [
          'كمين يقتل عناصر من الأمن في ريف حمص',
          'قتل ثلاثة عناصر من الأمن العام وأصيب اثنان آخرون، مساء أمس الأربعاء، بكمين نصبه مسلحون مجهولون لدورية قرب بلدة تلكلخ في ريف حمص الغربي.',
          'وبدأت قوات الأمن صباح اليوم الخميس حملة تمشيط في قرى المنطقة، اعتقلت خلالها خمسة مطلوبين من دون مقاومة.',
          'وخلال الحملة، اشتبكت قوة أمنية مع مسلحين تحصنوا في منزل بأطراف بلدة تلكلخ، ما أدى إلى مقتل ثلاثة منهم وإصابة عنصر من الأمن.',
        ],
        '2025-01-09',
      ),
    ).toEqual([
      { from: '2025-01-08', to: '2025-01-08', governorate: 'Homs', killed: 3, wounded: 2 },
      { from: '2025-01-09', to: '2025-01-09', governorate: 'Homs', killed: 3, wounded: 1 },
    ]);
  });
});
