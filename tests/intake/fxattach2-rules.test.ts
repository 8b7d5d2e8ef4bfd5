// Rules from the fxattach2 round (issue 12, which incident a count belongs to, and which clause it is
// read from): a bare count ends at its comma, a count of casualties joined after an "among them" list
// is its own item, a sentence that opens on a blow of another kind is another event (placed, when it
// names only "the city's" market, in the town its paragraph told the event before at), and a blow
// named by "the" and its place goes back to the event told there; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a count that is a number alone ends at its comma: what follows is the next clause', () => {
  it('"killing five and wounding three, police and a tribal elder said"', () => {
    expect(
      ingested(
        'Gunmen attack a village guard post',
        [
          'Gunmen attacked a guard post in the village of Albu Hayat near Ramadi in Anbar province late on Friday, killing five and wounding three, police and a tribal elder said.',
        ],
        '2010-04-17',
      ),
    ).toEqual([{ from: '2010-04-16', to: '2010-04-16', governorate: 'Anbar', killed: 5, wounded: 3 }]);
  });
});

describe('a count of casualties joined by "و" after a list of who were among the first: its own item', () => {
  it('"جثث ستة مدنيين، بينهم امرأة، و18 جريحاً أصيبوا بالقصف"', () => {
    expect(
      ingested(
        'قصف على الرمادي',
        [
          'قال مدير مستشفى الرمادي العام إن المستشفى استقبل اليوم الأحد جثث ستة مدنيين، بينهم امرأة، و18 جريحاً أصيبوا بالقصف على أحياء المدينة في محافظة الأنبار.',
        ],
        '2006-05-14',
      ),
    ).toEqual([{ from: '2006-05-14', to: '2006-05-14', governorate: 'Anbar', killed: 6, wounded: 18 }]);
  });
});

describe('a blow of another kind, named on its own, after an incident with its toll: another event', () => {
  it('gunmen kill an official, then "A bomb hidden in a cart wounded three people in the city\'s market"', () => {
    expect(
      ingested(
        'Bombs kill four in Baghdad',
        [
          'A car bomb killed four people near a bus station in central Baghdad on Thursday, police said.',
          "In Kut, gunmen shot dead a local council member outside his home on Thursday, police said. A bomb hidden in a cart wounded three people in the city's main market.",
        ],
        '2007-03-09',
      ),
    ).toEqual([
      { from: '2007-03-08', to: '2007-03-08', governorate: 'Baghdad', killed: 4, wounded: null },
      { from: '2007-03-08', to: '2007-03-08', governorate: 'Wasit', killed: 1, wounded: null },
      { from: '2007-03-08', to: '2007-03-08', governorate: 'Wasit', killed: null, wounded: 3 },
    ]);
  });
});

describe('a count of a blow named by "the" and its place: the blow told there before', () => {
  it('"Three other soldiers were wounded in the Baghdad bombing" after a death told in Anbar', () => {
    expect(
      ingested(
        'Soldiers killed in Iraq',
        [
          'Two U.S. soldiers were killed when a roadside bomb hit their convoy in southern Baghdad on Tuesday, the military said on Wednesday.',
          'Another soldier was killed by small-arms fire during a patrol in Anbar province on Monday, the military said. Three other soldiers were wounded in the Baghdad bombing and were evacuated, it said.',
        ],
        '2006-11-15',
      ),
    ).toEqual([
      { from: '2006-11-14', to: '2006-11-14', governorate: 'Baghdad', killed: 2, wounded: 3 },
      { from: '2006-11-13', to: '2006-11-13', governorate: 'Anbar', killed: 1, wounded: null },
    ]);
  });
});
