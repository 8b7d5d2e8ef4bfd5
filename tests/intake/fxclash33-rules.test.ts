// Rules found on both sides' dead of one fight, round 2 (issue 12, fixer fxclash33): the
// attackers' dead of an assault told as taking the post it struck.
// Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedTolls } from '../support/tolls.js';

describe('"rebels overran an army post…, killing nine soldiers. Four rebels were also killed in the assault"', () => {
  it("adds the attackers' dead of an assault that took the post to the fight's toll", () => {
    expect(
      draftedTolls(
        [
          'Army post falls',
          'Early on Tuesday, rebels overran an army post outside Saraqeb in Idlib province, killing at least nine soldiers, a monitoring group said. Four rebels were also killed in the assault.',
        ],
        '2015-06-03',
      ).map(([killed]) => killed),
    ).toEqual([13]);
  });

  it('reads the Arabic "سيطر المقاتلون فجر اليوم على حاجز…، فيما قتل ثلاثة منهم" the same way', () => {
    expect(
      draftedTolls(
        [
          'سقوط حاجز للجيش',
          'سيطر مقاتلو الفصائل فجر اليوم الثلاثاء على حاجز لقوات النظام قرب مدينة سراقب في ريف إدلب، ما أسفر عن مقتل ثمانية من عناصر قوات النظام، فيما قتل ثلاثة من مقاتلي الفصائل.',
        ],
        '2015-06-03',
      ).map(([killed]) => killed),
    ).toEqual([11]);
  });
});

describe('"هاجم مسلحو التنظيم مواقع للجيش…، فيما قتل تسعة من مسلحي التنظيم": an attack that took nothing', () => {
  it("keeps the attackers' dead apart where the attack is not told as taking the post", () => {
    expect(
      draftedTolls(
        [
          'هجوم على مواقع الجيش',
          'هاجم مسلحو تنظيم داعش، ليلة السبت، مواقع للجيش العراقي قرب قضاء الحويجة في كركوك، ما أدى إلى اندلاع اشتباكات استمرت ساعتين.',
          'وقال ضابط في الجيش إن "ثلاثة جنود استشهدوا وأصيب خمسة آخرون، فيما قتل تسعة من مسلحي داعش".',
        ],
        '2016-03-20',
      ),
    ).toEqual([[3, 5, 9]]);
  });
});
