// Rules from the fxnodraft6 round (issue 12, a gold incident with casualties and no draft of its
// own): a deed told "hours later", victims of an armed doer in an article that names an epidemic, a
// roundup's paragraph fronted by its place with a blow of another kind, a dated lead whose figures
// only background events add up to, and a siege told "since" a month; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedIncidents, ingestedParagraphs } from '../support/tolls.js';

describe('a deed told "hours later" is another event, not a source\'s toll of the one before', () => {
  it('a bomb at a bus station, then "Hours later, gunmen opened fire on a car …, police said": two incidents', () => {
    expect(
      ingestedParagraphs(
        [
          'Bomb kills six in Kirkuk',
          'A bomb went off near a bus station in Kirkuk on Tuesday, killing six people and wounding 15, police said.',
          'Hours later, gunmen opened fire on a car carrying a family on the road between Kirkuk and Hawija, killing two and wounding one, police said.',
        ],
        '2009-04-21',
      ),
    ).toEqual([
      { from: '2009-04-21', to: '2009-04-21', governorate: 'Kirkuk', killed: 6, wounded: 15 },
      { from: '2009-04-21', to: '2009-04-21', governorate: 'Kirkuk', killed: 2, wounded: 1 },
    ]);
  });
});

describe('victims of an armed doer are no count of the epidemic an article names', () => {
  it('a shepherd killed "when IS militants opened fire on him", in a story that mentions a COVID-19 curfew: one incident', () => {
    expect(
      ingestedParagraphs(
        [
          'Shepherd killed in Kirkuk',
          'A shepherd was killed and his brother was wounded when IS militants opened fire on them near the town of Hawija on Sunday, a police source said.',
          'The militants have exploited the COVID-19 curfew to move between villages, officials say.',
        ],
        '2020-04-27',
      ),
    ).toEqual([{ from: '2020-04-26', to: '2020-04-26', governorate: 'Kirkuk', killed: 1, wounded: 1 }]);
  });
});

describe("a roundup's paragraph fronted by its place, with a blow of another kind, is the next item there", () => {
  it('a car bomb in the city, then "وفي قضاء X، هاجم مسلحون حاجزاً …، وقتلوا اثنين": the attack is an incident of its own, not more of the bomb', () => {
    const raw = [
      'قتلى بهجمات في ديالى',
      'قتل سبعة أشخاص على الأقل وأصيب العشرات في سلسلة هجمات شهدتها محافظة ديالى أمس، كان أعنفها انفجار سيارة مفخخة في سوق وسط مدينة بعقوبة.',
      'وقال مصدر في الشرطة إن السيارة انفجرت صباحاً قرب سوق الخضار، ما أسفر عن مقتل خمسة أشخاص وإصابة 14 آخرين، فيما قال مصدر طبي إن المستشفى تسلم سبع جثث.',
      'وفي قضاء المقدادية، هاجم مسلحون مجهولون حاجزاً للجيش عند مدخل القضاء، وقتلوا اثنين من عناصره قبل أن يفروا.',
    ].join('\n\n');
    expect(
      draftedIncidents(raw, '2008-02-12').map((x) => ({
        from: x.date.from,
        governorate: x.place.governorate?.en ?? null,
        killed: x.killed,
        wounded: x.wounded,
        blast: x.event.type === 'explosions_remote_violence',
        place: x.place.text,
      })),
    ).toEqual([
      { from: '2008-02-11', governorate: 'Diyala', killed: 5, wounded: 14, blast: true, place: 'ديالى' },
      {
        from: '2008-02-11',
        governorate: 'Diyala',
        killed: 2,
        wounded: null,
        blast: false,
        place: 'قضاء المقدادية',
      },
    ]);
  });
});

describe('a dated lead sums no events told as ended days before it', () => {
  it('three killed "on Sunday night", then a killing "last Wednesday" and two "in 2021": three incidents', () => {
    expect(
      ingestedParagraphs(
        [
          'Three fighters killed in attack on post in Deir ez-Zor',
          'Three SDF fighters were killed when militants attacked a post near the town of Hajin, in the eastern countryside of Deir ez-Zor, on Sunday night, local sources said.',
          'The attack came days after gunmen killed a village head outside his home in the town of al-Shuhail last Wednesday.',
          'Two of his sons were killed in a similar attack in the same town in 2021.',
        ],
        '2024-10-15',
      ),
    ).toEqual([
      { from: '2024-10-13', to: '2024-10-14', governorate: 'Deir ez-Zor', killed: 3, wounded: null },
      { from: '2024-10-09', to: '2024-10-09', governorate: 'Deir ez-Zor', killed: 1, wounded: null },
      { from: '2021-01-01', to: '2021-12-31', governorate: 'Deir ez-Zor', killed: 2, wounded: null },
    ]);
  });
});

describe('a siege told "since" a month is what the place lives under, not a span the toll sums', () => {
  it('"أصيب رجل … في ظل استمرار الحصار المفروض على الحي منذ مطلع أيار الماضي": one incident', () => {
    expect(
      ingestedParagraphs(
        [
          'إصابة مدني بقذيفة في درعا',
          'أصيب رجل بجروح إثر سقوط قذيفة هاون على حي المنشية في درعا البلد صباح اليوم، في ظل استمرار الحصار المفروض على الحي منذ أواخر أيار الماضي.',
        ],
        '2021-07-05',
      ),
    ).toEqual([{ from: '2021-07-05', to: '2021-07-05', governorate: 'Daraa', killed: null, wounded: 1 }]);
  });
});
