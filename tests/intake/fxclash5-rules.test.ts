// Rules found on fights whose two sides' dead are told apart (issue 12, fixer fxclash5): a fight told
// as the subject after a place or a day set off by a comma, the other side counted by its fighters'
// noun past a long first side and an "at least", the other side's dead told "in the fighting" after
// the enemy dead of a repelled attack. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { tollsWithAttackers } from '../support/tolls.js';

describe('"In the X desert, clashes left three soldiers and two militants dead": a place told first', () => {
  it('sums both sides where the fight follows a place set off by a comma', () => {
    expect(
      tollsWithAttackers(
        ['In the Rutba desert, clashes left two soldiers and four militants dead on Sunday.'],
        'en',
        '2021-06-14',
      ),
    ).toEqual([{ killed: 6, wounded: null, attackersKilled: null }]);
  });

  it('sums both sides where the fight follows a day set off by a comma', () => {
    expect(
      tollsWithAttackers(
        ['On Sunday, clashes near Rutba killed two soldiers and four militants.'],
        'en',
        '2021-06-14',
      ),
    ).toEqual([{ killed: 6, wounded: null, attackersKilled: null }]);
  });

  it('keeps the attackers apart where an attack is told before the fight', () => {
    expect(
      tollsWithAttackers(
        [
          'In Rutba, militants attacked an army post on Sunday, and clashes killed two soldiers and four militants.',
        ],
        'en',
        '2021-06-14',
      ),
    ).toEqual([{ killed: 2, wounded: null, attackersKilled: 4 }]);
  });
});

describe('"مقتل 26 عنصراً من قوات النظام والمسلحين الموالين لها و31 جهادياً": the other side by its noun', () => {
  it('sums the other side counted as armed men by their noun, past a long first side', () => {
    expect(
      tollsWithAttackers(
        [
          'وقال المرصد إن المعارك في ريف حماة الشمالي أسفرت عن مقتل 14 عنصراً من قوات النظام والمسلحين الموالين لها و9 جهاديين.',
        ],
        'ar',
        '2019-06-02',
      ),
    ).toEqual([{ killed: 23, wounded: null, attackersKilled: null }]);
  });

  it('reads past an "على الأقل" told after the first side\'s noun', () => {
    expect(
      tollsWithAttackers(
        [
          'وقال المرصد إن المعارك في ريف حماة الشمالي أسفرت عن مقتل 14 عنصراً على الأقل من قوات النظام والمسلحين الموالين لها و9 جهاديين.',
        ],
        'ar',
        '2019-06-02',
      ),
    ).toEqual([{ killed: 23, wounded: null, attackersKilled: null }]);
  });
});

describe('"Four soldiers were killed in the fighting", after the enemy dead of an attack fought off', () => {
  it("adds the side's own dead to the toll of the fight", () => {
    expect(
      tollsWithAttackers(
        [
          'The army on Tuesday repelled an attack by militants on its positions near the town of Latamneh in Hama province, killing 18 militants, state media said.',
          'Three soldiers were killed in the fighting, which went on until the evening, a military source said.',
        ],
        'en',
        '2019-06-05',
      ),
    ).toEqual([{ killed: 21, wounded: null, attackersKilled: null }]);
  });

  it('keeps the first toll where another account counts both sides in the fighting', () => {
    const [fight] = tollsWithAttackers(
      [
        'The army on Tuesday repelled an attack by militants on its positions near the town of Latamneh in Hama province, killing 18 of the attackers, state media said.',
        'A monitoring group gave a different account, saying 12 IS fighters and five soldiers were killed in the fighting, which lasted until dawn.',
      ],
      'en',
      '2019-06-05',
    );
    expect(fight?.killed).toBe(18);
  });
});
