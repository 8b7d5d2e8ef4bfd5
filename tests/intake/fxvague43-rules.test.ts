import { describe, expect, it } from 'vitest';
import { incidents } from '../support/tolls.js';
import { analyseClause } from '../../src/intake/incidents/clause.js';
import { answersWithTollNextClause } from '../../src/intake/followups/answer-toll-next-clause.js';
import { tellsInflictedLosses } from '../../src/intake/casualties/inflicted-losses.js';
import { bearingFromPlaceTold } from '../../src/intake/places/bearing-from-place-told.js';
import { classifyEvent } from '../../src/intake/events/classify-event.js';
import { matchView } from '../../src/intake/reading/view.js';
import { findNumbers } from '../../src/intake/reading/numbers.js';
import { resolvePlace } from '../../src/places/resolve.js';

// Invented sentences only (none copied from a probe article).

const facts = (text: string, lang: 'ar' | 'en', published: string) =>
  analyseClause(text, lang, published, null, resolvePlace);
const m = (text: string) => matchView(text).text;
const eventOf = (text: string) => {
  const view = matchView(text);
  return classifyEvent(view.text, findNumbers(view)).event;
};

describe('answer-toll-next-clause: the answer from afar, its uncounted toll in the clause joined after it', () => {
  const answer = facts('وردت مدفعية الجيش على مصادر إطلاق الصواريخ في محيط قرية التوبة،', 'ar', '2020-03-02');
  it('reads the joined clause that tells dead and wounded with no number as the answer’s toll', () => {
    expect(answersWithTollNextClause(answer, m('وأوقعت قتلى وجرحى في صفوف المسلحين'))).toBe(true);
    expect(answersWithTollNextClause(answer, m('وقضت على عدد من المسلحين'))).toBe(true);
  });
  it('not a counted toll, a clause with a subject of its own, nor no clause at all', () => {
    expect(answersWithTollNextClause(answer, m('وأوقعت 4 قتلى في صفوف المسلحين'))).toBe(false);
    expect(answersWithTollNextClause(answer, m('وقال مصدر إن قتلى وجرحى سقطوا'))).toBe(false);
    expect(answersWithTollNextClause(answer, undefined)).toBe(false);
  });
  it('opens an incident of its own for the answer, not merged into the blow it answered', () => {
    const rows = incidents(
      [
        'قتل مدنيان وأصيب خمسة آخرون أمس الأحد بقذائف صاروخية أطلقها مسلحون على مدينة محردة في ريف حماة.',
        'وأوضح مصدر عسكري أن وحدات الجيش ردت على مصادر إطلاق القذائف في محيط قرية التوبة، وأوقعت قتلى وجرحى في صفوف المسلحين.',
      ],
      'ar',
      '2020-03-02',
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ killed: 2, wounded: 5 });
    expect(rows[1]).toMatchObject({ killed: null, wounded: null });
  });
});

describe('inflicted-losses: losses a side inflicted, with no number and no word for the fight', () => {
  it('reads "inflicted heavy losses on", "أوقعت … بين قتيل وجريح", "كبدتهم خسائر"', () => {
    expect(tellsInflictedLosses(m('troops inflicted heavy losses on the insurgents'))).toBe(true);
    expect(tellsInflictedLosses(m('وقال المصدر إن الوحدة أوقعت عناصر المجموعة "بين قتيل وجريح"'))).toBe(true);
    expect(tellsInflictedLosses(m('وأكد أن المقاتلين كبدوهم خسائر فادحة في الأرواح'))).toBe(true);
  });
  it('not a clause that opens on the verb, the losses of the deed told before it', () => {
    expect(tellsInflictedLosses(m('وكبدوهم خسائر فادحة في الأرواح'))).toBe(false);
    expect(tellsInflictedLosses(m('inflicting heavy losses on the attackers'))).toBe(false);
  });
  it('not material losses, nor losses with no one inflicting them', () => {
    expect(tellsInflictedLosses(m('وأوقعت خسائر مادية في المحال التجارية'))).toBe(false);
    expect(tellsInflictedLosses(m('the company reported heavy losses last year'))).toBe(false);
  });
  it('makes the clause a fight of its own, on its own day', () => {
    const rows = incidents(
      [
        'Two soldiers were killed on Tuesday when a roadside bomb hit their patrol near Tal Afar, police said.',
        'State media said troops "inflicted heavy losses on the militants" in Sinjar on Monday, without giving figures.',
      ],
      'en',
      '2016-05-11',
    );
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({
      from: '2016-05-09',
      governorate: 'Nineveh',
      killed: null,
      wounded: null,
    });
  });
});

