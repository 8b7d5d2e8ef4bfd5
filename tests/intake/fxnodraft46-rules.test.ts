// Rules from the fxnodraft46 round (issue 12, incidents with no draft): the news "from the field" a
// ruling's article turns to, an event of its own; a statistic no toll of the deed judged; a deed's
// dead told as the lives it took; a pluperfect deed as its tellers told it; two bullets of a roundup;
// one fight's dead since the weekday it began; "بين مدنيين وعسكريين" between a count and its verb;
// each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { turnsToSecurityNews } from '../../src/intake/followups/security-news-turn.js';
import { tellsLivesTaken } from '../../src/intake/followups/lives-taken-told.js';
import { matchView } from '../../src/intake/reading/view.js';
import { pluperfectReportedDeed } from '../../src/intake/roundups/pluperfect-reported-deed.js';
import { bulletItemsApart } from '../../src/intake/roundups/bullet-items-apart.js';
import { fightTollSinceWeekday } from '../../src/intake/roundups/fight-toll-since-weekday.js';
import { withoutBetweenKinds } from '../../src/intake/casualties/between-kinds.js';
import { draftedRows, tolls } from '../support/tolls.js';

const ar = (paragraphs: string[]) => tolls(paragraphs, 'ar', '2015-06-02');

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

describe('a deed told in the pluperfect as its tellers had told it', () => {
  it.each([
    'وكان سكان من القرية قد أفادوا بأن المسلحين أعدموا الشهر الماضي 30 من أبنائها',
    'وكانت مصادر محلية قد ذكرت أن التنظيم قتل في أيار نحو 20 من الرعاة',
  ])('"%s" tells one deed', (text) => {
    expect(pluperfectReportedDeed(matchView(text).text)).toBe(true);
  });

  it('not a count a monitor tallied, nor a deed told in the present', () => {
    expect(pluperfectReportedDeed(matchView('وكان المرصد قد وثق مقتل 60 مدنياً الشهر الماضي').text)).toBe(
      false,
    );
    expect(pluperfectReportedDeed(matchView('وأفاد سكان بأن المسلحين أعدموا 30 من أبنائها').text)).toBe(
      false,
    );
  });

  it('the whole pipeline drafts the month’s execution with its dead', () => {
    const raw = [
      'انتشال جثث من بئر قرب القيارة',
      'عثرت القوات الأمنية اليوم الأحد على بئر تضم جثثا في ناحية القيارة جنوب الموصل.',
      'وكان أهالي من الناحية قد أفادوا بأن مسلحي التنظيم أعدموا الشهر الماضي نحو 40 من أبناء العشائر رمياً بالرصاص قرب مركز الناحية.',
    ].join('\n\n');
    expect(
      draftedRows(raw, '2016-09-11')
        .filter((r) => r.killed !== null)
        .map((r) => [r.from, r.to, r.killed]),
    ).toEqual([['2016-08-01', '2016-08-31', 40]]);
  });
});

describe('two bullets of a roundup are two events', () => {
  const bullets = new Set([1, 2, 4]);
  it('incidents opened by two bullets stay apart; one opened by prose does not', () => {
    expect(bulletItemsApart({ sentences: [1] }, { sentences: [2, 3] }, bullets)).toBe(true);
    expect(bulletItemsApart({ sentences: [0, 1] }, { sentences: [2] }, bullets)).toBe(false);
    expect(bulletItemsApart({ sentences: [2] }, { sentences: [2] }, bullets)).toBe(false);
  });

  it('the whole pipeline keeps two one-dead bullets of one district and day apart', () => {
    const raw = [
      'Three people killed in the Idlib countryside',
      'Security chaos went on today in the western countryside of Idlib, the monitor said:',
      '- A young man was shot dead by unidentified gunmen near the hamlet of Bir Tawil, after they stopped his motorbike on the road towards Harem.',
      '- Two fighters of a faction were killed and four others wounded when a roadside bomb hit their car at the entrance of Harem.',
      '- A child was killed by stray bullets during a quarrel between two families in the town of Armanaz.',
    ].join('\n\n');
    expect(draftedRows(raw, '2019-03-05', 'en').map((r) => [r.from, r.killed, r.wounded])).toEqual([
      ['2019-03-05', 1, null],
      ['2019-03-05', 2, 4],
      ['2019-03-05', 1, null],
    ]);
  });
});

describe('the dead of one fight counted since the weekday it began', () => {
  it.each([
    'قتل نحو 300 شخص في معارك المدينة منذ الخميس',
    'وأضاف أن 40 مقاتلاً قتلوا في الاشتباكات منذ يوم السبت',
    '200 people have been killed in the fighting for the town since Thursday',
  ])('"%s" is one fight’s running toll', (text) => {
    expect(fightTollSinceWeekday(matchView(text).text)).toBe(true);
  });

  it('not fights spread over many places, nor a toll since a weekday told of no fight', () => {
    expect(fightTollSinceWeekday(matchView('قتل 90 شخصاً في اشتباكات متفرقة منذ الخميس').text)).toBe(false);
    expect(fightTollSinceWeekday(matchView('1,200 people had been killed since Thursday').text)).toBe(false);
  });

  it('the whole pipeline drafts the offensive with its dead', () => {
    const raw = [
      'سقوط مدينة بيد التنظيم',
      'سيطر التنظيم على مركز مدينة هيت، الأحد، بعد هجوم واسع بدأه يوم الخميس.',
      'وقال مسؤول محلي إن نحو 200 شخص قتلوا في معارك المدينة منذ الخميس.',
    ].join('\n\n');
    expect(draftedRows(raw, '2014-10-13').some((r) => r.killed === 200)).toBe(true);
  });
});

describe('who the counted were, told between them and their verb', () => {
  it('"بين مدنيين وعسكريين" is left out; "بين قتيل وجريح" is not', () => {
    expect(withoutBetweenKinds(['شخصا', 'بين', 'مدنيين', 'وعسكريين'])).toEqual(['شخصا']);
    expect(withoutBetweenKinds(['شخصا', 'بين', 'قتيل', 'وجريح'])).toEqual(['شخصا', 'بين', 'قتيل', 'وجريح']);
  });

  it('the count before its passive verb is read past them', () => {
    expect(
      ar(['وقال المسؤول إن 60 شخصاً بين مدنيين وعسكريين قتلوا في معارك مدينة الفلوجة أمس الاثنين.']),
    ).toEqual([{ killed: 60, wounded: null }]);
  });
});
