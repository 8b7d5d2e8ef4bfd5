// Rules added on probe-zn and probe-zo in the second round (issue 12), each on a sentence written for it.
import { describe, expect, it } from 'vitest';
import { draftedIncidents } from '../support/tolls.js';

const drafted = (text: string, published: string) => draftedIncidents(text, published);
const tolls = (text: string, published: string) =>
  drafted(text, published).map((x) => ({ from: x.date?.from ?? null, killed: x.killed, wounded: x.wounded }));

describe('a second thing said ("مضيفاً أن", "adding that") is a clause of its own; victims hit "also" are more', () => {
  it('adds the villager "أصيب أيضاً" to the wounded of the attack', () => {
    expect(
      tolls(
        [
          'مقتل جندي بهجوم على نقطة للجيش غربي الأنبار',
          'أفاد مصدر في شرطة الأنبار بأن مسلحين هاجموا مساء أمس الأحد نقطة للجيش قرب قضاء الرطبة، ما أدى إلى مقتل جندي وإصابة اثنين آخرين، مضيفاً أن راعياً كان قريباً من النقطة أصيب أيضاً بنيران المهاجمين.',
        ].join('\n\n'),
        '2021-02-15',
      ),
    ).toEqual([{ from: '2021-02-14', killed: 1, wounded: 3 }]);
  });
  it('adds the shepherd "was also wounded" after ", adding that"', () => {
    expect(
      tolls(
        [
          'Soldier killed in attack on army post in western Anbar',
          "Gunmen attacked an army post near Rutba late on Sunday, killing one soldier and wounding two, a police source said on Monday, adding that a shepherd was also wounded by the attackers' fire.",
        ].join('\n\n'),
        '2021-02-15',
      ),
    ).toEqual([{ from: '2021-02-14', killed: 1, wounded: 3 }]);
  });
  it('keeps what a source added without "also" with the event just told', () => {
    expect(
      tolls(
        [
          'Bombers kill nine at Samarra checkpoint',
          'Two suicide bombers struck a checkpoint at the northern entrance of Samarra on Monday, killing nine people, including the two attackers, officials said.',
          'Soldiers shot dead a third bomber before he could set off his belt, an army officer said, adding that two soldiers were among the dead and at least 17 other people were wounded.',
        ].join('\n\n'),
        '2019-05-08',
      ),
    ).toEqual([{ from: '2019-05-06', killed: 7, wounded: 17 }]);
    expect(
      tolls(
        [
          'شرطة ديالى: شهيدان وأربعة جرحى بهجوم على نقطة في المقدادية',
          'أعلنت قيادة شرطة ديالى، اليوم الأربعاء، الحصيلة النهائية للهجوم الذي استهدف نقطة تفتيش في قضاء المقدادية، مؤكدة استشهاد اثنين من منتسبيها وإصابة أربعة آخرين.',
          'وقال مدير إعلام الشرطة إن "مسلحين هاجموا النقطة فجر يوم الاثنين 6 أيار الجاري"، مضيفاً أن "الهجوم أسفر في حينه عن استشهاد منتسب واحد وإصابة خمسة، توفي أحدهم أمس متأثراً بجراحه".',
        ].join('\n\n'),
        '2019-05-08',
      ),
    ).toEqual([{ from: '2019-05-06', killed: 2, wounded: 4 }]);
  });
});

describe("a lead told only unsplit, then a source's account whose dead and wounded add up to no more than it, is one event", () => {
  it("keeps one incident, on the account's day, with the wounded told after added", () => {
    expect(
      tolls(
        [
          'مقتل وإصابة ستة أشخاص بهجوم في قضاء الطوز',
          'أفادت مصادر محلية في صلاح الدين، اليوم الأربعاء، بمقتل وإصابة ستة أشخاص بهجوم لمسلحين على قرية تابعة لقضاء طوزخورماتو.',
          'وقال أحد المصادر إن "مسلحين هاجموا مساء أمس منزلاً في القرية، ما أسفر عن مقتل رجلين وإصابة ثلاثة من أفراد العائلة"، مضيفاً أن "اثنين من الجيران أصيبا أيضاً خلال الهجوم".',
        ].join('\n\n'),
        '2022-05-11',
      ),
    ).toEqual([{ from: '2022-05-10', killed: 2, wounded: 5 }]);
  });
});

