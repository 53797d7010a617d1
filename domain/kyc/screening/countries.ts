// Lists name countries in words ("Russia", "Korea, North", "Iran"); players carry ISO 3166-1 alpha-2 codes. The
// names come from the runtime's own CLDR data (Intl.DisplayNames) so no table of ours goes stale, plus the forms the
// lists use that CLDR does not.

const LIST_SPELLINGS: Record<string, string> = {
  'korea, north': 'KP',
  'north korea': 'KP',
  "korea, democratic people's republic of": 'KP',
  'democratic people’s republic of korea': 'KP',
  'korea, south': 'KR',
  'south korea': 'KR',
  'russian federation': 'RU',
  'iran (islamic republic of)': 'IR',
  'syrian arab republic': 'SY',
  burma: 'MM',
  'united states of america': 'US',
  usa: 'US',
  uk: 'GB',
  'great britain': 'GB',
  'congo, democratic republic of the': 'CD',
  'democratic republic of the congo': 'CD',
  'venezuela (bolivarian republic of)': 'VE',
  'west bank': 'PS',
  gaza: 'PS',
  'palestinian territories': 'PS',
  // Nationalities as adjectives, as OFAC remarks and the OFSI list write them.
  russian: 'RU',
  iranian: 'IR',
  syrian: 'SY',
  british: 'GB',
  american: 'US',
  'north korean': 'KP',
  belarusian: 'BY',
  ukrainian: 'UA',
  iraqi: 'IQ',
  afghan: 'AF',
  libyan: 'LY',
  venezuelan: 'VE',
  cuban: 'CU',
  chinese: 'CN',
  lebanese: 'LB',
  yemeni: 'YE',
  somali: 'SO',
  sudanese: 'SD',
  turkish: 'TR',
  german: 'DE',
  french: 'FR',
  greek: 'GR',
  egyptian: 'EG',
  pakistani: 'PK',
  maltese: 'MT',
  swedish: 'SE',
  spanish: 'ES',
  italian: 'IT',
  irish: 'IE',
};

const normaliseCountryName = (text: string) =>
  text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** Withdrawn and reserved codes that CLDR still names (YD is "Yemen", SU "Russia"): never the answer. */
const NOT_CURRENT = new Set([
  'AN',
  'BU',
  'CS',
  'DD',
  'DY',
  'EU',
  'EZ',
  'FX',
  'HV',
  'NH',
  'QO',
  'RH',
  'SU',
  'TP',
  'UN',
  'YD',
  'YU',
  'ZR',
]);

function cldrCountryNames(): Map<string, string> {
  const names = new Map<string, string>();
  const display = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  for (let first = 65; first <= 90; first++) {
    for (let second = 65; second <= 90; second++) {
      const code = String.fromCharCode(first, second);
      if (NOT_CURRENT.has(code)) continue;
      const name = display.of(code);
      if (name && name !== code && !names.has(normaliseCountryName(name))) names.set(normaliseCountryName(name), code);
    }
  }
  for (const [name, code] of Object.entries(LIST_SPELLINGS)) names.set(name, code);
  return names;
}

let byName: Map<string, string> | undefined;

/**
 * The ISO alpha-2 code of a country as a list writes it (a name, an adjective, or already a code), or the text in
 * capitals when it is not a country we know, so two lists that write it the same way still compare equal.
 */
export function countryCodeOf(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  if (/^[A-Z]{2}$/.test(trimmed)) return trimmed;
  byName ??= cldrCountryNames();
  return byName.get(normaliseCountryName(trimmed)) ?? normaliseCountryName(trimmed).toUpperCase();
}
