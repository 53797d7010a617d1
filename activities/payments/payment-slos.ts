import type { PaymentStep, RecordedPaymentStep } from '../../domain/payments/payments-repository';
import { exposeSloMetrics, sloMetrics } from '../../platform/slo-metrics';

/** Exposes the payment SLO histograms on the process that hosts the payments activities. */
export function exposePaymentSlos(): void {
  exposeSloMetrics(sloMetrics.depositEndToEnd, sloMetrics.payoutTime, sloMetrics.approvalWait);
}

/**
 * Observes the payment SLO that a step completes, from the read model's own timeline: a deposit's CREDITED step
 * (the wallet credit, recorded right after it), a withdrawal's PAID step (after the PSP confirmed it), and the
 * officer decision that settled a withdrawal's review (the last APPROVAL it needs, or a REJECTION: once per
 * withdrawal, from its first entering the officers' queue, at the decision itself rather than after any
 * compensation). Only a step this try recorded counts, so a retried or replayed step is never observed twice.
 */
export function observePaymentSlo(step: PaymentStep, recorded: RecordedPaymentStep | undefined): void {
  if (!recorded) return;
  const psp = recorded.psp ?? 'none';
  if (recorded.kind === 'DEPOSIT' && step.type === 'CREDITED') {
    sloMetrics.depositEndToEnd.observe({ psp }, recorded.secondsSinceRequest);
  } else if (recorded.kind === 'WITHDRAWAL' && step.type === 'PAID') {
    const approval = recorded.approvalsNeeded > 0 ? 'officer' : 'automatic';
    sloMetrics.payoutTime.observe({ psp, approval }, recorded.secondsSinceRequest);
  } else if (recorded.approvalWaitSeconds !== null) {
    const decision = step.type === 'REJECTION' ? 'reject' : 'approve';
    sloMetrics.approvalWait.observe({ decision }, recorded.approvalWaitSeconds);
  }
}
