import { parseArgs } from 'node:util';
import { subjectOfPlayer } from '../domain/wallet/players';
import { devIssuerSettings, loadConfig } from '../platform/config';
import { createPool } from '../platform/db';
import { rotateDevKey, signDevToken } from '../simulators/identity-provider/dev-keys';

// A bearer token of the local stack's development identity provider, for trying the player API with curl:
//   npm run player:token -- <playerId>            a registered player's token
//   npm run player:token -- --subject <subject>   a token for any subject (to register a new player with)
//   npm run player:token -- --rotate-key          a new signing key (the previous one keeps verifying its tokens)
// `--ttl <seconds>` sets the lifetime (1 hour by default). It prints the token alone, so `$(npm run -s ...)` works.
const usage = 'usage: npm run -s player:token -- <playerId> | --subject <subject> | --rotate-key [--ttl <seconds>]';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { subject: { type: 'string' }, ttl: { type: 'string' }, 'rotate-key': { type: 'boolean' } },
  });
  const config = loadConfig();
  if (!config.devIssuer) {
    console.error(
      'The development identity provider runs on the local stack only (no NODE_ENV=production, no DATABASE_URL, ' +
        "no PLAYER_TOKEN_ISSUER): tokens elsewhere come from the operator's identity provider.",
    );
    return 78;
  }
  if (values['rotate-key']) {
    const [newest, previous] = await rotateDevKey(config.STACK_DATA_DIR);
    console.error(`signing with ${newest!.kid} now; ${previous?.kid ?? 'no other key'} still verifies its tokens`);
    return 0;
  }
  const ttlSeconds = values.ttl === undefined ? undefined : Number(values.ttl);
  if (ttlSeconds !== undefined && !(Number.isSafeInteger(ttlSeconds) && ttlSeconds > 0)) {
    console.error(`--ttl must be a number of seconds\n${usage}`);
    return 64;
  }
  const [playerId, ...rest] = positionals;
  if (Boolean(values.subject) === Boolean(playerId) || rest.length > 0) {
    console.error(usage);
    return 64;
  }
  let subject = values.subject;
  if (playerId) {
    const db = createPool(config.databaseUrl, 1);
    try {
      subject = await subjectOfPlayer(db, playerId);
    } finally {
      await db.end();
    }
    if (!subject) {
      console.error(`No player ${playerId} with a subject (players registered through the API have one).`);
      return 66;
    }
  }
  const settings = devIssuerSettings(config);
  console.log(await signDevToken(config.STACK_DATA_DIR, { ...settings, subject: subject!, ttlSeconds }));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
