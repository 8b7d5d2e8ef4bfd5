import { describe, expect, it } from 'vitest';
import { actorRoles, findActorMentions } from '../../src/intake/actors.js';
import { matchView } from '../../src/intake/view.js';

// Rules of the sixth round (issue 12), each tested on examples of its own wording.

const roles = (text: string) => {
  const view = matchView(text);
  return actorRoles(view, findActorMentions(view));
};

describe('the air force is the armed forces’', () => {
  it.each([
    ['The Iraqi air force struck a tunnel used by militants', ['iraqi_army']],
    ['نفذت القوة الجوية العراقية ضربة على أوكار للإرهابيين', ['iraqi_army']],
  ] as const)('%s', (text, actors) => {
    expect(roles(text).actors).toEqual(actors);
  });
});
