// Rules from the fxsame3 round (issue 12, one event drafted twice), each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { drafted, tolls } from '../support/tolls.js';

/** Each drafted incident's days, governorate, dead and wounded. */
const told = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  drafted(paragraphs, lang, published).map((x) => ({
    from: x.date.from,
    to: x.date.to,
    governorate: x.place.governorate?.en ?? null,
    killed: x.killed,
    wounded: x.wounded,
  }));

describe('a lead placed only in the country, then the event at a spot of it with the same dead', () => {
  it('"…in northeastern Syria on Friday, killing 12", then the first toll and the raised one at a town of Hasakah', () => {
    expect(
      told(
        [
          'Militants ambushed a convoy of fuel tankers in northeastern Syria on Friday, killing at least 12 drivers, a monitoring group said.',
          'The monitor at first said eight drivers died in the ambush on the road south of the town of Shaddadi in Hasakah province, but later raised the toll to 12 as more bodies were recovered.',
        ],
        'en',
        '2022-09-17',
      ),
    ).toEqual([{ from: '2022-09-16', to: '2022-09-16', governorate: 'Hasakah', killed: 12, wounded: null }]);
  });
});

describe('a source described as "based in" a country', () => {
  it('"…, a monitor based in Britain, said the strike killed four": that source\'s toll of the strike just told', () => {
    expect(
      tolls(
        [
          'An air strike hit a farm near the town of Kiswah south of Damascus early Sunday, killing three people, the state news agency said.',
          'The Syrian Observatory for Human Rights, a monitoring group based in Britain, said the strike killed four people, among them two foreign fighters.',
        ],
        'en',
        '2023-02-19',
      ),
    ).toEqual([{ killed: 3, wounded: null }]);
  });
});

describe('one of the places joined by "and" the event was told at', () => {
  it('"في قريتي X وY", then another source\'s toll with a shell that fell in Y: the same clashes', () => {
    expect(
      tolls(
        [
          'قتل تسعة أشخاص في اشتباكات اندلعت أمس الجمعة بين فصيلين مسلحين في بلدتي الشحيل والبصيرة بريف دير الزور الشرقي، بحسب مصدر محلي.',
          'في المقابل، قالت شبكة محلية إن عدد القتلى بلغ 12 شخصاً، بينهم طفلان قتلا بقذيفة سقطت على منزلهما في البصيرة.',
        ],
        'ar',
        '2022-04-09',
      ),
    ).toEqual([{ killed: 9, wounded: null }]);
  });
});
