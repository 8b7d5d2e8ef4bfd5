import { ApiError, badRequest } from './api-error.js';
import type { MethodHandler } from './fake-state.js';
import { optionalBoolean, optionalInteger, optionalObject, optionalString } from './params.js';

const WEBHOOK_ACTIVE = {
  error_code: 409,
  description:
    "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
};

const SECRET_TOKEN = /^[A-Za-z0-9_-]{1,256}$/;

/** getUpdates, setWebhook, deleteWebhook and getWebhookInfo: the two ways of receiving updates, exclusive. */
const getUpdates: MethodHandler = (state, params, signal) => {
  if (state.webhook.active) throw new ApiError(WEBHOOK_ACTIVE);
  const limit = Math.min(100, Math.max(1, optionalInteger(params, 'limit') ?? 100));
  const timeoutSeconds = Math.max(0, optionalInteger(params, 'timeout') ?? 0);
  return state.updates.getUpdates({
    offset: optionalInteger(params, 'offset') ?? 0,
    limit,
    timeoutMs: timeoutSeconds * 1000,
    signal,
  });
};

function allowedUpdates(value: unknown): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((kind) => typeof kind === 'string'))
    throw badRequest("can't parse allowed updates");
  return value as string[];
}

const setWebhook: MethodHandler = (state, params) => {
  const url = optionalString(params, 'url') ?? '';
  if (optionalBoolean(params, 'drop_pending_updates')) state.updates.dropPending();
  // An empty URL removes the webhook.
  if (url === '') {
    state.webhook.clear();
    return true;
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw badRequest('bad webhook: Failed to resolve host: Name or service not known');
  }
  if (parsed.protocol !== 'https:')
    throw badRequest('bad webhook: An HTTPS URL must be provided for webhook');
  const secretToken = optionalString(params, 'secret_token');
  if (secretToken !== undefined && !SECRET_TOKEN.test(secretToken))
    throw badRequest('secret token contains unallowed characters');
  const maxConnections = optionalInteger(params, 'max_connections') ?? 40;
  if (maxConnections < 1 || maxConnections > 100)
    throw badRequest('bad webhook: max_connections must be between 1 and 100');
  state.updates.failPoller(new ApiError(WEBHOOK_ACTIVE));
  state.webhook.set({
    url,
    ...(secretToken !== undefined && { secretToken }),
    maxConnections,
    allowedUpdates: allowedUpdates(optionalObject(params, 'allowed_updates')),
  });
  return true;
};

const deleteWebhook: MethodHandler = (state, params) => {
  if (optionalBoolean(params, 'drop_pending_updates')) state.updates.dropPending();
  state.webhook.clear();
  return true;
};

const getWebhookInfo: MethodHandler = (state) => state.webhook.info();

export const webhookMethods: Record<string, MethodHandler> = {
  getUpdates,
  setWebhook,
  deleteWebhook,
  getWebhookInfo,
};
