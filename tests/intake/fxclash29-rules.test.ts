// Rules found on the dead of both sides of a fight still read as one side's (issue 12, fixer
// fxclash29): the other side's count joined after a range, past a bracketed gloss of the group's
// initials, past a hedge of its own in Arabic, or as a plural told two by the number after it; the
// dead told as each side's share; the group's initials glossed inside a count's noun. Each on
// sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

const rows = (title: string, paragraphs: string[], published: string) =>
  ingested(title, paragraphs, published).map((x) => [x.from, x.to, x.governorate, x.killed, x.wounded]);

describe('"two soldiers and between five and eight militants were killed in clashes": a range joined', () => {
  it('sums the range of the other side with the first count', () => {
    expect(
      rows(
        'Clashes near Hawija',
        [
          'Two soldiers and between five and eight militants were killed in clashes near Hawija in Kirkuk province on Tuesday, an army officer said.',
        ],
        '2016-03-09',
      ),
    ).toEqual([['2016-03-08', '2016-03-08', 'Kirkuk', { low: 7, high: 10 }, null]]);
  });
});

describe('"… militants of the Islamic State (IS) group were killed": a bracketed gloss in the subject', () => {
  it('reaches the first count past the gloss of the initials', () => {
    expect(
      rows(
        'Peshmerga clash with militants near Tuz Khurmatu',
        [
          'Two Kurdish Peshmerga fighters and between four and six militants of the Islamic State (IS) group were killed in clashes that went on from Saturday night until dawn on Sunday near the town of Tuz Khurmatu, a Kurdish official said.',
        ],
        '2014-08-11',
      ),
    ).toEqual([['2014-08-09', '2014-08-10', 'Salahuddin', { low: 6, high: 8 }, null]]);
  });
});

describe('"أسفرت عن مقتل ثلاثة جنود ونحو 15 مسلحاً": the other side counted with a hedge of its own', () => {
  it('sums the hedged count of the armed men with the soldiers', () => {
    expect(
      rows(
        'اشتباكات قرب بيجي',
        [
          'قال مصدر عسكري إن اشتباكات عنيفة اندلعت مساء أمس الثلاثاء بين قوة من الجيش ومسلحين في محيط مصفاة بيجي، أسفرت عن مقتل ثلاثة جنود ونحو 15 مسلحاً.',
        ],
        '2014-07-02',
      ),
    ).toEqual([['2014-07-01', '2014-07-01', 'Salahuddin', 18, null]]);
  });
});

describe('"مقتل خمسة عناصر من قوات النظام ومقاتلين اثنين من الفصائل": two told by the number after the plural', () => {
  it("adds the two fighters joined after the first side's name", () => {
    expect(
      rows(
        'اشتباكات في ريف حماة',
        [
          'دارت اشتباكات صباح اليوم الأحد في محيط بلدة كفرزيتا بريف حماة الشمالي، أسفرت عن مقتل خمسة عناصر من قوات النظام ومقاتلين اثنين من الفصائل.',
        ],
        '2016-09-18',
      ),
    ).toEqual([['2016-09-18', '2016-09-18', 'Hama', 7, null]]);
  });
});

describe('"two fighters from one faction and one fighter from the other": each side\'s share of the dead', () => {
  it('sums the shares where the dead are told before "dead"', () => {
    expect(
      rows(
        'Rebel infighting near Marea',
        [
          'Infighting broke out late on Monday between members of two rival rebel factions near Marea, leaving three fighters from one faction and two fighters from the other dead.',
        ],
        '2020-05-12',
      ),
    ).toEqual([['2020-05-11', '2020-05-11', 'Aleppo', 5, null]]);
  });

  it('sums the shares where the dead are the object of "killing"', () => {
    expect(
      rows(
        'Rebel infighting near Marea',
        [
          'Clashes erupted on Monday between two rival rebel factions near Marea, killing four fighters from one faction and one from the other.',
        ],
        '2020-05-12',
      ),
    ).toEqual([['2020-05-11', '2020-05-11', 'Aleppo', 5, null]]);
  });
});

describe('"killed nine Islamic State (IS) militants …, adding that three of their own fighters were killed": the gloss in the count\'s noun', () => {
  it("reads the glossed militants as the enemy dead and adds the side's own", () => {
    expect(
      rows(
        'SDF fighting in Hasakah',
        [
          'The Syrian Democratic Forces (SDF) said they had killed nine Islamic State (IS) militants in clashes late on Tuesday near the town of al-Hol in Hasakah province, adding that three of their own fighters were killed.',
        ],
        '2017-05-03',
      ),
    ).toEqual([['2017-05-02', '2017-05-02', 'Hasakah', 12, null]]);
  });
});
