import type { ApiErrorBody } from './types.js';

interface Injection {
  method: string;
  error: ApiErrorBody;
  remaining: number;
  chatId: number | undefined;
}

/** Planned failures: the next matching calls of a method fail with a given error. */
export class ErrorInjector {
  private readonly planned: Injection[] = [];

  add(method: string, error: ApiErrorBody, opts: { times?: number; chatId?: number } = {}): void {
    const times = opts.times ?? 1;
    if (!Number.isInteger(times) || times < 1)
      throw new RangeError(`times must be a positive integer, got ${times}`);
    this.planned.push({
      method: method.toLowerCase(),
      error: structuredClone(error),
      remaining: times,
      chatId: opts.chatId,
    });
  }

  /** Consumes and returns the first planned failure matching this call, if any. */
  take(method: string, chatId: number | undefined): ApiErrorBody | undefined {
    const index = this.planned.findIndex(
      (p) => p.method === method.toLowerCase() && (p.chatId === undefined || p.chatId === chatId),
    );
    const injection = this.planned[index];
    if (!injection) return undefined;
    injection.remaining -= 1;
    if (injection.remaining === 0) this.planned.splice(index, 1);
    return structuredClone(injection.error);
  }
}
