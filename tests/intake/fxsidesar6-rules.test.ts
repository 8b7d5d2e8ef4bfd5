// Both sides' dead of one fight told in Arabic (issue 12, probe-s29e–h, s30a–d), each rule on invented
// sentences.
import { describe, expect, it } from 'vitest';
import { findCasualties } from '../../src/intake/casualties/casualties.js';
import { splitClauses } from '../../src/intake/article/sentences.js';
import { definiteAttackersAmong } from '../../src/intake/attackers/definite-attackers-among.js';
import { countsBothSides } from '../../src/intake/attackers/both-sides-counted.js';
import { doerAmongBothSides } from '../../src/intake/attackers/doer-among-both-sides.js';
import { matchView } from '../../src/intake/reading/view.js';
import { ORIGIN } from '../../src/intake/places/elsewhere/origin.js';
import { extracted } from '../support/tolls.js';

const casualties = (text: string) => findCasualties(matchView(text), 'ar');
const rows = (paragraphs: string[], published: string) =>
  extracted(paragraphs, 'ar', published).map((x) => ({
    from: x.date.from,
    to: x.date.to,
    killed: x.killed,
    actors: x.actors,
  }));

describe('a side that lost so many of its fighters has that many dead, "خسر" as "فقد" (dying-verbs.ts)', () => {
  it.each([
    ['وخسرت الكتائب 14 من مقاتليها في المعارك', 14],
    ['خسر الجيش تسعة من عناصره خلال الهجوم', 9],
  ])('reads "%s"', (text, n) => {
    expect(casualties(text).killed).toBe(n);
  });
  it('not ground or arms lost', () => {
    expect(casualties('خسرت الفصائل السيطرة على ثلاثة من مواقعها').killed).toBeNull();
  });
  it('adds the fighters a side lost to the dead of the other side of the fight', () => {
    expect(
      rows(
        [
          'سيطرت فصائل المعارضة، اليوم الخميس، على مطار عسكري قرب مدينة منبج بريف حلب الشرقي بعد معارك عنيفة.',
          'وقال ناشطون إن المعارك أسفرت عن مقتل 27 عنصراً من قوات النظام، فيما خسرت الفصائل ثمانية من مقاتليها.',
        ],
        '2013-02-14',
      ).map((r) => r.killed),
    ).toEqual([35]);
  });
});

describe('where a force withdrew to is no place of the fight (origin.ts, "انسحبت")', () => {
  it.each(['مشيراً إلى أن قوات النظام انسحبت باتجاه بلدة صدد', 'وانسحبت الفصائل نحو قرية مجاورة بعد المعارك'])(
    'sets aside where "%s" went',
    (text) => {
      const found = new RegExp(ORIGIN.source, 'u').exec(matchView(text).text);
      expect(found?.[0]).toMatch(/^انسحبت/u);
    },
  );
});

describe("the attackers among a side's dead, told by a definite number after them (definite-attackers-among.ts)", () => {
  it.each([
    ['مقتل 40 شخصاً بينهم الانتحاريون الأربعة', 4],
    ['و19 من عناصر التنظيم، بينهم المهاجمون الخمسة', 5],
  ])('counts "%s"', (text, n) => {
    expect(definiteAttackersAmong(matchView(text).text)).toBe(n);
  });
  it.each(['مقتل 40 شخصاً بينهم النساء الأربع', 'بينهم الانتحاريون', 'مقتل الانتحاريين الثلاثة'])(
    'not "%s"',
    (text) => {
      expect(definiteAttackersAmong(matchView(text).text)).toBeNull();
    },
  );
  it('keeps them out of the toll of both sides', () => {
    expect(
      casualties(
        'أسفرت المعارك عن مقتل 30 عنصراً من قوات النظام، و15 من مسلحي التنظيم، بينهم الانتحاريون الأربعة',
      ),
    ).toEqual({ killed: 41, wounded: null, attackersKilled: 4 });
  });
});

describe('"، في حين" before a teller telling a count of both sides opens a clause of its own (sentences.ts)', () => {
  it('splits at "في حين ذكرت" before a count of both sides', () => {
    expect(
      splitClauses(
        'قتل 12 من الفصائل في المعارك، في حين ذكرت مصادر محلية أن عدد القتلى بلغ 30 من الطرفين.',
        'ar',
      ).length,
    ).toBe(2);
  });
  it('not at "في حين" before other words', () => {
    expect(splitClauses('قتل 12 مدنياً في القصف، في حين كانت المدينة هادئة.', 'ar').length).toBe(1);
  });
});

describe("dead counted of both sides are a whole toll, no side's share of it (both-sides-counted.ts)", () => {
  it.each(['في حين أفادت مصادر أخرى بمقتل نحو 40 من الطرفين', 'وقتل 12 عنصراً من كلا الجانبين'])(
    'reads "%s"',
    (text) => {
      expect(countsBothSides(matchView(text).text)).toBe(true);
    },
  );
  it("not the wounded of both sides told after one side's dead", () => {
    expect(countsBothSides(matchView('وأربعة من الجيش، إضافة إلى إصابة العشرات من الطرفين').text)).toBe(
      false,
    );
  });
  it("keeps the first teller's toll of the fight, not the two summed", () => {
    expect(
      rows(
        [
          'سيطرت "جبهة النصرة"، اليوم السبت، على بلدة معرة حرمة في ريف إدلب الجنوبي بعد معارك مع فصيل محلي بدأت أمس.',
          'وقالت مصادر ميدانية إن المعارك أسفرت عن مقتل 17 عنصراً من الفصيل و9 من الجبهة، في حين تحدثت مصادر أخرى عن مقتل نحو 40 عنصراً من الطرفين.',
        ],
        '2015-03-14',
      ).map((r) => r.killed),
    ).toEqual([26]);
  });
});

describe('a doer whose own men are counted beside the side it fought stays the doer (doer-among-both-sides.ts)', () => {
  it('keeps it where the clause counts the side it struck too', () => {
    expect(doerAmongBothSides('isis', ['isis'], ['syrian_army'], ['syrian_army', 'isis'], true)).toBe(true);
  });
  it.each([
    // its men the only dead: the victims of a blow at it
    [['syrian_army'], ['isis'], true],
    // no dead told
    [['syrian_army'], ['syrian_army', 'isis'], false],
    // the other side counted no target of the event: who struck whom is not told
    [[], ['syrian_army', 'isis'], true],
  ] as const)('not with event targets %j, clause targets %j, killed told %s', (before, targets, killed) => {
    expect(doerAmongBothSides('isis', ['isis'], before, targets, killed)).toBe(false);
  });
  it('keeps the group that took the town as the doer though its men are counted', () => {
    const drafted = rows(
      [
        'سيطر تنظيم "داعش"، فجر اليوم الأحد، على بلدة صوران في ريف حماة الشمالي إثر هجوم بدأه بسيارتين مفخختين على حواجز قوات النظام.',
        'وقال المرصد إن المعارك أسفرت عن مقتل 21 عنصراً من قوات النظام، و13 من عناصر التنظيم.',
      ],
      '2015-06-14',
    );
    expect(drafted.map((r) => ({ killed: r.killed, actors: r.actors }))).toEqual([
      { killed: 34, actors: ['isis'] },
    ]);
  });
});