describe('one of the wounded of a blow ("أحد مصابي الانفجار") who died is one more dead of it, on the blow\'s day', () => {
  it("keeps one incident on the pluperfect's day; the day he died and the man named again are no event", () => {
    expect(
      tolls(
        [
          'ارتفاع حصيلة انفجار لغم بسيارة في ريف حماة إلى ثلاثة قتلى',
          'توفي، صباح اليوم الأحد، أحد مصابي انفجار اللغم الذي استهدف سيارة مدنية قرب بلدة السقيلبية في ريف حماة الغربي، ليرتفع عدد القتلى إلى ثلاثة.',
          'وكان لغم أرضي من مخلفات الحرب قد انفجر مساء الخميس الماضي بالسيارة، ما أدى إلى مقتل شخصين وإصابة أربعة آخرين.',
          'وقال مصدر محلي إن المصاب الذي توفي اليوم شاب من أهالي مدينة محردة.',
        ].join('\n\n'),
        '2021-09-12',
      ),
    ).toEqual([{ from: '2021-09-09', killed: 3, wounded: 3 }]);
  });
});

describe('the force that owns the vehicle or post hit ("حافلة تابعة لقوات النظام", "a bus belonging to the army") is its target', () => {
  it('names no doer and the army hit', () => {
    const [x] = drafted(
      [
        'انفجار عبوة بحافلة عسكرية قرب الصنمين',
        'انفجرت عبوة ناسفة صباح اليوم بحافلة مبيت تابعة لقوات النظام على طريق الصنمين في ريف درعا الشمالي، ما أدى إلى إصابة خمسة عناصر.',
      ].join('\n\n'),
      '2020-07-06',
    );
    expect([x?.actors.map((a) => a.en), x?.target?.en ?? null, x?.wounded]).toEqual([
      [],
      expect.any(String),
      5,
    ]);
  });
});

describe('militants killed over a month ("killed 41 militants in the province in March") are a month\'s count', () => {
  it('keeps only the bombing', () => {
    expect(
      tolls(
        [
          'Bomb kills two policemen in Salahuddin',
          'TIKRIT, Iraq (Reuters) - Two policemen were killed on Thursday when a bomb exploded near their patrol south of Samarra, a police officer said.',
          'Security forces said they had killed 41 militants in the province in March.',
        ].join('\n\n'),
        '2021-04-09',
      ),
    ).toEqual([{ from: '2021-04-08', killed: 2, wounded: null }]);
  });
});

describe('the toll of a whole war ("killed in the country\'s war", "قتلوا في الحرب") is a total', () => {
  it("drafts no incident from an appeal that recalls the war's dead", () => {
    expect(
      tolls(
        [
          'UNICEF asks for $900 million for Syrian children',
          'GENEVA (AP) — UNICEF said on Monday it needs $900 million to help children in Syria this year.',
          "More than 400,000 people have been killed in Syria's war, which entered its eleventh year this week.",
        ].join('\n\n'),
        '2021-03-15',
      ),
    ).toEqual([]);
    expect(
      tolls(
        [
          'الأمم المتحدة تطلب تمويلاً لإغاثة السوريين',
          'طلبت الأمم المتحدة، اليوم الاثنين، 4 مليارات دولار لإغاثة السوريين.',
          'وقالت المنظمة إن أكثر من 350 ألف شخص قتلوا في الحرب في سوريا، التي أتمت هذا الأسبوع عامها العاشر.',
        ].join('\n\n'),
        '2021-03-15',
      ),
    ).toEqual([]);
  });
});

describe('damage that still stands ("still destroyed", "لا تزال مدمرة") is no event', () => {
  it('drafts no incident from a report on returns', () => {
    expect(
      tolls(
        [
          "Thousands return to Mosul's old city",
          "MOSUL, Iraq (Kurdistan24) – About 12,000 families have returned to Mosul's old city, local officials said on Sunday, with nearly 60 percent of its houses still destroyed.",
        ].join('\n\n'),
        '2022-10-09',
      ),
    ).toEqual([]);
  });
});

