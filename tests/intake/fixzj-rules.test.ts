// Rules from the fixzj round (issue 12, probe-zj's misses by their general cause), each on a sentence written for it.
import { describe, expect, it } from 'vitest';
import { tolls } from '../support/tolls.js';

describe('the event named again as the subject of what it caused is the same event', () => {
  it('"وأوضح شاهد أن الانفجار أدى أيضاً إلى إصابة…": more victims of the blast just told', () => {
    expect(
      tolls(
        [
          'قتل شرطيان بانفجار عبوة ناسفة استهدفت دوريتهما قرب بلدة الحراك في ريف درعا الشرقي، صباح اليوم.',
          'وأوضح شاهد عيان أن الانفجار أدى أيضاً إلى إصابة أربعة من المزارعين كانوا في حقل قريب.',
        ],
        'ar',
        '2021-04-12',
      ),
    ).toEqual([{ killed: 2, wounded: 4 }]);
  });

  it('"The blast also left four farmers wounded": more victims of the blast just told', () => {
    expect(
      tolls(
        [
          'Two policemen were killed on Monday when a roadside bomb hit their patrol near the town of Tal Afar in Nineveh province.',
          'The blast also left four farmers wounded, a witness told reporters.',
        ],
        'en',
        '2021-04-12',
      ),
    ).toEqual([{ killed: 2, wounded: 4 }]);
  });
});

describe('the wounded who died, by whom a toll rose, are no longer wounded', () => {
  it('"ارتفعت الحصيلة إلى أربعة قتلى، بعد وفاة جريحين متأثرين بجراحهما": their wounded are the ones still treated', () => {
    expect(
      tolls(
        [
          'ارتفعت حصيلة ضحايا القصف الصاروخي الذي استهدف سوقاً شعبياً في مدينة سراقب بريف إدلب الشرقي أمس إلى أربعة قتلى، بعد وفاة جريحين متأثرين بجراحهما صباح اليوم، فيما لا يزال تسعة جرحى يتلقون العلاج.',
        ],
        'ar',
        '2021-04-12',
      ),
    ).toEqual([{ killed: 4, wounded: 9 }]);
  });
});

describe('the wounded counted before a toll rose by one of them dying are one fewer now', () => {
  it('"died of his wounds, raising the toll to two", then "killing a guard and wounding three": two still wounded', () => {
    expect(
      tolls(
        [
          'A shepherd who was hurt in a roadside bombing near the town of Tuz Khurmatu in Salahuddin province on Friday died of his wounds on Sunday, raising the death toll of the attack to two, police said.',
          'The bomb went off as a police vehicle passed, killing a guard and wounding three shepherds nearby.',
        ],
        'en',
        '2021-04-12',
      ),
    ).toEqual([{ killed: 2, wounded: 2 }]);
  });
});
