// Rules found on tolls read too low or not at all (issue 12, fixer fxcounts31): a monitor's
// documented count of the event just told, named back bare; a rise told past a source at a
// hospital, or past the fires the rescuers put out; one who "died of her wounds", no one more
// wounded. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

const rows = (title: string, paragraphs: string[], published: string) =>
  ingested(title, paragraphs, published).map((x) => [x.from, x.to, x.governorate, x.killed, x.wounded]);

describe('"وثق المرصد مقتل 11 مدنياً جراء القصف.": a documented count of the event told before, named bare', () => {
  it("counts the documented dead as the shelling's, the rise after them too", () => {
    expect(
      rows(
        'قصف مدفعي على بلدة كفرنبل',
        [
          'تعرضت بلدة كفرنبل بريف إدلب الجنوبي لقصف مدفعي عنيف من قبل قوات النظام صباح اليوم الأحد.',
          'وثق المرصد السوري مقتل 11 مدنياً جراء القصف، ليرتفع العدد إلى 14 مدنياً بعد انتشال جثث من تحت الأنقاض.',
        ],
        '2019-06-09',
      ),
    ).toEqual([['2019-06-09', '2019-06-09', 'Idlib', 14, null]]);
  });

  it('counts a documented toll told alone in its sentence', () => {
    expect(
      rows(
        'غارة على بلدة خان شيخون',
        [
          'شنت طائرة حربية غارة على بلدة خان شيخون بريف إدلب الجنوبي ظهر اليوم الأربعاء.',
          'وقد وثقت الشبكة مقتل 7 مدنيين جراء الغارة.',
        ],
        '2019-05-22',
      ),
    ).toEqual([['2019-05-22', '2019-05-22', 'Idlib', 7, null]]);
  });
});

describe('"قبل أن ترتفع الحصيلة، بحسب مصادر طبية في مشفى X، إلى 30": the hospital a source speaks from', () => {
  it("keeps the risen toll at the event's place, not the hospital's town", () => {
    expect(
      rows(
        'هجوم على نقاط لقسد في ريف دير الزور',
        [
          'هاجم مسلحون من تنظيم الدولة نقاطاً لقوات سوريا الديمقراطية قرب بلدة هجين بريف دير الزور الشرقي فجر اليوم الجمعة.',
          'وأفادت مصادر محلية أن الهجوم أسفر عن مقتل 9 عناصر، قبل أن ترتفع الحصيلة، بحسب مصادر طبية في مشفى مدينة الحسكة، إلى 15 قتيلاً.',
        ],
        '2018-11-02',
      ),
    ).toEqual([['2018-11-02', '2018-11-02', 'Deir ez-Zor', 15, null]]);
  });
});

describe('"وعملت فرق الإطفاء على إخماد الحرائق، قبل أن ترتفع الحصيلة": the fires put out after the blast', () => {
  it('reads the rise told in the clause of the rescue', () => {
    expect(
      rows(
        'انفجار سيارة مفخخة في الباب',
        [
          'قتل مدنيان وأصيب سبعة آخرون جراء انفجار سيارة مفخخة في سوق مدينة الباب شرقي حلب ظهر اليوم الاثنين.',
          'وعملت فرق الإطفاء على إخماد الحرائق في المحال المجاورة، قبل أن ترتفع حصيلة القتلى إلى ثلاثة.',
        ],
        '2019-09-16',
      ),
    ).toEqual([['2019-09-16', '2019-09-16', 'Aleppo', 3, 7]]);
  });
});

describe('"A third died of her wounds": "her" owning the hurt, no one more wounded', () => {
  it('adds the one who died to the dead and counts no wounded of her', () => {
    expect(
      rows(
        'Mortar hits a market in Tuz Khurmatu',
        [
          'A mortar round struck a vegetable market in Tuz Khurmatu in Salahuddin province on Friday morning, killing two women.',
          'A third died of her wounds.',
        ],
        '2017-10-20',
      ),
    ).toEqual([['2017-10-20', '2017-10-20', 'Salahuddin', 3, null]]);
  });
});
