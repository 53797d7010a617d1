import {
  ScheduleAlreadyRunning,
  ScheduleOverlapPolicy,
  WorkflowExecutionAlreadyStartedError,
  type Client,
} from '@temporalio/client';
import { defineSearchAttributeKey, WorkflowIdReusePolicy } from '@temporalio/common';
import {
  KYC_TASK_QUEUE,
  KycSignal,
  KycWorkflowType,
  kycOnboardingWorkflowId,
  rescreeningScheduleId,
  rescreeningWorkflowId,
  type KycOnboardingInput,
  type RescreeningInput,
  type ScreeningOutcome,
} from '../../contracts/kyc';
import { SearchAttribute } from '../../contracts/search-attributes';
import type { ImportOutcome } from './screening/list-versions';

// How the KYC workflows are started, in one place for the API (registration, a list import), the re-screening
// activities and the worker (the daily Schedule): ids, task queue, summaries and search attributes. Workflows are
// named by type, as the workflow code is not imported outside the sandbox.

const PlayerIdKey = defineSearchAttributeKey(SearchAttribute.PlayerId.name, SearchAttribute.PlayerId.type);
const BusinessIdKey = defineSearchAttributeKey(SearchAttribute.BusinessId.name, SearchAttribute.BusinessId.type);
const BusinessStatusKey = defineSearchAttributeKey(
  SearchAttribute.BusinessStatus.name,
  SearchAttribute.BusinessStatus.type,
);

const onboardingOptions = (playerId: string, summary: string) => ({
  taskQueue: KYC_TASK_QUEUE,
  workflowId: kycOnboardingWorkflowId(playerId),
  staticSummary: summary,
  typedSearchAttributes: [
    { key: PlayerIdKey, value: playerId },
    { key: BusinessIdKey, value: playerId },
    { key: BusinessStatusKey, value: 'PENDING' },
  ],
});

/**
 * Starts a registered player's onboarding. Idempotent: the id is the player's, and any run under it, running or
 * closed (a retried registration after the player was verified), is the one wanted: a duplicate is rejected.
 */
export async function startKycOnboarding(
  temporal: Client,
  input: { playerId: string; checksTimeoutMs: number },
): Promise<void> {
  const args: [KycOnboardingInput] = [{ ...input, trigger: 'REGISTRATION' }];
  try {
    await temporal.workflow.start(KycWorkflowType.onboarding, {
      ...onboardingOptions(input.playerId, `KYC onboarding of player ${input.playerId}`),
      workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
      args,
    });
  } catch (err) {
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
  }
}

/**
 * Hands a re-screening's new hits to the player's onboarding: a run still open (under review, say) gets them as a
 * Signal; once the last run has ended, a new run under the same id starts with them and goes to an officer.
 */
export async function signalScreeningHits(
  temporal: Client,
  input: { playerId: string; outcome: ScreeningOutcome; checksTimeoutMs: number },
): Promise<void> {
  const args: [KycOnboardingInput] = [
    { playerId: input.playerId, trigger: 'RESCREEN', checksTimeoutMs: input.checksTimeoutMs },
  ];
  await temporal.workflow.signalWithStart(KycWorkflowType.onboarding, {
    ...onboardingOptions(input.playerId, `KYC review of player ${input.playerId} after a re-screening hit`),
    args,
    signal: KycSignal.screeningHits,
    signalArgs: [input.outcome],
  });
}

const rescreeningArgs = (runId: string, batchSize: number, listVersionId?: string): [RescreeningInput] => [
  { runId, batchSize, ...(listVersionId ? { listVersionId } : {}) },
];

/**
 * Starts the re-screening of every active player against what the list version `listVersionId` changed (called
 * after an import that changed something); one run per list version, so a repeated call starts nothing new.
 */
export async function startRescreening(
  temporal: Client,
  listVersionId: string,
  batchSize = 200,
): Promise<{ workflowId: string }> {
  const runId = `list-${listVersionId}`;
  const workflowId = rescreeningWorkflowId(runId);
  try {
    await temporal.workflow.start(KycWorkflowType.rescreening, {
      taskQueue: KYC_TASK_QUEUE,
      workflowId,
      args: rescreeningArgs(runId, batchSize, listVersionId),
      staticSummary: `Re-screening of every active player against list version ${listVersionId}`,
      typedSearchAttributes: [{ key: BusinessIdKey, value: runId }],
    });
  } catch (err) {
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
  }
  return { workflowId };
}

/**
 * After a list import, re-screens every active player against what it added or changed; an unchanged import, or one
 * that only removed entries, starts nothing. Answers the run's workflow id when one started.
 */
export async function rescreenAfterImport(
  temporal: Client,
  outcome: ImportOutcome,
  batchSize?: number,
): Promise<string | undefined> {
  if (outcome.unchanged || outcome.version.addedCount + outcome.version.changedCount === 0) return undefined;
  return (await startRescreening(temporal, outcome.version.versionId, batchSize)).workflowId;
}

/**
 * The daily re-screening Schedule (03:00 UTC, after the lists' overnight updates), created if missing. On-demand
 * runs: `temporal schedule trigger --schedule-id kyc:rescreening:daily`.
 */
export async function ensureRescreeningSchedule(temporal: Client, batchSize: number): Promise<boolean> {
  try {
    await temporal.schedule.create({
      scheduleId: rescreeningScheduleId,
      spec: { calendars: [{ hour: 3, minute: 0, comment: 'daily at 03:00 UTC' }] },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' },
      action: {
        type: 'startWorkflow',
        workflowType: KycWorkflowType.rescreening,
        workflowId: rescreeningWorkflowId('scheduled'),
        taskQueue: KYC_TASK_QUEUE,
        args: rescreeningArgs('daily', batchSize),
        staticSummary: 'Daily re-screening of every active player against the sanctions and PEP lists',
        typedSearchAttributes: [{ key: BusinessIdKey, value: 'daily' }],
      },
    });
    return true;
  } catch (err) {
    if (!(err instanceof ScheduleAlreadyRunning)) throw err;
    return false;
  }
}
