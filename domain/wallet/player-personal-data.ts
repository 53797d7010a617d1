import { z } from 'zod';
import { withTransaction, type Db, type Queryable } from '../../platform/db';
import { blindIndex, decryptField, encryptField, newDataKey } from '../../platform/field-encryption';
import type { PersonalDataKeys } from '../../platform/personal-data-keys';

// A player's personal data (name, email, phone, address) is stored encrypted per field with a data key of the
// player's own, which the master key wraps (envelope encryption); blind indexes of the normalised email, full name
// and family name allow exact-match search without any clear text in the database.

/** Region codes CLDR knows that ISO 3166-1 does not assign (reserved, grouping and private-use codes). */
const NOT_ISO_COUNTRIES = /^(AA|AC|CP|CQ|DG|EA|EU|EZ|IC|QM|Q[N-Z]|TA|UK|UN|X[A-Z]|ZZ)$/;
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const isIsoCountry = (code: string) =>
  /^[A-Z]{2}$/.test(code) && !NOT_ISO_COUNTRIES.test(code) && regionNames.of(code) !== code;

const name = z.string().trim().min(1).max(100);

/** A postal address. */
export const postalAddressSchema = z
  .object({
    lines: z.array(z.string().trim().min(1).max(200)).min(1).max(4),
    city: z.string().trim().min(1).max(100),
    postcode: z.string().trim().min(1).max(20),
    country: z.string().refine(isIsoCountry, 'must be an ISO 3166-1 alpha-2 country code such as GB'),
  })
  .strict();
export type PostalAddress = z.infer<typeof postalAddressSchema>;

/**
 * The personal data registration may carry. All optional: an operator may collect them at registration or later
 * (at verification), and callers that register players without them (game providers' test players) keep working.
 */
export const personalDataFields = {
  givenName: name.optional(),
  familyName: name.optional(),
  email: z.email('must be an email address').max(254).optional(),
  phone: z
    .string()
    .regex(/^\+[1-9]\d{6,14}$/, 'must be an E.164 phone number such as +447700900123')
    .optional(),
  address: postalAddressSchema.optional(),
};
/** A player's personal data; a field not given is absent. */
export type PersonalData = z.infer<z.ZodObject<typeof personalDataFields>>;

/** Each encrypted field and its column; the field name is also in every ciphertext's authenticated data. */
const FIELD_COLUMNS = {
  givenName: 'given_name',
  familyName: 'family_name',
  email: 'email',
  phone: 'phone',
  address: 'address',
} as const satisfies Record<keyof PersonalData, string>;
type Field = keyof typeof FIELD_COLUMNS;
const FIELDS = Object.keys(FIELD_COLUMNS) as Field[];
const FIELD_COLUMN_LIST = FIELDS.map((field) => FIELD_COLUMNS[field]).join(', ');

/** The personal data fields present in `data`. */
export const fieldsOf = (data: PersonalData): Field[] => FIELDS.filter((field) => data[field] !== undefined);

/** An email as it is searched: trimmed and lower-cased (providers treat the local part case-insensitively). */
export const normaliseEmail = (email: string) => email.normalize('NFKC').trim().toLowerCase();

/** A name as it is searched: accents, case, punctuation and extra spaces do not matter ("O'Brien" = "obrien"). */
export const normaliseName = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * An address as players sharing it are found: the postcode without its spaces and the first line without
 * punctuation, accents or case, spaces collapsed ("SW1A 1AA", "1, High  St." = "sw1a1aa", "1 high st"), so two
 * spellings of one street line match.
 */
export const normaliseAddress = (address: Pick<PostalAddress, 'postcode' | 'lines'>) =>
  [address.postcode.replace(/\s+/g, ''), address.lines[0] ?? '']
    .map((part) =>
      part
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim(),
    )
    .join('\n');

/** The blind indexes one search string can match: an email's, or a name's (full name or family name alone). */
export interface SearchIndexes {
  email?: Buffer;
  name?: Buffer;
}

/** Thrown when a player's personal data cannot be decrypted: a changed byte, a swapped row, a missing master key. */
export class PersonalDataUnreadableError extends Error {
  constructor(
    readonly playerId: string,
    cause: unknown,
  ) {
    super(`the personal data of ${playerId} cannot be decrypted: ${(cause as Error).message ?? String(cause)}`, {
      cause,
    });
    this.name = 'PersonalDataUnreadableError';
  }
}

interface PersonalDataRow {
  player_id: string;
  master_key_id: string;
  wrapped_data_key: Buffer;
  given_name: Buffer | null;
  family_name: Buffer | null;
  email: Buffer | null;
  phone: Buffer | null;
  address: Buffer | null;
}

