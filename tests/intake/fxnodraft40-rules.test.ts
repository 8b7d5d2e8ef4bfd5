import { describe, expect, it } from 'vitest';
import { draftedRows } from '../support/tolls.js';
import { analyseClause } from '../../src/intake/incidents/clause.js';
import { denierOwnTollAt } from '../../src/intake/events/denier-own-toll.js';
import { accountOfClauseBefore } from '../../src/intake/tolls/account-of-clause-before.js';
import { deedOfLaterRuling } from '../../src/intake/followups/ruling-told-later.js';
import { judgedDeed, rulesOnDeed } from '../../src/intake/followups/judged-deed.js';
import type { Building } from '../../src/intake/incidents/incident-types.js';
import { matchView } from '../../src/intake/reading/view.js';
import { resolvePlace } from '../../src/places/resolve.js';

// Invented sentences only (none copied from a probe article).

describe('account-of-clause-before: a source’s toll of the blows the clause before told on a day of their own', () => {
  const last = (date: string | null, reporting: string | null, sentences: number[]) =>
    ({
      date: date && { from: date, to: date, precision: 'day', text: '' },
      reporting: reporting && { from: reporting, to: reporting, precision: 'day', text: '' },
      sentences,
    }) as unknown as Building;
  const strikes = { type: 'explosions_remote_violence', subType: 'air_drone_strike' } as const;
  const friday = { from: '2021-03-05', to: '2021-03-05', precision: 'day' } as const;
  const account = { sourced: true, eventDate: null };
  it('points at the clause before, told on another day than the event drafted before', () => {
    expect(
      accountOfClauseBefore(last(null, '2021-03-06', [4]), account, { event: strikes, date: friday }, 5),
    ).toBe(true);
    expect(
      accountOfClauseBefore(last('2021-03-06', null, [4]), account, { event: strikes, date: friday }, 5),
    ).toBe(true);
  });
  it('not where the clause before drew on the last incident, told the same day, or told no day', () => {
    expect(
      accountOfClauseBefore(last(null, '2021-03-06', [5]), account, { event: strikes, date: friday }, 5),
    ).toBe(false);
    expect(
      accountOfClauseBefore(last('2021-03-05', null, [4]), account, { event: strikes, date: friday }, 5),
    ).toBe(false);
    expect(
      accountOfClauseBefore(last(null, '2021-03-06', [4]), account, { event: strikes, date: null }, 5),
    ).toBe(false);
    expect(
      accountOfClauseBefore(
        last(null, '2021-03-06', [4]),
        { sourced: false, eventDate: null },
        { event: strikes, date: friday },
        5,
      ),
    ).toBe(false);
  });
  it('drafts the strikes’ own toll on their day, apart from the fight told the day after', () => {
    const raw = [
      'الطيران يقتل مسلحين قرب تلعفر',
      '',
      'أفاد مصدر أمني، اليوم، بأن عبوة ناسفة انفجرت على دورية للجيش قرب قضاء تلعفر، ما أسفر في حصيلة أولية عن إصابة جنديين.',
      '',
      'وعلى صعيد آخر، أعلنت قيادة العمليات، أمس السبت، استعادة قرية قرب قضاء تلعفر بعد معارك مع مسلحي "داعش"، وقال ضابط إن "ثلاثة من عناصرنا قتلوا وأصيب أربعة آخرون خلال الاقتحام".',
      '',
      'وكان الطيران الحربي قد شن منذ يوم الخميس غارات على مواقع التنظيم قرب القرية، وقال مسؤول محلي إن "الغارات أسفرت عن مقتل 12 مسلحاً وتدمير عجلات للتنظيم".',
      '',
      'وفي وقت لاحق، أفاد المصدر بأن حصيلة انفجار العبوة ارتفعت إلى مقتل جندي وإصابة ثلاثة آخرين، بعد وفاة أحد الجريحين في مستشفى دهوك.',
    ].join('\n');
    const incidents = draftedRows(raw, '2021-03-07');
    expect(incidents).toContainEqual(expect.objectContaining({ from: '2021-03-04', killed: 12 }));
    expect(incidents).toContainEqual(expect.objectContaining({ from: '2021-03-06', killed: 3, wounded: 4 }));
  });
});

