// Rules added for both sides' dead of one fight told apart in Arabic (issue 12, probe-s29e … s29h,
// fxsidesar5), each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { incidents, tolls } from '../support/tolls.js';
import { matchView } from '../../src/intake/reading/view.js';
import { attackThenRepelled } from '../../src/intake/attackers/attack-then-repelled.js';
import { goesOnAt } from '../../src/intake/attackers/teller-goes-on.js';
import { FIGHTERS_OF_SIDE } from '../../src/intake/attackers/fighters-of-side.js';
import { countedOverCountedMonths } from '../../src/intake/roundups/months-counted.js';
import { periodTotal } from '../../src/intake/roundups/period-totals.js';

const m = (text: string) => matchView(text).text;

describe('an attack told first, its repelling after it by "تصدى له" (attack-then-repelled.ts)', () => {
  it('reads the attack then the verb pointing back at it', () => {
    expect(attackThenRepelled(m('شنت الفصائل هجوماً بالدبابات على قرية الصالحية، تصدت له وحدات الجيش'))).toBe(
      true,
    );
    expect(attackThenRepelled(m('شنت الفصائل هجوماً بالدبابات على قرية الصالحية'))).toBe(false);
    expect(attackThenRepelled(m('تصدى له الأهالي بالحجارة'))).toBe(false);
  });
  it('sums the attackers and the defenders of the fight so told', () => {
    expect(
      tolls(
        [
          'شنت الفصائل المدعومة من تركيا صباح أمس هجوماً بالأسلحة الثقيلة على قرية أم الكيف في ريف الحسكة الشمالي، تصدى له مقاتلو مجلس تل تمر العسكري، واستمرت الاشتباكات حتى المساء.',
          'وبحسب مصدر في المجلس، قتل خلال الاشتباكات تسعة من المهاجمين، فيما استشهد ثلاثة من مقاتلي المجلس.',
        ],
        'ar',
        '2019-11-05',
      ),
    ).toEqual([{ killed: 12, wounded: null }]);
  });
});

describe('the teller going on after a side counted (teller-goes-on.ts)', () => {
  it('finds where the clause goes on', () => {
    const text = m('بينما قتل 12 عنصراً من قوات النظام، مشيراً إلى أن الطائرات شنت غارات خلال يومين');
    expect(goesOnAt(text)).toBe(text.indexOf('، مشيرا'));
    expect(goesOnAt(m('بينما قتل 12 عنصراً من قوات النظام'))).toBe(
      m('بينما قتل 12 عنصراً من قوات النظام').length,
    );
  });
  it('adds the other side though the teller goes on to strikes over two days', () => {
    expect(
      tolls(
        [
          'سيطرت قوات النظام، أمس الأحد، على بلدة اللطامنة بريف حماة الشمالي، بعد معارك عنيفة.',
          'وقال قيادي في الفصائل إن المعارك التي دارت منذ فجر السبت أسفرت عن مقتل خمسة من مقاتلي الفصائل وجرح نحو 15، بينما قتل ما لا يقل عن 12 عنصراً من قوات النظام، مشيراً إلى أن الطائرات الحربية شنت عشرات الغارات على المنطقة خلال يومين.',
        ],
        'ar',
        '2019-05-20',
      ),
    ).toEqual([{ killed: 17, wounded: 15 }]);
  });
});

describe('dead fallen "خلال التصدي للهجوم", and a dual told with "اثنان" (fell-repelling.ts, fighters-of-side.ts)', () => {
  it('reads "مقاتلان اثنان من" as fighters of a side', () => {
    expect(FIGHTERS_OF_SIDE.test(m('فيما قتل مقاتلان اثنان من الكتائب'))).toBe(true);
  });
  it('sums a side’s own dead fallen repelling the attack with the enemy dead', () => {
    expect(
      tolls(
        [
          'تصدت الفصائل فجر اليوم لمحاولة تقدم لقوات النظام على محور بلدة اللطامنة بريف حماة الشمالي.',
          'وقال مصدر عسكري إن الفصائل قتلت سبعة عناصر من قوات النظام في محيط بلدة اللطامنة بريف حماة الشمالي، فيما ارتقى ثلاثة من مقاتليها خلال التصدي للهجوم.',
        ],
        'ar',
        '2019-05-20',
      ),
    ).toEqual([{ killed: 10, wounded: null }]);
  });
  it('sums the dual told with "اثنان"', () => {
    expect(
      tolls(
        [
          'تصدت الفصائل فجر اليوم لمحاولة تقدم لقوات النظام على محور بلدة اللطامنة بريف حماة الشمالي.',
          'وقال مصدر عسكري إن الفصائل قتلت سبعة عناصر من قوات النظام في محيط بلدة اللطامنة بريف حماة الشمالي، فيما ارتقى مقاتلان اثنان من الفصائل خلال التصدي للهجوم.',
        ],
        'ar',
        '2019-05-20',
      ),
    ).toEqual([{ killed: 9, wounded: null }]);
  });
});

describe('a toll spread over months counted by number (months-counted.ts)', () => {
  it('reads the span of months or years', () => {
    expect(countedOverCountedMonths(m('مقتل أكثر من 900 مقاتل من الطرفين خلال أربعة أشهر من المعارك'))).toBe(
      true,
    );
    expect(countedOverCountedMonths(m('قتل 300 شخص على مدى عامين'))).toBe(true);
    expect(countedOverCountedMonths(m('killed over three months of fighting'))).toBe(true);
    expect(countedOverCountedMonths(m('قتل خمسة مقاتلين خلال الاشتباكات'))).toBe(false);
    expect(periodTotal(m('ووثق ناشطون مقتل أكثر من 900 مقاتل من الطرفين خلال أربعة أشهر من المعارك'))).toBe(
      true,
    );
  });
});

describe('the fight an event was told after, named back with its onset (fight-from-onset.ts)', () => {
  it('keeps one event from the onset to the day the town was taken, with both sides’ dead', () => {
    expect(
      incidents(
        [
          'سيطرت قوات النظام، أمس الأحد، على بلدة اللطامنة بريف حماة الشمالي، بعد معارك عنيفة مع الفصائل.',
          'وقال مصدر ميداني إن المعارك التي اندلعت فجر السبت أسفرت عن مقتل ستة من مقاتلي الفصائل، فيما قتل عشرة عناصر من قوات النظام.',
        ],
        'ar',
        '2019-05-20',
      ),
    ).toEqual([{ from: '2019-05-18', to: '2019-05-19', governorate: 'Hama', killed: 16, wounded: null }]);
  });
});
