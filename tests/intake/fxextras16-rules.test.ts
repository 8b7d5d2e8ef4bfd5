// Rules from the fxextras16 round (issue 12, extra drafts): the start of a campaign named with what
// it is for, a town's retaking told in the passive with its day, and a protest movement's outbreak
// told at the head of its sentence — the background of the news, no event of its own; each on
// sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a campaign named with its aim, then its start: background', () => {
  it('"The offensive to retake Raqqa, the group\'s stronghold in the north, began on July 25 …" drafts only the day\'s blast', () => {
    expect(
      ingested(
        'Blast kills fighters near Raqqa',
        [
          'A roadside bomb killed four SDF fighters on a road north of Raqqa on Thursday, a spokesman said.',
          "The offensive to retake Raqqa, the group's stronghold in the north, began on July 25 and involves around 30,000 SDF fighters and Arab tribesmen, backed by U.S.-led coalition airstrikes.",
        ],
        '2017-08-18',
      ),
    ).toEqual([{ from: '2017-08-17', to: '2017-08-17', governorate: 'Raqqa', killed: 4, wounded: null }]);
  });
});

describe('a town retaken on a day long before, told in the passive: background', () => {
  it('"Ramadi was retaken on January 20 in an offensive by counter-terrorism forces …" drafts only the day\'s attack', () => {
    expect(
      ingested(
        'Gunmen kill two soldiers near Ramadi',
        [
          'Gunmen killed two soldiers at a checkpoint near Ramadi in Anbar province on Sunday, police said.',
          'Ramadi was retaken on January 20 in an offensive by counter-terrorism forces backed by coalition air power, seven months after ISIS overran the city in 2015.',
        ],
        '2016-02-08',
      ),
    ).toEqual([{ from: '2016-02-07', to: '2016-02-07', governorate: 'Anbar', killed: 2, wounded: null }]);
  });
});

describe('the outbreak of a protest movement at the head of its sentence: background', () => {
  it('"Anti-government protests erupted in Basra on July 8 over power cuts …" drafts only the day\'s shooting', () => {
    expect(
      ingested(
        'Protester shot dead in Basra',
        [
          'Security forces shot dead one protester and wounded five outside the provincial council in Basra on Tuesday, medics said.',
          'Anti-government protests erupted in Basra on July 8 over power cuts and unemployment and have spread to other cities.',
        ],
        '2018-08-01',
      ),
    ).toEqual([{ from: '2018-07-31', to: '2018-07-31', governorate: 'Basra', killed: 1, wounded: 5 }]);
  });
});

describe('the fight easing or calm returning: the lull, no event of its own', () => {
  it('"وهدأت حدة المعارك مساء اليوم في البلدة…" after the clashes of the day before drafts only the clashes', () => {
    expect(
      ingested(
        'اشتباكات في ريف درعا',
        [
          'قتل أربعة مسلحين وأصيب ستة آخرون في اشتباكات عنيفة اندلعت فجر أمس الثلاثاء بين مجموعتين مسلحتين في بلدة طفس بريف درعا الغربي، بحسب مصادر محلية.',
          'وهدأت حدة المعارك مساء اليوم في البلدة، بعد تدخل وجهاء من العشائر للتوسط بين الطرفين.',
        ],
        '2024-03-06',
      ),
    ).toEqual([{ from: '2024-03-05', to: '2024-03-05', governorate: 'Daraa', killed: 4, wounded: 6 }]);
  });

  it('"Clashes between the two sides subsided …" and "A fragile calm returned …" draft only the day\'s clashes', () => {
    const lead =
      'Clashes between tribal fighters and the SDF killed five people in the town of Diban in Deir ez-Zor province on Monday, the monitor said.';
    const only = [
      { from: '2023-08-28', to: '2023-08-28', governorate: 'Deir ez-Zor', killed: 5, wounded: null },
    ];
    expect(
      ingested(
        'Clashes in Deir ez-Zor',
        [lead, 'Clashes between the two sides subsided in Diban on Tuesday after tribal elders intervened.'],
        '2023-08-29',
      ),
    ).toEqual(only);
    expect(
      ingested(
        'Clashes in Deir ez-Zor',
        [
          lead,
          'A fragile calm returned to Diban on Tuesday morning after clashes between tribal fighters and SDF forces.',
        ],
        '2023-08-29',
      ),
    ).toEqual(only);
  });
});

describe('a ruling over an old deed: the toll told after it is the deed’s, not a blow on the ruling’s day', () => {
  it('"…حكماً بالإعدام بحق مدان بالاشتراك في تنفيذ تفجير … في آذار 2015", then "وأن التفجير أدى إلى استشهاد ١٩ مواطناً…"', () => {
    const drafts = ingested(
      'الإعدام لمدان بتفجير سوق في الحلة',
      [
        'أصدرت محكمة جنايات بابل، يوم الأحد، حكماً بالإعدام بحق مدان بالاشتراك في تنفيذ تفجير إرهابي استهدف سوقاً شعبياً وسط مدينة الحلة في آذار 2015.',
        'وذكر مجلس القضاء في بيان، أن "المدان اعترف خلال التحقيق بنقل سيارة مفخخة من منطقة جرف الصخر وركنها قرب السوق بالتعاون مع خلية تابعة لتنظيم داعش، وأن التفجير أدى إلى استشهاد ١٩ مواطناً وإصابة ٤٠ آخرين".',
      ],
      '2024-02-11',
    );
    expect(drafts[0]).toEqual({
      from: '2015-03-01',
      to: '2015-03-31',
      governorate: 'Babil',
      killed: 19,
      wounded: 40,
    });
    expect(drafts.filter((d) => d.killed !== null || d.wounded !== null)).toHaveLength(1);
  });
});
