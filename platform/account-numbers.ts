// Full card numbers (PANs) and IBANs must never reach our logs or database (PCI DSS 3.x: do not store the PAN where
// it is not needed; we need only the PSP's token). This finds them in any value a request carries, as data loss
// prevention tools do: a PAN is 13 to 19 digits (spaces or dashes between them allowed) with a card scheme's prefix
// and length and a valid Luhn check digit; an IBAN is a country's exact IBAN length with a valid ISO 7064 mod-97
// check. Those checks keep ids, amounts, dates and phone numbers from being mistaken for one.

/** What kind of full account number a value holds. */
export type AccountNumberKind = 'PAN' | 'IBAN';

/** A field that holds a full account number: where it is (never the value itself). */
export interface AccountNumberFinding {
  field: string;
  kind: AccountNumberKind;
}

/** Card schemes by prefix, with the lengths their PANs have. */
const CARD_SCHEMES: readonly { prefix: RegExp; lengths: readonly number[] }[] = [
  { prefix: /^4/, lengths: [13, 16, 19] }, // Visa
  { prefix: /^(5[1-5]|2[2-7])/, lengths: [16] }, // Mastercard
  { prefix: /^3[47]/, lengths: [15] }, // American Express
  { prefix: /^3(0[0-5]|[689])/, lengths: [14, 15, 16, 17, 18, 19] }, // Diners Club, Discover's 3x range
  { prefix: /^35/, lengths: [16, 17, 18, 19] }, // JCB
  { prefix: /^(5[06-8]|6)/, lengths: [13, 14, 15, 16, 17, 18, 19] }, // Maestro, Discover, UnionPay, RuPay
];

/** IBAN length per country (ISO 13616 registry). */
// prettier-ignore
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28, CH: 21, CR: 22, CY: 28,
  CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18,
  GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32,
  LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24,
  PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SC: 31, SE: 24, SI: 19, SK: 24, SM: 27, ST: 25, SV: 28,
  TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
};

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

const isPan = (digits: string) =>
  CARD_SCHEMES.some((scheme) => scheme.prefix.test(digits) && scheme.lengths.includes(digits.length)) &&
  luhnValid(digits);

// Runs of digits that may be separated by single spaces or dashes, not glued to other digits.
const DIGIT_RUN = /(?<![0-9])[0-9](?:[ -]?[0-9]){12,22}(?![0-9])/g;

function containsPan(text: string): boolean {
  for (const match of text.matchAll(DIGIT_RUN)) {
    const digits = match[0].replace(/[ -]/g, '');
    // A longer run may hold a PAN between other digits' separators ("card 4111 1111 1111 1111 exp 12 30").
    for (let start = 0; start + 13 <= digits.length; start++) {
      for (let length = 13; length <= 19 && start + length <= digits.length; length++) {
        if (isPan(digits.slice(start, start + length))) return true;
      }
    }
  }
  return false;
}

function mod97(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = char >= 'A' ? char.charCodeAt(0) - 55 : char.charCodeAt(0) - 48;
    remainder = (remainder * (value > 9 ? 100 : 10) + value) % 97;
  }
  return remainder;
}

const IBAN_START = /(?<![A-Za-z0-9])([A-Za-z]{2})([0-9]{2})/g;
const ALPHANUMERIC = /[A-Za-z0-9]/;

function containsIban(text: string): boolean {
  for (const match of text.matchAll(IBAN_START)) {
    const length = IBAN_LENGTHS[match[1]!.toUpperCase()];
    if (!length) continue;
    // The country's exact length, its characters optionally grouped by single spaces, then the end of a word.
    let iban = match[0].toUpperCase();
    let at = match.index + match[0].length;
    while (iban.length < length && at < text.length) {
      if (text[at] === ' ' && ALPHANUMERIC.test(text[at + 1] ?? '')) at++;
      if (!ALPHANUMERIC.test(text[at] ?? '')) break;
      iban += text[at]!.toUpperCase();
      at++;
    }
    if (iban.length === length && !ALPHANUMERIC.test(text[at] ?? '') && mod97(iban) === 1) return true;
  }
  return false;
}

/** Whether `text` holds a full card number or IBAN, and which. */
export function accountNumberIn(text: string): AccountNumberKind | undefined {
  if (containsPan(text)) return 'PAN';
  if (containsIban(text)) return 'IBAN';
  return undefined;
}

/**
 * Every field of `value` (any JSON: objects, arrays, strings, numbers; keys too) that holds a full card number or
 * IBAN, by its path under `root`.
 */
export function findAccountNumbers(value: unknown, root: string): AccountNumberFinding[] {
  const findings: AccountNumberFinding[] = [];
  const visit = (node: unknown, field: string, depth: number) => {
    if (depth > 32) return; // deeper than any body we accept; the route's own schema refuses it
    if (typeof node === 'string' || (typeof node === 'number' && Number.isInteger(node))) {
      const kind = accountNumberIn(String(node));
      if (kind) findings.push({ field, kind });
    } else if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, `${field}.${index}`, depth + 1));
    } else if (typeof node === 'object' && node !== null) {
      for (const [key, item] of Object.entries(node)) {
        const keyKind = accountNumberIn(key);
        if (keyKind) findings.push({ field: `${field}.(key)`, kind: keyKind });
        visit(item, `${field}.${keyKind ? '(key)' : key}`, depth + 1);
      }
    }
  };
  visit(value, root, 0);
  return findings;
}