/** Seals and opens personal data with the configured keys; one per process. */
export class PersonalDataVault {
  constructor(private readonly keys: PersonalDataKeys) {}

  private index(kind: 'email' | 'name', normalised: string): Buffer {
    return blindIndex(this.keys.blindIndexKey, kind, normalised);
  }

  /** The blind index of an address (normaliseAddress): equal for players at one address, no clear text kept. */
  addressIndex(address: PostalAddress): Buffer {
    return blindIndex(this.keys.blindIndexKey, 'address', normaliseAddress(address));
  }

  /** The keyed hash of a device id from the operator's fingerprinting: pseudonymous, so never kept in clear. */
  deviceIndex(deviceId: string): Buffer {
    return blindIndex(this.keys.blindIndexKey, 'device', deviceId);
  }

  /** The indexes a search for `text` looks up: an email's when it has an @, otherwise a name's. */
  searchIndexes(text: string): SearchIndexes {
    return text.includes('@')
      ? { email: this.index('email', normaliseEmail(text)) }
      : { name: this.index('name', normaliseName(text)) };
  }

  /**
   * Seals a record of personal data held elsewhere than this table (source-of-funds evidence), with a data key of
   * the record's own wrapped by the master key: `owner` names the record and binds key and fields to it.
   */
  async sealRecord(
    owner: string,
    fields: Record<string, string>,
  ): Promise<{ keyId: string; wrappedKey: Buffer; sealed: Record<string, Buffer> }> {
    const dataKey = newDataKey();
    const wrapped = await this.keys.keyProvider.wrap(dataKey, `${owner}:key`);
    const sealed = Object.fromEntries(
      Object.entries(fields).map(([field, value]) => [field, encryptField(dataKey, `${owner}:${field}`, value)]),
    );
    return { keyId: wrapped.keyId, wrappedKey: wrapped.wrapped, sealed };
  }

  /** Writes `data` for `playerId` (a new player) in the caller's transaction: a fresh data key, every field sealed. */
  async store(tx: Queryable, playerId: string, data: PersonalData): Promise<void> {
    const dataKey = newDataKey();
    const wrapped = await this.keys.keyProvider.wrap(dataKey, keyContext(playerId));
    const sealed = (field: Field) => {
      const value = data[field];
      if (value === undefined) return null;
      return encryptField(
        dataKey,
        fieldContext(playerId, field),
        typeof value === 'string' ? value : JSON.stringify(value),
      );
    };
    const fullName = [data.givenName, data.familyName].filter(Boolean).join(' ');
    await tx.query(
      `INSERT INTO player_personal_data (player_id, master_key_id, wrapped_data_key, ${FIELD_COLUMN_LIST},
         email_index, full_name_index, family_name_index, address_index)
       VALUES (${Array.from({ length: 7 + FIELDS.length }, (_, i) => `$${i + 1}`).join(', ')})`,
      [
        playerId,
        wrapped.keyId,
        wrapped.wrapped,
        ...FIELDS.map(sealed),
        data.email ? this.index('email', normaliseEmail(data.email)) : null,
        fullName ? this.index('name', normaliseName(fullName)) : null,
        data.familyName ? this.index('name', normaliseName(data.familyName)) : null,
        data.address ? this.addressIndex(data.address) : null,
      ],
    );
  }

  /** The personal data of each player in `playerIds` that has any, decrypted; throws on any that does not decrypt. */
  async read(db: Queryable, playerIds: readonly string[]): Promise<Map<string, PersonalData>> {
    if (playerIds.length === 0) return new Map();
    const { rows } = await db.query<PersonalDataRow>(
      `SELECT player_id, master_key_id, wrapped_data_key, ${FIELD_COLUMN_LIST}
       FROM player_personal_data WHERE player_id = ANY($1)`,
      [playerIds],
    );
    const opened = await Promise.all(rows.map(async (row) => [row.player_id, await this.open(row)] as const));
    return new Map(opened);
  }

  /**
   * As `read`, for a list of players: a player whose data does not decrypt is named in `unreadable` instead of
   * failing the whole list (each is still an alarm: the caller logs or shows it).
   */
  async readEach(
    db: Queryable,
    playerIds: readonly string[],
  ): Promise<{ data: Map<string, PersonalData>; unreadable: PersonalDataUnreadableError[] }> {
    if (playerIds.length === 0) return { data: new Map(), unreadable: [] };
    const { rows } = await db.query<PersonalDataRow>(
      `SELECT player_id, master_key_id, wrapped_data_key, ${FIELD_COLUMN_LIST}
       FROM player_personal_data WHERE player_id = ANY($1)`,
      [playerIds],
    );
    const opened = await Promise.allSettled(rows.map(async (row) => [row.player_id, await this.open(row)] as const));
    const data = new Map<string, PersonalData>();
    const unreadable: PersonalDataUnreadableError[] = [];
    for (const result of opened) {
      if (result.status === 'fulfilled') data.set(...result.value);
      else if (result.reason instanceof PersonalDataUnreadableError) unreadable.push(result.reason);
      else throw result.reason;
    }
    return { data, unreadable };
  }

