// Rules found on killed counts read wrong (issue 12, fixer fxkilled9): which of the text's numbers is
// the incident's toll, where a lead's total and the items it sums are told; each on sentences written
// for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a lead total whose incident took in the first item it sums: the item keeps its own toll', () => {
  it('"two car bombs … killing at least nine", then the first bomb\'s six and the second\'s three', () => {
    expect(
      ingested(
        'Two blasts kill nine in Kirkuk',
        [
          'Two car bombs went off minutes apart in Kirkuk on Sunday, killing at least nine people and wounding many more, police said.',
          'The first car, parked near a bus station, exploded at noon. Police said six people were killed and 17 wounded. Shortly afterwards, a second car bomb exploded near a hospital, killing three more and wounding eight.',
        ],
        '2024-03-12',
      ),
    ).toEqual([
      { from: '2024-03-10', to: '2024-03-10', governorate: 'Kirkuk', killed: 6, wounded: 17 },
      { from: '2024-03-10', to: '2024-03-10', governorate: 'Kirkuk', killed: 3, wounded: 8 },
    ]);
  });
  it("a second source's figure for the same event, with no items after it to sum, leaves the lead's toll", () => {
    expect(
      ingested(
        'Car bomb kills nine in Kirkuk',
        [
          'A car bomb exploded near a bus station in Kirkuk on Sunday, killing at least nine people, police said.',
          'A health official said six people were killed and 17 wounded.',
        ],
        '2024-03-12',
      ).map((x) => x.killed),
    ).toEqual([9]);
  });
  it("an event of the day before, told after the lead's risen toll and its first count, is no part of a sum", () => {
    expect(
      ingested(
        'Toll of attack on shepherds in Deir ez-Zor rises to nine',
        [
          'The death toll of the attack by gunmen on shepherds in the desert of Deir ez-Zor on Thursday has risen to nine, after two of the wounded died.',
          'The gunmen opened fire on the shepherds near the town of Al-Mayadin, killing seven on the spot and wounding five others.',
          'Also on Wednesday, two shepherds were killed when a landmine exploded near the town of Al-Bukamal.',
        ],
        '2024-03-15',
      ).map((x) => [x.from, x.killed]),
    ).toEqual([
      ['2024-03-14', 9],
      ['2024-03-13', 2],
    ]);
  });
});

describe('"قتل ممرض ومريض": a patient is a person noun, one of the dead beside the one before', () => {
  it('a nurse and a patient killed in a strike on a hospital are two dead', () => {
    expect(
      ingested(
        'غارات على مشفى في إدلب',
        [
          'قتل ممرض ومريض وأصيب أربعة آخرون بجروح جراء غارة جوية استهدفت مشفى ميدانياً في مدينة إدلب، فجر اليوم الخميس.',
        ],
        '2024-05-16',
      ),
    ).toEqual([{ from: '2024-05-16', to: '2024-05-16', governorate: 'Idlib', killed: 2, wounded: 4 }]);
  });
});

describe('militants killed, told again as bodies found and "others" believed buried: parts of the toll', () => {
  it('"جثث ستة … فيما يرجح مقتل أربعة آخرين" after "مقتل عشرة إرهابيين" are the ten, not four more', () => {
    expect(
      ingested(
        'مقتل عشرة إرهابيين بضربة جوية في صلاح الدين',
        [
          'أعلنت قيادة العمليات المشتركة، اليوم الأربعاء، مقتل عشرة إرهابيين بضربة جوية نفذتها طائرات عراقية على وكر في سلسلة جبال مكحول بمحافظة صلاح الدين.',
          'وذكرت القيادة أن قوة برية وصلت إلى موقع الضربة، وعثرت على جثث ستة من الإرهابيين، فيما يرجح مقتل أربعة آخرين تحت الأنقاض.',
        ],
        '2024-06-12',
      ).map((x) => [x.governorate, x.killed]),
    ).toEqual([['Salahuddin', 10]]);
  });
});

describe('an English "other" with no count before it names others of a kind, not more victims', () => {
  const LEAD =
    'Turkish drone strikes near the Syrian town of Qamishli killed two people on Friday, a monitor said.';
  it('"a base used by the SDF and other Kurdish groups, killing two" is the two told again', () => {
    expect(
      ingested(
        'Turkish strikes near Qamishli kill two',
        [
          LEAD,
          'The monitor said the drones hit a base used by the Syrian Democratic Forces and other Kurdish groups, killing two people.',
        ],
        '2024-05-18',
      ).map((x) => [x.governorate, x.killed]),
    ).toEqual([['Hasakah', 2]]);
  });
  it('"two other fighters" counted after them are two more', () => {
    expect(
      ingested(
        'Turkish strikes near Qamishli kill four',
        [LEAD, 'Two other fighters were killed in the same strikes, the monitor said.'],
        '2024-05-18',
      ).map((x) => x.killed),
    ).toEqual([4]);
  });
});
