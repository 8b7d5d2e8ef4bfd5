// Rules found on both sides' dead of one fight told apart (issue 12, fixer fxclash12, round 2): a
// monitor's tally with a second noun on the forces' side, the fight that "also" killed the other
// side, and the first side's among-them aside before the second side's count. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedIncidents } from '../support/tolls.js';

const drafted = (paragraphs: string[], published: string, lang: 'ar' | 'en') =>
  draftedIncidents(paragraphs.join('\n\n'), published, lang).map((x) => ({
    killed: x.killed,
    wounded: x.wounded,
    attackersKilled: x.attackersKilled ?? null,
  }));

describe('"12 soldiers and allied militiamen and seven rebels were killed": a tally of both sides summed', () => {
  it('sums the insurgents read as attackers with the troops and their allies', () => {
    expect(
      drafted(
        [
          'Rebels take hilltop in Hama countryside',
          'BEIRUT (Reuters) - The Observatory said at least 12 soldiers and allied militiamen and seven insurgents were killed in the battle for the hilltop near Morek on Tuesday.',
        ],
        '2016-04-13',
        'en',
      ),
    ).toEqual([{ killed: 19, wounded: null, attackersKilled: null }]);
  });

  it('takes the troops in, their allies named as members of militias', () => {
    expect(
      drafted(
        [
          'Government forces lose village in Hama',
          'BEIRUT (AP) - The monitor said 25 soldiers and members of pro-government militias and 11 insurgents were killed in Tuesday’s fighting around Latamneh.',
        ],
        '2016-04-13',
        'en',
      ),
    ).toEqual([{ killed: 36, wounded: null, attackersKilled: null }]);
  });

  it('reads the troops before their allies, the jihadists after them', () => {
    expect(
      drafted(
        [
          'Army retakes village in Hama',
          'BEIRUT (AP) - The Observatory said 14 soldiers and pro-government fighters and eight jihadists were killed as the army retook Kafr Zita on Tuesday.',
        ],
        '2016-04-13',
        'en',
      ).map((x) => x.killed),
    ).toEqual([22]);
  });

  it('keeps apart gunmen who attacked', () => {
    expect(
      drafted(
        [
          'Checkpoint attacked near Baquba',
          'BAQUBA (Reuters) - Three soldiers and allied militiamen and two gunmen were killed when the gunmen attacked a checkpoint near Baquba on Tuesday.',
        ],
        '2016-04-13',
        'en',
      ).some((x) => x.killed === 5),
    ).toBe(false);
  });
});

describe('"قتل ثلاثة من جنودها خلال اشتباكات، أسفرت أيضاً عن مقتل 12 مسلحاً": the other side the fight also killed', () => {
  it('adds the dead the fight also killed to those counted first', () => {
    expect(
      drafted(
        [
          'اشتباكات في قضاء الحويجة',
          'أعلنت قيادة العمليات، اليوم الثلاثاء، أن ثلاثة من جنودها قتلوا وأصيب خمسة آخرون خلال اشتباكات مع مسلحي داعش في ناحية الرياض، أسفرت أيضاً عن مقتل 12 مسلحاً من التنظيم.',
        ],
        '2016-04-12',
        'ar',
      ),
    ).toEqual([{ killed: 15, wounded: 5, attackersKilled: null }]);
  });

  it('does not add them where no fight is told', () => {
    expect(
      drafted(
        [
          'انفجار في قضاء الحويجة',
          'أعلنت قيادة العمليات، اليوم الثلاثاء، أن ثلاثة من جنودها قتلوا بانفجار عبوة ناسفة في ناحية الرياض، أسفر أيضاً عن مقتل اثنين من المسلحين.',
        ],
        '2016-04-12',
        'ar',
      ).some((x) => x.killed === 5),
    ).toBe(false);
  });
});

describe('"مقتل 7 عناصر من قوات النظام، بينهم ضابط برتبة نقيب، و5 مقاتلين من الفصائل": past the aside', () => {
  it('sums the second side counted after who was among the first', () => {
    expect(
      drafted(
        [
          'معارك في ريف حماة',
          'ريف حماة الشمالي: وثق المرصد مقتل 7 عناصر من قوات النظام والمسلحين الموالين لها، بينهم ضابط برتبة نقيب، و5 مقاتلين من الفصائل، خلال اشتباكات اليوم الثلاثاء عند أطراف بلدة اللطامنة.',
        ],
        '2016-04-12',
        'ar',
      ).map((x) => x.killed),
    ).toEqual([12]);
  });
});