describe('event cues: an infiltration attempt foiled is a fight', () => {
  it('types "محاولة تسلل" as an armed clash', () => {
    expect(eventOf('أحبطت وحدة من الجيش محاولة تسلل لمسلحين باتجاه نقاطها')?.type).toBe('battles');
  });
  it('opens an incident for an infiltration foiled on a day of its own', () => {
    const rows = incidents(
      [
        'أصيب ثلاثة مدنيين بجروح مساء أمس جراء سقوط قذيفة هاون على حي سكني في مدينة السلمية بريف حماة.',
        'وفي سياق آخر، أحبطت وحدة من الجيش فجر اليوم محاولة تسلل لمسلحين باتجاه نقاط عسكرية قرب بلدة مورك بريف حماة.',
      ],
      'ar',
      '2019-04-16',
    );
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ from: '2019-04-16', governorate: 'Hama', killed: null, wounded: null });
  });
});

describe('bearing-from-place-told: a spot told by its bearing from the town the event before was placed at', () => {
  const district = resolvePlace('قضاء الدور', 'ar');
  it('reads the bare name of that district after a bearing', () => {
    expect(district?.governorate).not.toBeNull();
    expect(bearingFromPlaceTold(m('في قرية المزرعة الجديدة شمال الدور'), district)).toBe(true);
    expect(bearingFromPlaceTold(m('في قرية المزرعة الجديدة جنوب شرقي الدور'), district)).toBe(true);
  });
  it('not a bearing from another town, nor the name with no bearing', () => {
    expect(bearingFromPlaceTold(m('في قرية المزرعة الجديدة شمال سامراء'), district)).toBe(false);
    expect(bearingFromPlaceTold(m('وعاد الأهالي إلى الدور'), district)).toBe(false);
    expect(bearingFromPlaceTold(m('شمال الدور'), null)).toBe(false);
  });
  it('places the incident at that district’s governorate', () => {
    const rows = incidents(
      [
        'قتل رجل وأصيب اثنان آخران بانفجار عبوة ناسفة صباح أمس في قضاء الدور.',
        'وفي حادث منفصل، قتل وجرح خمسة أشخاص مساء أمس برصاص مسلحين في قرية المزرعة الجديدة شمال الدور.',
      ],
      'ar',
      '2009-02-11',
    );
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ governorate: 'Salahuddin' });
  });
});

describe('earlier-pluperfect-beside-toll: a pluperfect fight with its day and dead, after an undated toll', () => {
  it('is an earlier event, not the day of the undated one, though its count is the same', () => {
    const rows = incidents(
      [
        'نصب مسلحون فجر اليوم كميناً لرتل عسكري على الطريق بين بلدتي كفرنبودة والهبيط، ما أسفر عن مقتل تسعة عناصر.',
        'وردت القوات الحكومية بقصف بلدة الهبيط بالمدفعية الثقيلة وقت الإفطار، ما أدى إلى سقوط قتيلين مدنيين.',
        'وكانت اشتباكات عنيفة قد دارت قبل ثلاثة أيام بين الطرفين على جبهة قرية المزيرعة المجاورة، قتل فيها مقاتلان.',
      ],
      'ar',
      '2018-05-20',
    );
    expect(rows).toHaveLength(3);
    expect(rows[1]).toMatchObject({ from: '2018-05-20', killed: 2 });
    expect(rows[2]).toMatchObject({ from: '2018-05-17', killed: 2 });
  });
});
