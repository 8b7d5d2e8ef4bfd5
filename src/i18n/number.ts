const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** Western digits with comma grouping in both languages ("40,000"), as the articles write them. */
export function formatNumber(n: number): string {
  return grouped.format(n);
}
