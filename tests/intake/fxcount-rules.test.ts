// Rules from the fxcount round (issue 12, the victim count of one incident read wrong), each on
// sentences written for it.
import { describe, expect, it } from 'vitest';
import { tolls } from '../support/tolls.js';

describe('the one group the counted were all of counts nobody', () => {
  it('"five members of one family, among them three children, died": five dead', () => {
    expect(
      tolls(
        [
          'Five members of one family, among them three children, died when a shell struck their home in the town of Kansafra on Sunday, a rescuer said.',
        ],
        'en',
        '2020-03-02',
      ),
    ).toEqual([{ killed: 5, wounded: null }]);
  });
});
