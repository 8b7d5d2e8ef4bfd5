// Rules of when and where an event happened, and who did it (issue 12: the right incident fails to
// match when its date, place or doer is wrong), each on a sentence written for it.
import { describe, expect, it } from 'vitest';
import { resolvePlace } from '../../src/places/resolve.js';
import { draftedIncidents } from '../support/tolls.js';

/** The drafted incidents of a title and body: date range, governorate, toll, doers and kind. */
function drafted(title: string, body: string[], published: string) {
  return draftedIncidents(`${title}\n\n${body.join('\n')}`, published).map((x) => ({
    from: x.date.from,
    to: x.date.to,
    governorate: x.place.governorate?.en ?? null,
    killed: x.killed,
    wounded: x.wounded,
    actors: x.actors.map((a) => a.en),
    event: x.event.type,
  }));
}

describe('the day of the event', () => {
  it('an event reported on the day it happened is no later than that day, though the feast day it is told by may be', () => {
    const [x] = drafted(
      'مقتل مزارع برصاص مجهولين في ريف دير الزور',
      ['قتل مزارع برصاص مسلحين مجهولين صباح أول أيام عيد الأضحى في بلدة الشحيل بريف دير الزور الشرقي.'],
      '2021-07-20',
    );
    expect(x).toMatchObject({ governorate: 'Deir ez-Zor', to: '2021-07-20' });
  });

  it('"said the air strikes hit the camp late on Tuesday": the day inside what the source said is the event\'s', () => {
    const [x, more] = drafted(
      'Air strikes kill nine in Idlib camp',
      [
        'Air strikes killed nine displaced people, among them four children, at a camp near Sarmada in Idlib province, rescuers said on Thursday.',
        'The White Helmets said the strikes hit the camp late on Tuesday, and that many tents were burned.',
      ],
      '2020-02-13',
    );
    expect(more).toBeUndefined();
    expect(x).toMatchObject({ governorate: 'Idlib', from: '2020-02-11', killed: 9 });
  });

  it('"ويأتي ذلك بعد أيام من…": the event recalled happened some days before the one told first', () => {
    const [, earlier] = drafted(
      'مقتل ثلاثة جنود بهجوم في صلاح الدين',
      [
        'قتل ثلاثة جنود بهجوم مسلح على نقطة عسكرية في قضاء الطوز بمحافظة صلاح الدين مساء أمس الأحد.',
        'ويأتي الهجوم بعد أيام من انفجار عبوة ناسفة في قضاء بيجي أدى إلى إصابة أربعة من عناصر الحشد.',
      ],
      '2022-03-07',
    );
    expect(earlier).toMatchObject({ governorate: 'Salahuddin', wounded: 4 });
    expect(earlier!.from >= '2022-02-24' && earlier!.to <= '2022-03-05').toBe(true);
  });

  it('"killed 25 civilians over the past three days": the toll of a lead spans the days it sums', () => {
    const [lead] = drafted(
      'Shelling kills 25 in Aleppo countryside',
      [
        'Government shelling killed 25 civilians in villages of the western Aleppo countryside over the past three days, a war monitor said on Friday.',
      ],
      '2019-12-06',
    );
    expect(lead).toMatchObject({ governorate: 'Aleppo', from: '2019-12-03', to: '2019-12-06' });
  });

  it('"killed more than 20 civilians in two days", then each day\'s strikes: the toll over days is their total, no event', () => {
    const incidents = drafted(
      'Strikes kill more than 20 in Idlib',
      [
        'Russian air strikes killed more than 20 civilians in two days in the town of Maarat al-Numan in Idlib province, a monitor said on Thursday.',
        'The monitor said the strikes on Wednesday hit a bakery in the town, killing 12 civilians.',
        'On Thursday, strikes on a school in the town killed six people, rescuers said.',
      ],
      '2019-12-19',
    );
    expect(incidents.map((x) => [x.from, x.killed])).toEqual([
      ['2019-12-18', 12],
      ['2019-12-19', 6],
    ]);
  });
});

describe('where the event happened', () => {
  it('"the al-Mansour quarter of Homs": a quarter named as one of a city lies in that city, not in a namesake elsewhere', () => {
    expect(
      resolvePlace(
        'A car bomb went off in the al-Mansour quarter of Homs on Sunday, killing four people.',
        'en',
      )?.governorate?.en,
    ).toBe('Homs');
  });

  it('"طائرة أقلعت من قاعدة حميميم": the base the aircraft took off from is not where its strikes fell', () => {
    const incidents = drafted(
      'غارات روسية على سراقب',
      [
        'قتل ستة مدنيين بغارات جوية روسية استهدفت سوق مدينة سراقب في ريف إدلب الشرقي صباح اليوم.',
        'وأوضح مرصد الطيران أن طائرة حربية أقلعت من قاعدة حميميم نفذت ثلاث غارات على السوق وأن الحصيلة ارتفعت إلى سبعة قتلى.',
      ],
      '2020-01-21',
    );
    expect(incidents.map((x) => x.governorate)).toEqual(['Idlib']);
  });

  it("a district's own town, named as a town, is another spot than a village of that district", () => {
    const incidents = drafted(
      'براميل متفجرة على اللطامنة وقذائف على محردة',
      [
        'قتل ثلاثة مدنيين، صباح اليوم، جراء إلقاء الطيران المروحي براميل متفجرة على بلدة اللطامنة بريف حماة الشمالي.',
        'بالمقابل، ذكرت وكالة سانا أن مدنيين اثنين أصيبا بقذائف أطلقتها الفصائل على مدينة محردة.',
      ],
      '2019-06-04',
    );
    expect(incidents.map((x) => [x.killed, x.wounded])).toEqual([
      [3, null],
      [null, 2],
    ]);
  });
});

