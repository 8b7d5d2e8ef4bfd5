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
