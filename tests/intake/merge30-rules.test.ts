// Where this stop's rules met each other or older ones (issue 12, the thirtieth stop's merge): each
// narrowing on invented sentences, the shape the full eval found worse.
import { describe, expect, it } from 'vitest';
import { findCasualties } from '../../src/intake/casualties/casualties.js';
import { splitClauses } from '../../src/intake/article/sentences.js';
import { doersBack } from '../../src/intake/followups/doers-back.js';
import { matchView } from '../../src/intake/reading/view.js';

const casualties = (text: string) => findCasualties(matchView(text), 'ar');

describe('attackers told among the second side after an aside are taken out once (casualties.ts)', () => {
  it('the aside rule keeps them out, the definite-number rule does not take them again', () => {
    const c = casualties(
      'ووثق المرصد مقتل 6 عناصر من قوات النظام، بينهم ضابط، و9 عناصر من التنظيم، بينهم الانتحاريون الأربعة',
    );
    expect(c.killed).toBe(11);
  });
  it('with no aside on the first side, the definite number still leaves the toll', () => {
    const c = casualties(
      'وأسفرت المعارك عن مقتل 20 من قوات النظام، و15 من عناصر التنظيم، بينهم الانتحاريون الثلاثة',
    );
    expect(c.killed).toBe(32);
    expect(c.attackersKilled).toBe(3);
  });
});

describe('"خسر" in the pluperfect tells an earlier event, not a toll (dying-verbs.ts)', () => {
  it('reads "خسرت الفصائل تسعة من مقاتليها" and not "وكانت الفصائل قد خسرت تسعة من مقاتليها"', () => {
    expect(casualties('وخسرت الفصائل تسعة من مقاتليها في المعارك').killed).toBe(9);
    expect(casualties('وكانت الفصائل قد خسرت تسعة من مقاتليها في آذار الماضي').killed).toBeNull();
  });
});

describe('"، في حين" + a teller splits only before a count of both sides (sentences.ts)', () => {
  it('another teller of both sides is a clause of its own', () => {
    const clauses = splitClauses(
      'وقالت مصادر محلية إن 12 من الفصائل قتلوا، في حين تحدثت مصادر أخرى عن مقتل أكثر من 30 من الطرفين.',
      'ar',
    );
    expect(clauses.length).toBe(2);
  });
  it('another teller of the same toll stays with the clause it answers', () => {
    const clauses = splitClauses(
      'وارتفعت الحصيلة إلى 25 قتيلاً بحسب مصادر طبية، في حين تحدثت الوزارة عن "أكثر من 20 قتيلاً".',
      'ar',
    );
    expect(clauses.length).toBe(1);
  });
});

describe('attackers counted among a clause that tells an attack of its own are not the doers told before (doers-back.ts)', () => {
  it('"ومقتل اثنين من المهاجمين" after the attack told goes back to it', () => {
    expect(doersBack('وتمكن الحراس من قتل اثنين من المهاجمين')).toBe(true);
  });
  it('"• صدت القوات هجوماً … و٦ من المهاجمين" is an attack of its own', () => {
    expect(
      doersBack('• صدت قوات الجيش هجوما لعناصر التنظيم على موقع لها ما اسفر عن مقتل جندي و6 من المهاجمين'),
    ).toBe(false);
  });
});
