import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/intake/figures/figures.js';
import { PHRASES } from '../../src/intake/drafts/phrases.js';
import { splitSentences } from '../../src/intake/article/sentences.js';

// Figure labels are noun phrases saying what they count: a pronoun is resolved to whom the sentence
// names, a share "of them" takes the noun counted before, and no particle or verb stands as a label.

const figures = (body: string, lang: 'ar' | 'en', published = '2021-06-01') =>
  extractFigures(splitSentences([body], lang), { lang, published, phrases: PHRASES, incidents: [] }).map(
    (x) => [x.value, x.label.ar ?? null, x.label.en ?? null],
  );

describe('figure labels', () => {
  it('a pronoun on the counted noun is the state the sentence names first, in both languages', () => {
    expect(figures('أعلنت بريطانيا الأسبوع الماضي خفض عدد قواتها في العراق إلى 400 جندي.', 'ar')).toEqual([
      [400, 'عدد قوات بريطانيا', 'British troops'],
    ]);
  });

  it('or the armed group it names, not a later one', () => {
    expect(
      figures('نفى الحشد الشعبي ما نشرته وسائل إعلام تركية عن مقتل 25 من عناصره في قصف جوي.', 'ar')[0],
    ).toEqual([25, 'عناصر الحشد الشعبي', 'members of the Popular Mobilisation Forces']);
  });

  it('with nobody named, the pronoun goes and the noun stays', () => {
    expect(figures('قررت الحكومة رفع عدد قواتها المنتشرة إلى 5000 عنصر.', 'ar')[0]?.[1]).toBe('عدد قوات');
  });

  it('"منهم" takes the noun counted before it in the sentence', () => {
    expect(figures('بلغ عدد النازحين نحو 4 ملايين نازح، عاد 2 مليون منهم إلى مناطقهم.', 'ar')).toEqual([
      [4000000, 'عدد النازحين', 'displaced people'],
      [2000000, 'عدد النازحين', 'displaced people'],
    ]);
  });

  it('a particle, "بنسبة" or a verb of reaching is no label', () => {
    const labels = figures(
      'وقال الوزير إن عدد سكان المحافظة تجاوز 3 ملايين نسمة، وإن 40 في المئة منهم شباب، ولم يبق سوى 12 في المئة بلا كهرباء، بنسبة 7 في المئة أقل من العام الماضي.',
      'ar',
    ).map((x) => x[1]);
    expect(labels).toEqual(['عدد سكان المحافظة', 'نسبة مئوية', 'نسبة مئوية', 'نسبة مئوية']);
  });

  it('in English, "its" gives way to the state named', () => {
    expect(
      figures(
        'France said on Monday it would cut the number of its troops in Iraq to 600 by the end of the year.',
        'en',
      ),
    ).toEqual([[600, 'جنود فرنسا', 'French troops']]);
  });
});

describe('numbers that count nothing', () => {
  it('a name with a number, an age, a long reference number, a Hijri date written with slashes', () => {
    expect(
      figures(
        'بعد انتهاء مؤتمر جنيف3 قال مصدر إن طفلا يبلغ من العمر 12 عاما أصيب. الرقم 190603030050450. الخميس / 9 / شعبان / 1442 هـ',
        'ar',
      ),
    ).toEqual([]);
    expect(figures('A 15-year-old boy was among 40 people who fled, aged 70 the oldest.', 'en')).toEqual([
      [40, 'أشخاص', 'people'],
    ]);
    // ages hedged or joined, as counts read them too (age-told-before.ts)
    expect(
      figures('The 40 families who fled, aged between 17 and 60, reached the camp.', 'en').map((x) => x[0]),
    ).toEqual([40]);
    // "an average of" is no age
    expect(figures('The field produced an average of 250,000 barrels a day.', 'en').map((x) => x[0])).toEqual(
      [250000],
    );
  });

  it('trillions, as budgets count them', () => {
    expect(
      figures('بلغ حجم الموازنة 198.9 تريليون دينار، والعجز 64 تريليون دينار.', 'ar').map((x) => x[0]),
    ).toEqual([198.9e12, 64e12]);
    expect(figures('The budget totals 152 trillion dinars.', 'en').map((x) => x[0])).toEqual([152e12]);
  });

  it('the article glued to a number keeps it: "المقبرة الـ93" counts graves so far', () => {
    expect(figures('وهذه المقبرة هي الـ93 التي تفتح في القضاء منذ عام 2014.', 'ar').map((x) => x[0])).toEqual(
      [93],
    );
  });
});

describe('durations are no figures', () => {
  it('"بعد 12 يوما", "for 72 hours" say how long', () => {
    expect(figures('عاد 3000 نازح إلى القرية بعد 12 يوما من المعارك.', 'ar').map((x) => x[0])).toEqual([
      3000,
    ]);
    expect(figures('A curfew of 72 hours was imposed on 40000 residents.', 'en').map((x) => x[0])).toEqual([
      40000,
    ]);
  });
});
