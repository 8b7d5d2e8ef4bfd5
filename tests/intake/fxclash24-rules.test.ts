// Rules found on both sides' dead of one fight (issue 12, fixer fxclash24): the other side joined
// after a plural participle the first side is named by; the other side joined after an "among them"
// aside told of the first, the bombers among it kept out. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedTolls } from '../support/tolls.js';

const tolls = (paragraphs: string[], published: string) => draftedTolls(paragraphs, published, 'ar');

describe('"خمسة مقاتلين معارضين وجنديين": the other side joined past a plural participle', () => {
  it('sums a dual joined after the participle', () => {
    expect(
      tolls(
        [
          'اشتباكات في ريف درعا',
          'أفاد المرصد السوري لحقوق الإنسان بمقتل خمسة مقاتلين معارضين وجنديين نظاميين في اشتباكات عنيفة دارت أمس في محيط بلدة نوى.',
        ],
        '2014-03-05',
      ),
    ).toEqual([[7, null, null]]);
  });

  it('sums a number joined after the participle', () => {
    expect(
      tolls(
        [
          'اشتباكات في ريف حماة',
          'قال ناشطون إن اشتباكات عنيفة قرب بلدة مورك أمس أسفرت عن مقتل أربعة عناصر مسلحين و3 جنود من القوات الحكومية.',
        ],
        '2015-02-11',
      ),
    ).toEqual([[7, null, null]]);
  });

  it('keeps the count alone where no count is joined after the participle', () => {
    expect(
      tolls(
        [
          'اشتباكات في ريف درعا',
          'أفاد المرصد السوري لحقوق الإنسان بمقتل خمسة مقاتلين معارضين في اشتباكات عنيفة دارت أمس في محيط بلدة نوى.',
        ],
        '2014-03-05',
      ),
    ).toEqual([[5, null, null]]);
  });
});

describe('"مقتل 9 عناصر من قوات النظام، بينهم ضابط، و6 عناصر من التنظيم": the other side past an aside', () => {
  it('sums the side joined after the aside told of the first', () => {
    expect(
      tolls(
        [
          'هجوم على مطار حماة',
          'ووثق المرصد السوري مقتل 9 عناصر على الأقل من قوات النظام، بينهم ضابط، و6 عناصر من تنظيم "الدولة الإسلامية"، في اشتباكات أمس قرب مطار حماة العسكري.',
        ],
        '2015-04-05',
      ),
    ).toEqual([[15, null, null]]);
  });

  it('keeps the bombers told among the other side out of the toll', () => {
    expect(
      tolls(
        [
          'هجوم على مطار حماة',
          'ووثق المرصد السوري مقتل 9 عناصر على الأقل من قوات النظام، بينهم ضابط، و6 عناصر من تنظيم "الدولة الإسلامية"، بينهم الانتحاريون الثلاثة، في اشتباكات أمس قرب مطار حماة العسكري.',
        ],
        '2015-04-05',
      ),
    ).toEqual([[12, null, null]]);
  });

  it('keeps the bombers counted by a number among the other side out of the toll', () => {
    expect(
      tolls(
        [
          'هجوم على مطار حماة',
          'ووثق المرصد السوري مقتل 9 عناصر على الأقل من قوات النظام، بينهم ضابط، و7 عناصر من تنظيم "الدولة الإسلامية"، بينهم 4 انتحاريين، في اشتباكات أمس قرب مطار حماة العسكري.',
        ],
        '2015-04-05',
      ),
    ).toEqual([[12, null, null]]);
  });

  it('adds nothing where the count after the aside is the wounded', () => {
    expect(
      tolls(
        [
          'هجوم على مطار حماة',
          'ووثق المرصد السوري مقتل 9 عناصر على الأقل من قوات النظام، بينهم ضابط، وإصابة 6 آخرين في اشتباكات أمس قرب مطار حماة العسكري.',
        ],
        '2015-04-05',
      ),
    ).toEqual([[9, 6, null]]);
  });
});
