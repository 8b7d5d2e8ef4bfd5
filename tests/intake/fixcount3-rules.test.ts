// Rules added on the opened probe-zc, probe-zd, probe-zf and probe-zg (issue 12): who and how many a clause
// counts, each on an example written for it.
import { describe, expect, it } from 'vitest';
import { extracted } from '../support/tolls.js';

const run = (paragraphs: string[], lang: 'ar' | 'en', published = '2022-05-10') =>
  extracted(paragraphs, lang, published);
const tolls = (paragraphs: string[], lang: 'ar' | 'en') =>
  run(paragraphs, lang).map((x) => ({ killed: x.killed, wounded: x.wounded }));

describe("someone's people counted by a definite number after them", () => {
  it('reads "أطفالها الأربعة" as four wounded', () => {
    expect(
      tolls(
        [
          'قتلت امرأة وأصيب أطفالها الأربعة بجروح، مساء أمس الاثنين، بقصف مدفعي استهدف منزلهم في قرية كفرنبل بريف إدلب الجنوبي.',
        ],
        'ar',
      ),
    ).toEqual([{ killed: 1, wounded: 4 }]);
  });
});

describe('one person told by person nouns in a row', () => {
  it('reads "a woman passer-by was also hurt" as one more wounded of the strike', () => {
    expect(
      tolls(
        [
          'A drone hit a pickup truck near the town of Tal Tamr on Monday, killing two fighters, a local monitor said.',
          'The monitor said a woman passer-by was also hurt.',
        ],
        'en',
      ),
    ).toEqual([{ killed: 2, wounded: 1 }]);
  });
});

describe('a casualty noun in the singular accusative, no number before it', () => {
  it('reads "وصل حارسه … إلى المستشفى جريحاً بثلاث طلقات" as one wounded, the bullets no one', () => {
    expect(
      tolls(
        [
          'أطلق مسلحون مجهولون النار على مدير مدرسة في حي الحسين وسط كربلاء مساء أمس، ما أدى إلى مقتله في الحال، فيما وصل حارسه الذي كان يرافقه إلى المستشفى جريحاً بثلاث طلقات.',
        ],
        'ar',
      ),
    ).toEqual([{ killed: 1, wounded: 1 }]);
  });
});

describe('a name given by its initials in brackets', () => {
  it('does not end the sentence at the initial\'s dot: "(م. ع) مساء أمس" dates the killing', () => {
    expect(
      run(
        ['اغتال مسلحون مجهولون الناشط (م. ع) مساء أمس الاثنين قرب منزله في حي الجمهورية بمدينة الموصل.'],
        'ar',
      ).map((x) => ({ killed: x.killed, date: x.date.from })),
    ).toEqual([{ killed: 1, date: '2022-05-09' }]);
  });
});

describe('", إذ" after a count of attacks so far', () => {
  it('reads the earlier attack it recalls as an incident of its own', () => {
    expect(
      run(
        [
          'قتل صياد وأصيب آخر بانفجار عبوة ناسفة قرب بحيرة الثرثار صباح اليوم الثلاثاء.',
          'وهذا ثاني هجوم يستهدف الصيادين في المنطقة منذ بداية الشهر الجاري، إذ قتل صياد في الثالث من أيار بانفجار عبوة مماثلة في قضاء الدجيل.',
        ],
        'ar',
      ).map((x) => ({ killed: x.killed, wounded: x.wounded, date: x.date.from })),
    ).toEqual([
      { killed: 1, wounded: 1, date: '2022-05-10' },
      { killed: 1, wounded: null, date: '2022-05-03' },
    ]);
  });
});

describe('a bare number joined by "and" before a casualty word', () => {
  it('reads "the bodies of 11 policemen and six wounded" as 11 dead and 6 wounded, the attack told before', () => {
    expect(
      tolls(
        [
          'Gunmen attacked a police checkpoint near the town of Baiji on Sunday night, killing 11 policemen and wounding six, police sources said.',
          'Staff at the Baiji general hospital took in the bodies of 11 policemen and six wounded, two of them with burns.',
        ],
        'en',
      ),
    ).toEqual([{ killed: 11, wounded: 6 }]);
  });
});

describe('a date told between the verb and its object', () => {
  it('reads "قتل صباح اليوم الثلاثاء 10 أيار خمسة مدنيين" as five killed', () => {
    expect(
      tolls(['قتل صباح اليوم الثلاثاء 10 أيار خمسة مدنيين بانفجار سيارة مفخخة في سوق مدينة الباب.'], 'ar'),
    ).toEqual([{ killed: 5, wounded: null }]);
  });

  it('reads "قضت يوم الجمعة 6 أيار على 12 إرهابياً" as an operation killing twelve militants', () => {
    expect(
      tolls(
        [
          'أفاد مصدر عسكري بأن وحدات من الجيش قضت يوم الجمعة 6 أيار على 12 إرهابياً في محيط بلدة اللطامنة بريف حماة الشمالي.',
        ],
        'ar',
      ),
    ).toEqual([{ killed: 12, wounded: null }]);
  });
});

describe('who died with the one a pronoun stands for, after how soon', () => {
  it('reads "ما أدى إلى مقتله في الحال مع شقيقه" as two killed', () => {
    expect(
      tolls(
        [
          'أطلق مسلحون مجهولون النار على سيارة تاجر في ناحية العظيم شمال بعقوبة مساء أمس، ما أدى إلى مقتله في الحال مع شقيقه.',
        ],
        'ar',
      ),
    ).toEqual([{ killed: 2, wounded: null }]);
  });
});

describe('someone\'s own people who died "مع" the one counted', () => {
  it('reads "قتل سائق الشاحنة برصاص مسلحين … مع ثلاثة من أبنائه" as four killed', () => {
    expect(
      tolls(
        [
          'قتل سائق شاحنة برصاص مسلحين مجهولين على الطريق الدولي قرب مدينة الرطبة غربي الأنبار مساء أمس مع ثلاثة من أبنائه.',
        ],
        'ar',
      ),
    ).toEqual([{ killed: 4, wounded: null }]);
  });
});

describe('an English participle of the blow takes its count after it', () => {
  it('reads "killing a policeman and a civilian passer-by and injuring others" with no wounded count', () => {
    expect(
      tolls(
        [
          'A motorcycle rigged with explosives blew up outside a bakery in Jarablus on Tuesday, killing a policeman and a civilian passer-by and injuring others.',
        ],
        'en',
      ),
    ).toEqual([{ killed: 2, wounded: null }]);
  });
});

describe('a force named at length as the subject, then the count it killed', () => {
  it('reads "قتلت قوة من الجيش العراقي ثلاثة مسلحين" as three militants killed', () => {
    expect(
      tolls(
        [
          'قتلت قوة من الجيش العراقي ثلاثة مسلحين من داعش خلال عملية دهم في وادي حوران غربي الأنبار فجر اليوم، فيما أصيب جندي بجروح.',
        ],
        'ar',
      ),
    ).toEqual([{ killed: 3, wounded: 1 }]);
  });
});

describe("one person named as someone's friend or colleague, after a possessive", () => {
  it('reads "killing him and wounding his colleague" as one wounded', () => {
    expect(
      tolls(
        [
          'Gunmen opened fire on a taxi driver in western Baghdad on Sunday evening, killing him and wounding his colleague, police said.',
        ],
        'en',
      ),
    ).toEqual([{ killed: 1, wounded: 1 }]);
  });
});
