import { countryCodeOf } from './countries';

describe('countryCodeOf', () => {
  it.each([
    ['Russia', 'RU'],
    ['Yemen', 'YE'],
    ['Burma', 'MM'],
    ['Korea, North', 'KP'],
    ['Iran', 'IR'],
    ['United Arab Emirates', 'AE'],
    ['Syrian', 'SY'],
    ['Côte d’Ivoire', 'CI'],
    ['GB', 'GB'],
  ])('reads %s as %s', (text, code) => expect(countryCodeOf(text)).toBe(code));

  it('keeps a place it does not know as the text in capitals, and nothing for an empty cell', () => {
    expect(countryCodeOf('Atlantis')).toBe('ATLANTIS');
    expect(countryCodeOf('  ')).toBeNull();
  });
});
