import { OpenApiConformance, OpenApiConformanceError, type ObservedAnswer } from './openapi-conformance';

const conformance = new OpenApiConformance();

const problem = (status: number, code: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    type: 'about:blank',
    status,
    title: 'x',
    code,
    instance: '/player/v1/players/pl_1',
    requestId: 'req-1',
    ...extra,
  });

const getPlayer = (status: number, text: string, contentType = 'application/json'): ObservedAnswer => ({
  method: 'GET',
  url: 'http://127.0.0.1:3000/player/v1/players/pl_01?x=1',
  status,
  contentType,
  text,
});

const player = {
  playerId: 'pl_01KAAAAAAAAAAAAAAAAAAAAAAA',
  brand: 'luckyspin',
  jurisdiction: 'GB',
  currency: 'EUR',
  dateOfBirth: '1990-01-01',
  status: 'ACTIVE',
  createdAt: '2026-01-01T00:00:00.000Z',
  wallet: null,
};

function failureOf(answer: ObservedAnswer): OpenApiConformanceError {
  try {
    conformance.assertConforms(answer);
  } catch (err) {
    if (err instanceof OpenApiConformanceError) return err;
    throw err;
  }
  throw new Error('the answer conformed');
}

describe('OpenAPI conformance of test answers', () => {
  it('matches a request to its operation by method and path template, the literal path before a parameter', () => {
    expect(conformance.operationFor('GET', '/player/v1/players/pl_01')?.operationId).toBe('getPlayer');
    expect(conformance.operationFor('GET', '/api/payments/withdrawals/queue?limit=5')?.operationId).toBe(
      'getWithdrawalQueue',
    );
    expect(conformance.operationFor('GET', '/api/payments/pay_01')?.operationId).toBe('getPayment');
    expect(conformance.operationFor('DELETE', '/api/payments/pay_01')).toBeUndefined();
  });

  it('accepts an answer the document allows', () => {
    expect(() =>
      conformance.assertConforms(getPlayer(200, JSON.stringify(player), 'application/json; charset=utf-8')),
    ).not.toThrow();
    expect(() =>
      conformance.assertConforms(getPlayer(404, problem(404, 'NOT_FOUND'), 'application/problem+json; charset=utf-8')),
    ).not.toThrow();
  });

  it('fails a body that breaks its schema, naming the operation, the status and what is wrong', () => {
    const failure = failureOf(getPlayer(200, JSON.stringify({ ...player, status: 'ASLEEP', createdAt: 7 })));
    expect(failure.operationId).toBe('getPlayer');
    expect(failure.status).toBe(200);
    expect(failure.message).toMatch(/^getPlayer answered 200/);
    expect(failure.problems.join('\n')).toMatch(/body\/status must be equal to one of the allowed values/);
    expect(failure.problems.join('\n')).toMatch(/body\/createdAt must be string/);
  });

  it('fails a status the operation does not document', () => {
    const failure = failureOf(getPlayer(409, problem(409, 'ALREADY_DECIDED'), 'application/problem+json'));
    expect(failure.problems).toEqual([
      expect.stringMatching(/^status 409 is not documented \(200, 400, 401, 403, 404, 429, 431, 500, 503\)/),
    ]);
  });

  it('fails an error code the operation does not list under that status', () => {
    const failure = failureOf(getPlayer(404, problem(404, 'UNKNOWN_STAFF'), 'application/problem+json'));
    expect(failure.problems.join('\n')).toMatch(/body\/code must be equal to one of the allowed values/);
  });

  it('fails a problem without its code, request id or instance, and a validation error without its fields', () => {
    const bare = JSON.stringify({ type: 'about:blank', status: 404, title: 'Not Found' });
    const failure = failureOf(getPlayer(404, bare, 'application/problem+json'));
    expect(failure.problems.join('\n')).toMatch(/must have required property 'code'/);
    expect(failure.problems.join('\n')).toMatch(/must have required property 'instance'/);
    expect(failure.problems.join('\n')).toMatch(/must have required property 'requestId'/);
    const invalid = failureOf(getPlayer(400, problem(400, 'VALIDATION_FAILED'), 'application/problem+json'));
    expect(invalid.problems.join('\n')).toMatch(/must have required property 'errors'/);
  });

  it('fails a content type the status does not document, and a body that is not JSON', () => {
    expect(failureOf(getPlayer(200, JSON.stringify(player), 'text/html')).problems).toEqual([
      expect.stringMatching(/content type "text\/html" is not documented for 200/),
    ]);
    expect(failureOf(getPlayer(200, '<html>')).problems).toEqual([expect.stringMatching(/not JSON/)]);
  });

  it('fails a body where the document has none, and an undocumented route unless it is a 404 problem', () => {
    const logout = { method: 'POST', url: '/api/auth/logout', contentType: 'application/json' };
    expect(() => conformance.assertConforms({ ...logout, status: 204, text: '' })).not.toThrow();
    expect(failureOf({ ...logout, status: 204, text: '{}' }).problems).toEqual([
      expect.stringMatching(/a body \(application\/json\) where the document has none/),
    ]);
    const nowhere = { method: 'GET', url: '/nowhere', contentType: 'application/problem+json' };
    expect(() =>
      conformance.assertConforms({ ...nowhere, status: 404, text: problem(404, 'NOT_FOUND') }),
    ).not.toThrow();
    expect(failureOf({ ...nowhere, status: 200, text: '{}' }).problems).toEqual([
      'no operation of the document matches it',
    ]);
  });
});
