// Rules found on both sides' dead of one fight (issue 12, fixer fxclash31): the other side's count
// told with a hedge of its own after a comma, a force's men who "fell" (سقط), the enemy's bodies told
// after a side's own dead, a clash told by the Arabic verb, and the other side past a long aside. Each
// on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedTolls } from '../support/tolls.js';

describe("'، و\"ما لا يقل عن 20\" عنصراً من …': the other side's count with a quoted hedge", () => {
  it("sums both sides where the hedge is quoted as the teller's words", () => {
    expect(
      draftedTolls(
        [
          'الفصائل تتقدم في ريف حماة',
          'وقال المرصد السوري إن المعارك أسفرت عن مقتل 8 مقاتلين من الفصائل، و"ما لا يقل عن 20" عنصراً من قوات النظام، في محيط بلدة شمال حماة يوم أمس الاثنين.',
        ],
        '2016-09-06',
      ).map(([killed]) => killed),
    ).toEqual([28]);
  });

  it('sums them where the hedged count opens a part of its own after the comma', () => {
    expect(
      draftedTolls(
        [
          'الفصائل تتقدم في ريف حماة',
          'وقال المرصد السوري إن المعارك أسفرت عن مقتل 8 مقاتلين من الفصائل، ونحو 20 عنصراً من قوات النظام، في محيط بلدة شمال حماة يوم أمس الاثنين.',
        ],
        '2016-09-06',
      ).map(([killed]) => killed),
    ).toEqual([28]);
  });
});

describe('"فيما سقط ستة من مقاتلي الكتائب": a force\'s men who fell, the other side of the fight', () => {
  it("reads those who fell as dead and adds them to the enemy's dead of the fight", () => {
    expect(
      draftedTolls(
        [
          'معارك في ريف دير الزور',
          'وقال ناشط إن 17 عنصراً من قوات النظام قتلوا في معارك يوم السبت، فيما سقط ستة من مقاتلي الكتائب.',
        ],
        '2013-03-10',
      ).map(([killed]) => killed),
    ).toEqual([23]);
  });

  it('reads none dead where those who fell are told dead and wounded together', () => {
    expect(
      draftedTolls(
        [
          'معارك في ريف دير الزور',
          'وقال ناشط إن 17 عنصراً من قوات النظام قتلوا في معارك يوم السبت، فيما سقط ستة من مقاتلي الكتائب بين قتيل وجريح.',
        ],
        '2013-03-10',
      ).map(([killed]) => killed),
    ).toEqual([17]);
  });
});
