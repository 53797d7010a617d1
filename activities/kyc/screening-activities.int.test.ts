import { MockActivityEnvironment } from '@temporalio/testing';
import { ApplicationFailure } from '@temporalio/activity';
import { PersonalDataVault } from '../../domain/wallet/player-personal-data';
import { createPool, type Db } from '../../platform/db';
import { newBusinessId } from '../../platform/ids';
import { loadPersonalDataKeys } from '../../platform/personal-data-keys';
import { ownDatabase } from '../../test/support/own-database';
import { createScreeningActivities, UNKNOWN_PLAYER_FAILURE } from './screening-activities';

// The screening activities as a worker runs them (in an activity context), on a database of the screening tests' own:
// a player who does not exist is a final failure, not one to retry; a known one gets an outcome of counts and ids.

let db: Db;
let activities: ReturnType<typeof createScreeningActivities>;
beforeAll(async () => {
  const config = await ownDatabase('screening_lists_test');
  db = createPool(config.databaseUrl, 2);
  activities = createScreeningActivities({ db, vault: new PersonalDataVault(loadPersonalDataKeys(config)) });
});
afterAll(() => db.end());

it('fails for good when the player does not exist', async () => {
  const failure = await new MockActivityEnvironment()
    .run(activities.screenPlayer, { playerId: newBusinessId('pl'), reason: 'ONBOARDING' as const })
    .catch((err: unknown) => err);
  expect(failure).toBeInstanceOf(ApplicationFailure);
  expect(failure).toMatchObject({ type: UNKNOWN_PLAYER_FAILURE, nonRetryable: true });
});

it('pages the players to re-screen', async () => {
  const page = (await new MockActivityEnvironment().run(activities.playersToRescreen, { limit: 3 })) as string[];
  expect(page.length).toBeLessThanOrEqual(3);
  expect([...page].sort()).toEqual(page);
});
