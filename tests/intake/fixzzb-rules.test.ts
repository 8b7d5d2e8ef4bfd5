// Rules added on the misses of probe-zzb (issue 12), each on examples written for it.
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/intake/ingest.js';
import { draftedIncidents, extracted } from '../support/tolls.js';

const run = (paragraphs: string[], lang: 'ar' | 'en', published = '2022-03-09') =>
  extracted(paragraphs, lang, published);
const tolls = (paragraphs: string[], lang: 'ar' | 'en') =>
  run(paragraphs, lang).map((x) => ({ killed: x.killed, wounded: x.wounded }));
const doers = (title: string, paragraphs: string[], published = '2022-03-09') =>
  draftedIncidents([title, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), published).map((x) =>
    x.actors.map((a) => a.en),
  );
const drafted = (title: string, paragraphs: string[], published = '2022-03-09') =>
  draftedIncidents([title, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), published).map((x) => ({
    killed: x.killed,
    wounded: x.wounded,
  }));

describe('a teen ordinal is an age or a rank, not a count', () => {
  it('keeps one incident of three dead when their ages are told as "الخامسة والسابعة والحادية عشرة"', () => {
    expect(
      drafted('مقتل ثلاثة أطفال بانفجار قذيفة في ريف البوكمال', [
        'قتل ثلاثة أطفال مساء أمس بانفجار قذيفة من مخلفات الحرب قرب قرية الباغوز في ريف البوكمال.',
        'وقال مصدر محلي إن الأطفال، وهم في الخامسة والسابعة والحادية عشرة من العمر، قضوا على الفور، فيما أصيب والدهم بجروح.',
      ]),
    ).toEqual([{ killed: 3, wounded: 1 }]);
  });
});

describe('the one wounded, told dead by a pronoun, is counted dead', () => {
  it('reads "وإصابة آخر بجروح، لكنه توفي متأثراً بجراحه" as two dead and none wounded', () => {
    expect(
      tolls(
        [
          'أسفر انفجار عبوة ناسفة على طريق بيجي صباح اليوم عن مقتل جندي وإصابة آخر بجروح خطيرة، لكنه توفي بعد ساعات متأثراً بجراحه.',
        ],
        'ar',
      ),
    ).toEqual([{ killed: 2, wounded: null }]);
  });
  it('reads "wounded a third, who later died of his wounds" as three dead', () => {
    expect(
      tolls(
        [
          'On Tuesday, a roadside bomb killed two soldiers near Baiji and wounded a third, who later died of his wounds.',
        ],
        'en',
      ),
    ).toEqual([{ killed: 3, wounded: null }]);
  });
});

describe('who the counted had been does not part the count from its verb', () => {
  it('counts two in "two policemen who had received threats from the militants were shot dead"', () => {
    expect(
      tolls(
        [
          'Two policemen who had received threats from the militants were shot dead by gunmen in Tal Afar on Tuesday.',
        ],
        'en',
      ),
    ).toEqual([{ killed: 2, wounded: null }]);
  });
});

describe('"and another militant" counts one more of them', () => {
  it('counts two militants dead in "killed an IS commander and another militant"', () => {
    expect(
      tolls(
        [
          'Iraqi troops killed an IS commander and another militant in a raid near Rutba in Anbar province on Tuesday.',
        ],
        'en',
      ),
    ).toEqual([{ killed: 2, wounded: null }]);
  });
});

describe('a roundup item at a spot no governorate tells is the next item', () => {
  it('keeps "Army troops killed three militants near the village of Albu Kurdi" apart from the item before', () => {
    expect(
      tolls(
        [
          'At least five people were killed in recent violence:',
          'Four policemen were killed or wounded in an attack near Samarra.',
          'Army troops killed three militants near the village of Albu Kurdi.',
        ],
        'en',
      ),
    ).toEqual([
      { killed: null, wounded: null },
      { killed: 3, wounded: null },
    ]);
  });
});

describe('a wounded man who died since, raising the toll of an attack', () => {
  const article = [
    'A soldier wounded in an ambush north of Baiji on Friday, March 4, died of his wounds in a Tikrit hospital on Sunday, raising the death toll from the ambush to four, an army officer said.',
    'Three soldiers were killed at once and five were wounded; one of the wounded, a corporal, succumbed to his injuries on Sunday, the officer said.',
  ];
  const title = 'Soldier dies of wounds, raising Baiji ambush toll to four';
  it('dates the event on the day of the ambush, not until the death', () => {
    const result = ingest([title, '', ...article.flatMap((p) => [p, ''])].join('\n'), {
      published: '2022-03-07',
    });
    if (!result.ok) throw new Error(result.error);
    expect(result.draft.incidents.map((x) => [x.date.from, x.date.to])).toEqual([
      ['2022-03-04', '2022-03-04'],
    ]);
  });
  it('takes the man who died off the wounded once, though told twice', () => {
    expect(drafted(title, article, '2022-03-07')).toEqual([{ killed: 4, wounded: 4 }]);
  });
});

describe('"days after" an earlier event puts it in the week before', () => {
  it('dates "بعد أيام من هجوم مماثل" from seven days before the attack to the day before', () => {
    const incidents = run(
      [
        'أعلن الجيش مقتل جنديين بهجوم على نقطة عسكرية في ناحية العظيم شمالي ديالى فجر اليوم الأربعاء.',
        'ويأتي الهجوم بعد أيام من هجوم مماثل على الناحية ذاتها أسفر عن مقتل ضابط.',
      ],
      'ar',
    );
    expect(incidents.map((x) => [x.date.from, x.date.to])).toEqual([
      ['2022-03-09', '2022-03-09'],
      ['2022-03-02', '2022-03-08'],
    ]);
  });
});

describe('a group only blamed for the event just told is its suspected doer', () => {
  it('reads "No group claimed responsibility, but officials blamed Islamic State remnants"', () => {
    expect(
      doers('Two soldiers killed in bombing near Tuz', [
        'Two soldiers were killed when a roadside bomb struck their patrol near Tuz Khurmatu on Sunday, a security source said.',
        'No group claimed responsibility, but security officials blamed Islamic State remnants, who hide in the nearby hills.',
      ]),
    ).toEqual([['ISIS (suspected)']]);
  });
});
