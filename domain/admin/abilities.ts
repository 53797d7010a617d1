import { AbilityBuilder, createMongoAbility, type MongoAbility } from '@casl/ability';
import { StaffRole } from '../../contracts/admin';

// Who may do what in the back office, defined once: the API enforces these rules and the admin UI uses the same
// ones to show or hide actions. Deny by default: a role has exactly the rules listed for it. No Node imports, so
// the browser bundle can include this file.

export type Action = 'read' | 'approve' | 'reject' | 'retry' | 'create' | 'run' | 'update' | 'manage' | 'export';

/** A withdrawal as a decision is taken on it: who raised it, who decided already, whether the next approval must be senior. */
export interface WithdrawalSubject {
  __typename: 'Withdrawal';
  requestedBy: string;
  decidedBy: string[];
  seniorRequiredForNext: boolean;
}

/** A suspicious activity report as the MLRO decides on it: who drafted it (maker ≠ checker). */
export interface SarSubject {
  __typename: 'Sar';
  draftedBy: string;
}

export type Subject =
  | 'Payment'
  | 'Withdrawal'
  | WithdrawalSubject
  | 'Player'
  | 'PlayerPersonalData'
  | 'PlayerStatus'
  | 'AuditLog'
  | 'Staff'
  | 'Reconciliation'
  | 'OpsProbe'
  | 'ServiceLevels'
  | 'JurisdictionPolicy'
  | 'WorkflowPayload'
  | 'KycReview'
  | 'KycStanding'
  | 'DueDiligence'
  | 'ScreeningList'
  | 'ScreeningHit'
  | 'AmlAlert'
  | 'AmlCase'
  | 'AmlRule'
  | 'Sar'
  | SarSubject
  | 'PlayerNote'
  | 'PlayerContext'
  | 'AmlRetention'
  | 'RgLimit'
  | 'RgExclusion'
  | 'RgRestriction'
  | 'RgIntervention'
  | 'RgInteraction'
  | 'all';

export type AppAbility = MongoAbility<[Action, Subject]>;

/** The acting staff member, as the session knows them. */
export interface Actor {
  staffId: string;
  roles: readonly StaffRole[];
}

