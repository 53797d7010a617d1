import { z } from 'zod';
import { DueDiligenceLevel, KycStatus } from '../../contracts/kyc';
import { defineEvent } from '../../platform/events';

/**
 * Published whenever a player's KYC standing changes (status, required level, restriction), in the same transaction
 * as the change (domain/kyc/kyc-standing.ts). `version` grows with every change of the player's standing, so a
 * consumer can tell a late duplicate from news. Codes and ids only: no personal data travels on Kafka.
 */
export const kycStatusChangedEvent = defineEvent({
  topic: 'kyc.status',
  type: 'kyc.status.changed',
  version: 1,
  payload: z.object({
    playerId: z.string().min(1),
    status: z.enum(Object.values(KycStatus) as [KycStatus, ...KycStatus[]]),
    previousStatus: z.enum(Object.values(KycStatus) as [KycStatus, ...KycStatus[]]),
    requiredLevel: z.enum(Object.values(DueDiligenceLevel) as [DueDiligenceLevel, ...DueDiligenceLevel[]]),
    restricted: z.boolean(),
    restrictionReason: z.string().nullable(),
    reason: z.string().min(1),
    standingVersion: z.number().int().positive(),
  }),
});
