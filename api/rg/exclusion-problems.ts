import { RgExclusionErrorType } from '../../contracts/rg';
import { RgExclusionRefusal, RgExclusionRefusedError } from '../../domain/rg/exclusions/exclusions';
import { RgExclusionReturnRefusedError } from '../../domain/rg/exclusions/exclusion-requests';
import { HttpProblemError } from '../../platform/http-errors';

/** The HTTP status of each exclusion refusal: one status per code (api/openapi/error-codes.test.ts). */
export const exclusionRefusalStatus: Readonly<Record<RgExclusionRefusal | RgExclusionErrorType, number>> = {
  [RgExclusionRefusal.ALREADY_EXCLUDED]: 409,
  [RgExclusionRefusal.TOO_SHORT]: 422,
  [RgExclusionRefusal.UNKNOWN_PLAYER]: 404,
  [RgExclusionErrorType.NOT_A_SELF_EXCLUSION]: 409,
  [RgExclusionErrorType.MINIMUM_NOT_REACHED]: 409,
  [RgExclusionErrorType.RETURN_ALREADY_REQUESTED]: 409,
};

/** Runs an exclusion request and turns its refusals into their problems. */
export async function exclusionOrProblem<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof RgExclusionRefusedError || err instanceof RgExclusionReturnRefusedError) {
      throw new HttpProblemError(exclusionRefusalStatus[err.code], 'Exclusion refused', err.message, {
        code: err.code,
      });
    }
    throw err;
  }
}
