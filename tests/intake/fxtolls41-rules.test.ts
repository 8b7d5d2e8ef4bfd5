import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/intake/ingest.js';
import { blowToldRepeated } from '../../src/intake/roundups/repeated-blow.js';
import { risenToll } from '../../src/intake/tolls/toll-update.js';
import { matchView } from '../../src/intake/reading/view.js';
import { CUES } from '../../src/intake/events/event-cues.js';

/** The killed and wounded of every incident the intake drafts from the article. */
const tolls = (body: string, published: string, lang: 'ar' | 'en') => {
  const result = ingest(`Headline\n\n${body}\n`, { published, lang });
  if (!result.ok) throw new Error(result.error);
  return result.draft.incidents.map((i) => [i.killed, i.wounded]);
};

describe('a first toll replaced by its rise, the teller named at length (toll-update.ts)', () => {
  it('reads the risen figures after a teller of several words', () => {
    const rise = risenToll(
      matchView(
        'أن الحصيلة الأولية للتفجير بلغت أربعة قتلى وستة جرحى، قبل أن يؤكد مسؤول في مديرية الدفاع المدني ارتفاعها إلى سبعة قتلى وتسعة جرحى',
      ),
      'ar',
    );
    expect([rise?.killed, rise?.wounded]).toEqual([7, 9]);
  });
  it('drafts the risen toll, not the first', () => {
    expect(
      tolls(
        'انفجرت عبوة ناسفة على طريق في قضاء الخالص صباح اليوم، وقالت الشرطة إن الحصيلة الأولية للانفجار بلغت قتيلين وستة جرحى، قبل أن يعلن مسؤول في دائرة صحة ديالى ارتفاعها إلى أربعة قتلى وتسعة جرحى.',
        '2010-03-02',
        'ar',
      ),
    ).toEqual([[4, 9]]);
  });
});

describe('the other side of a span total, hit by a blow told as repeated (repeated-blow.ts)', () => {
  it.each([
    ['وأصيب أكثر من 400 آخرين جراء القصف المتكرر', true],
    ['injured in repeated shelling of the district', true],
    ['وأصيب خمسة آخرون جراء القصف على البلدة', false],
    ['a repeated offender was arrested', false],
  ])('%s', (text, expected) => {
    expect(blowToldRepeated(matchView(text).text)).toBe(expected);
  });
  it('drafts no incident of the wounded counted beside a total since the start of the year', () => {
    expect(
      tolls(
        'قتل ثلاثة مدنيين بقصف مدفعي على بلدة كفرنبودة في ريف حماة صباح اليوم. وبحسب إحصائية لناشطين، فقد قتل 80 مدنياً في البلدة منذ مطلع العام الجاري، وأصيب أكثر من 300 آخرين جراء القصف المتكرر.',
        '2019-05-02',
        'ar',
      ).some(([, wounded]) => wounded === 300),
    ).toBe(false);
  });
});

describe('people admitted to hospital with symptoms of suffocation are wounded (admitted-with-symptoms.ts)', () => {
  it.each([
    [' were admitted to hospital with symptoms of suffocation ', true],
    [' had been admitted to the hospitals with breathing difficulties ', true],
    [' was admitted to hospital with a fever ', false],
    [' readmitted to the league ', false],
  ])('%s', (text, expected) => {
    CUES.wounded.lastIndex = 0;
    expect(CUES.wounded.test(text)).toBe(expected);
  });
  it('counts the admitted as wounded', () => {
    expect(
      tolls(
        'KIRKUK, Iraq (AP) - Shells hit a residential district of Taza on Thursday, and a health official said 37 people, among them children, were admitted to hospitals with symptoms of suffocation.',
        '2016-03-11',
        'en',
      ),
    ).toEqual([[null, 37]]);
  });
});

describe('kin joined after a short "who" clause describing the one counted (who-led.ts)', () => {
  it('counts the one described and his kin', () => {
    expect(
      tolls(
        'RAMADI, Iraq (AP) - Gunmen killed a village mukhtar who headed a local council and his three sons at their farm near Hit on Tuesday.',
        '2008-05-08',
        'en',
      ),
    ).toEqual([[4, null]]);
  });
  it('does not join kin owned inside the clause', () => {
    expect(
      tolls(
        'RAMADI, Iraq (AP) - Gunmen killed a farmer who lost his brother and his three sons in the war at his farm near Hit on Tuesday.',
        '2008-05-08',
        'en',
      ),
    ).toEqual([[1, null]]);
  });
});

describe('a joint toll with no number, then the count (uncounted-pair-then-count.ts)', () => {
  it('reads the count told after "بين قتيل وجريح"', () => {
    expect(
      tolls(
        'نصبت وحدة من الجيش فجر اليوم كميناً لمجموعة مسلحة قرب بلدة القصير في ريف حمص، وأوقعت عناصرها بين قتيل وجريح، حيث تأكد مقتل 12 مسلحاً.',
        '2013-05-02',
        'ar',
      ).map(([killed]) => killed),
    ).toEqual([12]);
  });
  it('keeps a joint toll with its own number one count for both', () => {
    expect(
      tolls(
        'سقط ستة أشخاص بين قتيل وجريح بقصف على بلدة القصير في ريف حمص صباح اليوم، حيث قتل 2 منهم على الفور.',
        '2013-05-02',
        'ar',
      ).some(([killed]) => killed === 6),
    ).toBe(false);
  });
});
