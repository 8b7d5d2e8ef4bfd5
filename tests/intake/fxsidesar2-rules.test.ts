// Rules found on probe-s28a–d (issue 12): both sides' dead of a fight told apart in Arabic, each on
// sentences written for it.
import { describe, expect, it } from 'vitest';
import { findCasualties } from '../../src/intake/casualties/casualties.js';
import { risenToll } from '../../src/intake/tolls/toll-update.js';
import { matchView } from '../../src/intake/reading/view.js';
import { tolls } from '../support/tolls.js';
import { analyseClause } from '../../src/intake/incidents/clause.js';
import { resolvePlace } from '../../src/places/resolve.js';

const read = (text: string) => findCasualties(matchView(text), 'ar');

describe('the other side’s dead of a fight', () => {
  it('joined by "و" to their martyrdom after the enemy dead of the clashes: one toll (martyred-joined.ts)', () => {
    expect(
      tolls(
        [
          'سيطر مقاتلو المجلس العسكري أمس الخميس على قريتين جنوب مدينة الحسكة، بعد اشتباكات عنيفة قتل خلالها 12 مسلحاً، واستشهد مقاتلان من المجلس.',
        ],
        'ar',
        '2016-05-13',
      ),
    ).toEqual([{ killed: 14, wounded: null }]);
  });

  it('martyred after the dead of an operation against an armed group: one toll (operation-fought.ts)', () => {
    expect(
      tolls(
        [
          'أعلنت قيادة العمليات المشتركة، اليوم الثلاثاء، مقتل 15 عنصراً من تنظيم داعش في عملية نفذتها قوات الجيش قرب قضاء الرطبة غربي الأنبار، فيما أكدت استشهاد ثلاثة من مقاتلي الحشد وإصابة أربعة آخرين.',
        ],
        'ar',
        '2016-04-12',
      ),
    ).toEqual([{ killed: 18, wounded: 4 }]);
  });

  it('not after the victims of a suicide operation (operation-fought.ts)', () => {
    expect(
      tolls(
        [
          'قتل خمسة من عناصر تنظيم داعش في عملية انتحارية استهدفت حاجزاً قرب قضاء الرطبة غربي الأنبار، اليوم الثلاثاء، فيما أكدت الشرطة استشهاد ثلاثة من منتسبيها.',
        ],
        'ar',
        '2016-04-12',
      ).some((t) => t.killed === 8),
    ).toBe(false);
  });

  it('not the martyred of a blow of their own told beside the operation (operation-fought.ts)', () => {
    expect(
      tolls(
        [
          'أعلنت قيادة العمليات، اليوم الأحد، مقتل 25 عنصراً من تنظيم داعش في عملية عسكرية شمال قضاء الرطبة غربي الأنبار، فيما أكدت استشهاد ثلاثة من مقاتلي الحشد بهجوم للتنظيم.',
        ],
        'ar',
        '2016-04-10',
      ).some((t) => t.killed === 28),
    ).toBe(false);
  });

  it('martyred after a tally of the armed men killed over a span: the same tally (span-tally-sides.ts)', () => {
    expect(
      tolls(
        [
          'قتل 30 مسلحاً من التنظيم خلال اليومين الماضيين في ريف الحسكة الجنوبي، فيما استشهد أربعة من مقاتلي المجلس العسكري.',
        ],
        'ar',
        '2016-05-13',
      ),
    ).toEqual([{ killed: 34, wounded: null }]);
  });
});

describe('the other side’s count, hedged by one word (past-any-hedge.ts)', () => {
  it('"مقابل نحو 30 من مقاتلي…": summed with the first side', () => {
    expect(read('أن 9 مقاتلين من الفصائل قتلوا في المعارك، مقابل نحو 25 من عناصر قوات النظام').killed).toBe(
      34,
    );
  });

  it('"إضافة إلى حوالي 7 مقاتلين": summed with the first side', () => {
    expect(
      read('لقي 12 من عناصر قوات النظام مصرعهم، إضافة إلى حوالي 7 مقاتلين من الفصائل، في اشتباكات').killed,
    ).toBe(19);
  });
});

describe('a toll risen, its time told bare before "إلى" (toll-update.ts)', () => {
  it('"قبل أن ترتفع مساءً إلى 9 قتلى": the figure the toll rose to', () => {
    expect(
      risenToll(
        matchView('وكانت حصيلة أولية قد تحدثت عن مقتل خمسة أشخاص، قبل أن ترتفع مساءً إلى 9 قتلى'),
        'ar',
      )?.killed,
    ).toBe(9);
  });
});

describe('how bad the wound of one counted before is (wound-told-again.ts)', () => {
  it('"أن إصابة الشرطي ليست خطيرة": no one more wounded', () => {
    const told = (text: string) => analyseClause(text, 'ar', '2009-05-11', null, resolvePlace).casualties;
    expect(
      told('وأكد مدير الشرطة وقوع الاشتباك، مشيراً إلى أن إصابة الشرطي "ليست خطيرة".').wounded,
    ).toBeNull();
    expect(told('وأضاف المصدر أن جروح الحارس طفيفة.').wounded).toBeNull();
    // (a new wound, its cause told: still counted)
    expect(told('ما أدى إلى إصابة الحارس بجروح خطيرة.').wounded).toBe(1);
  });
});
