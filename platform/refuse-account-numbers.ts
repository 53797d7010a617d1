import type { RequestHandler } from 'express';
import { findAccountNumbers } from './account-numbers';
import { HttpProblemError, PlatformErrorCode } from './http-errors';

/**
 * Refuses, before any route reads it, a request whose path, query or JSON body holds a full card number or IBAN
 * anywhere (platform/account-numbers.ts): 400 CARD_NUMBER_OR_IBAN_REFUSED naming the fields, never the value, so
 * nothing of it is stored, logged by a route or echoed back. Card and bank details go to the PSP, which answers with
 * a token; that token is all we keep.
 */
export const refuseAccountNumbers: RequestHandler = (req, _res, next) => {
  const findings = [
    ...findAccountNumbers(safeDecode(req.path), 'path'),
    ...findAccountNumbers(req.query, 'query'),
    ...findAccountNumbers(req.body, 'body'),
  ];
  if (findings.length === 0) return next();
  const errors = findings.map((f) => ({
    field: f.field,
    message: `holds ${f.kind === 'PAN' ? 'a full card number' : 'an IBAN'}: only the PSP may receive it`,
  }));
  next(
    new HttpProblemError(
      400,
      'Card number or IBAN refused',
      'Never send a full card number or IBAN: the player enters it at the PSP, which answers with a token. ' +
        `Found in ${errors.map((e) => e.field).join(', ')}.`,
      { code: PlatformErrorCode.AccountNumberRefused, errors },
    ),
  );
};

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
