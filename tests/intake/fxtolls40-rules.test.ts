// Rules from the fxtolls40 round (issue 12, tolls in one incident): others told missing are no more
// dead; a wounding verb right after a body tells how the dead was hit; where most of a group comes
// from is not where it was hit. Each on sentences written for it.
import { beforeAll, describe, expect, it } from 'vitest';
import { findCasualties } from '../../src/intake/casualties/casualties.js';
import { othersMissing } from '../../src/intake/casualties/others-missing.js';
import { withoutGroupHome } from '../../src/intake/places/elsewhere/group-from.js';
import { withoutTellerAtCare } from '../../src/intake/places/elsewhere/teller-at-care.js';
import { matchView } from '../../src/intake/reading/view.js';
import { normalizeForMatch } from '../../src/text/normalize.js';
import { claimantTellsDenied } from '../../src/intake/events/claimant-tells.js';
import { denierOwnTollAt } from '../../src/intake/events/denier-own-toll.js';
import { deadInEventBefore } from '../../src/intake/roundups/dead-in-it.js';
import { incidents, ingested, tolls } from '../support/tolls.js';

// (the gazetteer and the pipeline load once, in a hook, not inside the first test's time)
beforeAll(() => {
  tolls(['قتل شخص في بغداد.'], 'ar', '2020-01-01');
});

const casualtiesOf = (text: string, lang: 'ar' | 'en') => {
  const { killed, wounded } = findCasualties(matchView(text), lang);
  return { killed, wounded };
};

describe('"مصير اثنين آخرين ما زال مجهولاً": others missing are no more dead (others-missing.ts)', () => {
  it('reads a fate noun before the others, or their being missing after them', () => {
    // (the text around the word for others, in matching form, its spaces kept)
    const before = (text: string) => `${normalizeForMatch(text)} `;
    const after = (text: string) => ` ${normalizeForMatch(text)}`;
    expect(othersMissing(before('وأكد أن مصير أربعة'), after('ما زال مجهولاً'))).toBe(true);
    expect(othersMissing(before('إضافة إلى فقدان ثلاثة'), '')).toBe(true);
    expect(othersMissing(before('وقتل اثنان وعثر على أربعة'), after('مفقودين في الوادي'))).toBe(true);
    expect(othersMissing(before('وإصابة خمسة'), after('بجروح'))).toBe(false);
    expect(othersMissing('while three ', ' remain missing')).toBe(true);
  });

  it('keeps the dead of the account told again as the ones told first, not more', () => {
    expect(
      tolls(
        [
          'أفاد مصدر في الشرطة، اليوم، بمقتل أربعة رعاة وفقدان ثلاثة آخرين بهجوم لمسلحين على قطيع للأغنام في بادية قضاء الرطبة غربي الأنبار.',
          'وقال المصدر إن "قطيعاً للأغنام تعرض فجر اليوم لهجوم من مسلحين يستقلون سيارات، ما أسفر عن مقتل أربعة من الرعاة في الحال"، موضحاً أن "مصير ثلاثة آخرين ما زال مجهولاً، ويرجح أنهم اختطفوا".',
        ],
        'ar',
        '2019-03-10',
      ),
    ).toEqual([{ killed: 4, wounded: null }]);
  });
});

describe('"جثتين لشابين أصيبا بالرصاص": the wound of the dead, no wounded (body-then-hit.ts)', () => {
  it('reads no wounded where the verb follows the body and its dead', () => {
    expect(casualtiesOf('واستقبل مستشفى المدينة جثتي شابين أصيبا بالرصاص الحي في الرأس', 'ar')).toEqual({
      killed: 2,
      wounded: null,
    });
    expect(casualtiesOf('ونقلت إلى المستشفى جثة رجل أصيب بطلق ناري في الصدر', 'ar')).toEqual({
      killed: 1,
      wounded: null,
    });
  });

  it('still reads wounded told apart from the bodies', () => {
    expect(casualtiesOf('وعثر على جثتين بينما أصيب ثلاثة آخرون', 'ar')).toEqual({ killed: 2, wounded: 3 });
    expect(casualtiesOf('وعثر على جثة رجل وأصيب اثنان', 'ar')).toEqual({ killed: 1, wounded: 2 });
  });
});

describe('"a group of people, mostly from X province": their home, not the place hit (group-from.ts)', () => {
  it('blanks where most of the group comes from', () => {
    const text = 'Police fired on about 40 people, mostly from Nineveh province, as they tried to cross';
    expect(withoutGroupHome(text)).not.toContain('Nineveh');
    expect(withoutGroupHome(text)).toContain('as they tried to cross');
  });

  it('keeps the event at its town, the wounded with the dead', () => {
    expect(
      ingested(
        'Guards kill migrants near Qaim',
        [
          'Border guards shot dead at least four people trying to cross the frontier near the town of al-Qaim late on Friday, police said.',
          'The guards opened fire on a group of about 40 people, mostly from Nineveh and Salahuddin provinces, as they approached the fence west of the town. Three more people were wounded, police said.',
        ],
        '2019-05-12',
        'en',
      ),
    ).toEqual([{ from: '2019-05-10', to: '2019-05-10', governorate: 'Anbar', killed: 4, wounded: 3 }]);
  });
});

