import { formatMoney } from './wallet';

describe('formatMoney', () => {
  it.each([
    [650_000, 'EUR', 'EUR 6,500.00'],
    [5, 'EUR', 'EUR 0.05'],
    [0, 'GBP', 'GBP 0.00'],
    [-123_456_789, 'EUR', 'EUR -1,234,567.89'],
    [1_500, 'ISK', 'ISK 1,500'],
    [9_007_199_254_740_991, 'EUR', 'EUR 90,071,992,547,409.91'],
  ] as const)('%i %s reads %s', (minor, currency, text) => {
    expect(formatMoney(minor, currency)).toBe(text);
  });
});