/** The abilities of one staff member: the union of their roles' rules, then the rules no role may break. */
export function defineAbilitiesFor(actor: Actor): AppAbility {
  const { can, cannot, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
  const has = (role: StaffRole) => actor.roles.includes(role);
  const notMineAndUndecidedByMe = { requestedBy: { $ne: actor.staffId }, decidedBy: { $nin: [actor.staffId] } };

  if (has(StaffRole.COMPLIANCE_OFFICER) || has(StaffRole.SENIOR_COMPLIANCE)) {
    can('read', ['Payment', 'Withdrawal', 'Player', 'PlayerPersonalData', 'AuditLog']);
    can('update', 'PlayerStatus');
    const conditions = has(StaffRole.SENIOR_COMPLIANCE)
      ? notMineAndUndecidedByMe
      : { ...notMineAndUndecidedByMe, seniorRequiredForNext: false };
    can(['approve', 'reject'], 'Withdrawal', conditions);
    can('read', 'JurisdictionPolicy');
    // KYC reviews: clearing (approve) or rejecting a player; four eyes on a sanctions or PEP hit is the workflow's.
    can(['read', 'approve', 'reject'], 'KycReview');
    can('read', 'KycStanding');
    can('update', 'DueDiligence'); // clear a source-of-funds request and the restriction it caused
    // Sanctions and PEP screening is theirs: the lists, their imports, and the hits they review.
    can(['read', 'create'], 'ScreeningList');
    can('read', 'ScreeningHit');
  }
  // AML (issue 15). Analysts and compliance officers work alerts and cases and draft SARs; escalated cases wait for a
  // senior officer or the MLRO; only the MLRO approves a SAR, never one they drafted. Everyone who may read a player
  // sees and adds notes; the decision context (money flows, linked players, alerts, past decisions) is for those who
  // decide.
  if (has(StaffRole.COMPLIANCE_OFFICER) || has(StaffRole.SENIOR_COMPLIANCE) || has(StaffRole.RISK_ANALYST)) {
    can('read', ['AmlAlert', 'AmlCase', 'AmlRule', 'Sar', 'PlayerContext']);
    can('update', 'AmlCase'); // claim, assign, investigate, escalate, notes, close
    can('create', 'Sar'); // draft
  }
  if (has(StaffRole.RISK_ANALYST)) {
    can(['create', 'run'], 'AmlRule'); // a new version; a back-test
  }
  if (has(StaffRole.MLRO)) {
    can('read', ['Payment', 'Withdrawal', 'Player', 'PlayerPersonalData', 'AuditLog', 'JurisdictionPolicy']);
    can('read', ['KycReview', 'KycStanding', 'ScreeningList', 'ScreeningHit']);
    can('read', ['AmlAlert', 'AmlCase', 'AmlRule', 'Sar', 'PlayerContext', 'AmlRetention']);
    can('update', 'AmlCase');
    can(['create', 'run', 'update'], 'AmlRule'); // update: make a version live
    can('create', 'Sar');
    can(['approve', 'reject'], 'Sar', { draftedBy: { $ne: actor.staffId } });
    can('export', 'Sar');
    can('run', 'AmlRetention'); // purge what the retention report lists
  }
  if (has(StaffRole.ADMIN)) {
    can('read', 'AmlRetention');
  }
  // Responsible gambling (issue 16). RG officers read everything RG about a player, work interventions, put on and
  // lift restrictions, and log interactions; customer support reads it and records what a player asks for on the
  // phone (a time-out, a self-exclusion, a lower limit: never a higher one) and their contacts about gambling.
  if (has(StaffRole.RG_OFFICER)) {
    can('read', ['Player', 'Payment', 'Withdrawal', 'JurisdictionPolicy']);
    can('read', ['RgLimit', 'RgExclusion', 'RgRestriction', 'RgIntervention', 'RgInteraction']);
    can(['create', 'update'], ['RgRestriction', 'RgIntervention', 'RgInteraction', 'RgExclusion']);
    can('update', 'RgLimit'); // a decrease on the player's behalf; increases are the player's own
  }
  if (has(StaffRole.CS_AGENT)) {
    can('read', ['RgLimit', 'RgExclusion', 'RgRestriction', 'RgIntervention', 'RgInteraction']);
    can('create', ['RgExclusion', 'RgInteraction']);
    can('update', 'RgLimit');
  }
  if (has(StaffRole.COMPLIANCE_OFFICER) || has(StaffRole.SENIOR_COMPLIANCE) || has(StaffRole.MLRO)) {
    can('read', ['RgLimit', 'RgExclusion', 'RgRestriction', 'RgIntervention', 'RgInteraction']);
  }
  if (actor.roles.some((r) => r !== StaffRole.ENGINEER && r !== StaffRole.ADMIN)) {
    can(['read', 'create'], 'PlayerNote');
  }
  if (has(StaffRole.PAYMENTS_OPS)) {
    can('read', ['Payment', 'Withdrawal', 'Player', 'Reconciliation']);
    can('create', 'Withdrawal');
    can('retry', 'Withdrawal');
    can('run', ['Reconciliation', 'OpsProbe']);
    can('read', 'ServiceLevels'); // the SLOs on the Operations page: deposits, payouts, bets, outbox, Kafka
    can('read', 'JurisdictionPolicy'); // reverse withdrawals and due-diligence thresholds shape their payouts
    can('read', 'KycStanding'); // why a payout is refused: KYC not verified, or restricted
  }
  if (has(StaffRole.CS_AGENT)) {
    can('read', ['Payment', 'Withdrawal', 'Player']); // personal data stays masked
    can('create', 'Withdrawal');
    // Not the jurisdiction rules: they show the deposit levels that trigger due diligence and vulnerability checks,
    // which the front line must not be able to tell a player who wants to stay under them.
  }
  if (has(StaffRole.RISK_ANALYST)) {
    can('read', ['Payment', 'Withdrawal', 'Player', 'PlayerPersonalData', 'AuditLog', 'Reconciliation']);
    can('export', 'AuditLog');
    can('read', 'JurisdictionPolicy');
    can('read', 'KycReview');
    can('read', 'KycStanding');
    can('read', ['ScreeningList', 'ScreeningHit']);
  }
  if (has(StaffRole.ENGINEER)) {
    // The codec server (Temporal Web): decrypting workflow payloads shows what workflows carry; encoding lets Temporal
    // Web send signals and updates. The ops screens are theirs too.
    can(['read', 'create'], 'WorkflowPayload');
    can('run', 'OpsProbe');
    can('read', 'ServiceLevels');
  }
  if (has(StaffRole.ADMIN)) {
    can(['read', 'create'], 'WorkflowPayload');
    can('manage', 'Staff');
    can('read', 'AuditLog');
    can('export', 'AuditLog');
    can('run', 'OpsProbe');
    can('read', 'ServiceLevels');
    can('read', 'JurisdictionPolicy');
    cannot(['approve', 'reject'], 'Withdrawal').because('administrators manage staff; they never approve money');
  }
  cannot(['approve', 'reject'], 'Sar', { draftedBy: actor.staffId }).because(
    'a SAR is approved by someone else than its drafter',
  );
  return build({ detectSubjectType: (subject) => (typeof subject === 'string' ? subject : subject.__typename) });
}
