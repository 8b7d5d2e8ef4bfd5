// Rules found on both sides' dead of one fight told apart (issue 12, fixer fxclash9): the armed men's
// dead joined by "و" to the other side's around one killing verb, in a fight. Each on sentences
// written for it.
import { describe, expect, it } from 'vitest';
import { draftedTolls } from '../support/tolls.js';

describe('"قتل جنديان و6 مسلحين في اشتباكات": armed men joined to the other side in a fight', () => {
  it('sums both sides where the verb comes first and a dual counts the first side, the clashes after an attack', () => {
    expect(
      draftedTolls(
        [
          'قتلى في اشتباكات شمال صلاح الدين',
          'قُتل جنديان و6 مسلحين في اشتباكات اندلعت فجر اليوم الأحد بعد أن هاجم مسلحون ثكنة للجيش قرب قرية الحورية في قضاء الشرقاط.',
        ],
        '2015-03-08',
      ),
    ).toEqual([[8, null, null]]);
  });

  it('sums them where both counts come before the verb', () => {
    expect(
      draftedTolls(
        [
          'قتلى في اشتباكات غرب الأنبار',
          'وقال مصدر أمني إن خمسة من عناصر الشرطة وتسعة من المسلحين قتلوا في اشتباكات دارت مساء أمس السبت في ناحية العبيدي.',
        ],
        '2006-05-14',
      ).map(([killed]) => killed),
    ).toEqual([14]);
  });

  it('sums them where the dead are told in the clashes a relative clause hangs on', () => {
    expect(
      draftedTolls(
        [
          'مسلحون يسيطرون على ناحية في ديالى',
          'سيطر مسلحون صباح اليوم الثلاثاء على ناحية العظيم بعد اشتباكات مع قوات الجيش قتل فيها ثلاثة جنود و4 من المسلحين.',
        ],
        '2014-06-17',
      ).map(([killed]) => killed),
    ).toEqual([7]);
  });

  it('keeps the bombers apart where the clashes followed a suicide car bomb', () => {
    expect(
      draftedTolls(
        [
          'هجوم انتحاري في الأنبار',
          'قُتل ثلاثة جنود و2 من المسلحين في هجوم بسيارة مفخخة يقودها انتحاري أعقبته اشتباكات قرب حاجز للجيش في ناحية البغدادي صباح اليوم الخميس.',
        ],
        '2016-02-11',
      ).map(([killed]) => killed),
    ).toEqual([3]);
  });
});
