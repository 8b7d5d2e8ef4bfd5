import { describe, expect, it } from 'vitest';
import type { PlaceResolver } from '../../src/intake/incidents/clause-facts.js';
import { extractIncidents } from '../../src/intake/incidents/incidents.js';
import { splitSentences } from '../../src/intake/article/sentences.js';
import type { ResolvedPlace } from '../../src/places/types.js';

/** A fake gazetteer: a few governorates by name, so these tests do not depend on the real one. */
const GOVERNORATES: Record<string, [string, string, 'IQ' | 'SY']> = {
  kirkuk: ['Kirkuk', 'كركوك', 'IQ'],
  كركوك: ['Kirkuk', 'كركوك', 'IQ'],
  diyala: ['Diyala', 'ديالى', 'IQ'],
  ديالى: ['Diyala', 'ديالى', 'IQ'],
  anbar: ['Anbar', 'الأنبار', 'IQ'],
  الأنبار: ['Anbar', 'الأنبار', 'IQ'],
};
const fakeResolve: PlaceResolver = (text) => {
  const hit = Object.keys(GOVERNORATES).find((name) => text.toLowerCase().includes(name));
  if (!hit) return null;
  const [en, ar, country] = GOVERNORATES[hit]!;
  const place: ResolvedPlace = {
    country,
    governorate: { en, ar },
    district: null,
    locality: null,
    precision: 'governorate',
    text: hit,
  };
  return place;
};

const run = (
  paragraphs: string[],
  lang: 'ar' | 'en',
  published: string,
  titlePlace: ResolvedPlace | null = null,
) =>
  extractIncidents(splitSentences(paragraphs, lang), {
    lang,
    published,
    resolvePlace: fakeResolve,
    titlePlace,
  }).map((i) => ({
    from: i.date.from,
    to: i.date.to,
    governorate: i.place.governorate?.en,
    killed: i.killed,
    wounded: i.wounded,
  }));

describe('extractIncidents', () => {
  it('merges a follow-up sentence that gives the date into the incident', () => {
    expect(
      run(
        [
          'أعلنت مصادر أمنية في محافظة الأنبار، اليوم الاثنين، مقتل ثلاثة من الحشد العشائري وإصابة اثنين آخرين بهجوم لداعش.',
          'وقال مصدر إن "مسلحي داعش هاجموا مساء السبت موقعاً للحشد".',
        ],
        'ar',
        '2021-10-04',
      ),
    ).toEqual([{ from: '2021-10-02', to: '2021-10-02', governorate: 'Anbar', killed: 3, wounded: 2 }]);
  });

  it('opens a new incident on "Separately", a new date or a new governorate', () => {
    expect(
      run(
        [
          'Two soldiers were killed in a roadside bomb blast in Kirkuk on Saturday.',
          'Separately, on March 7, gunmen attacked a checkpoint in Kirkuk, killing nine people.',
          'Three policemen were wounded in an attack in Diyala.',
        ],
        'en',
        '2023-03-13',
      ),
    ).toEqual([
      { from: '2023-03-11', to: '2023-03-11', governorate: 'Kirkuk', killed: 2, wounded: null },
      { from: '2023-03-07', to: '2023-03-07', governorate: 'Kirkuk', killed: 9, wounded: null },
      // no date of its own, told as an item of its own after one of another day: a roundup lists the
      // news' items, so it takes the day of the news its lead told (carried-date.ts)
      { from: '2023-03-11', to: '2023-03-11', governorate: 'Diyala', killed: null, wounded: 3 },
    ]);
  });

  it('leaves out aggregates, statistics, denied claims and old history', () => {
    expect(
      run(
        [
          'More than 300 civilians have been killed in Kirkuk since 2014.',
          'وبحسب إحصاءات محلية، شهدت محافظة الأنبار 27 هجوماً منذ مطلع العام الجاري.',
          'The army denied that it shelled a village in Diyala on Monday.',
          'In 2014, militants killed 40 people in an attack in Diyala.',
        ],
        'en',
        '2021-10-04',
      ),
    ).toEqual([]);
  });

  it('an incident without a date of its own takes the day it was reported (approximate)', () => {
    expect(
      run(['Police said on Monday that gunmen killed two farmers in Kirkuk.'], 'en', '2021-10-04'),
    ).toEqual([{ from: '2021-10-04', to: '2021-10-04', governorate: 'Kirkuk', killed: 2, wounded: null }]);
  });

  it("falls back to the title's place, and drops an incident with no place at all", () => {
    const title = fakeResolve('Kirkuk', 'en');
    expect(run(['Gunmen killed two shepherds on Monday.'], 'en', '2021-10-04', title)).toHaveLength(1);
    expect(run(['Gunmen killed two shepherds on Monday.'], 'en', '2021-10-04', null)).toEqual([]);
  });

  it('a later sentence back on an earlier place adds to that incident instead of repeating it', () => {
    expect(
      run(
        [
          'Gunmen killed two shepherds in Kirkuk on Sunday.',
          'On Saturday, a roadside bomb wounded three soldiers in Diyala.',
          'The attack in Kirkuk was the deadliest in months, officials said.',
        ],
        'en',
        '2021-10-04',
      ),
    ).toEqual([
      { from: '2021-10-03', to: '2021-10-03', governorate: 'Kirkuk', killed: 2, wounded: null },
      { from: '2021-10-02', to: '2021-10-02', governorate: 'Diyala', killed: null, wounded: 3 },
    ]);
  });

  it('casualties told before the event word still make one incident', () => {
    expect(
      run(
        ['أصيب ثلاثة مدنيين بجروح، وذلك إثر انفجار عبوة ناسفة في كركوك فجر اليوم السبت.'],
        'ar',
        '2022-10-15',
      ),
    ).toEqual([{ from: '2022-10-15', to: '2022-10-15', governorate: 'Kirkuk', killed: null, wounded: 3 }]);
  });

  it('an article with no incident gives none', () => {
    expect(
      run(
        ['أعلنت وزارة التخطيط أن عدد سكان العراق تجاوز 41 مليون نسمة.', 'وتضم بغداد أكثر من 8 ملايين نسمة.'],
        'ar',
        '2021-09-27',
      ),
    ).toEqual([]);
  });
});

