/** `0.66 ×`: how a measurement compares with a baseline measured in the same run. */
export function ratio(value: number, baseline: number): string {
  return `${(value / baseline).toFixed(2)} ×`;
}

/** Whole numbers for rates in the hundreds and above, two significant decimals below. */
export function rate(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toPrecision(2);
}
