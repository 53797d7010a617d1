import { maskPersonalData, normaliseEmail, normaliseName, personalDataFields } from './player-personal-data';

describe('personal data', () => {
  it('normalises emails and names the way staff type them', () => {
    expect(normaliseEmail('  Ada.Lovelace@Example.COM ')).toBe('ada.lovelace@example.com');
    expect(normaliseName('  José   O’Brien-Smith ')).toBe(normaliseName('jose obrien smith'));
  });

  it('masks every field but the country', () => {
    expect(
      maskPersonalData({
        givenName: 'Ada',
        familyName: 'Lovelace',
        email: 'ada@example.co.uk',
        phone: '+447700900123',
        address: { lines: ['12 St James’s Square'], city: 'London', postcode: 'SW1Y 4JH', country: 'GB' },
      }),
    ).toEqual({
      givenName: 'A***',
      familyName: 'L***',
      email: 'a***@e***.uk',
      phone: '***23',
      address: { lines: ['***'], city: '***', postcode: '***', country: 'GB' },
    });
  });

  it.each([
    ['phone', '07700900123'],
    ['email', 'not-an-email'],
    ['address', { lines: ['1 Main St'], city: 'X', postcode: '1', country: 'UK' }],
    ['address', { lines: ['1 Main St'], city: 'X', postcode: '1', country: 'XX' }],
  ] as const)('refuses a malformed %s', (field, value) => {
    expect(personalDataFields[field].safeParse(value).success).toBe(false);
  });

  it('accepts an E.164 phone and an ISO country', () => {
    expect(personalDataFields.phone.safeParse('+4915112345678').success).toBe(true);
    expect(
      personalDataFields.address.safeParse({ lines: ['1 Main St'], city: 'Valletta', postcode: 'VLT', country: 'MT' })
        .success,
    ).toBe(true);
  });
});
