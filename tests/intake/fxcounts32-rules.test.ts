// Rules from the fxcounts32 round (issue 12, tolls read too high and wounded that differ): the wounded
// a clause tells alone, as soldiers or policemen, after the force's fight with the attackers; each on
// sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('the force’s men hurt in its fight with the attackers', () => {
  it('"اشتبكت مع المسلحين، مضيفا أن جنديين أصيبا بجروح": two more wounded of the raid', () => {
    expect(
      ingested(
        'مقتل مسلحين في عملية دهم',
        [
          'أعلنت الشرطة أن قوة من الجيش قتلت خمسة مسلحين في عملية دهم نفذتها فجر اليوم في قرية قرب مدينة بعقوبة.',
          'وقال المتحدث إن القوة اشتبكت مع المسلحين قرابة ساعة، مضيفا أن جنديين أصيبا بجروح طفيفة.',
        ],
        '2010-05-05',
      ),
    ).toEqual([{ from: '2010-05-05', to: '2010-05-05', governorate: 'Diyala', killed: 5, wounded: 2 }]);
  });

  it('"اشتبكت مع المهاجمين، وأصيب ثلاثة شرطيين": the wounded are the policemen', () => {
    expect(
      ingested(
        'هجوم على حاجز',
        [
          'قتل مدنيان بهجوم شنه مسلحون على حاجز قرب قضاء طوزخورماتو في محافظة صلاح الدين مساء أمس.',
          'وذكر مصدر أن دورية اشتبكت مع المهاجمين، وأصيب ثلاثة شرطيين بجروح.',
        ],
        '2012-03-08',
      ),
    ).toEqual([{ from: '2012-03-07', to: '2012-03-07', governorate: 'Salahuddin', killed: 2, wounded: 3 }]);
  });

  it('"اشتبكت مع المسلحين، وأصيب ثلاثة منهم": the attackers’ own wounded, none of the event', () => {
    expect(
      ingested(
        'مقتل مسلحين في عملية دهم',
        [
          'أعلنت الشرطة أن قوة من الجيش قتلت خمسة مسلحين في عملية دهم نفذتها فجر اليوم في قرية قرب مدينة بعقوبة.',
          'وقال المتحدث إن القوة اشتبكت مع المسلحين، وأصيب ثلاثة منهم بجروح.',
        ],
        '2010-05-05',
      ),
    ).toEqual([{ from: '2010-05-05', to: '2010-05-05', governorate: 'Diyala', killed: 5, wounded: null }]);
  });

  it('"…مقتل ثلاثة من المسلحين وشرطي، وإصابة شرطيين آخرين": the chase’s own toll, its others not added', () => {
    expect(
      ingested(
        'هجوم على حافلة',
        [
          'قتل مدنيان وأصيب أربعة آخرون بهجوم شنه مسلحون على حافلة قرب قضاء الدور في محافظة صلاح الدين مساء أمس.',
          'وقال مصدر إن قوة من الشرطة طاردت المسلحين، ما أسفر عن مقتل ثلاثة من المسلحين وشرطي، وإصابة شرطيين آخرين.',
        ],
        '2012-03-08',
      ),
    ).toEqual([{ from: '2012-03-07', to: '2012-03-07', governorate: 'Salahuddin', killed: 2, wounded: 4 }]);
  });
});
