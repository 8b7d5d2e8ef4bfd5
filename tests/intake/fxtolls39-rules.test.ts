// Rules found on preliminary tolls raised, replaced or corrected later in the same text (issue 12,
// fixer fxtolls39): a rise whose second side leaves its verb out, a rise told with the hospital a
// wounded man died in, a first count the next sentence replaces, a count "since the operation began"
// on a weekday, the dead counted "with him" or joined to one named, a monitor's documented count of
// one named blow, the bodies of "the other five". Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { incidents } from '../support/tolls.js';
import { withElidedRise } from '../../src/intake/tolls/elided-rise.js';
import { firstCountThenLater } from '../../src/intake/tolls/first-count-then-later.js';
import { killedSince } from '../../src/intake/roundups/killed-since.js';
import { periodTotal } from '../../src/intake/roundups/period-totals.js';
import { withHimToo } from '../../src/intake/casualties/killed-with-him.js';
import { withNamedJoined } from '../../src/intake/casualties/named-and-count.js';
import { withoutDocumentedOfBlow } from '../../src/intake/roundups/documented-blow.js';
import { findCasualties } from '../../src/intake/casualties/casualties.js';
import { matchView } from '../../src/intake/reading/view.js';
import { withoutCarePlaces } from '../../src/places/care-place.js';

const m = (text: string) => matchView(text).text;
const rows = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  incidents(paragraphs, lang, published).map((x) => [x.from, x.to, x.governorate, x.killed, x.wounded]);

describe('"ارتفع عدد القتلى إلى ستة والجرحى إلى 20": the second side of a rise, its verb left out', () => {
  it('reads the wounded the rise reached, in Arabic and in English', () => {
    const killedOnly = { killed: 6, wounded: null, attackersKilled: null };
    expect(withElidedRise(killedOnly, m('ستة والجرحى إلى 20 بعد انتشال جثتين'))).toEqual({
      ...killedOnly,
      wounded: 20,
    });
    expect(withElidedRise(killedOnly, m('six and the number of wounded to 20'))).toEqual({
      ...killedOnly,
      wounded: 20,
    });
    expect(withElidedRise(killedOnly, m('ستة بعد وفاة جريح'))).toEqual(killedOnly);
  });

  it('replaces the first count of both sides with the risen ones', () => {
    expect(
      rows(
        [
          'انفجرت سيارة مفخخة صباح اليوم الأحد قرب سوق شعبي في مدينة بعقوبة.',
          'وقال مصدر في الشرطة في حصيلة أولية إن ثلاثة أشخاص قتلوا وأصيب تسعة.',
          'وفي وقت لاحق قال مصدر طبي إن عدد القتلى ارتفع إلى ستة والجرحى إلى 20 بعد وفاة ثلاثة من المصابين.',
        ],
        'ar',
        '2019-03-10',
      ),
    ).toEqual([['2019-03-10', '2019-03-10', 'Diyala', 6, 20]]);
  });
});

describe('"بعد وفاة أحد الجرحى في مستشفى المدينة": where a wounded man died is no place of the blow', () => {
  it('blanks the hospital told after the death as a noun', () => {
    expect(withoutCarePlaces('بعد وفاة أحد الجريحين في مستشفى أربيل')).not.toContain('أربيل');
    expect(withoutCarePlaces('بعد وفاة أحد الجريحين في مستشفى أربيل')).toContain('بعد');
  });

  it('raises the toll of the blow told first, not a new incident at the hospital', () => {
    expect(
      rows(
        [
          'أفاد مصدر أمني، اليوم، بأن عبوة ناسفة انفجرت صباحاً على دورية للجيش في قضاء مخمور جنوب شرقي الموصل.',
          'وقال المصدر إن "الانفجار أسفر في حصيلة أولية عن إصابة ثلاثة جنود".',
          'وعلى صعيد آخر، أعلنت قيادة العمليات، أمس السبت، اعتقال أربعة مطلوبين في قضاء الحضر.',
          'وفي وقت لاحق، أفاد المصدر بأن حصيلة انفجار العبوة ارتفعت إلى مقتل جندي وإصابة خمسة آخرين، بعد وفاة أحد الجرحى في مستشفى أربيل.',
        ],
        'ar',
        '2017-05-14',
      ).filter((r) => r[3] !== null || r[4] !== null),
    ).toEqual([['2017-05-14', '2017-05-14', 'Nineveh', 1, 5]]);
  });
});

describe('"since the operation began on Monday": the running toll of the one operation told', () => {
  const text =
    'Army officials said four soldiers had been killed and nine wounded in Baiji since the operation began on Tuesday.';

  it('is no count since a starting point, nor a span', () => {
    expect(killedSince(m(text))).toBe(false);
    expect(periodTotal(m(text))).toBe(false);
    // (a campaign's start with no weekday stays a span's total)
    expect(killedSince(m('More than 300 people have been killed since the offensive began in March.'))).toBe(
      true,
    );
  });

  it('is the toll of the offensive the lead told, not an event of the day it began', () => {
    expect(
      rows(
        [
          'Iraqi troops entered the town of Baiji in Salahuddin province on Wednesday, a day after launching an offensive to retake it.',
          text,
        ],
        'en',
        '2015-06-03',
      ),
    ).toEqual([['2015-06-03', '2015-06-03', 'Salahuddin', 4, 9]]);
  });
});

