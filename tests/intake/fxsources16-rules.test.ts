// Rules found on one event told by two tellers or told twice, its toll replaced (issue 12, fixer
// fxsources16): the wounded told "فضلاً عن" beside a risen toll; a teller's first count, in the plain
// past, replaced in its sentence by a later teller's. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedIncidents } from '../support/tolls.js';

const drafted = (paragraphs: string[], published: string, lang: 'ar' | 'en') =>
  draftedIncidents(paragraphs.join('\n\n'), published, lang).map((x) => ({
    from: x.date.from,
    governorate: x.place.governorate?.en ?? null,
    killed: x.killed,
    wounded: x.wounded,
  }));

describe('"ارتفعت الحصيلة إلى ستة قتلى، فضلاً عن 14 جريحاً": the wounded beside a risen toll', () => {
  it('takes the wounded told "فضلاً عن" after the risen dead, over the first count', () => {
    expect(
      drafted(
        [
          'قتلى بتفجير في بعقوبة',
          'انفجرت عبوة ناسفة صباح اليوم الأحد قرب سوق شعبي وسط مدينة بعقوبة، وقال مصدر في الشرطة إن حصيلة أولية تشير إلى مقتل ثلاثة مدنيين وإصابة خمسة آخرين.',
          'وفي وقت لاحق، قال مصدر طبي إن حصيلة التفجير ارتفعت إلى ستة قتلى بينهم طفلان، فضلاً عن 14 جريحاً.',
        ],
        '2011-03-13',
        'ar',
      ),
    ).toEqual([{ from: '2011-03-13', governorate: 'Diyala', killed: 6, wounded: 14 }]);
  });

  it('so with "علاوة على"', () => {
    expect(
      drafted(
        [
          'قتلى بتفجير في بعقوبة',
          'انفجرت عبوة ناسفة صباح اليوم الأحد قرب سوق شعبي وسط مدينة بعقوبة، وقال مصدر في الشرطة إن حصيلة أولية تشير إلى مقتل ثلاثة مدنيين وإصابة خمسة آخرين.',
          'وفي وقت لاحق، قال مصدر طبي إن حصيلة التفجير ارتفعت إلى ستة قتلى بينهم طفلان، علاوة على 14 جريحاً.',
        ],
        '2011-03-13',
        'ar',
      ),
    ).toEqual([{ from: '2011-03-13', governorate: 'Diyala', killed: 6, wounded: 14 }]);
  });
});

describe('"X initially said five were killed, before Y put the toll at eight": the later count stands', () => {
  it("replaces the first teller's dead by the later teller's toll of the event told before", () => {
    expect(
      drafted(
        [
          'Car bomb hits market in Kirkuk',
          'A car bomb exploded on Sunday near a crowded market in the city of Kirkuk.',
          'Police initially said five people were killed, before a health official put the toll at eight dead and 23 wounded.',
        ],
        '2012-05-06',
        'en',
      ),
    ).toEqual([{ from: '2012-05-06', governorate: 'Kirkuk', killed: 8, wounded: 23 }]);
  });

  it('so with "at first reported"', () => {
    expect(
      drafted(
        [
          'Car bomb hits market in Kirkuk',
          'A car bomb exploded on Sunday near a crowded market in the city of Kirkuk.',
          'The local council at first reported five people killed, before a health official put the toll at eight dead and 23 wounded.',
        ],
        '2012-05-06',
        'en',
      ),
    ).toEqual([{ from: '2012-05-06', governorate: 'Kirkuk', killed: 8, wounded: 23 }]);
  });
});

describe('"من جهته، قال ضابط إن ثمانية قتلوا في الانفجارين": a second teller\'s dead of the event by its name', () => {
  it('keeps one incident for twin blasts told again by another teller, "the second bomb" one of them', () => {
    expect(
      drafted(
        [
          'قتلى بتفجيرين في الحلة',
          'أعلن مصدر طبي، اليوم الخميس، مقتل عشرة أشخاص وإصابة 30 آخرين بانفجار عبوتين ناسفتين استهدفتا سوقاً شعبياً وسط مدينة الحلة.',
          'من جهته، قال ضابط في شرطة بابل إن "سبعة أشخاص قتلوا في الانفجارين"، مبيناً أن "العبوة الثانية انفجرت عند تجمع المارة".',
        ],
        '2012-04-19',
        'ar',
      ),
    ).toEqual([{ from: '2012-04-19', governorate: 'Babil', killed: 10, wounded: 30 }]);
  });
});