describe('ruling-told-later: a ruling told after other news, its deed dated with its toll', () => {
  const raw = (ruling: string) =>
    [
      'مقتل شرطي بانفجار عبوة في الخالص',
      '',
      'قتل شرطي وأصيب اثنان آخران بانفجار عبوة ناسفة، صباح اليوم الأحد، في قضاء الخالص شمالي بعقوبة.',
      '',
      'وقال مصدر في الشرطة إن قوة أمنية طوقت مكان الانفجار وباشرت التحقيق في الحادث.',
      '',
      ruling,
    ].join('\n');
  it('drafts the deed on its own month, with its own toll', () => {
    const incidents = draftedRows(
      raw(
        'إلى ذلك، أصدرت محكمة الجنايات المركزية في بغداد أمس حكماً بالإعدام على إرهابي، بعد إدانته بالمشاركة في تفجير سيارة مفخخة في سوق قضاء الخالص في آذار من عام 2012 وقتل تسعة من المتسوقين.',
      ),
      '2019-11-10',
    );
    expect(incidents).toContainEqual(
      expect.objectContaining({ from: '2012-03-01', to: '2012-03-31', governorate: 'Diyala', killed: 9 }),
    );
  });
  it('a conviction with no toll of its deed stays the ruling only', () => {
    const text =
      'إلى ذلك، أصدرت محكمة الجنايات أمس حكماً بالسجن على متهم بعد إدانته بالمشاركة في تفجير عبوة في آذار من عام 2012.';
    const view = matchView(text);
    const deed = judgedDeed({ text, dates: [] });
    expect(rulesOnDeed([view.text])).toBe(true);
    expect(deedOfLaterRuling(view.text, text, deed, 'ar')).toBeNull();
    // (nor one whose only count is of the sentenced)
    const sentenced =
      'وفي سياق آخر، أصدرت محكمة الجنايات أحكاماً بالإعدام بحق أربعة مدانين بالمشاركة في قتل موظفين في قضاء الخالص عام 2013';
    const read = analyseClause(sentenced, 'ar', '2019-11-10', null, resolvePlace);
    const judged = judgedDeed({ text: sentenced, dates: read.dates });
    expect(judged?.date).toBeTruthy();
    expect(judged?.tollTold).toBe(true);
    expect(deedOfLaterRuling(matchView(sentenced).text, sentenced, judged, 'ar')).toBeNull();
  });
});

describe('judged-deed: the noun of taking part with the convicted’s pronoun', () => {
  it('reads "لاشتراكه في قتل" as the deed the court convicted of', () => {
    const raw = [
      'الإعدام لإرهابي قتل سبعة من الشرطة في بيجي',
      '',
      'أصدرت المحكمة الجنائية المركزية، اليوم الأربعاء، حكماً بالإعدام بحق إرهابي لاشتراكه في قتل سبعة من عناصر الشرطة في قضاء بيجي في أيار من عام 2015.',
    ].join('\n');
    expect(draftedRows(raw, '2019-04-17')).toContainEqual(
      expect.objectContaining({ from: '2015-05-01', to: '2015-05-31', killed: 7 }),
    );
  });
});

describe('gazetteer: Adra', () => {
  it.each(['قرب مدينة عدرا العمالية', 'في سجن عدرا', 'near Adra'])('%s is in Rif Dimashq', (text) => {
    const lang = /[a-z]/i.test(text) ? 'en' : 'ar';
    expect(resolvePlace(text, lang)?.governorate?.en).toBe('Rif Dimashq');
  });
});

describe('denier-own-toll: a denial that goes on to tell the denier’s own toll', () => {
  it('finds where the toll it affirms begins', () => {
    const text = matchView(
      'نفت قيادة الشرطة ما تداولته مواقع عن مقتل 15 من عناصرها، مؤكدة أن الهجوم صد وأسفر عن إصابة ثلاثة منتسبين',
    ).text;
    const at = denierOwnTollAt(text);
    expect(at).not.toBeNull();
    expect(text.slice(at!)).toMatch(/^ الهجوم صد واسفر عن اصاب/);
    // (no affirmation, or one that denies again)
    expect(
      denierOwnTollAt(matchView('نفت قيادة الشرطة ما تداولته مواقع عن مقتل 15 من عناصرها').text),
    ).toBeNull();
    expect(
      denierOwnTollAt(matchView('نفت الشرطة مقتل 15 من عناصرها، مؤكدة أن لا صحة لهذه الأنباء').text),
    ).toBeNull();
  });
  it('drafts the event with the toll the denier affirms', () => {
    const raw = [
      'الشرطة تنفي مقتل 15 من عناصرها قرب الشرقاط',
      '',
      'نفت قيادة شرطة صلاح الدين، اليوم الخميس، ما تداولته مواقع تابعة لتنظيم داعش عن مقتل 15 من عناصرها بهجوم على قضاء الشرقاط، مؤكدة أن الهجوم صُدّ وأسفر عن إصابة ثلاثة من المنتسبين بجروح.',
    ].join('\n');
    expect(draftedRows(raw, '2017-09-14')).toEqual([
      expect.objectContaining({ governorate: 'Salahuddin', killed: null, wounded: 3 }),
    ]);
  });
});
