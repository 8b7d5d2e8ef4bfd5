// Rules of fxrise (issue 12): counts that change within the article (a toll risen since, the
// wounded who died since), each on wording written for it.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../src/intake/incidents/incidents.js';
import { splitSentences } from '../../src/intake/article/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';

const extract = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extractIncidents(splitSentences(paragraphs, lang), { lang, published, resolvePlace, titlePlace: null });

/** Each drafted incident's first day, dead and wounded. */
const drafted = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extract(paragraphs, lang, published).map((x) => ({
    from: x.date?.from ?? null,
    killed: x.killed,
    wounded: x.wounded,
  }));

describe('one of the wounded who died, told by name and age between commas', () => {
  it('"One of the wounded, Karim Jasim, 45, died": one more dead, one fewer wounded', () => {
    expect(
      drafted(
        [
          'A roadside bomb hit a minibus near Tuz Khurmatu in Salahuddin province on Sunday, killing the driver and wounding four passengers, police said.',
          'One of the wounded, Karim Jasim, 45, died in hospital on Monday, a medical source added.',
        ],
        'en',
        '2021-05-04',
      ),
    ).toEqual([{ from: '2021-05-02', killed: 2, wounded: 3 }]);
  });
});

describe('a toll told risen "بعد وفاة أحد الجرحى" with the day of that death', () => {
  it("the day after the noun of dying is the death's: the lead is the event told after it, not one more", () => {
    expect(
      drafted(
        [
          'ارتفعت حصيلة الهجوم الذي استهدف رعاة أغنام في بادية قضاء القائم غربي الأنبار إلى خمسة قتلى، بعد وفاة أحد الجرحى فجر اليوم متأثراً بجراحه.',
          'وقال مصدر أمني إن مسلحين مجهولين أطلقوا النار مساء أمس الثلاثاء على سيارة تقل الرعاة قرب القائم، ما أسفر عن مقتل أربعة رعاة وإصابة ثلاثة آخرين.',
        ],
        'ar',
        '2022-02-09',
      ),
    ).toEqual([{ from: '2022-02-08', killed: 5, wounded: 2 }]);
  });
});

describe('an English toll risen, where the event was set off by commas between the toll and the verb', () => {
  it('"The death toll from an attack on a post near X, north of Y, has risen to five": five dead', () => {
    expect(
      drafted(
        [
          'The death toll from an attack on an army post near Tarmiyah, north of Baghdad, has risen to five after two of the wounded died, a police officer said.',
        ],
        'en',
        '2021-06-14',
      ),
    ).toEqual([{ from: '2021-06-14', killed: 5, wounded: null }]);
  });
});

describe('a toll risen by the death of some of its wounded, then the count told before, with the day of the attack', () => {
  it('is one event on the day of the attack, with its dead risen and the wounded who did not die', () => {
    expect(
      drafted(
        [
          'The death toll from an attack on an army post near Tarmiyah, north of Baghdad, has risen to five after two of the wounded died in hospital, a police officer said.',
          'Gunmen attacked the post late on Saturday, killing three soldiers and wounding four others, the officer said.',
        ],
        'en',
        '2021-06-14',
      ),
    ).toEqual([{ from: '2021-06-12', killed: 5, wounded: 2 }]);
  });
});

describe('one of the wounded who died, told with the count of the wounded ("one of the 14 people wounded")', () => {
  const blast =
    'A car bomb exploded near a bus station in the town of Azaz in Aleppo province on Sunday morning, killing seven people, a monitor said.';
  it('raising the toll: the risen dead, and the wounded counted less the one who died', () => {
    expect(
      drafted(
        [
          blast,
          'One of the 14 people wounded died in hospital at night, raising the toll to eight, the monitor said.',
        ],
        'en',
        '2020-03-02',
      ),
    ).toEqual([{ from: '2020-03-01', killed: 8, wounded: 13 }]);
  });
  it('with no toll told risen: one more dead, and the others wounded', () => {
    expect(
      drafted(
        [blast, 'One of the 14 people wounded died in hospital at night, the monitor said.'],
        'en',
        '2020-03-02',
      ),
    ).toEqual([{ from: '2020-03-01', killed: 8, wounded: 13 }]);
  });
});

describe('a disease named only as the time of the news ("during the coronavirus lockdown")', () => {
  it('leaves the article one of violence: the first toll is read, and the rise from it', () => {
    expect(
      drafted(
        [
          'Gunmen attacked an army post near Tuz Khurmatu in Salahuddin province late on Friday, officials said.',
          'Officials first said two soldiers were killed. The toll later rose to four after two of the wounded died.',
          'Militants have stepped up attacks in the area during the coronavirus lockdown.',
        ],
        'en',
        '2020-05-09',
      ),
    ).toEqual([{ from: '2020-05-08', killed: 4, wounded: null }]);
  });
});

describe('a toll risen to a dual person noun ("لترتفع حصيلة الهجوم إلى شرطيين")', () => {
  it('the dual is the risen count of the dead', () => {
    expect(
      drafted(
        [
          'أفاد مصدر أمني في قضاء الخالص بمحافظة ديالى، اليوم الأحد، بوفاة شرطي متأثراً بجروح أصيب بها في هجوم مسلح على نقطة تفتيش مساء الجمعة الماضي، لترتفع حصيلة الهجوم إلى شرطيين.',
        ],
        'ar',
        '2021-03-14',
      ),
    ).toEqual([{ from: '2021-03-12', killed: 2, wounded: null }]);
  });
});

describe('one of the dead told wounded then dead by his rank, and another one still wounded in the same clause', () => {
  it('"A third, wounded in the raid, died …, and a fourth was being treated for burns": three dead, one wounded', () => {
    expect(
      drafted(
        [
          'An air strike hit a pickup truck carrying fighters near the town of Makhmour in Erbil province on Monday night, killing three people, officials said.',
          'An official said two fighters died at the scene. A third man, wounded in the raid, died in hospital on Tuesday morning, and a fourth was being treated for burns, the official said.',
        ],
        'en',
        '2022-08-16',
      ),
    ).toEqual([{ from: '2022-08-15', killed: 3, wounded: 1 }]);
  });
});

describe('"the number" alone risen, after the count it is the number of ("قبل أن يرتفع العدد إلى خمسة")', () => {
  it('is the dead the clause told, risen', () => {
    expect(
      drafted(
        [
          'قصفت قوات النظام بلدة سرمدا شمالي إدلب مساء أمس الاثنين، وقال الدفاع المدني إن ثلاثة مدنيين قتلوا في القصف، قبل أن يرتفع العدد إلى خمسة صباح اليوم.',
        ],
        'ar',
        '2021-09-07',
      ),
    ).toEqual([{ from: '2021-09-06', killed: 5, wounded: null }]);
  });
});
