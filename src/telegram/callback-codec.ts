/**
 * One codec for inline buttons' callback data. Each button kind declares a tag and its fields in
 * order; a button is written `tag:field:field…`. Telegram allows 64 bytes (UTF-8) of callback data,
 * so every field also declares its largest value, and a test checks each kind at its largest.
 * Decoding is strict and never throws: anything this codec did not write (an old, foreign or forged
 * button) decodes to undefined, "unknown".
 */

export const MAX_CALLBACK_BYTES = 64;

/** One field of a button. Method syntax on purpose: a Field<View> is usable where a Field<unknown> is declared. */
export interface Field<T> {
  encode(value: T): string;
  /** undefined when `text` is not something `encode` writes. */
  decode(text: string): T | undefined;
  /** The value with the longest encoding: each kind is checked against 64 bytes with these. */
  readonly largest: T;
  /** The text may hold `:` (a slot name "08:00"): allowed as a kind's last field only, it takes the rest. */
  readonly rest?: true;
}

/** A kind of button: the tag that starts its data (`v`, `st:slot`), then its fields in order. */
export interface Kind {
  readonly tag: string;
  readonly fields: Readonly<Record<string, Field<unknown>>>;
}

type ValueOf<F> = F extends Field<infer T> ? T : never;
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The button a kind describes: `{ kind, ...its fields }`. */
export type ButtonOf<Name extends string, K extends Kind> = Simplify<
  { kind: Name } & { -readonly [F in keyof K['fields']]: ValueOf<K['fields'][F]> }
>;

/** The buttons of a set of kinds, as a union discriminated by `kind`. */
export type ButtonsOf<Kinds extends Record<string, Kind>> = {
  [Name in keyof Kinds & string]: ButtonOf<Name, Kinds[Name]>;
}[keyof Kinds & string];

/** One of a fixed set of values, each written as its code (`summary` → `s`). */
export function codes<T extends string>(byValue: Record<T, string>): Field<T> {
  const entries = Object.entries(byValue) as Array<[T, string]>;
  const byCode = new Map(entries.map(([value, code]) => [code, value]));
  const longest = entries.reduce((a, b) => (b[1].length > a[1].length ? b : a));
  return { encode: (value) => byValue[value], decode: (text) => byCode.get(text), largest: longest[0] };
}

/** A yes/no choice, written 1 or 0. */
export const flag: Field<boolean> = {
  encode: (value) => (value ? '1' : '0'),
  decode: (text) => (text === '1' ? true : text === '0' ? false : undefined),
  largest: true,
};

/** A whole number in [min, max], written in canonical decimal (no sign, no leading zeros). */
export function integer(min: number, max: number): Field<number> {
  return {
    encode: (value) => String(value),
    decode(text) {
      if (!/^(0|[1-9]\d{0,15})$/.test(text)) return undefined;
      const value = Number(text);
      return Number.isSafeInteger(value) && value >= min && value <= max ? value : undefined;
    },
    largest: max,
  };
}

/** Text matching `pattern` (which must exclude `:`), e.g. an article's slug id. */
export function text(pattern: RegExp, largest: string): Field<string> {
  return { encode: (value) => value, decode: (t) => (pattern.test(t) ? t : undefined), largest };
}

/** Any non-empty text, `:` included: only as a kind's last field. */
export function rest(largest: string): Field<string> {
  return { encode: (value) => value, decode: (t) => (t === '' ? undefined : t), largest, rest: true };
}

function fieldsOf(kind: Kind): Array<[string, Field<unknown>]> {
  return Object.entries(kind.fields);
}

/** The encoder and decoder of a set of kinds. Tags must differ and none may start another's data. */
export function callbackCodec<const Kinds extends Record<string, Kind>>(kinds: Kinds) {
  type Button = ButtonsOf<Kinds>;
  const named = Object.entries(kinds);

  function encode(button: Button): string {
    const kind = kinds[button.kind as keyof Kinds]!;
    const values = button as unknown as Record<string, unknown>;
    const texts = fieldsOf(kind).map(([name, field]) => field.encode(values[name]));
    const data = [kind.tag, ...texts].join(':');
    if (Buffer.byteLength(data, 'utf8') > MAX_CALLBACK_BYTES)
      throw new Error(`callback data over ${MAX_CALLBACK_BYTES} bytes: ${data}`);
    // What cannot be read back must not go out: the button would only ever answer "expired".
    if (decode(data) === undefined) throw new Error(`callback data that would not decode: ${data}`);
    return data;
  }

  function decodeKind(name: string, kind: Kind, data: string): Button | undefined {
    const fields = fieldsOf(kind);
    if (fields.length === 0) return data === kind.tag ? ({ kind: name } as Button) : undefined;
    if (!data.startsWith(`${kind.tag}:`)) return undefined;
    const parts = data.slice(kind.tag.length + 1).split(':');
    const last = fields.at(-1)![1];
    if (last.rest && parts.length > fields.length) parts.push(parts.splice(fields.length - 1).join(':'));
    if (parts.length !== fields.length) return undefined;
    const button: Record<string, unknown> = { kind: name };
    for (const [index, [fieldName, field]] of fields.entries()) {
      const value = field.decode(parts[index]!);
      if (value === undefined) return undefined;
      button[fieldName] = value;
    }
    return button as Button;
  }

  /** The button `data` encodes, or undefined ("unknown") for anything this codec did not write. */
  function decode(data: string): Button | undefined {
    for (const [name, kind] of named) {
      const button = decodeKind(name, kind, data);
      if (button) return button;
    }
    return undefined;
  }

  /** Every kind with each field at its largest value: the buttons with the longest data. */
  function largest(): Button[] {
    return named.map(
      ([name, kind]) =>
        Object.fromEntries([
          ['kind', name],
          ...fieldsOf(kind).map(([fieldName, field]) => [fieldName, field.largest]),
        ]) as Button,
    );
  }

  return { encode, decode, largest, tags: named.map(([, kind]) => kind.tag) };
}
