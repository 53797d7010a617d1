import { createMongoAbility } from '@casl/ability';
import type { AppAbility, WithdrawalSubject } from '../../../domain/admin/abilities';
import type { Session } from './admin-api';

/**
 * The staff member's abilities, built from the rules the API enforces for them (the same `defineAbilitiesFor`
 * produced them on the server). The UI only hides what the API would refuse anyway; the API stays the authority.
 */
export function abilityOf(session: Session): AppAbility {
  return createMongoAbility<AppAbility>(session.rules, {
    detectSubjectType: (subject) => (typeof subject === 'string' ? subject : subject.__typename),
  });
}

/** A withdrawal as CASL judges a decision on it. */
export function withdrawalSubject(withdrawal: {
  requestedBy: string;
  decidedBy: string[];
  seniorRequiredForNext: boolean;
}): WithdrawalSubject {
  return {
    __typename: 'Withdrawal',
    requestedBy: withdrawal.requestedBy,
    decidedBy: withdrawal.decidedBy,
    seniorRequiredForNext: withdrawal.seniorRequiredForNext,
  };
}
