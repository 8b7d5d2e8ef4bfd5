// Rules from the fxnodraft46 round (issue 12, incidents with no draft): the news "from the field" a
// ruling's article turns to, an event of its own; a statistic no toll of the deed judged; a deed's
// dead told as the lives it took; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { turnsToSecurityNews } from '../../src/intake/followups/security-news-turn.js';
import { tellsLivesTaken } from '../../src/intake/followups/lives-taken-told.js';
import { matchView } from '../../src/intake/reading/view.js';
import { draftedRows } from '../support/tolls.js';

describe('a ruling’s article that turns to the news from the field tells an event of its own', () => {
  it.each([
    'ميدانياً، قتل شرطي بانفجار عبوة',
    'وعلى الصعيد الميداني، أصيب ثلاثة جنود',
    'On the ground, a mortar round killed two',
  ])('"%s" turns to the field news', (text) => {
    expect(turnsToSecurityNews(matchView(text).text)).toBe(true);
  });

  it('a deed fought "on the ground" is no turn', () => {
    expect(turnsToSecurityNews(matchView('The troops fought on the ground for hours').text)).toBe(false);
  });

  it('the whole pipeline keeps last night’s attack apart from the deed the court judged', () => {
    const raw = [
      'الإعدام لمدان بتفجير سوق الخضار',
      'أصدرت محكمة جنايات نينوى، اليوم الخميس، حكما بالإعدام بحق مدان بتفجير سيارة مفخخة في سوق الخضار بمدينة تلعفر في شباط 2015.',
      'ميدانياً، أفاد مصدر في الشرطة بمقتل شرطيين وإصابة أربعة آخرين بهجوم مسلح على نقطة تفتيش قرب تلعفر مساء أمس الأربعاء.',
      'وأضاف المصدر أن المهاجمين فروا إلى جهة مجهولة.',
    ].join('\n\n');
    const rows = draftedRows(raw, '2019-10-17').filter((r) => r.killed !== null);
    expect(rows.map((r) => [r.from, r.killed, r.wounded])).toEqual([['2019-10-16', 2, 4]]);
  });
});

describe('a tally of the year is no toll of the deed a ruling judged', () => {
  it('the deed keeps no dead where only a statistic counts any', () => {
    const raw = [
      'السجن المؤبد لمدان بتفجير عبوة في قضاء الحويجة',
      'أصدرت محكمة جنايات كركوك، اليوم الاثنين، حكما بالسجن المؤبد بحق مدان بزرع عبوة ناسفة على طريق في قضاء الحويجة في أيلول 2017.',
      'وبحسب إحصائية للشرطة، فإن 23 منتسبا قتلوا في هجمات متفرقة بالمحافظة منذ بداية العام الجاري.',
    ].join('\n\n');
    expect(draftedRows(raw, '2020-05-11').map((r) => [r.from, r.to, r.killed])).toEqual([
      ['2017-09-01', '2017-09-30', null],
    ]);
  });
});

describe('a deed’s dead told as the lives it took', () => {
  it.each(['، الذي أودى بحياة 19 شخصاً', 'التي راح ضحيتها 12 مدنياً', ' that claimed the lives of 14 people'])(
    '"%s" tells a toll',
    (text) => {
      expect(tellsLivesTaken(matchView(text))).toBe(true);
    },
  );

  it('not a sentence, nor a deed with no lives told', () => {
    expect(tellsLivesTaken(matchView('بحق ثلاثة مدانين بتفجير سوق المدينة في أيار 2011'))).toBe(false);
  });

  it('a ruling told after other news drafts the deed it judged with its dead', () => {
    const raw = [
      'مقتل مزارع بعبوة وإعدام ثلاثة مدانين',
      'قتل مزارع بانفجار عبوة ناسفة في أرضه قرب ناحية العباسي، صباح أمس الأحد.',
      'من جهة أخرى، أصدرت محكمة جنايات كركوك حكما بالإعدام بحق ثلاثة مدانين بالضلوع في تفجير سوق مدينة الحويجة في أيار 2011، الذي أودى بحياة 19 شخصا.',
    ].join('\n\n');
    expect(draftedRows(raw, '2013-03-11').map((r) => [r.from, r.to, r.killed])).toEqual([
      ['2013-03-10', '2013-03-10', 1],
      ['2011-05-01', '2011-05-31', 19],
    ]);
  });
});
