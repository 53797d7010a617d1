import { z } from 'zod';
import { AML_SEVERITIES, type AmlSeverity } from '../../contracts/aml';
import { defineEvent } from '../../platform/events';

/**
 * Published for every alert the monitoring consumer raises, in the same transaction as the alert row
 * (`aml_alerts`). The AML worker's router consumes it and files the alert into the player's open case (starting a
 * case workflow when there is none). Ids, codes and numbers only: the explanation stays in Postgres.
 */
export const amlAlertRaisedEvent = defineEvent({
  topic: 'risk.alerts',
  type: 'risk.alert.raised',
  version: 1,
  payload: z.object({
    alertId: z.string().min(1),
    playerId: z.string().min(1),
    ruleId: z.string().min(1),
    ruleVersion: z.number().int().positive(),
    severity: z.enum(AML_SEVERITIES as [AmlSeverity, ...AmlSeverity[]]),
    score: z.number().int().min(0),
    occurredAt: z.iso.datetime({ offset: true }),
  }),
});
