// Rules of whose toll a clause tells and when a total is not an incident (issue 12, probes zb and zc),
// each on a sentence written for it.
import { describe, expect, it } from 'vitest';
import { draftedIncidents } from '../support/tolls.js';

/** Each drafted incident's date, governorate, dead and wounded, and its actors in English. */
function drafted(raw: string, published: string) {
  return draftedIncidents(raw, published).map((x) => ({
    from: x.date.from,
    governorate: x.place.governorate?.en ?? null,
    killed: x.killed,
    wounded: x.wounded,
    actors: x.actors.map((a) => a.en),
  }));
}

describe('a toll risen, then a second figure said', () => {
  it('"raised the death toll to 9 and said 22 were hurt": 9 dead, 22 wounded', () => {
    const [x] = drafted(
      [
        'Bomb kills five at Kirkuk bus station',
        '',
        'A roadside bomb exploded near a bus station in the city of Kirkuk on Thursday, killing five people, police said.',
        'In the evening, doctors at the city hospital raised the death toll to 9 and said 22 people had been hurt.',
      ].join('\n'),
      '2019-03-14',
    );
    expect(x).toMatchObject({ killed: 9, wounded: 22 });
  });

  it('"had risen to 8, among them a child, and that 30 were wounded": the wounded said after an aside', () => {
    const [x] = drafted(
      [
        'Shelling kills eight in Idlib town',
        '',
        'Government shelling on the town of Saraqeb in Idlib province killed at least five civilians on Friday, a monitor said.',
        'Later the monitor said the toll had risen to 8, among them a child, and that 30 people were wounded.',
      ].join('\n'),
      '2019-03-15',
    );
    expect(x).toMatchObject({ killed: 8, wounded: 30 });
  });
});

describe('a hospital told the bodies it received, in the passive', () => {
  it('"said 12 bodies had been received": the same attack, no incident of its own', () => {
    expect(
      drafted(
        [
          'Suicide bomber kills ten near Ramadi',
          '',
          'A suicide bomber struck an army checkpoint on the road west of Ramadi in Anbar province on Monday, killing at least ten soldiers, officers said.',
          'A doctor in nearby Falluja said 12 bodies had been received.',
        ].join('\n'),
        '2016-05-09',
      ),
    ).toHaveLength(1);
  });
});

describe('when the place was taken is no day nor side of the event', () => {
  it('"على البلدة التي استعادها الجيش الشهر الماضي": the shelling stays one incident, with no army as its doer', () => {
    const xs = drafted(
      [
        'مقتل أربعة مدنيين بقصف على بلدة في ريف حلب',
        '',
        'قتل أربعة مدنيين وأصيب تسعة آخرون بقصف صاروخي نفذه مسلحون على بلدة خان طومان جنوبي حلب، مساء أمس الخميس.',
        'وقال المصدر إن المسلحين أطلقوا صواريخ من مواقعهم على البلدة التي استعادها الجيش السوري الشهر الماضي، ما أدى إلى سقوط الضحايا.',
        'من جانبه، قال مصدر طبي إن المستشفى استقبل جثث خمسة قتلى و9 جرحى جراء القصف.',
      ].join('\n'),
      '2016-05-06',
    );
    expect(xs).toHaveLength(1);
    expect(xs[0]!.from).toBe('2016-05-05');
    expect(xs[0]!.actors).not.toContain('the Syrian army');
  });

  it('"على الحي الذي حررته قوات الجيش الأسبوع الماضي": the army that freed the place did not fire the shells', () => {
    expect(
      drafted(
        [
          'مقتل ثلاثة مدنيين بقذائف هاون في الموصل',
          '',
          'قتل ثلاثة مدنيين وأصيب ستة آخرون بسقوط قذائف هاون على حي الانتصار شرقي الموصل، اليوم الجمعة.',
          'وقال المصدر إن القذائف سقطت على الحي الذي حررته قوات الجيش العراقي الأسبوع الماضي، ما أسفر عن سقوط الضحايا.',
        ].join('\n'),
        '2016-05-06',
      ),
    ).toEqual([{ from: '2016-05-06', governorate: 'Nineveh', killed: 3, wounded: 6, actors: [] }]);
  });
});
