import { Text, type TextProps } from '@mantine/core';

const formatters = new Map<string, Intl.NumberFormat>();

/** One formatter per currency: `Intl.NumberFormat` knows each currency's minor-unit exponent (EUR 2, JPY 0, BHD 3). */
function formatterFor(currency: string): Intl.NumberFormat {
  let formatter = formatters.get(currency);
  if (!formatter) {
    try {
      formatter = new Intl.NumberFormat(undefined, { style: 'currency', currency, currencyDisplay: 'code' });
    } catch {
      // An unknown code still shows the amount, assuming two decimals.
      formatter = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    }
    formatters.set(currency, formatter);
  }
  return formatter;
}

/** Formats an integer amount in minor units of `currency`, e.g. 600000 EUR → "EUR 6,000.00". */
export function formatMoney(
  amountMinor: number | string,
  currency: string,
  signDisplay?: 'auto' | 'exceptZero',
): string {
  const formatter = formatterFor(currency);
  const exponent = formatter.resolvedOptions().maximumFractionDigits ?? 2;
  const minor = typeof amountMinor === 'string' ? Number(amountMinor) : amountMinor;
  const major = minor / 10 ** exponent;
  if (signDisplay !== 'exceptZero') return formatter.format(major);
  const sign = minor > 0 ? '+' : '';
  return `${sign}${formatter.format(major)}`;
}

/**
 * Money, in the one place the back office formats it: integer minor units plus an ISO 4217 code, displayed with
 * the currency's own number of decimals. `signed` shows +/− and colours the amount (ledger movements).
 */
export function Money({
  amountMinor,
  currency,
  signed = false,
  ...textProps
}: { amountMinor: number | string; currency: string; signed?: boolean } & Omit<TextProps, 'children'>) {
  const minor = Number(amountMinor);
  const color = signed ? (minor < 0 ? 'red' : minor > 0 ? 'teal' : undefined) : undefined;
  return (
    <Text
      component="span"
      inherit
      c={color}
      style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
      data-amount-minor={minor}
      data-currency={currency}
      {...textProps}
    >
      {formatMoney(minor, currency, signed ? 'exceptZero' : 'auto')}
    </Text>
  );
}
