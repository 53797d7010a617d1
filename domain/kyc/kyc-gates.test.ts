import { KycRefusal, KycStatus, type KycGatedMovement } from '../../contracts/kyc';
import { kycRefusalOf } from './kyc-gates';

// The KYC rule of the payment gates and the bet gate, as a table: a restriction first, then a refused verification,
// then verification where it is required (withdrawals everywhere, deposits and bets where the jurisdiction says).

const movements: KycGatedMovement[] = ['DEPOSIT', 'WITHDRAWAL', 'BET'];

describe('kycRefusalOf', () => {
  it('lets a verified, unrestricted player move money everywhere', () => {
    for (const movement of movements) {
      for (const verifyFirst of [true, false]) {
        expect(kycRefusalOf({ status: KycStatus.VERIFIED, restricted: false }, verifyFirst, movement)).toBeUndefined();
      }
    }
  });

  it('refuses a restricted player anything, even verified, before any other reason', () => {
    for (const status of Object.values(KycStatus)) {
      for (const movement of movements) {
        expect(kycRefusalOf({ status, restricted: true }, false, movement)).toBe(KycRefusal.KYC_RESTRICTED);
      }
    }
  });

  it('refuses a rejected player anything, whatever the jurisdiction', () => {
    for (const movement of movements) {
      expect(kycRefusalOf({ status: KycStatus.REJECTED, restricted: false }, false, movement)).toBe(
        KycRefusal.KYC_REJECTED,
      );
    }
  });

  it.each([KycStatus.NOT_STARTED, KycStatus.PENDING, KycStatus.MANUAL_REVIEW])(
    'holds a %s player to verification: withdrawals everywhere, deposits and bets where required first',
    (status) => {
      const standing = { status, restricted: false };
      expect(kycRefusalOf(standing, false, 'WITHDRAWAL')).toBe(KycRefusal.KYC_NOT_VERIFIED);
      expect(kycRefusalOf(standing, false, 'DEPOSIT')).toBeUndefined();
      expect(kycRefusalOf(standing, false, 'BET')).toBeUndefined();
      expect(kycRefusalOf(standing, true, 'DEPOSIT')).toBe(KycRefusal.KYC_NOT_VERIFIED);
      expect(kycRefusalOf(standing, true, 'BET')).toBe(KycRefusal.KYC_NOT_VERIFIED);
    },
  );
});
