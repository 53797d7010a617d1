/** Business failure types of staff administration, used as API problem codes. */
export const StaffRuleType = {
  UsernameTaken: 'USERNAME_TAKEN',
  UnknownStaff: 'UNKNOWN_STAFF',
  CannotLockOutSelf: 'CANNOT_LOCK_OUT_SELF',
} as const;
export type StaffRuleType = (typeof StaffRuleType)[keyof typeof StaffRuleType];

/** Thrown when a change to staff accounts breaks a rule; `type` says which, `context` carries the facts. */
export class StaffRuleError extends Error {
  constructor(
    readonly type: StaffRuleType,
    message: string,
    readonly context: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'StaffRuleError';
  }
}
