// Rules from the fxextras4 round (issue 12, drafted incidents that match no event): where the weapons
// of the blow told were fired from; who said nothing of it; the deal the news came after; places
// ranked by their counts, in whichever clause; a monitor's tally of the country "تم توثيقهم"; the
// claimant's own toll glued to its claim; "The sniper attack came as…"; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('where the weapons of the blow told were fired from: no blow there', () => {
  it('"سقطت ثلاثة صواريخ … دون إصابات", then "أن الصواريخ أطلقت قرابة الثالثة فجراً من منطقة قرب قضاء…"', () => {
    expect(
      ingested(
        'صواريخ على قاعدة بلد',
        [
          'سقطت ثلاثة صواريخ من نوع كاتيوشا، ليلة الاثنين على الثلاثاء، داخل قاعدة بلد الجوية في محافظة صلاح الدين، دون أن تسفر عن إصابات.',
          'وقال مصدر أمني إن الصواريخ أطلقت قرابة الثالثة فجراً من منطقة زراعية قرب قضاء الدجيل، وإن قوة عثرت على منصة الإطلاق.',
        ],
        '2020-03-10',
      ),
    ).toEqual([{ from: '2020-03-09', to: '2020-03-10', governorate: 'Salahuddin', killed: 0, wounded: 0 }]);
  });

  it('"قتل مدنيان … في هجوم صاروخي شنه تنظيم …", then "أن الإرهابيين أطلقوا خمسة صواريخ من مواقعهم في محيط…"', () => {
    expect(
      ingested(
        'هجوم على الراعي',
        [
          'قتل مدنيان وأصيب أربعة آخرون، أمس الأحد، في هجوم صاروخي شنه تنظيم "ي ب ك" على بلدة الراعي شمالي حلب.',
          'وأفاد مراسل محلي أن الإرهابيين أطلقوا خمسة صواريخ من مواقعهم في محيط مدينة منبج، سقط ثلاثة منها على حي سكني، فيما سقط الباقي في أرض زراعية.',
        ],
        '2021-05-10',
      ),
    ).toEqual([{ from: '2021-05-09', to: '2021-05-09', governorate: 'Aleppo', killed: 2, wounded: 4 }]);
  });
});

describe('who said nothing of the blow told: no event', () => {
  it('"…، كما لم تعلق الحكومة على الغارتين"', () => {
    expect(
      ingested(
        'غارتان على ريف السويداء',
        [
          'قتل شخصان، فجر اليوم الأربعاء، بغارتين جويتين استهدفتا منزلاً في قرية عرمان بريف السويداء الجنوبي.',
          'ولم يصدر أي تعليق رسمي حتى الآن، كما لم تعلق الحكومة على الغارتين.',
        ],
        '2024-02-07',
      ),
    ).toEqual([{ from: '2024-02-07', to: '2024-02-07', governorate: 'Suwayda', killed: 2, wounded: null }]);
  });
});

describe('the deal the news came after: no event', () => {
  it('"ويأتي ذلك بعد أيام من التوصل إلى اتفاق لوقف القتال في…"', () => {
    expect(
      ingested(
        'تفجير في الشعلة',
        [
          'قتل ثلاثة مدنيين، صباح اليوم الأحد، بانفجار عبوة ناسفة قرب سوق شعبي في مدينة الصدر شرقي بغداد.',
          'ويأتي ذلك بعد أيام من التوصل إلى اتفاق لوقف القتال في مدينة الصدر بين القوات الحكومية وجيش المهدي، أنهى مواجهات استمرت أسابيع.',
        ],
        '2008-06-08',
      ),
    ).toEqual([{ from: '2008-06-08', to: '2008-06-08', governorate: 'Baghdad', killed: 3, wounded: null }]);
  });
});

