// Rules found on both sides' dead of one battle told as two counts (issue 12, fixer fxclash14): the
// other side's count joined with a hedge of its own ("وما لا يقل عن 15 مقاتلاً من التنظيم"), and the
// other side added on by "إضافة إلى" after the first side's verb. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedIncidents } from '../support/tolls.js';

const drafted = (paragraphs: string[], published: string, lang: 'ar' | 'en') =>
  draftedIncidents(paragraphs.join('\n\n'), published, lang).map((x) => ({
    killed: x.killed,
    wounded: x.wounded,
    attackersKilled: x.attackersKilled ?? null,
  }));

describe('"مقتل 30 عنصراً من قوات النظام وما لا يقل عن 15 مقاتلاً من التنظيم": the hedged second side, summed', () => {
  it('joins the count told with "وما لا يقل عن"', () => {
    expect(
      drafted(
        [
          'معارك في ريف حماة',
          'وثق المرصد السوري مقتل 30 عنصراً من قوات النظام وما لا يقل عن 15 مقاتلاً من التنظيم خلال معارك أمس الثلاثاء في محيط بلدة السلمية بريف حماة.',
        ],
        '2015-05-20',
        'ar',
      ),
    ).toEqual([{ killed: 45, wounded: null, attackersKilled: null }]);
  });

  it('joins the count told with "وأكثر من" after a partitive', () => {
    expect(
      drafted(
        [
          'معارك في ريف حماة',
          'وثق المرصد السوري مقتل 30 عنصراً من قوات النظام وأكثر من 15 من عناصر التنظيم خلال معارك أمس الثلاثاء في محيط بلدة السلمية بريف حماة.',
        ],
        '2015-05-20',
        'ar',
      ),
    ).toEqual([{ killed: 45, wounded: null, attackersKilled: null }]);
  });

  it('does not add the wounded told with a hedge', () => {
    expect(
      drafted(
        [
          'قصف في ريف حماة',
          'قال المرصد السوري إن قصفاً استهدف أمس الثلاثاء بلدة السلمية بريف حماة أسفر عن مقتل 30 مدنياً وأكثر من 15 جريحاً.',
        ],
        '2015-05-20',
        'ar',
      ),
    ).toEqual([{ killed: 30, wounded: 15, attackersKilled: null }]);
  });
});

describe('"لقي 8 من عناصر النظام مصرعهم، إضافة إلى 5 مقاتلين من الفصائل": the side added on, summed', () => {
  it('adds the other side told after "إضافة إلى"', () => {
    expect(
      drafted(
        [
          'اشتباكات في ريف إدلب',
          'لقي ثمانية من عناصر قوات النظام مصرعهم، إضافة إلى 5 مقاتلين من الفصائل، في اشتباكات اندلعت مساء أمس الأحد قرب بلدة سراقب بريف إدلب.',
        ],
        '2016-02-15',
        'ar',
      ),
    ).toEqual([{ killed: 13, wounded: null, attackersKilled: null }]);
  });

  it('adds nothing where things, not a side, are added on', () => {
    expect(
      drafted(
        [
          'اشتباكات في ريف إدلب',
          'لقي ثمانية من عناصر قوات النظام مصرعهم، إضافة إلى تدمير 5 آليات، في اشتباكات اندلعت مساء أمس الأحد قرب بلدة سراقب بريف إدلب.',
        ],
        '2016-02-15',
        'ar',
      ),
    ).toEqual([{ killed: 8, wounded: null, attackersKilled: null }]);
  });
});
