import { accountNumberIn, findAccountNumbers } from './account-numbers';

describe('accountNumberIn', () => {
  it.each([
    ['4111111111111111', 'a Visa test card'],
    ['4111 1111 1111 1111', 'grouped by spaces'],
    ['5555-5555-5555-4444', 'a Mastercard grouped by dashes'],
    ['378282246310005', 'an American Express card'],
    ['6011111111111117', 'a Discover card'],
    ['please refund card 4111 1111 1111 1111 exp 12/30', 'inside a sentence'],
  ])('finds the card number %s (%s)', (text) => {
    expect(accountNumberIn(text)).toBe('PAN');
  });

  it.each([
    ['DE89370400440532013000', 'a German IBAN'],
    ['GB82 WEST 1234 5698 7654 32', 'a British IBAN in groups of four'],
    ['gb82west12345698765432', 'in lower case'],
    ['pay it to MT84MALT011000012345MTLCAST001S please', 'a Maltese IBAN inside a sentence'],
  ])('finds the IBAN %s (%s)', (text) => {
    expect(accountNumberIn(text)).toBe('IBAN');
  });

  it.each([
    ['4111111111111112', 'a 16-digit number that fails the Luhn check'],
    ['1764115200000', 'a timestamp in milliseconds'],
    ['+49 1512 3456 7890', 'a phone number'],
    ['pl_01KAAAAAAAAAAAAAAAAAAAAAAA', 'a player id'],
    ['dep_01JZ7X3ABCDEFGHJKMNPQRSTVW', 'a deposit id'],
    ['Visa •••• 4242, 12/2030', 'display data'],
    ['IBAN DE •••• 3000', 'a masked IBAN'],
    ['DE89370400440532013001', 'an IBAN with a wrong check'],
    ['DE8937040044053201300', 'an IBAN one character short'],
    ['2026-12-02T04:39:41.000Z', 'a date-time'],
    ['25000', 'an amount'],
  ])('leaves %s alone (%s)', (text) => {
    expect(accountNumberIn(text)).toBeUndefined();
  });
});

describe('findAccountNumbers', () => {
  it('names every field that holds one, in nested objects, arrays, numbers and keys, never the value', () => {
    const findings = findAccountNumbers(
      {
        playerId: 'pl_01KAAAAAAAAAAAAAAAAAAAAAAA',
        card: { number: 4111111111111111, holder: 'A Player' },
        notes: ['fine', 'IBAN DE89 3704 0044 0532 0130 00'],
        '5555555555554444': 'a key',
      },
      'body',
    );
    expect(findings).toEqual([
      { field: 'body.card.number', kind: 'PAN' },
      { field: 'body.notes.1', kind: 'IBAN' },
      { field: 'body.(key)', kind: 'PAN' },
    ]);
    expect(JSON.stringify(findings)).not.toMatch(/4111|5555|DE89/);
  });

  it('finds nothing in an ordinary payment request', () => {
    const request = { playerId: 'pl_01KAAAAAAAAAAAAAAAAAAAAAAA', amountMinor: 2_500, currency: 'EUR', country: 'GB' };
    expect(findAccountNumbers(request, 'body')).toEqual([]);
  });
});
