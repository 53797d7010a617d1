import { createKycActivities } from '../activities/kyc';
import { createDueDiligenceActivities } from '../activities/kyc/due-diligence-activities';
import { createKycProviderActivities } from '../activities/kyc/provider-activities';
import { createScreeningActivities } from '../activities/kyc/screening-activities';
import { createKycProviderClient } from '../domain/kyc/kyc-provider';
import { ensureRescreeningSchedule } from '../domain/kyc/kyc-workflow-starts';
import { PersonalDataVault } from '../domain/wallet/player-personal-data';
import { loadPersonalDataKeys } from '../platform/personal-data-keys';
import { runTemporalWorker } from '../platform/temporal-worker';
import { connectTemporalClient, lazyTemporalClient } from '../platform/temporal';
import { KYC_TASK_QUEUE, rescreeningScheduleId } from '../contracts/kyc';
import { workflowCode } from './workflow-code';

/** How long a re-screening's signalWithStart (or a due diligence start) may take before its activity retries. */
const SIGNAL_TIMEOUT_MS = 10_000;

// Temporal worker of the KYC task queue: onboarding and re-screening workflows, their activities (the onboarding's
// own, the screening's and the KYC provider's), and the daily re-screening Schedule.
runTemporalWorker({
  name: 'kyc-worker',
  taskQueue: KYC_TASK_QUEUE,
  activities: ({ db, config, logger }) => {
    const vault = new PersonalDataVault(loadPersonalDataKeys(config));
    // One per process, so the screening index in memory is built once and shared by every activity.
    const screening = createScreeningActivities({ db, vault });
    const temporal = lazyTemporalClient(config, SIGNAL_TIMEOUT_MS);
    return {
      ...createKycActivities({
        db,
        temporal,
        screening,
        checksTimeoutMs: config.KYC_CHECKS_TIMEOUT_SECONDS * 1000,
        logger,
      }),
      ...screening,
      ...createDueDiligenceActivities({ db, logger, temporal: async () => temporal }),
      ...createKycProviderActivities({
        db,
        vault,
        provider: createKycProviderClient({ baseUrl: config.kycProviderBaseUrl }),
      }),
    };
  },
  workflows: workflowCode,
  beforePolling: async ({ config, logger }) => {
    const client = await connectTemporalClient(config);
    try {
      if (await ensureRescreeningSchedule(client, config.KYC_RESCREENING_BATCH_SIZE)) {
        logger.info({ scheduleId: rescreeningScheduleId }, 'created the daily re-screening schedule');
      }
    } finally {
      await client.connection.close();
    }
  },
});