describe('places ranked by their counts: a tally, in whichever clause a place is told', () => {
  it('"تصدرت بغداد القائمة، تلتها ذي قار بـ 90 قتيلاً، ثم البصرة بـ 30، وكربلاء بـ 12 قتيلاً"', () => {
    expect(
      ingested(
        'تقرير عن ضحايا الاحتجاجات',
        [
          'أصدرت منظمة حقوقية، اليوم الثلاثاء، تقريرها عن ضحايا الاحتجاجات منذ انطلاقها قبل أربعة أشهر.',
          'وبحسب التقرير، تصدرت بغداد قائمة المحافظات بعدد القتلى، تلتها محافظة ذي قار بـ 90 قتيلاً، ثم البصرة بـ 30 قتيلاً، وكربلاء بـ 12 قتيلاً.',
        ],
        '2020-02-04',
      ),
    ).toEqual([]);
  });

  it('"… تصدر مناطق الساحل بـ 31 قتيلاً، تلاه ريف صافيتا بـ 22" (the masculine)', () => {
    expect(
      ingested(
        'حصيلة شهرية في الساحل',
        [
          'وثّق المرصد خلال شهر أيار/مايو الفائت مقتل 90 شخصاً في محافظتي اللاذقية وطرطوس، في حوادث متفرقة.',
          'وأشار المرصد إلى أن ريف جبلة تصدر مناطق الساحل من حيث عدد الضحايا بـ 31 قتيلاً، تلاه ريف صافيتا بـ 22.',
        ],
        '2025-06-02',
      ),
    ).toEqual([]);
  });
});

describe('a monitor’s tally of the dead of the whole country: no event', () => {
  it('"بلغ عدد الشهداء الذين تم توثيقهم اليوم في سوريا 60 شهيداً"', () => {
    expect(
      ingested(
        'حصيلة يوم الاثنين',
        [
          'بلغ عدد الشهداء الذين تم توثيقهم اليوم الاثنين في سوريا 60 شهيداً، بينهم 9 أطفال، 15 منهم في حلب.',
          'حلب: استشهد 4 مواطنين جراء قصف بالبراميل على حي الشعار.',
        ],
        '2013-09-02',
      ),
    ).toEqual([{ from: '2013-09-02', to: '2013-09-02', governorate: 'Aleppo', killed: 4, wounded: null }]);
  });
});

describe('the claimant’s own toll glued to its claim: the event claimed, not another', () => {
  it('"وتبنى التنظيم الهجوم عبر معرفاته، زاعماً مقتل ستة عناصر"', () => {
    expect(
      ingested(
        'هجوم على حاجز في الشحيل',
        [
          'قتل عنصران من قوات سوريا الديمقراطية، مساء أمس السبت، بهجوم مسلح على حاجز في بلدة الشحيل بريف دير الزور الشرقي.',
          'وتبنى التنظيم الهجوم في وقت لاحق عبر معرفاته، زاعماً مقتل ستة عناصر.',
        ],
        '2024-03-10',
      ),
    ).toEqual([
      { from: '2024-03-09', to: '2024-03-09', governorate: 'Deir ez-Zor', killed: 2, wounded: null },
    ]);
  });
});

describe('"The sniper attack came as…": the news’s setting, no event of its own', () => {
  it('"The sniper attack came as troops are engaged in the battle for Hawija, which began on September 21"', () => {
    expect(
      ingested(
        'Soldier killed near Tuz Khurmatu',
        [
          'An Iraqi soldier was killed by sniper fire on Monday at a checkpoint near Tuz Khurmatu in Salahuddin province, a security source said.',
          'The sniper attack came as Iraqi forces are engaged in the battle to retake Hawija from the Islamic State, which began on September 21.',
        ],
        '2017-10-03',
      ),
    ).toEqual([
      { from: '2017-10-02', to: '2017-10-02', governorate: 'Salahuddin', killed: 1, wounded: null },
    ]);
  });
});

// Issue 12, the s26 round of fxextras4: a period's or a governorate's total kept off an incident's toll.

const rows = (title: string, paragraphs: string[], published: string) =>
  ingested(title, paragraphs, published).map((x) => [x.from, x.to, x.governorate, x.killed, x.wounded]);

