// Rules found on governorates of told places (issue 12, fixer fxplaces3): the town a road leads to,
// a quarter inside "the city" named like another city's, a local outlet named "<province> 24", the
// news an earlier event is told as coming before, a pipeline named by the towns it joins, and
// villages of the Syrian coast and Rural Damascus the gazetteer lacked. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

const rows = (title: string, paragraphs: string[], published: string) =>
  ingested(title, paragraphs, published).map((x) => [x.from, x.governorate, x.killed, x.wounded]);

describe('"at a checkpoint on the road to Kirkuk": the town a road leads to is not the place', () => {
  it('keeps an English blast in the town the story is in', () => {
    expect(
      rows(
        'Bomber kills three soldiers in Tikrit',
        [
          'A suicide bomber in a pick-up truck blew himself up at an army checkpoint on the road to Kirkuk, at the northern entrance of the city, on Sunday, killing three soldiers and wounding five, police said.',
        ],
        '2013-04-14',
      ),
    ).toEqual([['2013-04-14', 'Salahuddin', 3, 5]]);
  });

  it('keeps an Arabic ambush on "الطريق المؤدي إلى" in the town the story is in', () => {
    expect(
      rows(
        'مقتل جنديين بهجوم مسلح في الرمادي',
        [
          'هاجم مسلحون مجهولون فجر اليوم الأحد نقطة تفتيش للجيش على الطريق المؤدي إلى بغداد عند المدخل الشرقي للمدينة، ما أدى إلى مقتل جنديين وإصابة ثلاثة آخرين.',
        ],
        '2014-02-09',
      ),
    ).toEqual([['2014-02-09', 'Anbar', 2, 3]]);
  });
});

describe('"وداخل المدينة، … في حي الشورجة": a quarter inside the city told, named like another city\'s', () => {
  it('places the quarter in the city of the event told before, not in Baghdad', () => {
    const governorates = ingested(
      'اشتباكات في الموصل',
      [
        'اندلعت صباح اليوم الثلاثاء اشتباكات بين قوات الأمن ومسلحين في الجانب الأيسر من مدينة الموصل، ما أدى إلى مقتل اثنين من عناصر الأمن.',
        'وداخل المدينة، أصيب أربعة مدنيين برصاص طائش في حي الشورجة، بحسب مصدر طبي.',
      ],
      '2016-11-08',
    ).map((x) => x.governorate);
    expect(governorates).not.toContain('Baghdad');
    expect(governorates).toContain('Nineveh');
  });
});

describe('"بحسب ما نقلته السويداء 24": a local outlet named after its province', () => {
  it('places nothing in the province the outlet is named after, the clause naming no other place', () => {
    const governorates = ingested(
      'هجوم على حاجز في ريف درعا',
      [
        'قتل ثلاثة عناصر من الأمن العام مساء أمس الأربعاء بهجوم مسلح على حاجز في مدينة بصرى الشام بريف درعا الشرقي.',
        'وفي وقت لاحق من الليلة ذاتها، أصيب مدنيان برصاص قناص مجهول، بحسب ما نقلته السويداء 24 عن مصادر محلية.',
      ],
      '2025-06-12',
    ).map((x) => x.governorate);
    expect(governorates).not.toContain('Suwayda');
    expect(governorates).toContain('Daraa');
  });
});

describe('"وتأتي أحداث الفلوجة بعد يومين من تفجير … في كربلاء": the earlier event at its own place', () => {
  it('places the event told after "after" where it names, not in the town of the news', () => {
    const got = rows(
      'قتلى باشتباكات في الفلوجة',
      [
        'قتل ثلاثة من عناصر الشرطة اليوم الأحد باشتباكات مع مسلحين وسط مدينة الفلوجة.',
        'وتأتي أحداث الفلوجة بعد يومين من تفجير عبوة ناسفة استهدف سوقاً شعبياً في كربلاء مساء الجمعة، أسفر عن إصابة أربعة أشخاص.',
      ],
      '2013-06-16',
    );
    expect(got).toContainEqual(['2013-06-14', 'Karbala', null, 4]);
  });
});

describe('"أنبوب ينقل المشتقات بين بيجي وكركوك": a pipeline named by the towns it joins', () => {
  it("places the blast at the spot told near it, not at the pipeline's first town", () => {
    expect(
      rows(
        'تفجير أنبوب نفطي في كركوك',
        [
          'تعرض أنبوب ينقل المشتقات النفطية بين بيجي وكركوك فجر اليوم الاثنين لتفجير بعبوة ناسفة قرب ناحية الزاب، ما أدى إلى إصابة حارسين.',
        ],
        '2012-05-07',
      ),
    ).toEqual([['2012-05-07', 'Kirkuk', null, 2]]);
  });
});

describe('villages of the coast and of Rural Damascus the gazetteer did not know', () => {
  it('places a killing in Sanobar in Latakia', () => {
    expect(
      rows(
        'Gunmen kill six in coastal village',
        [
          'Gunmen killed six men in the village of Sanobar on Tuesday evening, residents said, the latest in a wave of revenge killings.',
        ],
        '2025-04-02',
      ),
    ).toEqual([['2025-04-01', 'Latakia', 6, null]]);
  });

  it('places an attack on a checkpoint in Ashrafiyat Sahnaya in Rural Damascus', () => {
    expect(
      rows(
        'هجوم على حاجز أمني',
        [
          'هاجم مسلحون مجهولون مساء أمس حاجزاً للأمن العام عند مدخل بلدة أشرفية صحنايا، ما أدى إلى مقتل عنصرين.',
        ],
        '2025-05-03',
      ),
    ).toEqual([['2025-05-02', 'Rif Dimashq', 2, null]]);
  });
});
