// Rules from the fxclash2 round (issue 12, both sides' dead in a clash: the dead of the side set
// against the first by "فيما", summed into the fight's one toll, even where the sentence is a source's
// account retold after another event), each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { tolls, tollsWithAttackers } from '../support/tolls.js';

describe('attackers of an attack, set against its victims by "فيما"', () => {
  it('an attack told as such keeps its attackers apart: "هاجم مسلحون نقطة…، فيما قتل خمسة من المهاجمين"', () => {
    expect(
      tollsWithAttackers(
        [
          'هاجم مسلحون من تنظيم داعش فجر اليوم نقطة تفتيش للجيش قرب قرية البوير شمالي قضاء حديثة، ما أدى إلى مقتل جنديين وإصابة ثلاثة آخرين، فيما قتل خمسة من المهاجمين.',
        ],
        'ar',
        '2016-03-10',
      ),
    ).toEqual([{ killed: 2, wounded: 3, attackersKilled: 5 }]);
  });
});

describe("the other side's dead in a source's account of the clash, another event told between", () => {
  it('"وقال المصدر إن الاشتباكات أسفرت عن مقتل ثلاثة جنود…، فيما قتل ستة من عناصر التنظيم"', () => {
    expect(
      tolls(
        [
          'أفاد مصدر أمني في محافظة كركوك، الأحد، بأن ثلاثة جنود قتلوا وأصيب خمسة آخرون باشتباكات مع عناصر تنظيم داعش حاولوا التسلل إلى قرية الزاب، فيما قتل شرطي بانفجار عبوة ناسفة في داقوق.',
          'وقال المصدر إن "مجموعة من عناصر داعش حاولت، مساء أمس السبت، التسلل إلى قرية الزاب، ما أدى إلى اندلاع اشتباكات عنيفة"، مبيناً أن "الاشتباكات أسفرت عن مقتل ثلاثة جنود وإصابة خمسة آخرين، فيما قتل ستة من عناصر التنظيم وتركت جثثهم في المكان".',
        ],
        'ar',
        '2016-03-13',
      ),
    ).toEqual([
      { killed: 9, wounded: 5 },
      { killed: 1, wounded: null },
    ]);
  });
});
