import { badRequest } from './api-error.js';

/**
 * Readers for Bot API parameters. JSON bodies carry numbers and objects; urlencoded bodies and
 * query strings carry strings, with objects JSON-encoded, as Telegram accepts both.
 */
export type Params = Record<string, unknown>;

function integerOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) {
    const parsed = Number(value.trim());
    if (Number.isSafeInteger(parsed)) return parsed;
  }
  return undefined;
}

export function requireChatId(params: Params, name = 'chat_id'): number {
  const value = params[name];
  if (value === undefined || value === '') throw badRequest(`${name} is empty`);
  const id = integerOf(value);
  // Usernames (@channel) are not modelled: the fake knows chats only by id.
  if (id === undefined) throw badRequest('chat not found');
  return id;
}

export function requireInteger(params: Params, name: string): number {
  const value = params[name];
  if (value === undefined || value === '') throw badRequest(`${name} is empty`);
  const parsed = integerOf(value);
  if (parsed === undefined) throw badRequest(`invalid ${name} specified`);
  return parsed;
}

export function optionalInteger(params: Params, name: string): number | undefined {
  return params[name] === undefined ? undefined : requireInteger(params, name);
}

export function optionalString(params: Params, name: string): string | undefined {
  const value = params[name];
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw badRequest(`field "${name}" must be of type String`);
}

export function optionalBoolean(params: Params, name: string): boolean {
  const value = params[name];
  return value === true || value === 'true' || value === 1 || value === '1';
}

/** An object parameter, decoding the JSON string form; `undefined` when absent. */
export function optionalObject(params: Params, name: string): unknown {
  const value = params[name];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    throw badRequest(`can't parse ${name} JSON object`);
  }
}
