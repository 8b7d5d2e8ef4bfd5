// Rules found on fights whose toll is both sides' dead (issue 12, fixer fxsidesar11): a place taken
// after battles and a large attack fought off in clashes that lasted, whose enemy dead and own dead are
// told in clauses of their own; an offensive told as the attack a side launched, its own dead set
// against the enemy's by "فيما"; an attack on a post fought off, whose attackers' dead stay apart from
// the defenders' told after them. Each on sentences written for it. (The first reading through the
// pipeline loads the gazetteer: those tests are given time for it on a busy machine.)
import { describe, expect, it } from 'vitest';
import { fightOfTwoForces } from '../../src/intake/attackers/fight-of-two-forces.js';
import { postAttackersApart } from '../../src/intake/attackers/post-attack-apart.js';
import { offensiveResulted } from '../../src/intake/casualties/offensive-launched-ar.js';
import { matchView } from '../../src/intake/reading/view.js';
import { tolls, tollsWithAttackers } from '../support/tolls.js';

const m = (text: string) => matchView(text).text;

describe('fight of two forces: a place taken after battles, a large attack fought off in lasting clashes', () => {
  it('tells them from an attack on a post', () => {
    expect(
      fightOfTwoForces(
        m('أعلنت قيادة العمليات، اليوم الأحد، تحرير بلدة العلم بالكامل بعد معارك بدأت فجر الجمعة.'),
      ),
    ).toBe(true);
    expect(
      fightOfTwoForces(
        m(
          'صدت قوات الجيش، فجر اليوم الثلاثاء، هجوماً كبيراً شنه مسلحو التنظيم على مواقعها، في اشتباكات استمرت أربع ساعات.',
        ),
      ),
    ).toBe(true);
    expect(
      fightOfTwoForces(m('صدت قوات الجيش، فجر اليوم الثلاثاء، هجوماً شنه مسلحو التنظيم على نقطة تفتيش.')),
    ).toBe(false);
  });

  it(
    'sums the enemy the side killed and its own martyred, told in sentences of their own',
    { timeout: 120_000 },
    () => {
      expect(
        tolls(
          [
            'أعلنت قيادة العمليات المشتركة، اليوم الأحد، تحرير ناحية العلم شمال تكريت بالكامل من سيطرة داعش، بعد معارك بدأت فجر الجمعة.',
            'وقال قائد العمليات في بيان إن "القطعات قتلت 35 إرهابيا خلال المعارك".',
            'من جهتها، أعلنت هيئة الحشد الشعبي "استشهاد أربعة من مقاتلي الحشد وإصابة سبعة آخرين خلال اقتحام الناحية".',
          ],
          'ar',
          '2015-03-08',
        ),
      ).toEqual([{ killed: 39, wounded: 7 }]);
    },
  );

  it('keeps the attackers of a small attack on a post apart', { timeout: 120_000 }, () => {
    expect(
      tolls(
        [
          'صدت قوات الجيش، فجر اليوم الثلاثاء، هجوماً شنه مسلحو داعش على نقطة تفتيش قرب ناحية العلم شمال تكريت.',
          'وقال ضابط إن "قواتنا قتلت خمسة مسلحين من المهاجمين".',
          'وأضاف أن "اثنين من الجنود استشهدا وأصيب ثلاثة آخرون خلال الاشتباكات".',
        ],
        'ar',
        '2015-03-10',
      ).map((x) => x.killed),
    ).not.toContain(7);
  });
});

describe('"الهجوم الذي شنته … أسفر عن مقتل …، فيما قتل …": an offensive\'s result, both sides\' dead', () => {
  it('reads the offensive launched at no post, not the attack on a checkpoint', () => {
    expect(
      offensiveResulted(m('إن الهجوم الذي شنته الفصائل من محورين أسفر عن مقتل 12 عنصراً من قوات النظام')),
    ).toBe(true);
    expect(
      offensiveResulted(m('إن الهجوم الذي شنه مسلحو التنظيم على حاجز للجيش أسفر عن مقتل ثلاثة جنود')),
    ).toBe(false);
  });

  it("adds the launching side's own dead, told by 'while', to the enemy's", { timeout: 120_000 }, () => {
    expect(
      tolls(
        [
          'سيطرت فصائل المعارضة، فجر اليوم الخميس، على بلدة كفرنبودة في ريف حماة الشمالي، بعد اشتباكات مع قوات النظام استمرت ليلة الأربعاء على الخميس.',
          'وقال قائد ميداني في الفصائل إن الهجوم الذي شنته الفصائل من محورين أسفر عن مقتل 12 عنصراً من قوات النظام، فيما قتل ثلاثة من مقاتلي الفصائل وجرح أربعة آخرون.',
        ],
        'ar',
        '2019-05-16',
      ),
    ).toEqual([{ killed: 15, wounded: 4 }]);
  });
});

describe('"صدت هجوماً … على موقع لها، وقتلت تسعة من المهاجمين، فيما قتل ثلاثة من عناصرها": an attack on a post', () => {
  it('reads the attack on a post, not a large attack fought off in lasting clashes', () => {
    expect(postAttackersApart(m('صدت قوات الجيش هجوماً لمسلحي التنظيم على نقطة تفتيش قرب المدينة،'))).toBe(
      true,
    );
    expect(
      postAttackersApart(
        m('صدت قوات الجيش هجوماً واسعاً لمسلحي التنظيم على مواقعها، في اشتباكات استمرت حتى الفجر،'),
      ),
    ).toBe(false);
  });

  it("keeps the attackers apart from the defenders' dead told by 'while'", { timeout: 120_000 }, () => {
    expect(
      tollsWithAttackers(
        [
          'صدت قوات الجيش هجوماً لمسلحي داعش على موقع لها قرب ناحية العلم شمال تكريت، وقتلت ستة من المهاجمين، فيما قتل اثنان من الجنود.',
        ],
        'ar',
        '2015-03-10',
      ),
    ).toEqual([{ killed: 2, wounded: null, attackersKilled: 6 }]);
  });
});
