// Rules of fixer fxtolls45: tolls of single-incident reports, first counts replaced in the same sentence.
import { describe, expect, it } from 'vitest';
import { matchView } from '../../src/intake/reading/view.js';
import { laterTellerAt } from '../../src/intake/tolls/later-teller.js';
import { hadReportedReplaced } from '../../src/intake/tolls/had-reported-replaced.js';
import { incidents } from '../support/tolls.js';
import { findCasualties } from '../../src/intake/casualties/casualties.js';

const ar = (s: string) => {
  const c = findCasualties(matchView(s), 'ar');
  return { killed: c.killed, wounded: c.wounded };
};

const mt = (s: string) => matchView(s).text;

describe('a count a source had given, replaced by a later teller in the same sentence', () => {
  it('opens the later count at a source that clarifies or corrects', () => {
    expect(
      laterTellerAt(mt('وكان شهود قد تحدثوا عن مقتل ستة، قبل أن يوضح مسؤول محلي أن القتلى اثنان')),
    ).not.toBeNull();
    expect(laterTellerAt(mt('أفاد مصدر بمقتل خمسة، قبل أن تصحح الشرطة العدد إلى ثلاثة'))).not.toBeNull();
  });

  it('reads a pluperfect report replaced after "before" as an earlier count', () => {
    expect(
      hadReportedReplaced(
        mt(
          'وكانت شبكة محلية قد ذكرت صباح أمس مقتل سبعة مدنيين في القصف، قبل أن يوضح مصدر طبي أن القصف أدى إلى مقتل خمسة',
        ),
      ),
    ).toBe(true);
    // (no pluperfect: a plain report, left to the other rules)
    expect(hadReportedReplaced(mt('قتل سبعة مدنيين في القصف، قبل أن ينسحب المسلحون من البلدة'))).toBe(false);
    // (another event named: not this one's first count)
    expect(
      hadReportedReplaced(
        mt('وكانت مصادر قد أفادت بمقتل ثلاثة في هجوم آخر، قبل أن يوضح الجيش أن القتلى أربعة'),
      ),
    ).toBe(false);
  });

  it("keeps the later teller's count as the event's, dated by the earlier report's day", () => {
    const rows = incidents(
      [
        'شيع أهالي مدينة بعقوبة، اليوم الخميس، ثلاثة من عناصر الشرطة قتلوا بانفجار عبوة ناسفة استهدفت دوريتهم.',
        'وكانت مصادر أمنية قد أفادت مساء أمس الأربعاء بمقتل خمسة من عناصر الشرطة في الانفجار، قبل أن يوضح مصدر في قيادة الشرطة أن "العبوة انفجرت على الدورية ما أسفر عن مقتل ثلاثة منهم وإصابة اثنين آخرين".',
      ],
      'ar',
      '2019-03-07',
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ killed: 3, wounded: 2, to: '2019-03-06' });
  });
});

describe('one companion told as the one who was with the victim', () => {
  it('counts an owned friend or colleague hit "who was with him"', () => {
    expect(ar('قتل مسلحون صحفياً أمام منزله في المدينة، فيما أصيب زميله الذي كان برفقته بجروح')).toEqual({
      killed: 1,
      wounded: 1,
    });
    expect(ar('وأصيبت رفيقتها التي كانت معها بجروح متوسطة')).toEqual({ killed: null, wounded: 1 });
  });

  it('leaves a friend told with no "who was with him"', () => {
    expect(ar('فيما أصيب صديقه بجروح')).toEqual({ killed: null, wounded: null });
  });
});

describe('the one who survived an attempt, wounded in it', () => {
  it('counts the survivor wounded "during it"', () => {
    expect(ar('ونجا مدير الناحية أمس من محاولة اغتيال بعبوة لاصقة، أصيب خلالها بجروح طفيفة')).toEqual({
      killed: null,
      wounded: 1,
    });
  });

  it('leaves another one hit beside him to the grammar, and a survivor not wounded', () => {
    expect(ar('ونجا القاضي من محاولة اغتيال، فيما أصيب حارسان من حمايته بجروح')).toEqual({
      killed: null,
      wounded: 2,
    });
    expect(ar('ونجا القاضي من محاولة اغتيال على الطريق العام')).toEqual({ killed: null, wounded: null });
  });
});
