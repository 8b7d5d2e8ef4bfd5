import type { ApiErrorBody } from './types.js';

/** A Bot API failure; the server answers it as `{ ok: false, ... }` with `error_code` as HTTP status. */
export class ApiError extends Error {
  constructor(readonly body: ApiErrorBody) {
    super(body.description);
    this.name = 'ApiError';
  }
}

export function badRequest(reason: string): ApiError {
  return new ApiError({ error_code: 400, description: `Bad Request: ${reason}` });
}

export function tooManyRequests(retryAfterSeconds: number): ApiError {
  return new ApiError({
    error_code: 429,
    description: `Too Many Requests: retry after ${retryAfterSeconds}`,
    parameters: { retry_after: retryAfterSeconds },
  });
}
