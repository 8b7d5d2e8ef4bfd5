// Rules from the fxcounts35 round (issue 12): counts lost outside fights — an interpreter or one named
// by his rank counted among the dead, a group counted once and then told as "them" ("ما أدى
// إلى مقتلهم", "shot them dead"), "an unspecified number of" no one person; each on sentences written
// for it (the feminine dual "قتلتا" is tested in fxplaces16-rules.test.ts).
import { describe, expect, it } from 'vitest';
import { incidents } from '../support/tolls.js';

describe('"them" after a group counted once in the clause is that group', () => {
  it('"انفجرت عبوة بأربعة عمال …، ما أدى إلى مقتلهم": four dead', () => {
    expect(
      incidents(
        ['انفجرت عبوة ناسفة صباح اليوم بأربعة عمال في ريف دير الزور الشرقي، ما أدى إلى مقتلهم على الفور.'],
        'ar',
        '2019-04-02',
      ),
    ).toEqual([
      { from: '2019-04-02', to: '2019-04-02', governorate: 'Deir ez-Zor', killed: 4, wounded: null },
    ]);
  });

  it('"…تقل خمسة أشخاص، ما أسفر عن إصابتهم": five wounded', () => {
    expect(
      incidents(
        ['استهدفت طائرة مسيرة مساء أمس سيارة تقل خمسة أشخاص قرب مدينة الميادين، ما أسفر عن إصابتهم.'],
        'ar',
        '2019-04-02',
      ),
    ).toEqual([
      { from: '2019-04-01', to: '2019-04-01', governorate: 'Deir ez-Zor', killed: null, wounded: 5 },
    ]);
  });

  it('"بعد ثلاثة أيام …، ما أدى إلى مقتلهم": days are no group, no count', () => {
    expect(
      incidents(
        ['انفجرت عبوة ناسفة صباح اليوم في ريف دير الزور الشرقي بعد ثلاثة أيام من الهجوم، ما أدى إلى مقتلهم.'],
        'ar',
        '2019-04-02',
      ),
    ).toEqual([
      { from: '2019-04-02', to: '2019-04-02', governorate: 'Deir ez-Zor', killed: null, wounded: null },
    ]);
  });

  it('"pulled nine farmers from a truck and shot them dead": nine dead', () => {
    expect(
      incidents(
        ['On Tuesday, gunmen pulled nine farmers from a truck near Baqubah and shot them dead, police said.'],
        'en',
        '2006-09-13',
      ),
    ).toEqual([{ from: '2006-09-12', to: '2006-09-12', governorate: 'Diyala', killed: 9, wounded: null }]);
  });

  it('told "last month", eleven taken together and killed are one deed of the month, not its tally', () => {
    expect(
      incidents(
        [
          'Last month, gunmen stopped a bus carrying eleven laborers near Baqubah and executed them, police said.',
        ],
        'en',
        '2006-09-13',
      ),
    ).toEqual([{ from: '2006-08-01', to: '2006-08-31', governorate: 'Diyala', killed: 11, wounded: null }]);
  });
});

describe('an interpreter, and one named by his rank, are people counted among the dead', () => {
  it('"Three soldiers and their interpreter were killed": four dead', () => {
    expect(
      incidents(
        [
          'Three soldiers and their interpreter were killed when a bomb struck their vehicle near Ramadi on Thursday.',
        ],
        'en',
        '2006-02-17',
      ),
    ).toEqual([{ from: '2006-02-16', to: '2006-02-16', governorate: 'Anbar', killed: 4, wounded: null }]);
  });

  it('"killed a farmer and a police captain": two dead', () => {
    expect(
      incidents(
        ['Gunmen attacked a checkpoint near Tuz Khurmatu on Friday, killing a farmer and a police captain.'],
        'en',
        '2015-03-14',
      ),
    ).toEqual([
      { from: '2015-03-13', to: '2015-03-13', governorate: 'Salahuddin', killed: 2, wounded: null },
    ]);
  });

  it('"two National Guardsmen and a child": three dead', () => {
    expect(
      incidents(
        ['A car bomb killed two National Guardsmen and a child in the town of Baiji on Saturday.'],
        'en',
        '2005-06-19',
      ),
    ).toEqual([
      { from: '2005-06-18', to: '2005-06-18', governorate: 'Salahuddin', killed: 3, wounded: null },
    ]);
  });
});

describe('"an unspecified number of" is a quantity, not one person', () => {
  it('"killing an unknown number of fighters": dead untold', () => {
    expect(
      incidents(
        [
          'Warplanes struck a weapons depot near Maarat al-Numan in Idlib province on Monday, killing an unknown number of fighters.',
        ],
        'en',
        '2019-05-21',
      ),
    ).toEqual([{ from: '2019-05-20', to: '2019-05-20', governorate: 'Idlib', killed: null, wounded: null }]);
  });
});