describe('"قتل معه ثلاثة من مرافقيه": the dead counted "with him" and he', () => {
  it('adds the one they were killed with', () => {
    const three = { killed: 3, wounded: null, attackersKilled: null };
    expect(withHimToo(m('إن ثلاثة من مرافقيه قتلوا معه في الكمين'), three).killed).toBe(4);
    expect(withHimToo(m('three of his guards were killed with him'), three).killed).toBe(4);
    expect(withHimToo(m('إن ثلاثة من مرافقيه قتلوا في الكمين'), three).killed).toBe(3);
  });

  it('counts him with them where the lead named him alone', () => {
    expect(
      rows(
        [
          'قالت مصادر محلية إن قائد فصيل مسلح في ريف حلب الشمالي قتل أمس الخميس في كمين على طريق مدينة إعزاز.',
          'وقالت مصادر في الفصيل إن ثلاثة من مرافقيه قتلوا معه في الكمين.',
        ],
        'ar',
        '2019-01-11',
      ).map((r) => [r[2], r[3]]),
    ).toEqual([['Aleppo', 4]]);
  });
});

describe('"the mayor and two of his guards were killed": the one named and the count joined to him', () => {
  it('adds the one named to the joined count', () => {
    const two = { killed: 2, wounded: null, attackersKilled: null };
    expect(
      withNamedJoined(m('a police officer said the mayor and two of his guards were killed.'), two).killed,
    ).toBe(3);
    expect(withNamedJoined(m('the driver and two others had been killed'), two).killed).toBe(3);
    // (no person noun: not one named)
    expect(withNamedJoined(m('the car and two others were destroyed'), two).killed).toBe(2);
  });

  it('raises the lead that counted him alone', () => {
    expect(
      rows(
        [
          "A roadside bomb killed the mayor of a town in Iraq's Anbar province on Tuesday, police said.",
          'A police officer told Reuters the mayor and at least two of his guards were killed when the bomb hit their car near Haditha.',
        ],
        'en',
        '2012-04-11',
      ).map((r) => [r[2], r[3]]),
    ).toEqual([['Anbar', 3]]);
  });
});

describe('"Medics first put the toll at 40." then "By evening…": a first count the next sentence replaces', () => {
  it('needs the first word and a later time opening the next sentence', () => {
    expect(
      firstCountThenLater(
        m('Medics first put the death toll at 40.'),
        m('By evening the civil defence said 75 people had died.'),
      ),
    ).toBe(true);
    expect(
      firstCountThenLater(
        m('Medics put the death toll at 40.'),
        m('By evening the civil defence said 75 had died.'),
      ),
    ).toBe(false);
    expect(
      firstCountThenLater(
        m('Medics first put the death toll at 40.'),
        m('The civil defence said 75 had died.'),
      ),
    ).toBe(false);
  });

  it('keeps the later count', () => {
    expect(
      rows(
        [
          'Shells hit a crowded market in the town of Douma east of Damascus on Sunday, activists said.',
          'Medics in the town first put the death toll at 40.',
          'By evening the civil defence said at least 75 people had been killed in Douma and nearby Harasta.',
        ],
        'en',
        '2016-09-11',
      ).map((r) => [r[2], r[3]]),
    ).toEqual([['Rif Dimashq', 75]]);
  });
});

describe('"وثق مقتل 40 شخصاً … جراء القصف": a documented count of one named blow', () => {
  it('blanks the documenting words only where one blow is named', () => {
    const one = m('وقال المرصد إنه وثق مقتل 40 شخصاً في بلدة كفرنبل جراء القصف على السوق');
    expect(withoutDocumentedOfBlow(one)).not.toContain(m('وثق مقتل'));
    const many = m('وقال المرصد إنه وثق مقتل 400 شخص في ريف إدلب منذ مطلع الشهر');
    expect(withoutDocumentedOfBlow(many)).toBe(many);
  });

  it('is the toll of the shelling the lead told', () => {
    expect(
      rows(
        [
          'قصفت القوات الحكومية صباح أمس الثلاثاء سوقاً شعبية في بلدة كفرنبل بريف إدلب الجنوبي.',
          'وقال المرصد السوري لحقوق الإنسان إنه وثق مقتل 40 شخصاً، بينهم أطفال، في بلدة كفرنبل جراء القصف على السوق.',
        ],
        'ar',
        '2016-02-17',
      ).map((r) => [r[2], r[3]]),
    ).toEqual([['Idlib', 40]]);
  });
});

describe('"the bodies of the other three were found": the rest of those taken, counted', () => {
  it('counts past "other" and "remaining" after "the"', () => {
    expect(
      findCasualties(
        matchView('Two were freed, but the bodies of the other three were found on Friday.'),
        'en',
      ).killed,
    ).toBe(3);
    expect(findCasualties(matchView('the bodies of the remaining 4 were found'), 'en').killed).toBe(4);
    expect(findCasualties(matchView('the bodies of other victims were found'), 'en').killed).toBe(null);
  });
});

describe('"gunmen seized six …; two were freed, but the bodies of the other four were found": one event', () => {
  it("counts the found dead as the taking's, from the taking to the finding", () => {
    expect(
      rows(
        [
          'Gunmen seized six truck drivers on a highway near the town of Tuz Khurmato in Salahuddin province late on Friday, police said.',
          'Two were freed on Saturday, but the bodies of the other four were found on Sunday near the highway.',
        ],
        'en',
        '2009-06-08',
      ),
    ).toEqual([['2009-06-05', '2009-06-07', 'Salahuddin', 4, null]]);
  });
});
