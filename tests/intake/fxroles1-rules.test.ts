// Rules from the fxroles1 round (issue 12, actors and event types): demonstrators shot or gassed by
// state forces are a protest met with excessive force, a crowd that storms or burns a building is a
// riot (ACLED), and "riot police" names a force, no riot; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedIncidents } from '../support/tolls.js';

const events = (title: string, paragraphs: string[], published: string) =>
  draftedIncidents([title, ...paragraphs].join('\n\n'), published).map((x) => ({
    type: x.event.type,
    killed: x.killed,
  }));

describe('demonstrators hit by state forces: a protest met with excessive force', () => {
  it('types security forces shooting protesters dead as protests, in English', () => {
    expect(
      events(
        'Protesters shot dead in Amarah',
        [
          'AMARAH, Iraq - Security forces shot dead three protesters in the city of Amarah in Maysan province on Sunday, hospital officials said.',
        ],
        '2019-12-02',
      ),
    ).toEqual([{ type: 'protests', killed: 3 }]);
  });

  it('types a protester killed in clashes with the police as protests, in Arabic', () => {
    expect(
      events(
        'مقتل متظاهر في السماوة',
        [
          'أفاد مصدر طبي في محافظة المثنى، اليوم الأحد، بمقتل متظاهر وإصابة ستة آخرين في مواجهات مع الشرطة قرب مبنى المحافظة وسط السماوة.',
        ],
        '2019-12-01',
      ),
    ).toEqual([{ type: 'protests', killed: 1 }]);
  });

  it('types a tear-gas canister that killed a demonstrator as protests, not a bomb', () => {
    expect(
      events(
        'مقتل متظاهر في الحلة',
        [
          'قال مصدر طبي إن متظاهراً قتل مساء أمس السبت بعد إصابته بقنبلة غاز مسيل للدموع أطلقتها القوات الأمنية على المحتجين في مدينة الحلة مركز محافظة بابل.',
        ],
        '2019-12-01',
      ),
    ).toEqual([{ type: 'protests', killed: 1 }]);
  });

  it('leaves snipers the article gives no side an attack on civilians', () => {
    expect(
      events(
        'Snipers kill protesters in Kut',
        [
          'KUT, Iraq - Unidentified snipers on rooftops shot dead two protesters in the city of Kut in Wasit province on Friday, a medical source said.',
        ],
        '2019-12-07',
      ),
    ).toEqual([{ type: 'violence_against_civilians', killed: 2 }]);
  });

  it('leaves gunmen who shot protesters an attack on civilians', () => {
    expect(
      events(
        'Gunmen kill two protesters in Basra',
        [
          'BASRA, Iraq - Unknown gunmen killed two protesters near a sit-in in the city of Basra on Saturday, police said.',
        ],
        '2019-12-08',
      ),
    ).toEqual([{ type: 'violence_against_civilians', killed: 2 }]);
  });
});

describe('a crowd that storms or burns a building: a riot', () => {
  it('types protesters storming an office, its guards firing on them, as riots, in Arabic', () => {
    expect(
      events(
        'مقتل متظاهرين في العمارة',
        [
          'قال مصدر أمني إن محتجين اقتحموا مقر حزب في مدينة العمارة مركز محافظة ميسان مساء أمس الجمعة، فأطلق حراسه النار عليهم، ما أدى إلى مقتل متظاهرين اثنين.',
        ],
        '2019-10-26',
      ),
    ).toEqual([{ type: 'riots', killed: 2 }]);
  });

  it('types police firing on demonstrators who set a building alight as riots, in English', () => {
    expect(
      events(
        'Two killed in Hilla unrest',
        [
          'HILLA, Iraq - Police in Hilla, in Babil province, opened fire on Monday on demonstrators who had set the council building on fire, killing two, medics said.',
        ],
        '2019-11-05',
      ),
    ).toEqual([{ type: 'riots', killed: 2 }]);
  });
});

describe('"riot police" names a force, no riot', () => {
  it('types riot police firing on protesters as protests', () => {
    expect(
      events(
        'Protester killed in Kut',
        [
          'KUT, Iraq - Riot police fired live rounds at protesters in the city of Kut in Wasit province on Tuesday, killing one protester, a medical source said.',
        ],
        '2019-10-09',
      ),
    ).toEqual([{ type: 'protests', killed: 1 }]);
  });
});