  /**
   * Rewraps, with the current master key, up to `batchSize` data keys that a retired master key wraps; returns how
   * many it rewrapped (0: none is left, and the retired keys can be removed from the configuration). The fields
   * stay as they are: only the small wrapped key changes. Rows are locked and skipped if locked, so several runs
   * may share the work.
   */
  async rewrapRetiredDataKeys(db: Db, batchSize = 500): Promise<number> {
    const { keyProvider } = this.keys;
    return withTransaction(db, async (tx) => {
      const { rows } = await tx.query<Pick<PersonalDataRow, 'player_id' | 'master_key_id' | 'wrapped_data_key'>>(
        `SELECT player_id, master_key_id, wrapped_data_key FROM player_personal_data
         WHERE master_key_id = ANY($1) LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [keyProvider.retiredKeyIds, batchSize],
      );
      for (const row of rows) {
        const context = keyContext(row.player_id);
        const dataKey = await keyProvider.unwrap({ keyId: row.master_key_id, wrapped: row.wrapped_data_key }, context);
        const rewrapped = await keyProvider.wrap(dataKey, context);
        await tx.query(
          'UPDATE player_personal_data SET master_key_id = $2, wrapped_data_key = $3 WHERE player_id = $1',
          [row.player_id, rewrapped.keyId, rewrapped.wrapped],
        );
      }
      return rows.length;
    });
  }

  /** How many data keys each master key wraps, by key id: what a rotation has left to do. */
  async dataKeysByMasterKey(db: Queryable): Promise<Record<string, number>> {
    const { rows } = await db.query<{ keyId: string; count: number }>(
      `SELECT master_key_id AS "keyId", count(*)::INT AS count FROM player_personal_data GROUP BY master_key_id`,
    );
    return Object.fromEntries(rows.map((row) => [row.keyId, row.count]));
  }

  private async open(row: PersonalDataRow): Promise<PersonalData> {
    try {
      const dataKey = await this.keys.keyProvider.unwrap(
        { keyId: row.master_key_id, wrapped: row.wrapped_data_key },
        keyContext(row.player_id),
      );
      const data: PersonalData = {};
      for (const field of FIELDS) {
        const ciphertext = row[FIELD_COLUMNS[field]];
        if (!ciphertext) continue;
        const clear = decryptField(dataKey, fieldContext(row.player_id, field), ciphertext);
        if (field === 'address') data.address = postalAddressSchema.parse(JSON.parse(clear));
        else data[field] = clear;
      }
      return data;
    } catch (err) {
      throw new PersonalDataUnreadableError(row.player_id, err);
    }
  }
}

// The authenticated data of a wrapped data key and of each field: a ciphertext is bound to its player and field.
const keyContext = (playerId: string) => `player-data-key:${playerId}`;
const fieldContext = (playerId: string, field: Field) => `player:${playerId}:${field}`;

/** The mask of a date of birth. */
export const MASKED_DATE = '****-**-**';
const MASK = '***';

const initialOf = (text: string) => `${[...text][0] ?? ''}${MASK}`;

/** A name as staff without the right to personal data see it: each part's initial (`J*** D***`). */
export const maskName = (name: string) => name.split(/\s+/).map(initialOf).join(' ');

/** An email with all but the first letter of each part hidden and the top-level domain kept: `j***@e***.com`. */
function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  const domain = email.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  return `${initialOf(email.slice(0, at))}@${initialOf(dot > 0 ? domain.slice(0, dot) : domain)}${dot > 0 ? domain.slice(dot) : ''}`;
}

/**
 * Personal data as staff without the right to read it see it: initials, the last two digits of the phone, and of
 * the address only the country (which the jurisdiction shows anyway).
 */
export function maskPersonalData(data: PersonalData): PersonalData {
  return {
    givenName: data.givenName && initialOf(data.givenName),
    familyName: data.familyName && initialOf(data.familyName),
    email: data.email && maskEmail(data.email),
    phone: data.phone && `${MASK}${data.phone.slice(-2)}`,
    address: data.address && {
      lines: [MASK],
      city: MASK,
      postcode: MASK,
      country: data.address.country,
    },
  };
}
