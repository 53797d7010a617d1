import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import { RgLimitChangeMessage, type RgLimitChangeState } from '../../contracts/rg';

// The RG workflows' messages, for workflow code and the Temporal clients that send them (the API's routes, tests).
// Each part of the domain adds its block; everyone else uses contracts/rg.ts.

// rg-harm:
export * from './intervention-messages';
export * from './vulnerability-check-messages';

// rg-limits: the limit-change workflow.

/** The player confirms the increase after the cooling-off; answers the state once it has applied (or ended). */
export const confirmLimitChangeUpdate = defineUpdate<RgLimitChangeState, []>(RgLimitChangeMessage.confirm);
/** The change was cancelled in Postgres (a decrease of the same limit, a newer request): the workflow ends now. */
export const cancelLimitChangeSignal = defineSignal<[]>(RgLimitChangeMessage.cancel);
/** The change's live state, with when it takes effect. */
export const getLimitChangeStatusQuery = defineQuery<RgLimitChangeState>(RgLimitChangeMessage.getStatus);
