/** JSON columns: absent values are stored as JSON null so the column stays NOT NULL. */
export function toJson(value: unknown): string {
  return JSON.stringify(value === undefined ? null : value);
}

export function fromJson<T = unknown>(text: string): T {
  return JSON.parse(text) as T;
}
