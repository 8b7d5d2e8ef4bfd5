import { canonicalJson } from './canonical-json.js';

/** The key setMyCommands stores under: scope (default scope when absent) and language, as canonical JSON. */
export function commandsKey(scope?: unknown, languageCode?: string): string {
  return canonicalJson({ scope: scope ?? { type: 'default' }, language_code: languageCode ?? '' });
}
