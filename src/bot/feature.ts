import { Composer, type Context, type Middleware, type MiddlewareFn } from 'telegraf';

/** One registration: `test`, when given, tells at no cost that the step cannot apply, so it is skipped. */
interface Step<C extends Context> {
  test?: (ctx: C) => boolean;
  run: MiddlewareFn<C>;
}

/**
 * A telegraf Composer whose registrations run as one flat list. telegraf nests a compose for every
 * `use`, and wraps each `command` and `action` in promise-returning predicates: an update walked
 * past a dozen commands paid a few promises and two async frames for each. Here a command or an
 * action whose name or data cannot match is skipped by a plain synchronous test, and only the one
 * that may match runs telegraf's own middleware (which checks again, sets `payload`, `args` and
 * `match`, and calls `next` when it does not match after all), so what each handler sees and what
 * runs, in which order, are telegraf's. Middleware objects are unwrapped when registered: register
 * a feature once it is built.
 */
export class Feature<C extends Context> extends Composer<C> {
  readonly #steps: Step<C>[] = [];

  override use(...fns: ReadonlyArray<Middleware<C>>): this {
    for (const fn of fns) this.#steps.push({ run: Composer.unwrap(fn) });
    return this;
  }

  override command(...args: Parameters<Composer<C>['command']>): this {
    const [triggers] = args;
    const names = triggerNames(triggers);
    this.#steps.push({
      ...(names && { test: (ctx) => names.has(commandName(ctx.update) ?? '') }),
      run: Composer.command(...args) as MiddlewareFn<C>,
    });
    return this;
  }

  override action(...args: Parameters<Composer<C>['action']>): this {
    const [triggers] = args;
    const patterns = triggerPatterns(triggers);
    this.#steps.push({
      test: (ctx) => {
        const data = callbackData(ctx.update);
        return data !== undefined && (patterns === undefined || patterns.some((p) => matches(p, data)));
      },
      run: Composer.action(...args) as MiddlewareFn<C>,
    });
    return this;
  }

  override middleware(): MiddlewareFn<C> {
    const steps = this.#steps;
    return (ctx, next) => runFrom(steps, 0, ctx, next, { index: -1 });
  }
}

/**
 * Runs the first step from `start` on that applies, its `next` running the ones after it, and the
 * chain's own `next` after the last. A plain function with its state passed in: no closure is made
 * per update but the `next` of each step that runs.
 */
function runFrom<C extends Context>(
  steps: readonly Step<C>[],
  start: number,
  ctx: C,
  next: (ctx?: C) => Promise<void>,
  state: { index: number },
): Promise<void> {
  // As telegraf's compose: a middleware may call next once.
  if (start <= state.index) return Promise.reject(new Error('next() called multiple times'));
  state.index = start;
  for (let i = start; i < steps.length; i++) {
    const step = steps[i]!;
    if (step.test && !step.test(ctx)) continue;
    state.index = i;
    try {
      const ran = step.run(ctx, (c = ctx) => runFrom(steps, i + 1, c, next, state));
      return Promise.resolve(ran).then(ignore);
    } catch (error) {
      return Promise.reject(error);
    }
  }
  return Promise.resolve(next(ctx)).then(ignore);
}

const ignore = () => undefined;

/** Command names given as plain strings (what this bot's features use); undefined for patterns and functions. */
function triggerNames(triggers: unknown): Set<string> | undefined {
  const list: unknown[] = Array.isArray(triggers) ? triggers : [triggers];
  return list.every((t) => typeof t === 'string') ? new Set(list as string[]) : undefined;
}

/** Regular expressions and strings as patterns; undefined when a function decides (never skipped then). */
function triggerPatterns(triggers: unknown): Array<RegExp | string> | undefined {
  const list: unknown[] = Array.isArray(triggers) ? triggers : [triggers];
  return list.every((t) => typeof t === 'string' || t instanceof RegExp)
    ? (list as Array<RegExp | string>)
    : undefined;
}

function matches(pattern: RegExp | string, data: string): boolean {
  if (typeof pattern === 'string') return pattern === data;
  pattern.lastIndex = 0;
  return pattern.test(data);
}

/**
 * The command a text message starts with, before any `@bot` (telegraf checks the addressee itself);
 * undefined when it starts with none. A message whose first entity is not a command at offset 0
 * is no command for telegraf either.
 */
export function commandName(update: object): string | undefined {
  const message = (update as { message?: { text?: unknown; entities?: unknown } }).message;
  if (typeof message?.text !== 'string' || !Array.isArray(message.entities)) return undefined;
  const entity = message.entities[0] as { type?: unknown; offset?: unknown; length?: unknown } | undefined;
  if (entity?.type !== 'bot_command' || entity.offset !== 0 || typeof entity.length !== 'number')
    return undefined;
  const command = message.text.slice(0, entity.length);
  const at = command.indexOf('@');
  return (at < 0 ? command : command.slice(0, at)).slice(1);
}

/** A button press's data, as telegraf's actions match it; undefined for any other update. */
function callbackData(update: object): string | undefined {
  const query = (update as { callback_query?: object }).callback_query;
  if (query === undefined) return undefined;
  // telegraf reads the first of these a query has (`caption` and `text` never are on one).
  if ('data' in query) return typeof query.data === 'string' ? query.data : '';
  if ('game_short_name' in query) return String(query.game_short_name);
  return undefined;
}
