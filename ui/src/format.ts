import type { Money } from './api';

/** An amount as the services send it (a decimal string) or as a screen computed it (a total). */
export function money(value: { amount: Money['amount'] | number; currency: string } | null | undefined): string {
  if (!value) return '–';
  const amount = Number(value.amount);
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency: value.currency }).format(amount);
  } catch {
    return `${amount.toFixed(2)} ${value.currency}`;
  }
}

/** A tax rate as a percentage: "0.10" → "10 %", "0.1425" → "14.25 %". */
export function percent(rate: string): string {
  return `${Number((Number(rate) * 100).toFixed(4))} %`;
}

/**
 * How a price stands to tax: "incl. tax (GST 10 %: A$162.49)" where it includes tax at a known rate, "incl. tax"
 * where the rate is not known (sold before rates were kept), "tax not included" elsewhere.
 */
export function taxLabel(line: { taxIncluded: boolean | null; taxRate?: string | null; tax?: Money | null },
  taxName?: string | null): string {
  if (!line.taxIncluded) return 'tax not included';
  if (!line.taxRate) return 'incl. tax';
  const rate = `${taxName ? `${taxName} ` : ''}${percent(line.taxRate)}`;
  return line.tax ? `incl. tax (${rate}: ${money(line.tax)})` : `incl. tax (${rate})`;
}

export function dateTime(iso: string | null | undefined): string {
  if (!iso) return '–';
  return new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

export function date(iso: string | null | undefined): string {
  if (!iso) return '–';
  return new Date(iso).toLocaleDateString('en-GB', { dateStyle: 'medium' });
}

const TERMS: Record<string, string> = { P1M: '1 month', P1Y: '1 year', P3Y: '3 years', P5Y: '5 years' };

export function term(period: string | null | undefined): string {
  if (!period) return 'Perpetual';
  return TERMS[period] ?? period.replace(/^P(\d+)Y$/, '$1 years').replace(/^P(\d+)M$/, '$1 months');
}

/** ENUM_NAMES and kebab-codes as words: "PERPETUAL_SOFTWARE" → "Perpetual software". */
export function words(code: string | null | undefined): string {
  if (!code) return '';
  const text = code.replace(/[_-]+/g, ' ').toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function bytes(size: number): string {
  if (size >= 1 << 30) return `${(size / (1 << 30)).toFixed(1)} GB`;
  if (size >= 1 << 20) return `${(size / (1 << 20)).toFixed(1)} MB`;
  if (size >= 1 << 10) return `${(size / (1 << 10)).toFixed(1)} KB`;
  return `${size} bytes`;
}
