/** A payment method as people say it: BANK_TRANSFER → "Bank transfer". */
export function methodLabel(method: string): string {
  const words = method.replaceAll('_', ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