describe('"منذ إبرام اتفاق المصالحة": since an onset told by two nouns in construct, a span’s total', () => {
  it('keeps the documented dead since the deal off the toll of the killing told before', () => {
    expect(
      rows(
        'اغتيال مختار بلدة في ريف درعا',
        [
          'شيع أهالي بلدة المسيفرة، الثلاثاء، المختار سالم الحسن، الذي قتل برصاص مجهولين يوم الإثنين أمام منزله.',
          'ووثقت شبكة محلية مقتل أكثر من 90 شخصاً في عمليات اغتيال منذ إبرام اتفاق المصالحة في المنطقة.',
        ],
        '2020-03-04',
      ),
    ).toEqual([['2020-03-02', '2020-03-02', 'Daraa', null, null]]);
  });
});

describe('"ما رفع حصيلة القتلى في المحافظة إلى…": the governorate’s toll, not the blow’s', () => {
  it('takes the shelled town’s own dead as the toll, not the governorate’s risen count', () => {
    expect(
      rows(
        'قصف على ريف حمص الشمالي',
        [
          'قصفت قوات النظام بلدات ريف حمص الشمالي بالمدفعية صباح اليوم، ما رفع حصيلة القتلى في المحافظة إلى 22 قتيلاً، بحسب ناشطين.',
          'وقال ناشطون إن بلدة تلبيسة تعرضت لعشرات القذائف أدت إلى مقتل ستة مدنيين وإصابة آخرين.',
        ],
        '2013-06-10',
      ),
    ).toEqual([['2013-06-10', '2013-06-10', 'Homs', 6, null]]);
  });
});

describe('"Rebels agreed to hand over their weapons": a deal, no violent event', () => {
  it('drafts the strike told, not the surrender agreed the next day', () => {
    expect(
      rows(
        'Deal reached in Quneitra',
        [
          'Rebel fighters in Quneitra province agreed on Sunday to hand over their heavy weapons to government forces after weeks of a fierce offensive and heavy bombardment, opposition sources said.',
          'On Saturday, air strikes on the village of Jubata al-Khashab in Quneitra killed six civilians, a monitor said.',
        ],
        '2018-07-23',
      ),
    ).toEqual([['2018-07-21', '2018-07-21', 'Quneitra', 6, null]]);
  });
});

describe('"warned that those responsible would pay": a threat, no event on the day of the warning', () => {
  it('drafts the bombing on its day only', () => {
    expect(
      rows(
        'Bombing in Kirkuk',
        [
          'A car bomb killed nine people at a market in Kirkuk on Friday, police said.',
          'The prime minister warned on Saturday that those behind the Kirkuk bombing would pay a heavy price.',
        ],
        '2016-03-13',
      ),
    ).toEqual([['2016-03-11', '2016-03-11', 'Kirkuk', 9, null]]);
  });
});

describe('"warplanes have carried out air strikes … since Monday": a run of blows over days, no event', () => {
  it('drafts the attack told, not the strikes summed since a day with no toll', () => {
    expect(
      rows(
        'Militants attack army post in Anbar',
        [
          'Militants killed four soldiers in an attack on an army post near Rutba in Anbar province on Thursday, an officer said.',
          'Coalition warplanes have carried out air strikes against militant positions near Mosul since Monday, officials said.',
        ],
        '2015-06-12',
      ),
    ).toEqual([['2015-06-11', '2015-06-11', 'Anbar', 4, null]]);
  });
});

describe('"… في أول أيامه": a feast’s day told by its pronoun', () => {
  it('dates the blow on the feast’s first day, the feast told beside a weekday before', () => {
    expect(
      rows(
        'قتلى بقصف في ريف حلب خلال العيد',
        [
          'قتل ثلاثة مدنيين، أمس الخميس ثاني أيام عيد الفطر، بقصف مدفعي على بلدة الأتارب بريف حلب الغربي.',
          'وهذا ثاني هجوم دام خلال العيد، إذ قتل طفلان بقصف صاروخي على بلدة دارة عزة بريف حلب في أول أيامه.',
        ],
        '2024-04-12',
      ),
    ).toEqual([
      ['2024-04-11', '2024-04-11', 'Aleppo', 3, null],
      ['2024-04-10', '2024-04-10', 'Aleppo', 2, null],
    ]);
  });
});
