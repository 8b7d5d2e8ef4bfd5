// The dead told after a conviction, as the clause reader counts them: lives a deed took too.
import type { Language } from '../../content/schema.js';
import { findCasualties, type Casualties } from '../casualties/casualties.js';
import { findNumbers } from '../reading/numbers.js';
import { matchView } from '../reading/view.js';
import { withLivesTaken } from '../tolls/toll-update.js';

/**
 * "…بحق ثلاثة مدانين بتنفيذ تفجير سوق المدينة في حزيران 2010، الذي أودى بحياة 23 شخصاً وإصابة 61
 * آخرين": the words after a conviction (`text`, as written) count the deed's dead as lives it took
 * ("أودى بحياة", "راح ضحيته", "claimed the lives of"), which the casualty reader alone leaves to the
 * clause reader (toll-update.ts): read them here as that reader does, so that a deed judged is told
 * with its own dead, not with those the ruling sentenced.
 */
export function deedCasualties(text: string, lang: Language): Casualties {
  const view = matchView(text);
  return withLivesTaken(view.text, findNumbers(view), findCasualties(view, lang));
}
