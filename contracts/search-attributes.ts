// The custom search attributes every domain upserts, so engineers can filter Temporal Web by business facts.
// Names and value types only: workflows/search-attributes.ts makes the SDK's typed keys from them, and
// platform/temporal.ts registers them on the namespace at stack start. Never personal data.

/** Each custom search attribute's name and the Temporal value type it is registered with. */
export const SearchAttribute = {
  PlayerId: { name: 'PlayerId', type: 'KEYWORD' },
  Brand: { name: 'Brand', type: 'KEYWORD' },
  AmountMinor: { name: 'AmountMinor', type: 'INT' },
  Currency: { name: 'Currency', type: 'KEYWORD' },
  Psp: { name: 'Psp', type: 'KEYWORD' },
  BusinessStatus: { name: 'BusinessStatus', type: 'KEYWORD' },
  BusinessId: { name: 'BusinessId', type: 'KEYWORD' },
  Jurisdiction: { name: 'Jurisdiction', type: 'KEYWORD' },
} as const;

/** The name of one custom search attribute. */
export type SearchAttributeName = (typeof SearchAttribute)[keyof typeof SearchAttribute]['name'];