describe('bodies "brought in" to a hospital are that hospital\'s toll of the event told', () => {
  it("keeps one incident at the strike's town, with the doctor's wounded", () => {
    const got = drafted(
      [
        'Air strikes on Idlib town kill civilians',
        'BEIRUT (AFP) - Air strikes on the town of Saraqeb in Idlib province killed six civilians on Monday, the Syrian Observatory for Human Rights said.',
        'A doctor at a hospital in nearby Ariha told AFP that eight bodies had been brought in from the town, and that 20 wounded were being treated.',
      ].join('\n\n'),
      '2019-07-22',
    );
    expect(got.map((x) => [x.place.district?.en, x.killed, x.wounded])).toEqual([['Idlib', 6, 20]]);
  });
});

describe('where the attackers withdrew to, told by the noun ("قبل انسحاب المهاجمين باتجاه…"), is not where the event was', () => {
  it('keeps one incident', () => {
    expect(
      tolls(
        [
          'هجوم على نقطة للجيش شمالي ديالى',
          'أفاد مصدر أمني، اليوم السبت، بإصابة جنديين بهجوم على نقطة للجيش في ناحية السعدية شمالي ديالى مساء أمس، واستمر الاشتباك نحو نصف ساعة قبل انسحاب المهاجمين باتجاه قضاء المقدادية.',
        ].join('\n\n'),
        '2021-06-12',
      ),
    ).toEqual([{ from: '2021-06-11', killed: null, wounded: 2 }]);
  });
});

describe('a member of a council ("قتل عضو في المجلس المحلي") is one person', () => {
  it('counts one dead', () => {
    expect(
      tolls(
        [
          'اغتيال عضو في مجلس بلدة بريف دير الزور',
          'قُتل عضو في المجلس المحلي لبلدة الشحيل برصاص مسلحين مجهولين مساء أمس الأربعاء.',
        ].join('\n\n'),
        '2021-06-10',
      ),
    ).toEqual([{ from: '2021-06-09', killed: 1, wounded: null }]);
  });
});

describe('one joined by "و" to the one a pronoun counts ("إصابته وسائقه") is counted with him', () => {
  it('counts the officer and his driver', () => {
    expect(
      tolls(
        [
          'إصابة ضابط بانفجار عبوة لاصقة في الموصل',
          'انفجرت عبوة لاصقة بسيارة ضابط في الشرطة في حي الزهور بمدينة الموصل مساء أمس، ما أدى إلى إصابته وسائقه بجروح.',
        ].join('\n\n'),
        '2021-11-04',
      ),
    ).toEqual([{ from: '2021-11-03', killed: null, wounded: 2 }]);
  });
});

describe('a force\'s commander named with the article ("سيارة القيادي في قسد") is a member of the force hit', () => {
  it('names no doer and the SDF hit', () => {
    const [x] = drafted(
      [
        'إصابة قيادي في قسد بانفجار عبوة غربي دير الزور',
        'انفجرت عبوة ناسفة صباح اليوم في سيارة القيادي في "قسد" قرب بلدة الكسرة غربي دير الزور، ما أسفر عن إصابته بجروح.',
      ].join('\n\n'),
      '2022-02-14',
    );
    expect([x?.actors.map((a) => a.en), x?.target?.en ?? null]).toEqual([[], expect.any(String)]);
  });
});

describe('the toll of a war told with the war as its subject is a total', () => {
  it('keeps "the conflict … has killed more than 300,000" out of the earlier attack it follows', () => {
    const incidents = drafted(
      [
        'Car bomb kills 9 in Syrian city',
        'BEIRUT (AP) — A car bomb exploded at a market in the Syrian city of Homs on Monday, killing nine people, state media said.',
        'The quarter has been hit before. In May, a suicide bombing there killed more than 30 people.',
        "Syria's conflict, now in its eighth year, has killed more than 400,000 people.",
      ].join('\n\n'),
      '2018-09-10',
    );
    expect(incidents.flatMap((x) => (x.checks ?? []).map((c) => c.detail ?? ''))).not.toContainEqual(
      expect.stringContaining('400000'),
    );
    expect(incidents.map((x) => x.killed)).toEqual([9, 30]);
  });
});
