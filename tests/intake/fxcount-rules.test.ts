// Rules from the fxcount round (issue 12, the victim count of one incident read wrong), each on
// sentences written for it.
import { describe, expect, it } from 'vitest';
import type { ResolvedPlace } from '../../src/places/types.js';
import { sameEvent, type EventMention } from '../../src/intake/incidents/same-event.js';
import { tolls } from '../support/tolls.js';

describe('the one group the counted were all of counts nobody', () => {
  it('"five members of one family, among them three children, died": five dead', () => {
    expect(
      tolls(
        [
          'Five members of one family, among them three children, died when a shell struck their home in the town of Kansafra on Sunday, a rescuer said.',
        ],
        'en',
        '2020-03-02',
      ),
    ).toEqual([{ killed: 5, wounded: null }]);
  });
});

describe('the victims told definite after the verb are its object', () => {
  it('"opened fire on a pickup and shot dead the three farmers in it": three dead', () => {
    expect(
      tolls(
        [
          'Unknown gunmen opened fire on a pickup near the town of Tarmiyah on Tuesday and shot dead the three farmers in it, a police officer said.',
        ],
        'en',
        '2019-06-12',
      ),
    ).toEqual([{ killed: 3, wounded: null }]);
  });
});

describe("to lose one's life is to die, in Arabic", () => {
  it('"فقد ثلاثة عمال حياتهم وأصيب اثنان آخران": three dead, two wounded', () => {
    expect(
      tolls(
        [
          'فقد ثلاثة عمال حياتهم وأصيب اثنان آخران بجروح، صباح اليوم، بانفجار عبوة ناسفة على طريق ترابي قرب بلدة الصور شرقي دير الزور.',
        ],
        'ar',
        '2022-04-18',
      ),
    ).toEqual([{ killed: 3, wounded: 2 }]);
  });
});

describe('a dual verb of dying after its subject, in the pluperfect', () => {
  it('"وكان اثنان من الرعاة قد لقيا حتفهما": two dead', () => {
    expect(
      tolls(
        [
          'وكان اثنان من رعاة الأغنام قد لقيا حتفهما الشهر الماضي بانفجار لغم أرضي في بادية الرطبة غربي الأنبار.',
        ],
        'ar',
        '2021-05-03',
      ),
    ).toEqual([{ killed: 2, wounded: null }]);
  });
});

describe('a toll revised either way stands at its new figure', () => {
  it('"the health department revised the toll down to seven dead and four wounded"', () => {
    expect(
      tolls(
        [
          'On Thursday the provincial health department revised the toll down to seven dead and four wounded in the village of Albu Bali near Fallujah.',
        ],
        'en',
        '2019-09-13',
      ),
    ).toEqual([{ killed: 7, wounded: 4 }]);
  });

  it('"قتل تسعة…" then "وخفضت مديرية الصحة الحصيلة إلى ستة قتلى": the lowered figure wins', () => {
    expect(
      tolls(
        [
          'قتل تسعة أشخاص وأصيب 12 آخرون بانفجار سيارة مفخخة في سوق بلدة الخالص شمالي بعقوبة، مساء أمس، بحسب مصادر في الشرطة.',
          'وخفضت مديرية صحة ديالى في وقت لاحق الحصيلة إلى ستة قتلى.',
        ],
        'ar',
        '2019-09-13',
      ),
    ).toEqual([{ killed: 6, wounded: 12 }]);
  });
});

describe('two tellings of one clash name its sides in either role', () => {
  const clash = { type: 'battles', subType: 'armed_clash' } as const;
  const udhaim: ResolvedPlace = {
    country: 'IQ',
    governorate: { en: 'Diyala', ar: 'ديالى' },
    district: { en: 'Khalis', ar: 'الخالص' },
    locality: null,
    precision: 'district',
    text: 'ناحية العظيم',
  };
  const telling = (over: Partial<EventMention>): EventMention => ({
    date: { from: '2022-08-21', to: '2022-08-21', precision: 'day' },
    place: udhaim,
    event: clash,
    actors: [],
    targets: [],
    suspected: [],
    killed: 2,
    wounded: 3,
    attackersKilled: null,
    sentences: [0],
    checks: [],
    separate: false,
    ...over,
  });

  it('"ISIS attacked an army post…", then "the army fought off the attackers…": one clash', () => {
    expect(
      sameEvent(
        telling({ actors: ['isis'], targets: ['iraqi_army'] }),
        telling({ actors: ['iraqi_army'], sentences: [3] }),
      ),
    ).toBe(true);
  });

  it('a telling that names a side the other did not is another clash', () => {
    expect(
      sameEvent(
        telling({ actors: ['isis'], targets: ['iraqi_army'] }),
        telling({ actors: ['isis'], targets: ['pmf'], sentences: [3] }),
      ),
    ).toBe(false);
  });
});
