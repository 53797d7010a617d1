import { SchemeCheckPurpose, type RgRefusal } from '../../../contracts/rg';
import { loadConfig } from '../../../platform/config';
import type { Queryable } from '../../../platform/db';
import { loadPersonalDataKeys } from '../../../platform/personal-data-keys';
import { PersonalDataVault } from '../../wallet/player-personal-data';
import { httpNationalSchemeClient } from './national-scheme-client';
import { checkPlayerAgainstScheme, refusalOfAnswer, type SchemeCheckDeps } from './scheme-checks';

// The national scheme checks that gates call with only a database (the deposit gate, marketing): the scheme client
// and the personal-data vault are built once per process from its configuration, on first use, unless a test or a
// process set them first.

let configured: SchemeCheckDeps | undefined;

/** Sets the scheme client and vault the gates use in this process (tests; a process that has its own vault). */
export function configureSchemeChecks(deps: SchemeCheckDeps): void {
  configured = deps;
}

/** The process's scheme check dependencies, built from the configuration on first use. */
export function schemeCheckDeps(): SchemeCheckDeps {
  if (!configured) {
    const config = loadConfig();
    configured = {
      client: httpNationalSchemeClient(config.nationalSchemesUrl),
      vault: new PersonalDataVault(loadPersonalDataKeys(config)),
    };
  }
  return configured;
}

/**
 * Why a deposit of `playerId` may not go ahead under their national scheme: NATIONALLY_EXCLUDED when listed,
 * NATIONAL_SCHEME_UNAVAILABLE when the scheme did not answer after the retries (fail closed); undefined otherwise,
 * and where the jurisdiction has no scheme. Each check is recorded and audited.
 */
export async function schemeDepositRefusal(db: Queryable, playerId: string): Promise<string | undefined> {
  const answer = await checkPlayerAgainstScheme(db, schemeCheckDeps(), playerId, SchemeCheckPurpose.DEPOSIT);
  return refusalOfAnswer(answer) satisfies RgRefusal | undefined;
}
