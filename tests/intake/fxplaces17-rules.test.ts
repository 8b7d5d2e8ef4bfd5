// Rules from the fxplaces17 round (issue 12, where an incident happened): the blows of an event told
// with no place, told again hitting one, with a clause, a day or a toll of their own beside; a witness
// told by where they came from; the seat of a court told by whose it is; a spot the gazetteer does not
// know, situated once, named again bare; a roundup's title of two stories joined by ";"; on sentences
// written for them.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('the blows of an event told with no place, told again hitting one', () => {
  it('"The strikes, which began late Wednesday, hit depots around X": the lead is placed there', () => {
    expect(
      ingested(
        'Warplanes strike militias in western Iraq',
        [
          'Unidentified warplanes struck militia positions overnight in western Iraq, killing 12 fighters, a monitor said on Thursday.',
          'The strikes, which began late Wednesday and went on until dawn, hit weapons depots around the town of al-Qaim.',
        ],
        '2020-06-11',
        'en',
      ),
    ).toEqual([{ from: '2020-06-10', to: '2020-06-11', governorate: 'Anbar', killed: 12, wounded: null }]);
  });

  it('"then raised its toll to 15, saying the strikes hit bases near X": the toll told again places the lead', () => {
    expect(
      ingested(
        'Air strikes kill fighters in eastern Syria',
        [
          'Air strikes late on Monday on Iran-backed fighters in eastern Syria killed 15 people, a war monitor said on Tuesday.',
          'The monitor first reported nine dead, then raised its toll to 15, saying the strikes hit bases near Mayadeen.',
        ],
        '2019-03-12',
        'en',
      ),
    ).toEqual([
      { from: '2019-03-11', to: '2019-03-11', governorate: 'Deir ez-Zor', killed: 15, wounded: null },
    ]);
  });
});

describe('a witness told by where they came from', () => {
  it('"وقال شاهد عيان من البصرة كان يتسوق هناك": the witness\'s home is no place of the blast', () => {
    expect(
      ingested(
        'انفجار في سوق',
        [
          'قتل أربعة أشخاص وأصيب عشرة آخرون بانفجار عبوة ناسفة في سوق شعبي وسط مدينة الرمادي، مساء أمس الثلاثاء.',
          'وقال شاهد عيان من البصرة كان يتسوق هناك "كنا نشتري الخضار حين انفجرت العبوة فتطاير الزجاج فوقنا".',
        ],
        '2017-05-10',
        'ar',
      ),
    ).toEqual([{ from: '2017-05-09', to: '2017-05-09', governorate: 'Anbar', killed: 4, wounded: 10 }]);
  });

  it('"a witness from Basra said": not where the bombing he saw happened', () => {
    expect(
      ingested(
        'Bomb hits market',
        [
          'A car bomb killed six people and wounded 20 in a market in Ramadi on Tuesday, police said.',
          'A witness from Basra who was shopping there said the blast shattered windows across the street.',
        ],
        '2017-05-10',
        'en',
      ),
    ).toEqual([{ from: '2017-05-09', to: '2017-05-09', governorate: 'Anbar', killed: 6, wounded: 20 }]);
  });
});

describe('the seat of a court told by whose it is', () => {
  it('"محكمة … التابعة للإدارة الذاتية في مدينة X" ruling on a killing at Y: Y, not the seat', () => {
    expect(
      ingested(
        'أحكام بالسجن بحق قاتلي رعاة',
        [
          'أصدرت محكمة مكافحة الإرهاب التابعة للإدارة الذاتية في مدينة القامشلي، اليوم الأحد، حكماً بالسجن 15 عاماً بحق مدانين اثنين، بعد إدانتهما بقتل ثلاثة رعاة في بلدة الطبقة بريف الرقة الغربي في آذار من عام 2019.',
        ],
        '2021-02-14',
        'ar',
      ),
    ).toEqual([{ from: '2019-03-01', to: '2019-03-31', governorate: 'Raqqa', killed: 3, wounded: null }]);
  });
});

describe('a spot the gazetteer does not know, situated once, named again bare', () => {
  it('"In Qoraqol, gunmen shot dead…", then "Qoraqol, near Sulaimaniyah, lies…": Sulaymaniyah', () => {
    expect(
      ingested(
        'Attacks across the north',
        [
          'A roadside bomb killed two soldiers in Tikrit on Monday, police said.',
          'In Qoraqol, gunmen shot dead a policeman at a checkpoint on Monday evening, a security source said.',
          'Qoraqol, near Sulaimaniyah, lies on a road used by smugglers.',
        ],
        '2021-08-10',
        'en',
      ),
    ).toEqual([
      { from: '2021-08-09', to: '2021-08-09', governorate: 'Salahuddin', killed: 2, wounded: null },
      { from: '2021-08-09', to: '2021-08-09', governorate: 'Sulaymaniyah', killed: 1, wounded: null },
    ]);
  });
});

describe('a roundup title of two stories joined by ";"', () => {
  it('"Syria Roundup: … Shelling Hits Daraa; Bodies Found in Homs": an unknown village lies in Daraa', () => {
    expect(
      ingested(
        'Syria Roundup: 5 Killed as Shelling Hits Daraa; Bodies Found in Homs Desert',
        ['In Tell Shurab, shelling wounded three children on Sunday.'],
        '2019-04-15',
        'en',
      ),
    ).toEqual([{ from: '2019-04-14', to: '2019-04-14', governorate: 'Daraa', killed: null, wounded: 3 }]);
  });
});
