// A side's dead of an Arabic fight read where the other side's were (issue 12, probe-s32e–h,
// s33a–d), each rule on invented sentences.
import { describe, expect, it } from 'vitest';
import { findCasualties } from '../../src/intake/casualties/casualties.js';
import { matchView } from '../../src/intake/reading/view.js';
import { draftedTolls, tolls } from '../support/tolls.js';

const casualties = (text: string) => findCasualties(matchView(text), 'ar');

describe('dead martyred "خلال المعارك" after armed dead are the other side of the fight (martyred-in-fight.ts)', () => {
  it('in a clause set against the first by "فيما", the fight told by no noun of its own', () => {
    expect(
      draftedTolls(
        [
          'الجيش يستعيد بلدة كفرنبودة في ريف حماة الشمالي',
          'أحكمت وحدات الجيش، فجر اليوم، سيطرتها الكاملة على بلدة كفرنبودة في ريف حماة الشمالي، بعد معارك بدأت منذ الجمعة الماضية.',
          'وقال مصدر ميداني إن العملية جرت بإسناد من المدفعية، وإنها أسفرت عن مقتل أكثر من 25 إرهابياً، بينهم قياديون في "جيش العزة"، فيما استشهد جنديان من عناصر الجيش خلال المعارك.',
        ],
        '2017-03-14',
        'ar',
      ),
    ).toEqual([[27, null, null]]);
  });
  it('in the next sentence, "ارتقى" after forces stormed the enemy', () => {
    expect(
      tolls(
        [
          'اقتحمت وحدات الجيش فجر اليوم مواقع المسلحين قرب بلدة السلمية في ريف حماة، وخاضت معهم اشتباكات عنيفة أسفرت عن مقتل 30 إرهابياً.',
          'وارتقى خلال الاشتباكات أربعة شهداء من عناصر الجيش، وأصيب ستة آخرون بجروح.',
        ],
        'ar',
        '2017-03-14',
      ),
    ).toEqual([{ killed: 34, wounded: 6 }]);
  });
});

describe("a side's own losses during an operation whose only dead were militants (operation-own-losses.ts)", () => {
  it('sums the militants and the forces lost "خلال العملية" "من منتسبيها"', () => {
    expect(
      draftedTolls(
        [
          'القوات تحرر ناحية الوفاء غربي الأنبار',
          'أعلنت قيادة العمليات المشتركة، اليوم الثلاثاء، تحرير ناحية الوفاء غربي الأنبار من سيطرة داعش، بعد عملية عسكرية انطلقت فجر السبت الماضي.',
          'وقال بيان للقيادة إن "القطعات رفعت العلم فوق مبنى الناحية"، مبينا أن "العملية أسفرت عن قتل أكثر من 50 إرهابيا وتدمير عشر عجلات".',
          'وقال مصدر عسكري إن "القوات فقدت خلال العملية ثلاثة من منتسبيها، وأصيب تسعة آخرون".',
        ],
        '2017-03-14',
        'ar',
      ),
    ).toEqual([[53, 9, null]]);
  });
});

describe('a plural killing verb\'s noun past "في" is where they fell (plural-verb-past-in.ts)', () => {
  it.each(['شيعت البلدة جنوداً استشهدوا في حي الشيخ مقصود', 'الذين ارتقوا في معارك قرية الشيخ علي'])(
    'counts none in "%s"',
    (text) => {
      expect(casualties(text).killed).toBeNull();
    },
  );
  it('a number past "في" is still counted', () => {
    expect(casualties('وقتل في الغارة 7 مدنيين').killed).toBe(7);
  });
});

describe('a joined group told by whom it is loyal to still describes the counted (joined-body-loyal.ts)', () => {
  it.each([
    ['قال المرصد إن 40 عنصراً من قوات النظام والمسلحين الموالين لها قتلوا في المعارك', 40],
    [
      'وأفاد ناشطون بأن 18 عنصراً من القوات الحكومية والمسلحين الموالين لها قتلوا في معارك البلدة، إضافة إلى 9 مقاتلين من الفصائل',
      27,
    ],
  ])('reads "%s"', (text, n) => {
    expect(casualties(text).killed).toBe(n);
  });
});
