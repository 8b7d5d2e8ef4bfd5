// Rules found on both sides' dead of one fight (issue 12, fixer fxclash21): the other side's count
// after "، في حين قُتل" with its verb vowelled; a fight told between two sides, each "من طرف", with
// an attack word beside it; the defenders told martyred after the attackers an attack fought off
// killed. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedTolls } from '../support/tolls.js';

const tolls = (paragraphs: string[], published: string) => draftedTolls(paragraphs, published, 'ar');

describe('"اشتباكات بين X من طرف، وY من طرف آخر … في حين قُتل": the other side, its verb vowelled', () => {
  it('sums the dead of both sides of a fight told between two sides, an attack word beside it', () => {
    expect(
      tolls(
        [
          'معارك في ريف حلب',
          'اندلعت اشتباكات عنيفة منذ صباح أمس الثلاثاء بين الفصائل المقاتلة من طرف، وقوات النظام من طرف آخر، في محيط بلدة خان طومان بريف حلب الجنوبي، في هجوم هو الأوسع منذ أسابيع.',
          'ووثق المرصد مقتل 9 مقاتلين من الفصائل، بينهم قائد كتيبة، في حين قُتل ما لا يقل عن 6 عناصر من قوات النظام.',
        ],
        '2016-05-04',
      ),
    ).toEqual([[15, null, null]]);
  });

  it('splits "، في حين قُتِلَ" fully vowelled as it splits "، في حين قتل"', () => {
    expect(
      tolls(
        [
          'معارك في ريف حلب',
          'اندلعت اشتباكات عنيفة منذ صباح أمس الثلاثاء بين الفصائل المقاتلة من طرف، وقوات النظام من طرف آخر، في محيط بلدة خان طومان بريف حلب الجنوبي.',
          'ووثق المرصد مقتل 9 مقاتلين من الفصائل، بينهم قائد كتيبة، في حين قُتِلَ ما لا يقل عن 6 عناصر من قوات النظام.',
        ],
        '2016-05-04',
      ),
    ).toEqual([[15, null, null]]);
  });
});

describe('"صدت هجوماً … مؤكداً مقتل 30 من المهاجمين", then "اثنان من الحراس استشهدا": the defenders martyred', () => {
  it('sums the defenders told martyred with the attackers the attack fought off killed', () => {
    expect(
      tolls(
        [
          'صد هجوم على محطة كهرباء',
          'أعلن قائد الشرطة في المحافظة، الاثنين، أن القوات الأمنية صدت هجوما واسعا شنه مسلحون على محطة كهرباء الدبس شمال كركوك فجر أمس الأحد، مؤكدا مقتل 30 من المهاجمين.',
          'وقال إن "المسلحين هاجموا المحطة من محورين، واشتبكت معهم قوة من الشرطة حتى الصباح"، مبينا أن "اثنين من حراس المحطة استشهدا وأصيب أربعة آخرون خلال الاشتباكات".',
        ],
        '2014-07-07',
      ),
    ).toEqual([[32, 4, null]]);
  });
});
