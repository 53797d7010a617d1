import { z } from 'zod';
import {
  DueDiligenceErrorType,
  DueDiligenceLevel,
  DueDiligenceTrigger,
  KycStatus,
  SourceOfFundsStatus,
} from '../../contracts/kyc';
import { count, dateTime, nullableDateTime } from '../openapi/common-schemas';
import { answeredWith, NOT_FOUND, Tag, type DomainOpenApi } from '../openapi/operation-spec';
import { playerIdParam } from '../players/player-router';
import {
  clearDueDiligenceBody,
  dueDiligenceDecisionStatus,
  sourceOfFundsEvidenceBody,
  sourceOfFundsRequestParams,
} from './due-diligence-router';

// The OpenAPI part of KYC standing and enhanced due diligence (issue 14, items 4 and 5). The KYC domain's module
// (domains/kyc.ts) lists it beside the onboarding and screening parts.

const backOfficeTag = 'Back office: KYC';

const playerSourceOfFundsSchema = z
  .object({
    requestId: z.string(),
    status: z.enum(SourceOfFundsStatus),
    dueAt: dateTime.meta({ description: 'After this, deposits, withdrawals and bets are refused until cleared.' }),
    submittedAt: nullableDateTime,
  })
  .meta({ id: 'PlayerSourceOfFundsRequest', description: 'What the player is asked to prove, and by when.' });

const sourceOfFundsRequestSchema = z
  .object({
    requestId: z.string(),
    playerId: z.string(),
    trigger: z.enum(DueDiligenceTrigger).meta({ description: 'What raised the player to enhanced due diligence.' }),
    status: z.enum(SourceOfFundsStatus),
    workflowId: z.string().meta({ description: 'The dueDiligenceWorkflow that follows it, in Temporal Web.' }),
    dueAt: dateTime,
    remindersSent: count,
    submittedAt: nullableDateTime,
    clearedBy: z.string().nullable(),
    clearedAt: nullableDateTime,
  })
  .meta({ id: 'SourceOfFundsRequest', description: 'A source-of-funds request, without the evidence itself.' });

const kycStandingSchema = z
  .object({
    playerId: z.string(),
    status: z.enum(KycStatus),
    requiredLevel: z.enum(DueDiligenceLevel),
    restricted: z.boolean().meta({ description: 'No deposit, withdrawal or bet until an officer clears it.' }),
    restrictionReason: z.string().nullable(),
    updatedAt: dateTime,
    verifyBeforeDepositOrPlay: z.boolean().meta({
      description: "Whether the player's jurisdiction requires verification before any deposit or bet.",
    }),
    sourceOfFunds: sourceOfFundsRequestSchema.nullable().meta({ description: 'The open request, if any.' }),
  })
  .meta({ id: 'KycStanding', description: "A player's KYC standing as the payment and bet gates read it." });

const dueDiligenceStateSchema = z
  .object({
    playerId: z.string(),
    requestId: z.string(),
    trigger: z.enum(DueDiligenceTrigger),
    status: z.enum(SourceOfFundsStatus),
    remindersSent: count,
    dueAt: dateTime,
    clearedBy: z.string().optional(),
    clearReason: z.string().optional(),
  })
  .meta({ id: 'DueDiligenceState', description: 'The due diligence workflow after the decision.' });

/** The routes of KYC standing and enhanced due diligence. */
export const dueDiligenceOpenApi: DomainOpenApi = {
  tags: [
    {
      name: backOfficeTag,
      description: 'KYC standing (verification, due diligence level, restrictions) and enhanced due diligence.',
    },
  ],
  requestSchemas: [
    [sourceOfFundsEvidenceBody, 'SourceOfFundsEvidence'],
    [clearDueDiligenceBody, 'ClearDueDiligence'],
  ],
  operations: [
    {
      method: 'get',
      path: '/player/v1/kyc/source-of-funds',
      operationId: 'getMySourceOfFundsRequest',
      tag: Tag.PlayerApi,
      summary: 'Read the open source-of-funds request',
      description:
        'Enhanced due diligence asks the player where their funds come from, with a deadline (the jurisdiction ' +
        'rules, `sourceOfFundsEvidence`); reminders come before it. 404 when nothing is asked.',
      caller: 'player',
      success: { status: 200, description: 'The open request.', schema: playerSourceOfFundsSchema },
      errors: NOT_FOUND,
    },
    {
      method: 'post',
      path: '/player/v1/kyc/source-of-funds',
      operationId: 'submitSourceOfFunds',
      tag: Tag.PlayerApi,
      summary: 'Send source-of-funds evidence',
      description:
        'Stored encrypted; a compliance officer reviews it and clears the request. Evidence sent after the deadline ' +
        'is kept, but the restriction stays until the officer clears it. A second submission replaces the first. ' +
        '404 when nothing is asked.',
      caller: 'player',
      body: sourceOfFundsEvidenceBody,
      success: { status: 200, description: 'The request, now SUBMITTED.', schema: playerSourceOfFundsSchema },
      errors: NOT_FOUND,
    },
    {
      method: 'get',
      path: '/api/kyc/players/:playerId/standing',
      operationId: 'getKycStanding',
      tag: backOfficeTag,
      summary: "A player's KYC standing",
      description:
        'Verification status, the due diligence level required (CDD from the cumulative deposits threshold, EDD ' +
        'on a PEP match or the withdrawal risk rule), any restriction and the open source-of-funds request.',
      caller: 'staff',
      params: playerIdParam,
      success: { status: 200, description: 'The standing.', schema: kycStandingSchema },
      errors: NOT_FOUND,
    },
    {
      method: 'post',
      path: '/api/kyc/players/:playerId/source-of-funds/:requestId/clear',
      operationId: 'clearSourceOfFunds',
      tag: backOfficeTag,
      summary: 'Clear a source-of-funds request',
      description:
        "A compliance officer's decision, with a reason: the request is closed and any restriction it caused is " +
        'lifted. Audited, accepted or refused.',
      caller: 'staff',
      params: sourceOfFundsRequestParams,
      body: clearDueDiligenceBody,
      success: { status: 200, description: 'The workflow after the decision.', schema: dueDiligenceStateSchema },
      errors: {
        ...NOT_FOUND,
        ...answeredWith(409, [DueDiligenceErrorType.ALREADY_CLEARED]),
        ...answeredWith(dueDiligenceDecisionStatus[DueDiligenceErrorType.REASON_REQUIRED]!, [
          DueDiligenceErrorType.REASON_REQUIRED,
        ]),
      },
    },
  ],
};