describe('what happened', () => {
  it('"قرب ساحة التظاهر": a square named for the protests held there does not make the killing near it a protest', () => {
    const incidents = drafted(
      'اغتيال ناشط في الناصرية',
      [
        'أطلق مسلحون مجهولون النار على الناشط (ع. س) مساء أمس قرب ساحة التظاهر وسط الناصرية، ما أدى إلى مقتله على الفور.',
      ],
      '2020-05-11',
    );
    expect(incidents).toEqual([
      expect.objectContaining({ governorate: 'Dhi Qar', killed: 1, event: 'violence_against_civilians' }),
    ]);
  });

  it('"…منذ مطلع الشهر، إذ قتل…": the event told after "إذ" is one of its own', () => {
    const incidents = drafted(
      'اغتيال محام في ميسان',
      [
        'اغتال مسلحون مجهولون محاميا أمام منزله في مدينة العمارة بمحافظة ميسان مساء أمس.',
        'وهذه ثالث عملية اغتيال في المحافظة منذ مطلع الشهر الحالي، إذ قتل موظف في الخامس من آذار بهجوم مماثل في قضاء المجر الكبير.',
      ],
      '2021-03-16',
    );
    expect(incidents.map((x) => [x.from, x.killed])).toEqual([
      ['2021-03-15', 1],
      ['2021-03-05', 1],
    ]);
  });

  it('a full stop inside parentheses ends no sentence: "(م. ح)" leaves the killing, its day and its place one sentence', () => {
    const incidents = drafted(
      'اغتيال محام في ميسان',
      [
        'اغتال مسلحون مجهولون محاميا أمام منزله في مدينة العمارة بمحافظة ميسان مساء أمس.',
        'وكان مسلحون قد قتلوا الموظف (م. ح) في الخامس من آذار بهجوم مماثل في قضاء المجر الكبير.',
      ],
      '2021-03-16',
    );
    expect(incidents.map((x) => [x.from, x.governorate, x.killed])).toEqual([
      ['2021-03-15', 'Maysan', 1],
      ['2021-03-05', 'Maysan', 1],
    ]);
  });

  it('"strikes on a house": strikes with no other word are from the air', () => {
    const [x] = drafted(
      'Strikes kill five in Deir ez-Zor',
      ['Strikes on a house in the town of Hajin in Deir ez-Zor province killed five civilians on Sunday.'],
      '2018-11-12',
    );
    expect(x).toMatchObject({ event: 'explosions_remote_violence', killed: 5 });
  });

  it('"destroying IS fighting positions": positions for fighting are no fighting', () => {
    const incidents = drafted(
      'Coalition strikes kill seven civilians near Hajin',
      [
        'Air strikes by the US-led coalition killed seven civilians in a village near Hajin in Deir ez-Zor province, a monitor said on Tuesday.',
        'The monitor said the strikes hit the village late on Monday.',
        'The coalition said in a statement it had carried out 14 strikes near Hajin between Friday and Sunday, destroying IS fighting positions.',
      ],
      '2018-11-13',
    );
    expect(incidents).toHaveLength(1);
  });
});

describe('who did it', () => {
  it('"the group\'s northern stronghold": the holder of the place struck is not the one striking', () => {
    const [x] = drafted(
      'Coalition strikes kill six near Tabqa',
      [
        "Air strikes by the US-led coalition killed six civilians near Tabqa, in the Islamic State group's northern stronghold of Raqqa province, activists said on Monday.",
      ],
      '2017-04-03',
    );
    expect(x).toMatchObject({ actors: ['the international coalition'] });
  });

  it('"strikes by the coalition fighting the Islamic State group": the group fought is the one struck, and no battle', () => {
    const [x] = drafted(
      'Coalition strikes kill 11 in al-Bukamal',
      [
        'Air strikes by the US-led coalition fighting the Islamic State group killed 11 civilians in the town of al-Bukamal in Deir ez-Zor province on Wednesday, a monitor said.',
      ],
      '2017-09-28',
    );
    expect(x).toMatchObject({ actors: ['the international coalition'], event: 'explosions_remote_violence' });
  });

  it('"the base, which hosts coalition troops": who is stationed at the place struck is not the one striking', () => {
    const [x] = drafted(
      'Rockets hit Ain al-Asad base',
      [
        'Three rockets struck the Ain al-Asad air base in Anbar province, which hosts US-led coalition troops, on Friday night, wounding two contractors, the Iraqi military said.',
      ],
      '2021-03-06',
    );
    expect(x).toMatchObject({ governorate: 'Anbar', actors: [] });
  });

  it('"منزلاً يتحصن فيه مسلحون من تنظيم داعش": the group whose men hide in the house raided is its target, not its doer', () => {
    const [x] = drafted(
      'مقتل ثلاثة من داعش بإنزال جوي في كركوك',
      [
        'نفذت قوة من جهاز مكافحة الإرهاب فجر اليوم عملية إنزال جوي على منزل يتحصن فيه مسلحون من تنظيم داعش في قضاء الحويجة غرب كركوك، ما أسفر عن مقتل ثلاثة منهم.',
      ],
      '2022-09-14',
    );
    expect(x!.actors).not.toContain('ISIS');
    expect(x!.actors).toHaveLength(1);
  });
});
