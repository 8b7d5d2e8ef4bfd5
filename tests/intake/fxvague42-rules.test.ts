import { describe, expect, it } from 'vitest';
import { draftedRows } from '../support/tolls.js';
import { analyseClause } from '../../src/intake/incidents/clause.js';
import { answersWithUncountedToll } from '../../src/intake/followups/answer-uncounted-toll.js';
import { tellsUncountedToll } from '../../src/intake/casualties/uncounted-toll.js';
import { nextBulletPlaceItem } from '../../src/intake/roundups/bullet-place-item.js';
import { matchView } from '../../src/intake/reading/view.js';
import { resolvePlace } from '../../src/places/resolve.js';

// Invented sentences only (none copied from a probe article).

const incidentsOf = (raw: string, published: string, lang: 'ar' | 'en' = 'ar') =>
  draftedRows(raw, published, lang).map(({ to: _to, ...row }) => row);
const facts = (text: string, lang: 'ar' | 'en', published: string) =>
  analyseClause(text, lang, published, null, resolvePlace);
const m = (text: string) => matchView(text).text;

describe('answer-uncounted-toll: the side hit answering with a blow of its own, its toll uncounted', () => {
  it('reads "عدد منهم" after a noun of killing as a toll with no number', () => {
    expect(tellsUncountedToll(m('ما أسفر عن مقتل عدد منهم وفرار الباقين'))).toBe(true);
    expect(tellsUncountedToll(m('وقال إن عدد منهم فر إلى البادية'))).toBe(false);
  });
  it('tells the answer by shells or strikes with casualties told without figures', () => {
    expect(
      answersWithUncountedToll(
        facts(
          'وردت وحدات من الجيش على مصادر إطلاق القذائف باستهدافات دقيقة لمواقع الإرهابيين، أسفرت عن مقتل عدد منهم',
          'ar',
          '2020-03-03',
        ),
      ),
    ).toBe(true);
    expect(
      answersWithUncountedToll(
        facts(
          'The army responded with rocket fire on rebel positions, causing casualties among the militants',
          'en',
          '2020-03-03',
        ),
      ),
    ).toBe(true);
    // (an answer with a count of its own is read by the counted rules; one with no casualties tells none)
    expect(
      answersWithUncountedToll(
        facts(
          'The army responded with rocket fire on rebel positions, killing four militants',
          'en',
          '2020-03-03',
        ),
      ),
    ).toBe(false);
    expect(
      answersWithUncountedToll(
        facts('The army responded with rocket fire on rebel positions near the town', 'en', '2020-03-03'),
      ),
    ).toBe(false);
  });
  it('drafts the answer as an event of its own, not merged into the blow it answered', () => {
    const ar = incidentsOf(
      'قتلى وجرحى بقذائف على حي في حماة\n\nأصيب خمسة مدنيين بجروح اليوم جراء سقوط قذيفتين صاروخيتين أطلقها الإرهابيون على حي الأربعين في مدينة حماة.\n\nوردت وحدات من الجيش على مصادر إطلاق القذائف باستهدافات دقيقة لمواقع الإرهابيين في محيط قرية اللطامنة، أسفرت عن مقتل عدد منهم وتدمير آلياتهم.\n',
      '2020-03-03',
    );
    expect(ar).toEqual([
      { from: '2020-03-03', governorate: 'Hama', killed: null, wounded: 5 },
      { from: '2020-03-03', governorate: 'Hama', killed: null, wounded: null },
    ]);
    const en = incidentsOf(
      'Shells wound four in Hama city\n\nHAMA, Syria, March 3 (Xinhua) -- Four civilians were wounded on Tuesday when rebel shells hit a residential district of Hama city, state media said.\n\nThe Syrian army responded with rocket fire on rebel positions near the town of al-Lataminah, causing casualties among the militants, a military source said without giving figures.\n',
      '2020-03-03',
      'en',
    );
    expect(en).toHaveLength(2);
    expect(en[1]).toEqual({ from: '2020-03-03', governorate: 'Hama', killed: null, wounded: null });
  });
});

describe('bullet-place-item: the next bullet of a list headed by places is an item of its own', () => {
  it('reads a bullet with a place head after a bullet with one, not a saying nor a plain paragraph', () => {
    expect(
      nextBulletPlaceItem('- كفرنبودة: قتل ما بين ثلاثة وخمسة مدنيين بغارات', '- قلعة المضيق: قتل طفل بقصف'),
    ).toBe(true);
    expect(
      nextBulletPlaceItem('• Kafr Zita: two men were killed by shelling', '• Latamneh: a woman was wounded'),
    ).toBe(true);
    expect(nextBulletPlaceItem('- كفرنبودة: قتل ثلاثة مدنيين', 'وقتل طفل بقصف على قلعة المضيق.')).toBe(false);
    expect(nextBulletPlaceItem('- وقال المصدر: قتل ثلاثة', '- قلعة المضيق: قتل طفل بقصف')).toBe(false);
  });
  it('drafts a ranged toll of the next bullet as its own incident', () => {
    const got = incidentsOf(
      'قتلى وجرحى بقصف على ريف حماة\n\nقُتل وجُرح مدنيون، اليوم الخميس، بقصف مدفعي وجوي لقوات النظام على بلدات وقرى في ريف حماة الشمالي، بحسب ناشطين.\n\nوجاءت حصيلة القصف على الشكل التالي:\n\n- تل الصفصاف: قُتل مدنيان وجُرح ثلاثة آخرون بقصف مدفعي لقوات النظام.\n\n- عين الزرزور: قُتل ما بين ثلاثة وخمسة مدنيين جراء غارات لطائرات حربية.\n',
      '2020-03-05',
    );
    expect(got.map((x) => [x.killed, x.wounded])).toEqual([
      [2, 3],
      [{ low: 3, high: 5 }, null],
    ]);
  });
});
