// Rules from the fxkilled7 round (issue 12, a killed count the text gives that the draft left empty):
// the one word between a victim's verb and the next casualty verb is its whole subject, counted by
// its form; "IS" in capitals is the group, not the verb "is" of a passive; and in an armed clash the
// dead of the side fought are the fight's dead beside the wounded of the other. Each on sentences
// written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('the lone subject of a victim verb before the next casualty verb counts by its form', () => {
  it('"قتل نازح وأصيب ثلاثة آخرون": an active participle, one dead', () => {
    expect(
      ingested(
        'انفجار عبوة قرب مخيم في بابل',
        [
          'وفي قضاء المسيب شمالي الحلة، قتل نازح وأصيب ثلاثة آخرون عندما انفجرت عبوة ناسفة قرب مخيم، مساء أمس الأحد، بحسب مصدر في الشرطة.',
        ],
        '2021-03-08',
        'ar',
      ),
    ).toEqual([{ from: '2021-03-07', to: '2021-03-07', governorate: 'Babil', killed: 1, wounded: 3 }]);
  });

  it('"قتل مسافران وأصيب أربعة": the dual of a participle, two dead', () => {
    expect(
      ingested(
        'انفجار على طريق في صلاح الدين',
        ['قتل مسافران وأصيب أربعة بانفجار عبوة ناسفة على الطريق العام في قضاء بلد، صباح اليوم الثلاثاء.'],
        '2021-03-09',
        'ar',
      ),
    ).toEqual([{ from: '2021-03-09', to: '2021-03-09', governorate: 'Salahuddin', killed: 2, wounded: 4 }]);
  });

  it('"قتل مدنيون وأصيب آخرون": a sound plural tells no number', () => {
    expect(
      ingested(
        'قصف على حلب',
        ['قتل مدنيون وأصيب آخرون بقصف مدفعي على أحياء مدينة حلب، اليوم الثلاثاء، وفق ناشطين.'],
        '2016-11-22',
        'ar',
      ),
    ).toEqual([{ from: '2016-11-22', to: '2016-11-22', governorate: 'Aleppo', killed: null, wounded: null }]);
  });
});

describe('"IS" in capitals before a casualty verb is the group, the verb active', () => {
  it('"a roadside bomb planted by IS killed four soldiers": four dead', () => {
    expect(
      ingested(
        'Bomb kills soldiers near Baiji',
        ['A roadside bomb planted by IS killed four soldiers near Baiji on Tuesday, an army officer said.'],
        '2017-05-10',
        'en',
      ),
    ).toEqual([
      { from: '2017-05-09', to: '2017-05-09', governorate: 'Salahuddin', killed: 4, wounded: null },
    ]);
  });
});

describe('the dead of the side an armed clash fought are its dead beside the wounded of the other', () => {
  it('"…clashed with gunmen… three of the gunmen were killed and a soldier was wounded": 3 dead, 1 wounded', () => {
    expect(
      ingested(
        'Clash near Tuz Khurmatu',
        [
          'Troops clashed with gunmen near Tuz Khurmatu on Monday night; three of the gunmen were killed and a soldier was wounded, a security source said.',
        ],
        '2019-04-16',
        'en',
      ),
    ).toEqual([{ from: '2019-04-15', to: '2019-04-16', governorate: 'Salahuddin', killed: 3, wounded: 1 }]);
  });
});

describe("a date in a relative clause telling someone's past is not the event's", () => {
  it('"A tribal sheikh who had fought alongside the army in 2017 was shot dead … on Tuesday": Tuesday, 1 dead', () => {
    expect(
      ingested(
        'Tribal sheikh shot dead in Hawija',
        [
          'A tribal sheikh who had fought alongside the army in 2017 was shot dead outside his home in Hawija on Tuesday, police said.',
        ],
        '2019-10-10',
        'en',
      ),
    ).toEqual([{ from: '2019-10-08', to: '2019-10-08', governorate: 'Kirkuk', killed: 1, wounded: null }]);
  });
});
