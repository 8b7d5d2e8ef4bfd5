// Rules added for Arabic fights between two forces whose text gives both sides' dead (issue 12,
// fxsidesar13), each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { tollsWithAttackers } from '../support/tolls.js';

const run = (paragraphs: string[]) => tollsWithAttackers(paragraphs, 'ar', '2019-03-10');

describe('a clash told between two sides sums both sides’ dead', () => {
  it('adds the gunmen to the tribesmen killed "في اشتباكات … بين" them', () => {
    expect(
      run([
        'قتل ثمانية أشخاص في اشتباكات اندلعت فجر أمس السبت بين مسلحين من تنظيم داعش وأبناء عشيرة في قرية جنوبي قضاء بلد.',
        'وقال مصدر أمني إن المسلحين هاجموا منازل القرية بعد منتصف الليل، وإن أبناء العشيرة تصدوا لهم، ما أدى إلى مقتل ثلاثة من أبناء العشيرة وخمسة من المهاجمين.',
      ]),
    ).toEqual([{ killed: 8, wounded: null, attackersKilled: null }]);
  });

  it('adds the smugglers to the policeman when a patrol "اشتبكت … مع" them', () => {
    expect(
      run([
        'وكانت دورية للشرطة النهرية قد اشتبكت فجر أمس السبت مع مجموعة من مهربي الوقود قرب ضفة النهر شمالي قضاء الرطبة، ما أسفر عن مقتل شرطي واثنين من المهربين.',
      ]),
    ).toEqual([{ killed: 3, wounded: null, attackersKilled: null }]);
  });

  it('adds nothing to a toll of people the clause told itself, both sides among them', () => {
    expect(
      run([
        'قتل 15 شخصاً على الأقل في معارك عنيفة دارت مساء أمس السبت بين مسلحين من إحدى الميليشيات وقوات الشرطة في مدينة الشطرة شمالي الناصرية، كما أفاد مصدر طبي.',
        'وقال ضابط في الشرطة إن ستة من رجال الشرطة قتلوا في الهجوم الذي شنه المسلحون على مبنى البلدية، فيما قتل تسعة من المهاجمين خلال الاشتباكات.',
      ]),
    ).toEqual([{ killed: 15, wounded: null, attackersKilled: 9 }]);
  });
});