describe('victims counted as "others" in a later sentence', () => {
  it('are added to the same event: a second blow of one attack', () => {
    expect(
      run(
        [
          'Militants fired on an army post in Diyala on Tuesday, killing a soldier and wounding two.',
          'A bomb then struck a truck bringing help, wounding three other soldiers.',
        ],
        'en',
        '2022-05-11',
      ),
    ).toEqual([{ from: '2022-05-10', to: '2022-05-10', governorate: 'Diyala', killed: 1, wounded: 5 }]);
    expect(
      run(
        [
          'هاجم مسلحون نقطة للجيش في ديالى يوم الثلاثاء، ما أدى إلى مقتل جندي وإصابة اثنين.',
          'وانفجرت عبوة على عجلة كانت متجهة لإسنادهم، ما أسفر عن إصابة ثلاثة آخرين.',
        ],
        'ar',
        '2022-05-11',
      ),
    ).toEqual([{ from: '2022-05-10', to: '2022-05-10', governorate: 'Diyala', killed: 1, wounded: 5 }]);
  });

  it('are not added when the same sentence counts the dead they are "other" than: the toll told again', () => {
    expect(
      run(
        [
          'قتل شخص وأصيب ثمانية آخرون بانفجار في ديالى اليوم.',
          'وقال مصدر إن الانفجار أدى إلى مقتل شخص، وجرح ثمانية آخرين.',
        ],
        'ar',
        '2022-05-11',
      ),
    ).toEqual([{ from: '2022-05-11', to: '2022-05-11', governorate: 'Diyala', killed: 1, wounded: 8 }]);
  });
});

describe('checks an incident carries', () => {
  it('a joint "killed and wounded" lead that the body splits is no longer flagged as unsplit', () => {
    const [incident] = extractIncidents(
      splitSentences(
        [
          'Six people were killed and wounded in an attack in Kirkuk on Sunday.',
          'The attack killed two farmers and wounded four others, police said.',
        ],
        'en',
      ),
      { lang: 'en', published: '2022-05-09', resolvePlace: fakeResolve, titlePlace: null },
    );
    expect(incident).toMatchObject({ killed: 2, wounded: 4 });
    expect(incident!.checks.map((c) => c.reason)).not.toContain('casualties-unsplit');
  });

  it('an unsplit figure left alone keeps its warning', () => {
    const [incident] = extractIncidents(
      splitSentences(['Six people were killed and wounded in an attack in Kirkuk on Sunday.'], 'en'),
      { lang: 'en', published: '2022-05-09', resolvePlace: fakeResolve, titlePlace: null },
    );
    expect(incident!.checks).toContainEqual({
      reason: 'casualties-unsplit',
      detail: 'Six people were killed and wounded in an',
    });
  });
});

describe('"the first since <date>, when …": the earlier event recalled', () => {
  it('is its own incident on that date, with its own casualties, not a span nor part of the news', () => {
    expect(
      run(
        [
          'Militants attacked a checkpoint in Kirkuk on Sunday, the first such attack since 3 March, when a bomb killed four soldiers in Diyala.',
        ],
        'en',
        '2022-05-09',
      ),
    ).toEqual([
      { from: '2022-05-08', to: '2022-05-08', governorate: 'Kirkuk', killed: null, wounded: null },
      { from: '2022-03-03', to: '2022-03-03', governorate: 'Diyala', killed: 4, wounded: null },
    ]);
    expect(
      run(
        ['هاجم مسلحون نقطة في كركوك يوم الأحد، في أول هجوم منذ 3 آذار عندما قتل انفجار أربعة جنود في ديالى.'],
        'ar',
        '2022-05-09',
      ),
    ).toEqual([
      { from: '2022-05-08', to: '2022-05-08', governorate: 'Kirkuk', killed: null, wounded: null },
      { from: '2022-03-03', to: '2022-03-03', governorate: 'Diyala', killed: 4, wounded: null },
    ]);
  });

  it('"since" alone still tells a span, not an event', () => {
    expect(run(['Since 3 March, attacks in Diyala have killed 40 people.'], 'en', '2022-05-09')).toEqual([]);
  });
});

describe('event type by the kind of actor', () => {
  it('an "attack" by a force that only strikes from afar is an air or drone strike', () => {
    const [incident] = extractIncidents(
      splitSentences(['هجوم إسرائيلي على مواقع عسكرية في ديالى يوم الأحد أدى إلى مقتل جنديين.'], 'ar'),
      { lang: 'ar', published: '2022-05-09', resolvePlace: fakeResolve, titlePlace: null },
    );
    expect(incident!.event).toEqual({ type: 'explosions_remote_violence', subType: 'air_drone_strike' });
    expect(incident!.actors).toEqual(['israel']);
  });
});
