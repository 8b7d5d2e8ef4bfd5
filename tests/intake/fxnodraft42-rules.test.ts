// Rules found on gold incidents that drew no draft at all (issue 12, fixer fxnodraft42): a roundup's
// second blow in a paragraph, told after a shooting or with an unsplit toll; the town its paragraph
// opened on as the place of that blow; a town's spelling; a quantity of oil "per day" that is no rate
// of deaths. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

const rows = (title: string, paragraphs: string[], published: string) =>
  ingested(title, paragraphs, published).map((x) => [x.from, x.to, x.governorate, x.killed, x.wounded]);

describe('"were killed in a shooting. A bomb wounded …": a blast told after dead told as shot', () => {
  it('drafts the bomb apart from the shooting, in the town the paragraph opened on', () => {
    expect(
      rows(
        'Iraq roundup: 11 killed',
        [
          'At least 11 people were killed in attacks across Iraq on Tuesday.',
          'In Tikrit, three policemen were killed in a shooting. A bomb wounded four soldiers.',
        ],
        '2011-05-11',
      ),
    ).toEqual([
      ['2011-05-10', '2011-05-10', 'Salahuddin', 3, null],
      ['2011-05-10', '2011-05-10', 'Salahuddin', null, 4],
    ]);
  });
});

describe('"A roadside bomb in X killed or wounded six people": a blow of another kind with an unsplit toll', () => {
  it("opens an incident of its own after gunmen's killing in the same paragraph", () => {
    expect(
      rows(
        'Iraq roundup: violence in Baghdad',
        [
          'In Baghdad, gunmen killed a school teacher in Mansour. A roadside bomb in Adhamiya killed or wounded six people.',
        ],
        '2011-05-11',
      ).map((r) => r.slice(2)),
    ).toEqual([
      ['Baghdad', 1, null],
      ['Baghdad', null, null],
    ]);
  });
});

describe('"وفي X، …" then a blow that names no place: the town the paragraph opened on', () => {
  it('places the second blow of the paragraph there', () => {
    expect(
      rows(
        'حصيلة أعمال العنف في العراق',
        [
          'قتل خمسة أشخاص وأصيب آخرون في أعمال عنف متفرقة في العراق اليوم الخميس.',
          'وفي كركوك، قتل شرطيان برصاص مسلحين مجهولين. كما أصيب ثلاثة جنود بانفجار عبوة ناسفة.',
        ],
        '2012-03-08',
      ).map((r) => r.slice(2)),
    ).toContainEqual(['Kirkuk', null, 3]);
  });
});

describe('"Dirbasiyah": the Hasakah town by another spelling', () => {
  it('places a killing near it in Hasakah', () => {
    expect(
      rows(
        'Farmer killed in northeast Syria',
        ['Gunmen shot dead a farmer near the town of Dirbasiyah on Thursday, a local official said.'],
        '2020-06-12',
      ),
    ).toEqual([['2020-06-11', '2020-06-11', 'Hasakah', 1, null]]);
  });
});

describe('"cutting output by 2 million cubic metres per day": a quantity of goods at a rate, no rate of deaths', () => {
  it('drafts the sabotage the clause tells', () => {
    expect(
      rows(
        'Gas pipeline blown up near Kirkuk',
        [
          'Saboteurs blew up a gas pipeline west of Kirkuk early on Tuesday, cutting supply to a power station by 2 million cubic metres per day, an oil official said.',
          'Nobody was hurt in the blast, he added.',
        ],
        '2008-02-20',
      ).map((r) => r.slice(0, 3)),
    ).toEqual([['2008-02-19', '2008-02-19', 'Kirkuk']]);
  });
});

describe('"في قرية X التابعة للناحية": a spot the gazetteer does not know, in the unit the article told', () => {
  it("places it in the governorate of the article's events", () => {
    expect(
      rows(
        'مقتل مختار بهجوم مسلح',
        [
          'قال مصدر في شرطة محافظة ميسان إن مسلحين مجهولين قتلوا مساء أمس الأحد مختاراً في ناحية كميت.',
          'وأضاف أن هذا الهجوم هو الثاني خلال الشهر الجاري، إذ قتل مزارع قبل أسبوعين برصاص مسلحين قرب قرية أبو خصاف التابعة للناحية.',
        ],
        '2015-03-16',
      ).map((r) => r.slice(2)),
    ).toEqual([
      ['Maysan', 1, null],
      ['Maysan', 1, null],
    ]);
  });
});

describe('"اغتالوا شرطيي مرور": the dual in the construct state after a killing verb, its ين shortened to ي', () => {
  it('counts two dead', () => {
    expect(
      rows(
        'اغتيال شرطيين في بيجي',
        [
          'ذكر مصدر في الشرطة أن مسلحين مجهولين اغتالوا شرطيي مرور قرب تقاطع طرق في قضاء بيجي مساء أمس الثلاثاء.',
        ],
        '2014-02-19',
      ).map((r) => r.slice(2)),
    ).toEqual([['Salahuddin', 2, null]]);
  });
});

describe('"في مطلع الشهر": early in the month told bare, this month before the news', () => {
  it('dates the killing in the first days of the month of publication', () => {
    expect(
      rows(
        'مقتل مزارع في ديالى',
        ['وكان مزارع قد قتل في مطلع الشهر برصاص مسلحين مجهولين قرب ناحية العظيم شمالي ديالى.'],
        '2015-06-18',
      ),
    ).toEqual([['2015-06-01', '2015-06-10', 'Diyala', 1, null]]);
  });
});