describe('"denied claims by X that …, saying only two were wounded": the denier\'s own toll (denier-own-toll.ts)', () => {
  it('reads what the denier affirms after "saying", "that" unsaid', () => {
    const text = matchView(
      'Army officials denied reports that 30 soldiers were killed at the base, saying the raid was repelled and only three guards were hurt',
    ).text;
    expect(denierOwnTollAt(text)).not.toBeNull();
    expect(text.slice(denierOwnTollAt(text) ?? 0)).toMatch(/^\s*the raid was repelled/u);
  });

  it('keeps the toll the denier affirms, not the one it denied', () => {
    expect(
      tolls(
        [
          'Iraqi army officials on Sunday denied reports by the group that its fighters killed 30 soldiers in an attack on an army base near Rutba, saying the attack on Saturday was repelled and only three guards were lightly wounded.',
        ],
        'en',
        '2018-02-12',
      ),
    ).toEqual([{ killed: null, wounded: 3 }]);
  });
});

describe('"denied claims by the Islamic State (ISIS)…", then "ISIS said…": the denied claim again (claimant-tells.ts)', () => {
  const denial = matchView(
    'Officials denied claims by the Islamic State (ISIS) that its fighters killed 30 soldiers near Rutba.',
  ).text;

  it('reads the claimant telling its claim after the denial', () => {
    expect(
      claimantTellsDenied(denial, matchView('ISIS said in a statement that its fighters killed 30.').text),
    ).toBe(true);
    expect(
      claimantTellsDenied(denial, matchView('The Islamic State claimed the attack on its Amaq agency.').text),
    ).toBe(true);
  });

  it("leaves another teller, the denier's own account", () => {
    expect(claimantTellsDenied(denial, matchView('A spokesman said two soldiers were wounded.').text)).toBe(
      false,
    );
  });

  it('drafts no second incident of the claimed toll', () => {
    expect(
      tolls(
        [
          'Iraqi army officials on Sunday denied claims by the Islamic State (ISIS) that its fighters killed 30 soldiers in an attack on an army base near Rutba, saying the attack on Saturday was repelled and only three guards were lightly wounded.',
          'ISIS said in a statement on its Amaq agency that two suicide bombers stormed the base in the desert west of Rutba and killed "30 apostates."',
        ],
        'en',
        '2018-02-12',
      ),
    ).toEqual([{ killed: null, wounded: 3 }]);
  });
});

describe('"وبحسب مصادر طبية في مشفى X": the teller\'s hospital, not the place hit (teller-at-care.ts)', () => {
  it('blanks the hospital a teller speaks from, up to the comma', () => {
    const text = 'وبحسب مصادر طبية في مشفى القامشلي، تراوح عدد المصابين بين خمسة وسبعة';
    expect(withoutTellerAtCare(text)).not.toContain('القامشلي');
    expect(withoutTellerAtCare(text)).toContain('تراوح عدد المصابين');
    expect(withoutTellerAtCare('وبحسب ناشطين في بلدة عامودا، قتل شاب')).toContain('عامودا');
  });

  it('keeps the wounded the hospital counted with the event told', () => {
    expect(
      ingested(
        'مقتل مدنيين بقصف على ريف الدرباسية',
        [
          'قتل مدنيان وأصيب آخرون، مساء أمس الأحد، جراء قصف مدفعي استهدف قرى في ريف الدرباسية شمالي الحسكة.',
          'وبحسب مصادر طبية في مشفى القامشلي الذي نقل إليه المصابون، تراوح عدد الجرحى بين خمسة وسبعة، بينهم طفلان.',
        ],
        '2020-03-16',
        'ar',
      ),
    ).toEqual([
      {
        from: '2020-03-15',
        to: '2020-03-15',
        governorate: 'Hasakah',
        killed: 2,
        wounded: { low: 5, high: 7 },
      },
    ]);
  });
});

describe('"وكان تفجير … قد استهدف الشهر الماضي …، وقتل فيه 20 شخصاً": the one event\'s dead (dead-in-it.ts)', () => {
  it('reads dead "in it" after a clause that named an event', () => {
    expect(deadInEventBefore(true, normalizeForMatch('وقتل فيه 20 شخصا'))).toBe(true);
    expect(deadInEventBefore(true, normalizeForMatch('قتل خلاله ثلاثة من العناصر'))).toBe(true);
    expect(deadInEventBefore(false, normalizeForMatch('وقتل فيه 20 شخصا'))).toBe(false);
    expect(deadInEventBefore(true, normalizeForMatch('وقتل خلالها 40 مدنيا'))).toBe(false);
  });

  it('keeps the dead of a deed told by its month', () => {
    expect(
      incidents(
        [
          'قتل ثلاثة أشخاص، مساء أمس الأحد، بانفجار عبوة ناسفة في سوق شعبي بمدينة الرمادي.',
          'وكان هجوم انتحاري قد استهدف الشهر الماضي مجلس عزاء في مدينة الفلوجة، وقتل فيه 17 شخصاً.',
        ],
        'ar',
        '2017-04-10',
      ),
    ).toEqual([
      { from: '2017-04-09', to: '2017-04-09', governorate: 'Anbar', killed: 3, wounded: null },
      { from: '2017-03-01', to: '2017-03-31', governorate: 'Anbar', killed: 17, wounded: null },
    ]);
  });
});
