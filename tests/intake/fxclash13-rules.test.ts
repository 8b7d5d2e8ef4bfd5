// Rules found on both sides' dead of one fight told apart (issue 12, fixer fxclash13): the armed
// side counted in the singular a count of eleven and more takes ("أكثر من 30 مسلحا قتلوا خلال
// الاشتباكات"), and a fight's result joined on by "و" after its span ("اشتباكات … استمرت ساعتين،
// وأسفرت عن مقتل شرطيين وثلاثة من المسلحين"). Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedIncidents } from '../support/tolls.js';

const drafted = (paragraphs: string[], published: string, lang: 'ar' | 'en') =>
  draftedIncidents(paragraphs.join('\n\n'), published, lang).map((x) => ({
    killed: x.killed,
    wounded: x.wounded,
    attackersKilled: x.attackersKilled ?? null,
  }));

describe('"14 مسلحا قتلوا خلال الاشتباكات" after the soldiers the fight killed: the other side, summed', () => {
  it('adds the gunmen counted in the singular to the soldiers', () => {
    expect(
      drafted(
        [
          'معارك في ناحية العظيم',
          'قال مصدر في الجيش، اليوم الخميس، إن ستة جنود قتلوا في المعارك التي دارت أمس الأربعاء مع مسلحي تنظيم داعش في ناحية العظيم بمحافظة ديالى.',
          'وأوضح المصدر أن "14 مسلحا قتلوا خلال الاشتباكات التي استمرت حتى المساء".',
        ],
        '2015-03-12',
        'ar',
      ),
    ).toEqual([{ killed: 20, wounded: null, attackersKilled: null }]);
  });

  it('keeps gunmen killed in a raid, the only dead, as its killed', () => {
    expect(
      drafted(
        [
          'مداهمة في قضاء الخالص',
          'قتلت القوات الأمنية، فجر اليوم الأحد، 12 مسلحا خلال مداهمة وكر لهم في قرية قرب قضاء الخالص بمحافظة ديالى.',
        ],
        '2015-03-15',
        'ar',
      ),
    ).toEqual([{ killed: 12, wounded: null, attackersKilled: null }]);
  });
});

describe('"اشتباكات … استمرت ساعتين، وأسفرت عن مقتل شرطيين وثلاثة من المسلحين": the fight its result', () => {
  it('sums both sides after "وأسفرت عن"', () => {
    expect(
      drafted(
        [
          'اشتباكات في قضاء بلد',
          'قال مصدر في الشرطة إن اشتباكات اندلعت مساء أمس الأحد بين دورية للشرطة ومسلحين في قرية قرب قضاء بلد بمحافظة صلاح الدين استمرت ساعتين، وأسفرت عن مقتل شرطيين وثلاثة من المسلحين.',
        ],
        '2012-10-15',
        'ar',
      ),
    ).toEqual([{ killed: 5, wounded: null, attackersKilled: null }]);
  });

  it('keeps the attackers apart where an attack was told before the clashes', () => {
    expect(
      drafted(
        [
          'هجوم في قضاء بلد',
          'قال مصدر في الشرطة إن مسلحين هاجموا مساء أمس الأحد نقطة للشرطة في قرية قرب قضاء بلد بمحافظة صلاح الدين، ودارت اشتباكات استمرت ساعتين، وأسفرت عن مقتل شرطيين وثلاثة من المهاجمين.',
        ],
        '2012-10-15',
        'ar',
      ),
    ).toEqual([{ killed: 2, wounded: null, attackersKilled: 3 }]);
  });
});
