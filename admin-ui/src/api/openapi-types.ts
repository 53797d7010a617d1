// Generated from the OpenAPI document by `npm run openapi:generate` (openapi-typescript): do not edit.
// api/openapi/admin-ui-types.test.ts fails when this file and the document disagree.

export interface paths {
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Health of each dependency
     * @description Answers 503 with the same body when a dependency is down.
     */
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign in
     * @description Checks the password and, for approvers or whoever enrolled, a TOTP code (each code accepted once). Sets the `bo_session` cookie. Five failures for a username, or twenty from one address, in 15 minutes answer 429.
     */
    post: operations['logIn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read the current session */
    get: operations['getSession'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign out */
    post: operations['logOut'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read the audit log
     * @description An `action` ending in `*` is a prefix.
     */
    get: operations['listAuditEntries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Export the audit log as CSV
     * @description With the hash chain, so the export can be checked offline; the export itself is audited.
     */
    get: operations['exportAuditLog'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/staff/colleagues': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List colleagues to assign work to
     * @description Enabled staff members by name, for any signed-in staff member: those holding any `role` given (repeat the parameter), or all. Names and roles only.
     */
    get: operations['listColleagues'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/staff': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List staff */
    get: operations['listStaff'];
    put?: never;
    /** Create a staff member */
    post: operations['createStaffMember'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/staff/{staffId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Change roles, or disable
     * @description Disabling ends the staff member's sessions.
     */
    put: operations['updateStaffMember'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/codec/decode': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Decrypt workflow payloads
     * @description Temporal's codec server protocol, for Temporal Web (`--ui-codec-endpoint <api>/codec`, with its Data Encoder setting "include cross-origin credentials" on) or `temporal --codec-endpoint`. Needs the staff session of an engineer or administrator. No CSRF token: a browser page must come from one of `CODEC_CORS_ORIGINS` (403 `ORIGIN_NOT_ALLOWED` otherwise), which also get CORS with credentials. Payloads the codec did not encrypt pass through unchanged.
     */
    post: operations['decodePayloads'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/codec/encode': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Encrypt workflow payloads
     * @description Temporal's codec server protocol, for Temporal Web (`--ui-codec-endpoint <api>/codec`, with its Data Encoder setting "include cross-origin credentials" on) or `temporal --codec-endpoint`. Needs the staff session of an engineer or administrator. No CSRF token: a browser page must come from one of `CODEC_CORS_ORIGINS` (403 `ORIGIN_NOT_ALLOWED` otherwise), which also get CORS with credentials. Payloads the codec did not encrypt pass through unchanged.
     */
    post: operations['encodePayloads'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ops/probes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Run a stack probe
     * @description Starts the `ops:probe:<id>` workflow, which proves Temporal, Postgres, the outbox relay and Kafka.
     */
    post: operations['runStackProbe'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ops/probes/{probeId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Follow a stack probe */
    get: operations['getStackProbe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ops/slo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Service levels, live
     * @description Each SLO (deposit end-to-end, bet acceptance, payout time, approval wait, outbox lag, Kafka consumer lag) with its target, its current value and state, and a series per interval of the window. Payments and the outbox come from Postgres; bet acceptance and the consumer-lag history are sampled by the API replica that answers.
     */
    get: operations['getServiceLevels'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/player/v1/players': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Register a player
     * @description Opens the cash, bonus and withdrawal-pending accounts in the currency given. The player must have reached the minimum age of their jurisdiction (`minimumAgeYears` in `GET /api/jurisdictions`; the default's for a jurisdiction without rules of its own). Personal data (name, email, E.164 phone, address) is optional and is stored encrypted per field. The player is the bearer token's subject from then on; a subject registers once: a second registration answers 409 `SUBJECT_ALREADY_REGISTERED` naming the player it is. Where the jurisdiction has a national self-exclusion scheme (`nationalScheme`: GAMSTOP, Spelpaus, OASIS) the person is looked up first: listed answers 403 `NATIONALLY_EXCLUDED`; a scheme that does not answer (after bounded retries) answers 503 `NATIONAL_SCHEME_UNAVAILABLE` with `Retry-After` (fail closed: nothing was written).
     */
    post: operations['registerPlayer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/player/v1/players/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read the authenticated player with their wallet
     * @description The player the bearer token is, without knowing their id.
     */
    get: operations['getMyPlayer'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/player/v1/players/{playerId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read a player with their wallet
     * @description The token's own player only: any other id answers 404, as an unknown one does.
     */
    get: operations['getPlayer'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/players': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Find players
     * @description Search by player id, email or name (exact match through blind indexes: no clear text is stored), filter by status, brand and jurisdiction; newest first, one page after another by `cursor`. Personal data is masked.
     */
    get: operations['listPlayers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/players/{playerId}/personal-data': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Reveal a player's personal data
     * @description The personal data unmasked, for roles that may read it; every reading is written to the audit log (`player.personal_data.read`: who, whose, when, which fields).
     */
    get: operations['revealPlayerPersonalData'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/players/{playerId}/overview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Player 360 */
    get: operations['getPlayerOverview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/players/{playerId}/ledger': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A player's ledger */
    get: operations['getPlayerLedger'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/players/{playerId}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Change a player's status
     * @description Block, unblock, self-exclude or close; audited with the status before and after.
     */
    put: operations['setPlayerStatus'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/wallet/v1/balance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Read a player's balance
     * @description The playable balance (cash plus bonus) in the currency of the request, which must be the wallet's. Refusal codes (problem+json `code`, with the current `balance`): `UNKNOWN_PLAYER` (404), `CURRENCY_MISMATCH` (422).
     */
    post: operations['walletBalance'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/wallet/v1/bet': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Debit a stake
     * @description Spends cash before bonus money. Carries the launch token of the game session the player opened (`sessionToken`). Refused (and refused for good: a repeat answers the same code) by the bet gate (player status; the player's KYC standing: `KYC_NOT_VERIFIED` where the jurisdiction requires verification before play, `KYC_REJECTED`, `KYC_RESTRICTED` while enhanced due diligence is overdue; a provider outside the player's brand or a game it does not offer; a session token that is not this player's, provider's and game's, an expired or ended session; responsible gambling: a time-out or self-exclusion in force, the session-time limit, stake caps by jurisdiction, product and age, loss and wager limits over their rolling windows), on a round already finished, for insufficient funds, and after a rollback of the same id. Refusal codes (problem+json `code`, with the current `balance`): `PLAYER_BLOCKED` (403), `PLAYER_SELF_EXCLUDED` (403), `PLAYER_TIMED_OUT` (403), `PLAYER_CLOSED` (403), `KYC_NOT_VERIFIED` (403), `KYC_REJECTED` (403), `KYC_RESTRICTED` (403), `PROVIDER_NOT_IN_BRAND` (403), `GAME_NOT_OFFERED` (403), `GAME_SESSION_TOKEN_INVALID` (403), `GAME_SESSION_EXPIRED` (403), `GAME_SESSION_ENDED` (403), `STAKE_LIMIT_EXCEEDED` (403), `WAGER_LIMIT_EXCEEDED` (403), `LOSS_LIMIT_EXCEEDED` (403), `SESSION_TIME_LIMIT_REACHED` (403), `ROUND_FINISHED` (409), `INSUFFICIENT_FUNDS` (422), `TRANSACTION_ROLLED_BACK` (409), `DUPLICATE_TRANSACTION_ID` (409), `UNKNOWN_PLAYER` (404), `CURRENCY_MISMATCH` (422).
     */
    post: operations['walletBet'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/wallet/v1/win': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Credit a payout
     * @description A `ROUND` win (the default `winKind`) is paid only against a live bet (not rolled back) of the same player and round, before the round is finished, in the stake's cash/bonus proportion; `roundFinished` closes the round. `FREE_ROUND`, `JACKPOT` and `PROMO` wins need no bet and are paid in cash from the provider prize account. Never refused for the player's status. Refusal codes (problem+json `code`, with the current `balance`): `ROUND_NOT_FOUND` (404), `ROUND_ROLLED_BACK` (409), `ROUND_FINISHED` (409), `TRANSACTION_ROLLED_BACK` (409), `DUPLICATE_TRANSACTION_ID` (409), `UNKNOWN_PLAYER` (404), `CURRENCY_MISMATCH` (422).
     */
    post: operations['walletWin'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/wallet/v1/rollback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reverse a bet
     * @description Names the bet and its round. A rollback of an unseen bet answers 404 `UNKNOWN_TRANSACTION` and leaves a tombstone that refuses the late bet; a bet of a round that already has a win cannot be rolled back. Refusal codes (problem+json `code`, with the current `balance`): `UNKNOWN_TRANSACTION` (404), `NOT_A_BET_OF_THIS_PLAYER` (422), `ROUND_MISMATCH` (422), `ROUND_ALREADY_SETTLED` (409), `TRANSACTION_ROLLED_BACK` (409), `DUPLICATE_TRANSACTION_ID` (409), `UNKNOWN_PLAYER` (404), `CURRENCY_MISMATCH` (422).
     */
    post: operations['walletRollback'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/player/v1/game-sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Open a game session
     * @description Launches a game for the signed-in player: answers the launch token that the game provider sends as `sessionToken` with every bet. The provider must serve the player's brand and offer the game (configured per provider), the player must be active, the currency must be the wallet's. The session expires after `idleTimeoutSeconds` without a bet, and at `expiresAt` in any case.
     */
    post: operations['openGameSession'];
    /**
     * Log out of every game
     * @description Ends every open game session of the player (logout).
     */
    delete: operations['endAllGameSessions'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/player/v1/game-sessions/{sessionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * End a game session
     * @description The player closed the game: its bets are refused from now on (`GAME_SESSION_ENDED`), while the provider's wins and rollbacks still settle. Ending an ended session answers it as it stands.
     */
    delete: operations['endGameSession'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/player/v1/deposits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Request a deposit
     * @description Starts the deposit saga. Idempotent by `Idempotency-Key`: a repeat answers 200 with the first deposit; the same key with another body is a 409. Without `instrumentId` the player enters a new instrument at the PSP, which tokenises it (we keep its token and display data only); with one, the deposit goes through the PSP that holds its token. Refused with 403 (nothing recorded) before identity verification where the player's jurisdiction requires it first (`KYC_NOT_VERIFIED`, GB), after a refused verification (`KYC_REJECTED`), and while source-of-funds evidence is overdue (`KYC_RESTRICTED`).
     */
    post: operations['requestDeposit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/player/v1/withdrawals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Request a withdrawal
     * @description Starts the withdrawal saga (checks, reservation, risk decision, payout). Idempotent by `Idempotency-Key` like deposits. The payout destination is decided at request time, under the player's jurisdiction's closed-loop policy (`closedLoopPayouts` in the jurisdiction rules). The method must fit the instrument (422 `INSTRUMENT_METHOD_MISMATCH`: a card is never paid by a bank rail) and the instrument must take payouts (422 `INSTRUMENT_CANNOT_RECEIVE_PAYOUTS`). Under closed loop, a player with a deposit instrument that can receive funds is paid back to one of those (422 `INSTRUMENT_NOT_USED_FOR_DEPOSIT` for any other); only a player with none may be paid to another instrument of their own. Elsewhere any of their instruments that take payouts may be paid, and officers see whether it was used to deposit. Without `instrumentId`, the most recent deposit instrument that fits `method` is chosen (422 `NO_PAYOUT_INSTRUMENT` with `payoutMethods` when none fits). An unknown instrument, or another player's, is a 404 `UNKNOWN_INSTRUMENT`. A refusal records nothing and starts no saga. The payout goes through the PSP that holds the instrument's token only. KYC is checked at request time too (403, nothing recorded): a withdrawal needs verified KYC everywhere (`KYC_NOT_VERIFIED`), a rejected verification (`KYC_REJECTED`) or overdue source-of-funds evidence (`KYC_RESTRICTED`) stops every payment, and a deposit before verification is refused where the jurisdiction requires verification first (GB).
     */
    post: operations['requestWithdrawal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/player/v1/players/{playerId}/payment-instruments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The player's saved payment instruments
     * @description Cards, bank accounts and e-wallets the PSPs tokenised for the player: display data only (never a token, a full card number or IBAN), with whether each was used to deposit and can receive payouts.
     */
    get: operations['listPaymentInstruments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/player/v1/deposits/{paymentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read a deposit */
    get: operations['getDeposit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/player/v1/withdrawals/{paymentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read a withdrawal */
    get: operations['getWithdrawal'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/player/v1/withdrawals/{paymentId}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel a withdrawal
     * @description Where the player's jurisdiction allows reverse withdrawals (never in GB); the reservation is voided.
     */
    post: operations['cancelWithdrawal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/psp/v1/webhooks/{psp}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Receive a PSP's result for one of our orders
     * @description Stored once by the event id and relayed to the payment saga as a Signal. A duplicate is acknowledged and changes nothing; an unknown reference answers 404 so that the PSP retries later.
     */
    post: operations['receivePspWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List payments
     * @description `status` takes a comma-separated list.
     */
    get: operations['listPayments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/payments/withdrawals/queue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The withdrawal approval queue
     * @description Oldest first by default (the order the SLA runs in). `assignee=mine` is "my withdrawals" (claimed by or assigned to the caller), `unassigned` those nobody works yet; filters and sorting apply on the server, the summary is of the whole queue.
     */
    get: operations['getWithdrawalQueue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/payments/withdrawals/{paymentId}/claim': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Claim a withdrawal of the queue
     * @description The caller works it from now on (shown in the queue and on its page). Refused while another officer has it: taking it over is an assignment. Claiming is not deciding: four eyes and maker ≠ checker still apply. Audited.
     */
    post: operations['claimWithdrawal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/payments/withdrawals/{paymentId}/assignee': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Assign a withdrawal to an officer
     * @description To any active officer who may decide withdrawals, or back to nobody (`assignee: null`). Audited with the previous assignee.
     */
    put: operations['assignWithdrawal'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/payments/{paymentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A payment with its whole story */
    get: operations['getPayment'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/payments/withdrawals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Raise a withdrawal for a player
     * @description The staff member is its maker (and may not decide it). Idempotent by `clientKey`. The payout destination is decided at request time, under the player's jurisdiction's closed-loop policy (`closedLoopPayouts` in the jurisdiction rules). The method must fit the instrument (422 `INSTRUMENT_METHOD_MISMATCH`: a card is never paid by a bank rail) and the instrument must take payouts (422 `INSTRUMENT_CANNOT_RECEIVE_PAYOUTS`). Under closed loop, a player with a deposit instrument that can receive funds is paid back to one of those (422 `INSTRUMENT_NOT_USED_FOR_DEPOSIT` for any other); only a player with none may be paid to another instrument of their own. Elsewhere any of their instruments that take payouts may be paid, and officers see whether it was used to deposit. Without `instrumentId`, the most recent deposit instrument that fits `method` is chosen (422 `NO_PAYOUT_INSTRUMENT` with `payoutMethods` when none fits). An unknown instrument, or another player's, is a 404 `UNKNOWN_INSTRUMENT`. A refusal records nothing and starts no saga. The payout goes through the PSP that holds the instrument's token only. KYC is checked at request time too (403, nothing recorded): a withdrawal needs verified KYC everywhere (`KYC_NOT_VERIFIED`), a rejected verification (`KYC_REJECTED`) or overdue source-of-funds evidence (`KYC_RESTRICTED`) stops every payment, and a deposit before verification is refused where the jurisdiction requires verification first (GB).
     */
    post: operations['raiseWithdrawal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/payments/withdrawals/{paymentId}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve a withdrawal
     * @description Never by its maker or twice by one officer; the second approval of a four-eyes withdrawal, or one escalated past its SLA, must be senior. From the four-eyes threshold up, `totp` must carry a fresh code (401 `STEP_UP_REQUIRED` otherwise).
     */
    post: operations['approveWithdrawal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/payments/withdrawals/{paymentId}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reject a withdrawal */
    post: operations['rejectWithdrawal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/payments/withdrawals/{paymentId}/retry-payout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Retry a payout that needs attention */
    post: operations['retryPayout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/payments/reconciliations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Run a reconciliation now
     * @description Compares the PSPs' settlement reports for the period with the ledger; answers when it is done.
     */
    post: operations['runReconciliation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/payments/reconciliations/mismatches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Reconciliation mismatches */
    get: operations['listReconciliationMismatches'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/jurisdictions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The rules of each jurisdiction
     * @description Read only: per jurisdiction (and the default, code `*`, for any other) the minimum age, verification before deposit or play, reverse withdrawals, the due-diligence threshold, the cooling-off on limit increases, the minimum self-exclusion, stake caps, bonus rules, the financial-vulnerability threshold and record retention, each with the regulation it comes from and a note where a value is still to be confirmed.
     */
    get: operations['listJurisdictionPolicies'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/kyc/reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The KYC review queue
     * @description Reviews by status; open ones oldest first, so the longest waiting player is decided first.
     */
    get: operations['listKycReviews'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/kyc/reviews/{reviewId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One KYC review with its evidence
     * @description The review, its decisions, the ids of the screenings whose hits it holds (each read with `GET /api/kyc/screenings/{screeningId}/hits`), and from the live onboarding the provider’s check results and the clearances given on the evidence as it stands.
     */
    get: operations['getKycReview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/kyc/reviews/{reviewId}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Clear or reject a player under KYC review
     * @description A Workflow Update on the player’s onboarding, with a reason. A REJECT by one officer ends the review. A CLEAR ends it too, unless the review holds a sanctions or PEP hit: then two different officers must clear it (the same officer twice is a 409 `KYC_ALREADY_CLEARED`), and a hit that joins the review later asks for fresh clearances. Every decision, accepted or refused, is audited.
     */
    post: operations['decideKycReview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/kyc/screening-lists': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The current version of each list */
    get: operations['listCurrentScreeningLists'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/kyc/screening-lists/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every import of the lists, newest first */
    get: operations['listScreeningListVersions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/kyc/screening-lists/versions/{versionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One list version */
    get: operations['getScreeningListVersion'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/kyc/screening-lists/versions/{versionId}/changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What a version changed against the previous one */
    get: operations['listScreeningListChanges'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/kyc/screening-lists/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import a list
     * @description multipart/form-data: `format` (`ofac-csv` with the files `sdn`, `alt` and `add`; `uk-csv` or `pep-csv` with one `file`). The import becomes the source's new version with its diff to the previous one, and is audited. The files of the current version again answer 200 and import nothing.
     */
    post: operations['importScreeningList'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/kyc/screenings/{screeningId}/hits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A screening's hits beside the matched list entries */
    get: operations['getScreeningHits'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/player/v1/kyc/source-of-funds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read the open source-of-funds request
     * @description Enhanced due diligence asks the player where their funds come from, with a deadline (the jurisdiction rules, `sourceOfFundsEvidence`); reminders come before it. 404 when nothing is asked.
     */
    get: operations['getMySourceOfFundsRequest'];
    put?: never;
    /**
     * Send source-of-funds evidence
     * @description Stored encrypted; a compliance officer reviews it and clears the request. Evidence sent after the deadline is kept, but the restriction stays until the officer clears it. A second submission replaces the first. 404 when nothing is asked.
     */
    post: operations['submitSourceOfFunds'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/kyc/players/{playerId}/standing': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A player's KYC standing
     * @description Verification status, the due diligence level required (CDD from the cumulative deposits threshold, EDD on a PEP match or the withdrawal risk rule), any restriction and the open source-of-funds request.
     */
    get: operations['getKycStanding'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/kyc/players/{playerId}/source-of-funds/{requestId}/clear': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Clear a source-of-funds request
     * @description A compliance officer's decision, with a reason: the request is closed and any restriction it caused is lifted. Audited, accepted or refused.
     */
    post: operations['clearSourceOfFunds'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/kyc/v1/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Receive the KYC provider's result of one of our checks
     * @description Stored once by the provider's check id and relayed to the player's onboarding workflow as a Signal. A duplicate is acknowledged and changes nothing; a check we do not know (or not of that player and kind) answers 404 so that the provider retries later. A refused webhook writes nothing.
     */
    post: operations['receiveKycWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/aml/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The AML case queue
     * @description Open cases by default, the nearest SLA first; filter by status, severity, assignee and player.
     */
    get: operations['listAmlCases'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/aml/cases/{caseId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One AML case with everything for the decision
     * @description Summary, alerts with their rule versions, timeline, notes, SAR and hold.
     */
    get: operations['getAmlCase'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/aml/cases/{caseId}/claim': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Take the case
     * @description The caller becomes the assignee. A Workflow Update on `aml:case:{caseId}`; accepted or refused, it is audited.
     */
    post: operations['claimAmlCase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/aml/cases/{caseId}/assign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Give the case to a staff member
     * @description By staff id. A Workflow Update on `aml:case:{caseId}`; accepted or refused, it is audited.
     */
    post: operations['assignAmlCase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/aml/cases/{caseId}/investigate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start investigating
     * @description Only the assignee. A Workflow Update on `aml:case:{caseId}`; accepted or refused, it is audited.
     */
    post: operations['investigateAmlCase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/aml/cases/{caseId}/escalate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Escalate to senior compliance
     * @description With a reason. A Workflow Update on `aml:case:{caseId}`; accepted or refused, it is audited.
     */
    post: operations['escalateAmlCase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/aml/cases/{caseId}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Close the case with an outcome
     * @description NO_ACTION tags its alerts false positive, any other outcome true positive; RESTRICT blocks and CLOSE_ACCOUNT closes the player; SAR_FILED needs an approved SAR; an escalated case is closed by senior compliance or the MLRO. The hold is released and the player's held withdrawals go on. A Workflow Update on `aml:case:{caseId}`; accepted or refused, it is audited.
     */
    post: operations['closeAmlCase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/aml/cases/{caseId}/notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add a note, with evidence references
     * @description Evidence references point at a payment id, a document id or a URL. Audited.
     */
    post: operations['addAmlCaseNote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/aml/cases/{caseId}/sar': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Draft the SAR, or revise the draft
     * @description The text is kept in Postgres as a revision; the case workflow makes it the SAR in draft. An approved SAR no longer changes. Audited.
     */
    put: operations['draftAmlSar'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/aml/cases/{caseId}/sar/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve the SAR (MLRO)
     * @description Never by anyone who drafted it. A Workflow Update on `aml:case:{caseId}`; accepted or refused, it is audited.
     */
    post: operations['approveAmlSar'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/aml/cases/{caseId}/sar/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send the SAR back (MLRO)
     * @description With a reason. A Workflow Update on `aml:case:{caseId}`; accepted or refused, it is audited.
     */
    post: operations['rejectAmlSar'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/aml/cases/{caseId}/sar/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Export the approved SAR as goAML-style XML (MLRO)
     * @description `report` with the reporting entity, reason and narrative, the indicators (alerts with rule versions), a `transaction` per covered payment and the `involved_person` from the personal data vault; the read of personal data is audited.
     */
    get: operations['exportAmlSar'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/aml/rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every rule with its live version and precision */
    get: operations['listAmlRules'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/aml/rules/{ruleId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One rule with every version and its recent back-tests */
    get: operations['getAmlRule'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/aml/rules/{ruleId}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Propose a new version of a rule (or the first of a new rule)
     * @description The version is stored, not live: an MLRO makes it live. Old versions stay as they were; every alert keeps the version that raised it. Audited with its reason.
     */
    post: operations['createAmlRuleVersion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/aml/rules/{ruleId}/versions/{version}/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Make a version the one the monitor evaluates
     * @description MLRO only. From the next event on, the monitor evaluates this version. Audited with its reason.
     */
    post: operations['makeAmlRuleVersionLive'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/aml/rules/{ruleId}/backtests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Back-test a version or an unsaved definition over a past period
     * @description Replays the recorded monitored events of the period (at most 92 days) through the rule, with its suppression, and answers how many alerts it would have raised, for whom and per day. No alert is written.
     */
    post: operations['runAmlBacktest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/aml/backtests/{backtestId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One back-test and its result */
    get: operations['getAmlBacktest'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/aml/alerts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The alert queue
     * @description Filters, sorting and paging on the server; `assignee` goes through the case an alert is filed in.
     */
    get: operations['listAmlAlerts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/aml/alerts/{alertId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One alert with the facts its rule version read */
    get: operations['getAmlAlert'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/aml/players/{playerId}/risk-score': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A player's risk score and what each rule contributed
     * @description The sum of the scores of the player’s alerts in the last year, false positives left out.
     */
    get: operations['getPlayerRiskScore'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/players/{playerId}/decision-context': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The decision in context
     * @description Deposits and withdrawals with their instruments, lifetime net deposits and GGR and the turnover since the last deposit per currency (from the ledger), linked players (shared device, address or instrument), open AML alerts and cases, KYC and screening state, and earlier decisions with their reasons.
     */
    get: operations['getDecisionContext'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/players/{playerId}/notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A player's notes and tags */
    get: operations['listPlayerNotes'];
    put?: never;
    /**
     * Add a note or tags to a player
     * @description A text, tags, or both. Notes are never edited or deleted: a correction is a new note. Audited (`player.note.add`).
     */
    post: operations['addPlayerNote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/aml/retention/runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The last retention runs, newest first
     * @description What each run found purgeable at its cutoff and what it purged. MLRO and admin.
     */
    get: operations['listAmlRetentionRuns'];
    put?: never;
    /**
     * Start a retention run now
     * @description Starts the retention workflow (`aml:retention:<runId>`) in the mode asked: PURGE deletes only the records whose retention period has ended, REPORT_ONLY records a dry run. Audited. MLRO only.
     */
    post: operations['startAmlRetentionRun'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/aml/retention/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Dry run: what is purgeable now
     * @description Counts per table and players, computed now; deletes and records nothing. MLRO and admin.
     */
    get: operations['getAmlRetentionReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/player/v1/rg/limits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read my limits
     * @description Deposit, loss and wager limits per rolling 24 hours, 7 days and 30 days, and the session-time limit; what is left in each window; increases waiting out their cooling-off, with when they take effect.
     */
    get: operations['getMyRgLimits'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/player/v1/rg/limits/{kind}/{period}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Set, change or remove one of my limits
     * @description A first limit or a lower one applies at once (200) and cancels a pending increase of the same limit. A higher one, or a removal (amount null), waits the cooling-off of the player’s jurisdiction (24 hours in GB, RTS 12) and, where the jurisdiction asks, the player’s confirmation after it (202). SESSION_TIME is per SESSION, in minutes; the money limits per DAY, WEEK or MONTH.
     */
    put: operations['setMyRgLimit'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/player/v1/rg/limit-changes/{changeId}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Confirm a limit increase after its cooling-off
     * @description Where the jurisdiction asks, an increase applies only when the player confirms it after the cooling-off, within 7 days; it then applies at once.
     */
    post: operations['confirmMyRgLimitChange'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/players/{playerId}/rg/limits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A player's limits and their history
     * @description Limits in force with what is left of each window, pending increases with their countdown, every change that applied (who, when, why, from, to) and the changes that did not (cancelled, expired).
     */
    get: operations['getPlayerRgLimits'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/players/{playerId}/rg/limits/{kind}/{period}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Lower a player's limit on their behalf
     * @description Applies at once, cancels a pending increase of the same limit; a first limit when none is set. Never raises one (increases are the player’s own). Audited, accepted or refused.
     */
    put: operations['decreasePlayerRgLimit'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rg/interventions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The RG officer queue
     * @description Open interventions with their level, score and SLA; the nearest SLA first by default.
     */
    get: operations['listRgInterventions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rg/interventions/{playerId}/{n}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One intervention with its timeline
     * @description Every step with its level, actor and reason.
     */
    get: operations['getRgIntervention'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rg/interventions/{playerId}/{n}/claim': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Take the intervention
     * @description A Workflow Update on `rg:intervention:{playerId}:{n}`; accepted or refused, it is audited.
     */
    post: operations['claimRgIntervention'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rg/interventions/{playerId}/{n}/interactions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Log an interaction with the player
     * @description A Workflow Update on `rg:intervention:{playerId}:{n}`; accepted or refused, it is audited.
     */
    post: operations['logRgInterventionInteraction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rg/interventions/{playerId}/{n}/escalate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Move it up a level, with a reason
     * @description A Workflow Update on `rg:intervention:{playerId}:{n}`; accepted or refused, it is audited.
     */
    post: operations['escalateRgIntervention'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rg/interventions/{playerId}/{n}/resolve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Resolve it with an outcome (after an interaction, from level 2)
     * @description A Workflow Update on `rg:intervention:{playerId}:{n}`; accepted or refused, it is audited.
     */
    post: operations['resolveRgIntervention'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/players/{playerId}/rg/harm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The player's harm score, its markers and their contributions */
    get: operations['getPlayerHarmScore'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/players/{playerId}/rg/restrictions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The player's restrictions, in force and past */
    get: operations['listPlayerRgRestrictions'];
    put?: never;
    /**
     * Put a restriction on the player, with a reason
     * @description One officer restriction of a kind at a time: a second answers the first (200). Audited.
     */
    post: operations['applyPlayerRgRestriction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/players/{playerId}/rg/restrictions/{restrictionId}/lift': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Lift a restriction, with a reason
     * @description Audited.
     */
    post: operations['liftPlayerRgRestriction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/players/{playerId}/rg/interactions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The player's RG interactions, newest first */
    get: operations['listPlayerRgInteractions'];
    put?: never;
    /**
     * Log an interaction (a contact about gambling is a marker of harm)
     * @description A contact flagged as a strong indicator starts restrictions at once. Audited.
     */
    post: operations['logPlayerRgInteraction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/players/{playerId}/rg/vulnerability-checks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The player's financial vulnerability checks */
    get: operations['listPlayerVulnerabilityChecks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/player/v1/rg/time-outs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Take a time-out (24 hours to 6 weeks)
     * @description In force at once (bets, deposits and bonus take-up are refused from this answer on; withdrawals stay open); its workflow `rg:exclusion:<exclusionId>` then ends the game sessions and suppresses marketing. It ends by itself at `endsAt`.
     */
    post: operations['takeRgTimeOut'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/player/v1/rg/self-exclusions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Self-exclude for at least the months chosen
     * @description In force at once (bets, deposits and bonus take-up are refused from this answer on; withdrawals stay open); its workflow `rg:exclusion:<exclusionId>` then ends the game sessions and suppresses marketing; a self-exclusion also covers the same person's accounts on the operator's other brands (same email, or same name and date of birth), forfeits bonus money where the policy says so (`forfeitBonusOnSelfExclusion`) and pays the cash balance out to the instrument last deposited with (or waits for the player to name one: `balanceReturn` AWAITING_INSTRUMENT). At its end it does not reopen: the player must ask to return, and the jurisdiction's cooling-off (`selfExclusionReturnCoolingOffHours`) runs first. Shorter than the jurisdiction's minimum (`minimumSelfExclusionMonths`) is a 422.
     */
    post: operations['selfExclude'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/player/v1/rg/self-exclusions/{exclusionId}/return-request': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ask to return after a self-exclusion
     * @description Only once its chosen length has passed (409 `RG_EXCLUSION_MINIMUM_NOT_REACHED` before), once (409 `RG_RETURN_ALREADY_REQUESTED`), and not for a time-out (409 `RG_NOT_A_SELF_EXCLUSION`). The exclusion ends when the jurisdiction's cooling-off has passed (`returnsAt`); until then it stays in force.
     */
    post: operations['requestRgExclusionReturn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/player/v1/rg/exclusions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The player's time-outs and self-exclusions, newest first */
    get: operations['listMyRgExclusions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/player/v1/rg/reality-check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * When the next reminder is due and what the session has cost
     * @description For the most recently active open game session: minutes played, when the next reminder is due (every interval from the session opening), and what was staked (net of rollbacks) and won since it opened, from the ledger, in minor units.
     */
    get: operations['getRgRealityCheck'];
    /**
     * Set the reality-check interval
     * @description A reminder every `intervalMinutes` of a game session; answers the reality check now.
     */
    put: operations['setRgRealityCheck'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/players/{playerId}/rg/exclusions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A player's exclusions with the national scheme checks */
    get: operations['listRgPlayerExclusions'];
    put?: never;
    /**
     * Start a time-out or self-exclusion on the player's behalf
     * @description Customer support or an RG officer, when the player asks them; the reason is required and audited. In force at once (bets, deposits and bonus take-up are refused from this answer on; withdrawals stay open); its workflow `rg:exclusion:<exclusionId>` then ends the game sessions and suppresses marketing; a self-exclusion also covers the same person's accounts on the operator's other brands (same email, or same name and date of birth), forfeits bonus money where the policy says so (`forfeitBonusOnSelfExclusion`) and pays the cash balance out to the instrument last deposited with (or waits for the player to name one: `balanceReturn` AWAITING_INSTRUMENT). At its end it does not reopen: the player must ask to return, and the jurisdiction's cooling-off (`selfExclusionReturnCoolingOffHours`) runs first.
     */
    post: operations['startRgExclusionForPlayer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/players/{playerId}/rg/scheme-checks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A player's national scheme checks, newest first
     * @description Each look-up: scheme, purpose (registration, deposit, marketing), answer, tries, latency and the last error when the scheme did not answer.
     */
    get: operations['listRgSchemeChecks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    StaffLogin: {
      username: string;
      password: string;
      totp?: string;
    };
    NewStaffMember: {
      username: string;
      displayName: string;
      roles: (
        | 'compliance_officer'
        | 'senior_compliance'
        | 'payments_ops'
        | 'cs_agent'
        | 'risk_analyst'
        | 'engineer'
        | 'admin'
        | 'mlro'
        | 'rg_officer'
      )[];
      password: string;
    };
    StaffChange: {
      roles?: (
        | 'compliance_officer'
        | 'senior_compliance'
        | 'payments_ops'
        | 'cs_agent'
        | 'risk_analyst'
        | 'engineer'
        | 'admin'
        | 'mlro'
        | 'rg_officer'
      )[];
      disabled?: boolean;
      reason?: string;
    };
    CodecPayloadsRequest: {
      payloads: {
        metadata?: {
          [key: string]: string;
        };
        data?: string;
      }[];
    };
    StackProbeRequest: {
      requestedBy?: string;
      /** @default 120000 */
      eventTimeoutMs?: number;
    };
    PlayerRegistration: {
      brand: string;
      jurisdiction: string;
      currency: components['schemas']['Currency'];
      /** Format: date */
      dateOfBirth: string;
      givenName?: string;
      familyName?: string;
      /** Format: email */
      email?: string;
      phone?: string;
      address?: {
        lines: string[];
        city: string;
        postcode: string;
        country: string;
      };
    };
    /** @enum {string} */
    Currency:
      | 'AUD'
      | 'BRL'
      | 'CAD'
      | 'CHF'
      | 'CLP'
      | 'CZK'
      | 'DKK'
      | 'EUR'
      | 'GBP'
      | 'HUF'
      | 'INR'
      | 'ISK'
      | 'JPY'
      | 'KRW'
      | 'KWD'
      | 'MXN'
      | 'NOK'
      | 'NZD'
      | 'PEN'
      | 'PLN'
      | 'RON'
      | 'SEK'
      | 'TRY'
      | 'USD'
      | 'ZAR';
    PlayerStatusChange: {
      /** @enum {string} */
      status: 'ACTIVE' | 'BLOCKED' | 'SELF_EXCLUDED' | 'CLOSED';
      reason?: string;
    };
    WalletBalanceRequest: {
      playerId: string;
      currency: components['schemas']['Currency'];
    };
    WalletBetRequest: {
      transactionId: string;
      playerId: string;
      currency: components['schemas']['Currency'];
      roundId: string;
      gameId: string;
      amountMinor: number;
      /** @default false */
      roundFinished?: boolean;
      /** @description The launch token of the game session the player opened (`POST /player/v1/game-sessions`), carried by the provider from the game launch; the bet is refused unless it names a live session of this player, provider and game. */
      sessionToken: string;
    };
    WalletWinRequest: {
      transactionId: string;
      playerId: string;
      currency: components['schemas']['Currency'];
      roundId: string;
      gameId: string;
      amountMinor: number;
      /** @default false */
      roundFinished?: boolean;
      /**
       * @default ROUND
       * @enum {string}
       */
      winKind?: 'ROUND' | 'FREE_ROUND' | 'JACKPOT' | 'PROMO';
      /** @description Accepted and not checked: a win is owed anyway. */
      sessionToken?: string;
    };
    WalletRollbackRequest: {
      transactionId: string;
      playerId: string;
      currency: components['schemas']['Currency'];
      roundId: string;
      gameId: string;
      referenceTransactionId: string;
      /** @description Accepted and not checked: a rollback is owed anyway. */
      sessionToken?: string;
    };
    GameSessionRequest: {
      providerId: string;
      gameId: string;
      currency: components['schemas']['Currency'];
    };
    PaymentRequest: {
      playerId: string;
      amountMinor: number;
      currency: components['schemas']['Currency'];
      /** @enum {string} */
      method: 'CARD' | 'BANK_TRANSFER' | 'EWALLET';
      country: string;
      /** @description A saved instrument of the player (`GET /player/v1/players/{playerId}/payment-instruments`). A deposit without one pays from a new instrument the player enters at the PSP, which tokenises it. A withdrawal without one is paid to the player's most recent deposit instrument that fits `method`. */
      instrumentId?: string;
    };
    WithdrawalCancellation: {
      playerId: string;
    };
    PspWebhook: {
      eventId: string;
      psp: string;
      pspReference: string;
      reference: string;
      /** @enum {string} */
      kind: 'DEPOSIT' | 'PAYOUT';
      /** @enum {string} */
      status: 'CAPTURED' | 'PAID' | 'DECLINED' | 'PENDING';
      code?: string;
      amountMinor: number;
      currency: string;
      occurredAt: string;
    };
    QueueAssignment: {
      /** @description The staff id of the officer who is to work it; null: nobody (back to the queue). */
      assignee: string | null;
    };
    StaffWithdrawalRequest: {
      playerId: string;
      amountMinor: number;
      currency: components['schemas']['Currency'];
      /** @enum {string} */
      method: 'CARD' | 'BANK_TRANSFER' | 'EWALLET';
      country: string;
      /** @description A saved instrument of the player (`GET /player/v1/players/{playerId}/payment-instruments`). A deposit without one pays from a new instrument the player enters at the PSP, which tokenises it. A withdrawal without one is paid to the player's most recent deposit instrument that fits `method`. */
      instrumentId?: string;
      clientKey: string;
    };
    WithdrawalApproval: {
      reason?: string;
      totp?: string;
    };
    WithdrawalRejection: {
      reason: string;
    };
    ReconciliationRequest: {
      /** @enum {string} */
      psp?: 'cardpay' | 'instantbank' | 'paywallet';
      /** Format: date-time */
      from: string;
      /** Format: date-time */
      to: string;
    };
    KycReviewDecision: {
      /** @enum {string} */
      decision: 'CLEAR' | 'REJECT';
      reason: string;
    };
    ScreeningListImportForm:
      | {
          /** @constant */
          format: 'ofac-csv';
          /** Format: binary */
          sdn: string;
          /** Format: binary */
          alt: string;
          /** Format: binary */
          add: string;
        }
      | {
          /** @enum {string} */
          format: 'uk-csv' | 'pep-csv';
          /** Format: binary */
          file: string;
        };
    SourceOfFundsEvidence: {
      /** @description Which document or record shows the funds (e.g. "payslips March–May", a bank statement name). */
      reference: string;
      /** @description Where the money the player gambles with comes from, in their words. */
      description: string;
    };
    ClearDueDiligence: {
      reason: string;
    };
    KycWebhook: {
      eventId: string;
      checkId: string;
      reference: string;
      playerId: string;
      /** @enum {string} */
      kind: 'DOCUMENT' | 'LIVENESS' | 'ADDRESS';
      /** @enum {string} */
      outcome: 'CLEAR' | 'REJECTED' | 'NEEDS_REVIEW';
      reasons: string[];
      /** Format: date-time */
      completedAt: string;
    };
    AmlCaseAssignRequest: {
      assignee: string;
    };
    AmlCaseReasonRequest: {
      reason: string;
    };
    AmlCaseCloseRequest: {
      /** @enum {string} */
      outcome: 'NO_ACTION' | 'RESTRICT' | 'CLOSE_ACCOUNT' | 'SAR_FILED';
      reason: string;
    };
    AmlCaseNoteRequest: {
      body: string;
      /** @default [] */
      evidence?: {
        /** @enum {string} */
        kind: 'PAYMENT' | 'DOCUMENT' | 'URL';
        ref: string;
      }[];
    };
    AmlSarDraftRequest: {
      narrative: string;
      reasonForSuspicion: string;
      /** @default [] */
      alertIds?: string[];
      /** @default [] */
      paymentIds?: string[];
    };
    AmlRuleVersionRequest: {
      /** @description Required for the first version of a new rule. */
      name?: string;
      /** @description An `AmlRuleDefinition`; validated and compiled. */
      definition: {
        [key: string]: unknown;
      };
      description: string;
      /** @enum {string} */
      severity: 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';
      score: number;
      reason: string;
    };
    AmlRuleLiveRequest: {
      reason: string;
    };
    AmlBacktestRequest: {
      /** Format: date-time */
      from: string;
      /** Format: date-time */
      to: string;
      version?: number;
      definition?: {
        [key: string]: unknown;
      };
    };
    NewPlayerNote: {
      body?: string;
      /** @default [] */
      tags?: string[];
    };
    AmlRetentionRunRequest: {
      /**
       * @description PURGE deletes the records whose retention period has ended; REPORT_ONLY only lists them.
       * @enum {string}
       */
      mode: 'PURGE' | 'REPORT_ONLY';
    };
    RgPlayerLimit: {
      amount: number | null;
      /** @description Why, in the player’s words. */
      reason?: string;
    };
    RgStaffLimitDecrease: {
      /** @description Minor units of the player’s wallet currency; minutes for SESSION_TIME (1 to 1440). */
      amount: number;
      reason: string;
    };
    RgInterventionInteractionRequest: {
      /** @enum {string} */
      kind: 'CALL' | 'MESSAGE' | 'NOTE';
      note: string;
    };
    RgInterventionReasonRequest: {
      reason: string;
    };
    RgInterventionResolveRequest: {
      /**
       * @description What the officer decided.
       * @enum {string}
       */
      outcome: 'NO_FURTHER_ACTION' | 'RESTRICTIONS_KEPT' | 'RESTRICTIONS_LIFTED' | 'REFERRED_TO_SUPPORT';
      reason: string;
    };
    RgApplyRestrictionRequest: {
      /** @enum {string} */
      kind: 'DEPOSIT_BLOCK' | 'BONUS_BLOCK' | 'MARKETING_SUPPRESSION';
      reason: string;
      /**
       * Format: date-time
       * @description Until when; absent: until lifted.
       */
      until?: string;
    };
    RgLiftRestrictionRequest: {
      reason: string;
    };
    RgLogInteractionRequest: {
      /** @enum {string} */
      kind: 'CALL' | 'MESSAGE' | 'CUSTOMER_CONTACT_ABOUT_GAMBLING' | 'NOTE';
      note: string;
      /**
       * @description The player said they cannot control their gambling: the intervention acts at once.
       * @default false
       */
      strongIndicator?: boolean;
    };
    RgTimeOutRequest: {
      /** @description How long the break lasts, in hours: 24 (a day) to 1008 (six weeks). */
      hours: number;
      /** @description Why, in the player’s words; optional for the player. */
      reason?: string;
    };
    RgSelfExclusionRequest: {
      /** @description How long at least, in months (6, 12, 24, 60 ...): at least the jurisdiction’s minimum (GB: 6). It does not end by itself: after it the player must ask to return, and a cooling-off runs. */
      months: number;
      reason?: string;
    };
    RgRealityCheckSetting: {
      /** @description How often, in minutes of a game session, the player-facing app reminds the player (5 to 240). */
      intervalMinutes: number;
    };
    RgStaffExclusionRequest:
      | {
          /** @description How long the break lasts, in hours: 24 (a day) to 1008 (six weeks). */
          hours: number;
          /** @description Why, as the player told the agent (required, audited). */
          reason: string;
          /** @constant */
          kind: 'TIME_OUT';
        }
      | {
          /** @description How long at least, in months (6, 12, 24, 60 ...): at least the jurisdiction’s minimum (GB: 6). It does not end by itself: after it the player must ask to return, and a cooling-off runs. */
          months: number;
          /** @description Why, as the player told the agent (required, audited). */
          reason: string;
          /** @constant */
          kind: 'SELF_EXCLUSION';
        };
    Health: {
      /** @enum {string} */
      status: 'ok' | 'degraded';
      checks: {
        postgres: {
          /** @enum {string} */
          status: 'up' | 'down';
          latencyMs: number;
          detail?: string;
        };
        temporal: {
          /** @enum {string} */
          status: 'up' | 'down';
          latencyMs: number;
          detail?: string;
        };
        kafka: {
          /** @enum {string} */
          status: 'up' | 'down';
          latencyMs: number;
          detail?: string;
        };
      };
    };
    /** @description RFC 9457 problem details, the one shape of every error. `code` says why (each code has one HTTP status; each operation lists the codes it answers, by status, and in `x-error-codes`); `errors` lists every invalid field of `VALIDATION_FAILED`; other fields (such as `balance` on INSUFFICIENT_FUNDS or `retryAfterSeconds` on TOO_MANY_ATTEMPTS) extend it. */
    Problem: {
      /**
       * Format: uri-reference
       * @default about:blank
       */
      type: string;
      title: string;
      status: number;
      detail?: string;
      /** @description The request URL. */
      instance: string;
      /** @description Also in the `X-Request-Id` header; quote it to support. */
      requestId: string;
      /**
       * @example VALIDATION_FAILED
       * @example NO_SESSION
       * @example FORBIDDEN
       * @example INSUFFICIENT_FUNDS
       */
      code: string;
      errors?: {
        /** @description Where the value was: `body.amountMinor`, `query.limit`, ... */
        field: string;
        message: string;
      }[];
    } & {
      [key: string]: unknown;
    };
    /** @description Who is signed in, what they may do, and the CSRF token for writes. */
    StaffSession: {
      staff: {
        staffId: string;
        username: string;
        displayName: string;
        roles: (
          | 'compliance_officer'
          | 'senior_compliance'
          | 'payments_ops'
          | 'cs_agent'
          | 'risk_analyst'
          | 'engineer'
          | 'admin'
          | 'mlro'
          | 'rg_officer'
        )[];
        totpEnabled: boolean;
      };
      /** @description Send it as `X-CSRF-Token` on every request but GET and HEAD. */
      csrfToken: string;
      /** @description The CASL rules of the staff member (`@casl/ability` raw rules), for the UI to hide what is refused. */
      rules: {
        action: string | string[];
        subject: string | string[];
        conditions?: {
          [key: string]: unknown;
        };
        inverted?: boolean;
      }[];
      idleTimeoutSeconds: number;
      /** Format: date-time */
      expiresAt: string;
    };
    /** @description Audit entries, newest first, with their hash chain; `actorName` is not part of the hashed entry. */
    AuditPage: {
      items: {
        auditId: number;
        /** Format: date-time */
        at: string;
        /** @description A staff id, 'system' (a workflow step), a player id, or 'anonymous'. */
        actor: string;
        /** @description The display name of the staff member in `actor`; null when that is not a staff id. */
        actorName: string | null;
        action: string;
        entityType: string;
        entityId?: string | null;
        reason: string | null;
        /** @description The state before the action, as the action recorded it (any JSON). */
        before: unknown;
        /** @description The state after the action, as the action recorded it (any JSON). */
        after: unknown;
        requestId: string | null;
        sourceIp: string | null;
        /** @description The previous entry's hash, which this entry's hash covers. */
        prevHash: string;
        hash: string;
      }[];
      total?: number;
      limit?: number;
      offset?: number;
    };
    /** @description Enabled staff members, by name. */
    ColleagueList: {
      items: {
        staffId: string;
        displayName: string;
        roles: (
          | 'compliance_officer'
          | 'senior_compliance'
          | 'payments_ops'
          | 'cs_agent'
          | 'risk_analyst'
          | 'engineer'
          | 'admin'
          | 'mlro'
          | 'rg_officer'
        )[];
      }[];
    };
    StaffList: {
      items: (components['schemas']['StaffMember'] & {
        /** @description Null until they sign in. */
        lastLoginAt: string | null;
      })[];
    };
    StaffMember: {
      staffId: string;
      username: string;
      displayName: string;
      roles: (
        | 'compliance_officer'
        | 'senior_compliance'
        | 'payments_ops'
        | 'cs_agent'
        | 'risk_analyst'
        | 'engineer'
        | 'admin'
        | 'mlro'
        | 'rg_officer'
      )[];
      totpEnabled: boolean;
      disabled: boolean;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    StaffChangeResult: {
      staff: components['schemas']['StaffMember'];
      /** @description An otpauth:// URI, when the roles need TOTP. */
      totpProvisioningUri?: string;
    };
    CodecPayloads: {
      payloads: {
        /** @description `encoding` and the codec's key id, in base64 */
        metadata: {
          [key: string]: string;
        };
        data: string;
      }[];
    };
    StackProbeStarted: {
      probeId: string;
      workflowId: string;
      /** Format: uri */
      temporalWebUrl: string;
    };
    /** @description The probe workflow's `getStatus` state, its Temporal status and, once completed, its result. */
    StackProbeStatus: {
      probeId: string;
      /** @enum {string} */
      status: 'RECORDING' | 'AWAITING_EVENT' | 'COMPLETED' | 'EVENT_NOT_DELIVERED';
      /** Format: date-time */
      recordedAt?: string;
      /** Format: date-time */
      eventSeenAt?: string;
      /** Format: date-time */
      completedAt?: string;
      workflowId: string;
      /**
       * @description The workflow's status in Temporal.
       * @enum {string}
       */
      workflowStatus:
        | 'UNSPECIFIED'
        | 'RUNNING'
        | 'COMPLETED'
        | 'FAILED'
        | 'CANCELLED'
        | 'TERMINATED'
        | 'CONTINUED_AS_NEW'
        | 'TIMED_OUT'
        | 'PAUSED'
        | 'UNKNOWN';
      result?: {
        probeId: string;
        /** Format: date-time */
        recordedAt: string;
        /** Format: date-time */
        eventSeenAt: string;
        /** Format: date-time */
        completedAt: string;
        eventRoundTripMs: number;
      };
      /** Format: uri */
      temporalWebUrl: string;
    };
    /** @description The service levels for a window (contracts/ops.ts). Durations are in seconds, lags in messages; `state` is OK, AT_RISK (from 80 % of the target), BREACHED or NO_DATA. */
    SloReport: {
      /** @enum {string} */
      window: '15m' | '1h' | '6h' | '24h';
      stepSeconds: number;
      /** Format: date-time */
      from: string;
      /** Format: date-time */
      generatedAt: string;
      indicators: {
        /** @enum {string} */
        id: 'depositEndToEnd' | 'betAcceptance' | 'payoutTime' | 'approvalWait' | 'outboxLag' | 'consumerLag';
        name: string;
        description: string;
        /** @enum {string} */
        unit: 'seconds' | 'messages';
        /** @enum {string} */
        source: 'postgres' | 'api-process' | 'kafka';
        target: {
          statistic: string;
          threshold: number;
          text: string;
        };
        current: {
          value: number | null;
          label: string;
          count: number | null;
          /** @enum {string} */
          state: 'OK' | 'AT_RISK' | 'BREACHED' | 'NO_DATA';
        };
        details: {
          label: string;
          value: number;
          /** @enum {string} */
          unit: 'seconds' | 'messages' | 'count';
        }[];
        lines: {
          key: string;
          label: string;
        }[];
        series: {
          /** Format: date-time */
          at: string;
          count: number | null;
          /** @description The value of each line (by its key) in the interval; null where nothing was measured. */
          values: {
            [key: string]: number | null;
          };
        }[];
        note: string | null;
      }[];
    };
    Player: {
      playerId: string;
      brand: string;
      jurisdiction: string;
      currency: components['schemas']['Currency'];
      /** @description YYYY-MM-DD; `****-**-**` in the player 360, where personal data is masked. */
      dateOfBirth: string;
      /** @enum {string} */
      status: 'ACTIVE' | 'BLOCKED' | 'SELF_EXCLUDED' | 'CLOSED';
      /** Format: date-time */
      createdAt: string;
    };
    PlayerWithWallet: components['schemas']['Player'] & {
      wallet: components['schemas']['WalletBalance'] | null;
    };
    WalletBalance: {
      playerId: string;
      currency: components['schemas']['Currency'];
      /** @description An amount in minor units (cents) of `currency`. */
      cashMinor: number;
      /** @description An amount in minor units (cents) of `currency`. */
      bonusMinor: number;
      /** @description An amount in minor units (cents) of `currency`. */
      withdrawalPendingMinor: number;
      /** @description What the player can stake: cash plus bonus. */
      playableMinor: number;
    };
    /** @description Players matching the search, newest first. */
    PlayerListPage: {
      items: {
        playerId: string;
        brand: string;
        jurisdiction: string;
        currency: components['schemas']['Currency'];
        /** @enum {string} */
        status: 'ACTIVE' | 'BLOCKED' | 'SELF_EXCLUDED' | 'CLOSED';
        /** Format: date-time */
        createdAt: string;
        /** @description Masked; null when none was given or when it does not decrypt. */
        personalData: components['schemas']['PersonalData'] | null;
        /** @description True when personal data is stored but does not decrypt (a tampered row, a missing master key): an alarm for engineers. */
        personalDataUnreadable: boolean;
      }[];
      /** @description Pass as `cursor` for the next page; null on the last page. */
      nextCursor: string | null;
    };
    /** @description Masked (initials, `j***@e***.com`, the last two digits of the phone, the country of the address) wherever it is listed; unmasked only from `GET /api/players/{playerId}/personal-data`, which is audited. */
    PersonalData: {
      givenName?: string;
      familyName?: string;
      email?: string;
      phone?: string;
      address?: {
        lines: string[];
        city: string;
        postcode: string;
        /** @description ISO 3166-1 alpha-2; shown even when the rest is masked. */
        country: string;
      };
    };
    /** @description A player's personal data in clear; each reading is audited. */
    RevealedPersonalData: {
      givenName?: string;
      familyName?: string;
      email?: string;
      phone?: string;
      address?: {
        lines: string[];
        city: string;
        postcode: string;
        /** @description ISO 3166-1 alpha-2; shown even when the rest is masked. */
        country: string;
      };
      /** Format: date */
      dateOfBirth: string;
    };
    /** @description The player 360: profile and personal data (masked for everyone: reveal them with the personal-data route), balances, the player's latest workflows from Temporal visibility, and their payment instruments (holder names masked). */
    PlayerOverview: {
      player: components['schemas']['Player'];
      /** @description Masked; null when none was given. */
      personalData: components['schemas']['PersonalData'] | null;
      balances: {
        /** @description An amount in minor units (cents) of `currency`. */
        cashMinor: number;
        /** @description An amount in minor units (cents) of `currency`. */
        bonusMinor: number;
        /** @description An amount in minor units (cents) of `currency`. */
        pendingMinor: number;
        currency: components['schemas']['Currency'];
      };
      /** @description The latest 50, newest first; null while Temporal does not answer (the rest still shows). */
      workflows:
        | {
            workflowId: string;
            type: string;
            /**
             * @description The workflow's status in Temporal.
             * @enum {string}
             */
            status:
              | 'UNSPECIFIED'
              | 'RUNNING'
              | 'COMPLETED'
              | 'FAILED'
              | 'CANCELLED'
              | 'TERMINATED'
              | 'CONTINUED_AS_NEW'
              | 'TIMED_OUT'
              | 'PAUSED'
              | 'UNKNOWN';
            /** Format: date-time */
            startTime: string;
            /** Format: uri */
            temporalWebUrl: string;
          }[]
        | null;
      /** @description The player's cards, bank accounts and e-wallets, newest first, each with whether it was used to deposit and can receive payouts (the closed-loop policy pays withdrawals back to deposit instruments). */
      paymentInstruments: components['schemas']['PaymentInstrument'][];
    };
    /** @description A player's card, bank account or e-wallet as its PSP tokenised it: display data only. A withdrawal's destination, or the instrument a deposit was paid from. */
    PaymentInstrument: {
      instrumentId: string;
      /** @description The PSP that holds its token: payments to or from it go through this PSP. */
      psp: string;
      /** @enum {string} */
      kind: 'CARD' | 'BANK_ACCOUNT' | 'EWALLET';
      /**
       * @description One line for screens, e.g. "Visa •••• 4242, 12/2030", "IBAN DE •••• 3000".
       * @example Visa •••• 4242, 12/2030
       */
      label: string;
      cardBrand: string | null;
      cardLast4: string | null;
      cardExpiryMonth: number | null;
      cardExpiryYear: number | null;
      /** @description The name on the card or account; '****' in the player 360 without the right to personal data. */
      holderName: string | null;
      ibanCountry: string | null;
      ibanLast4: string | null;
      /** @description The e-wallet account as its PSP displays it (masked). */
      ewalletAccount: string | null;
      /** @description When a deposit from it was first credited. */
      firstDepositAt: string | null;
      /** @description Whether it ever funded the account (closed-loop payouts). */
      usedForDeposit: boolean;
      canReceivePayouts: boolean;
    };
    /** @description The player's ledger transactions, newest first, each with its postings on the player's accounts. */
    PlayerLedgerPage: {
      items: {
        transactionId: number;
        /** @description The ledger transaction kind (DEPOSIT, BET, WIN, ...). */
        kind: string;
        /** Format: date-time */
        createdAt: string;
        /** @description The net change across the player's own accounts. */
        amountMinor: number;
        postings: {
          accountKind: string;
          /** @description An amount in minor units (cents) of `currency`. */
          amountMinor: number;
        }[];
      }[];
      total?: number;
      limit?: number;
      offset?: number;
    };
    /** @description The player's playable balance in the wallet's currency. */
    WalletBalanceResult: {
      /** @constant */
      status: 'OK';
      playerId: string;
      currency: components['schemas']['Currency'];
      balance: {
        /** @description An amount in minor units (cents) of `currency`. */
        cashMinor: number;
        /** @description An amount in minor units (cents) of `currency`. */
        bonusMinor: number;
        /** @description An amount in minor units (cents) of `currency`. */
        playableMinor: number;
      };
    };
    /** @description How the seamless wallet refuses a call: problem+json with a `code` (each code has one HTTP status, listed on each operation) and the player's balance as it is now, also on a repeat of a refused call. */
    WalletRefusal: components['schemas']['Problem'] & {
      transactionId?: string;
      playerId?: string;
      currency?: components['schemas']['Currency'];
      balance?: {
        /** @description An amount in minor units (cents) of `currency`. */
        cashMinor: number;
        /** @description An amount in minor units (cents) of `currency`. */
        bonusMinor: number;
        /** @description An amount in minor units (cents) of `currency`. */
        playableMinor: number;
      };
    };
    /** @description The first answer for this transaction id; every repeat of the same request gets the same bytes. */
    WalletTransactionResult: {
      /** @constant */
      status: 'OK';
      /** @enum {string} */
      kind: 'BET' | 'WIN' | 'ROLLBACK';
      /** @description The provider's transaction id. */
      transactionId: string;
      walletTransactionId: number | null;
      playerId: string;
      currency: components['schemas']['Currency'];
      roundId: string;
      /** @description How much of the amount was cash and how much bonus. */
      split: {
        /** @description An amount in minor units (cents) of `currency`. */
        cashMinor: number;
        /** @description An amount in minor units (cents) of `currency`. */
        bonusMinor: number;
      };
      balance: {
        /** @description An amount in minor units (cents) of `currency`. */
        cashMinor: number;
        /** @description An amount in minor units (cents) of `currency`. */
        bonusMinor: number;
        /** @description An amount in minor units (cents) of `currency`. */
        playableMinor: number;
      };
      /** Format: date-time */
      processedAt: string;
    };
    OpenedGameSession: {
      sessionId: string;
      playerId: string;
      providerId: string;
      gameId: string;
      currency: components['schemas']['Currency'];
      /** @enum {string} */
      status: 'ACTIVE' | 'EXPIRED' | 'ENDED';
      /** Format: date-time */
      openedAt: string;
      /**
       * Format: date-time
       * @description Absolute expiry, however active the session is.
       */
      expiresAt: string;
      /** @description The session also expires after this long without a bet. */
      idleTimeoutSeconds: number;
      endedAt: string | null;
      endReason:
        ('LOGOUT' | 'CLOSED_BY_PLAYER' | 'SELF_EXCLUSION' | 'RG_TIME_OUT' | 'SESSION_LIMIT' | 'ACCOUNT_STATUS') | null;
      /** @description Hand it to the game provider (the game launch URL): it sends it as `sessionToken` with every bet. 256 random bits; the back office keeps only its hash, so it cannot be read again. */
      launchToken: string;
    };
    EndedGameSessions: {
      /** @description How many open sessions were ended. */
      ended: number;
    };
    /** @description A game session of the player: one provider, one game, one currency. */
    GameSession: {
      sessionId: string;
      playerId: string;
      providerId: string;
      gameId: string;
      currency: components['schemas']['Currency'];
      /** @enum {string} */
      status: 'ACTIVE' | 'EXPIRED' | 'ENDED';
      /** Format: date-time */
      openedAt: string;
      /**
       * Format: date-time
       * @description Absolute expiry, however active the session is.
       */
      expiresAt: string;
      /** @description The session also expires after this long without a bet. */
      idleTimeoutSeconds: number;
      endedAt: string | null;
      endReason:
        ('LOGOUT' | 'CLOSED_BY_PLAYER' | 'SELF_EXCLUSION' | 'RG_TIME_OUT' | 'SESSION_LIMIT' | 'ACCOUNT_STATUS') | null;
    };
    /** @description What a player sees of a payment: no routing, decisions or officers. */
    PlayerPayment: {
      id: string;
      /** @enum {string} */
      kind: 'DEPOSIT' | 'WITHDRAWAL';
      playerId: string;
      /** @description An amount in minor units (cents) of `currency`. */
      amountMinor: number;
      currency: components['schemas']['Currency'];
      /** @enum {string} */
      method: 'CARD' | 'BANK_TRANSFER' | 'EWALLET';
      /** @description A deposit's instrument (null until its PSP tokenised it) or a withdrawal's payout destination. */
      instrument: components['schemas']['PaymentInstrument'] | null;
      /**
       * @description A deposit's status (`DepositStatus`) or a withdrawal's (`WithdrawalStatus`), by `kind`.
       * @enum {string}
       */
      status:
        | 'REQUESTED'
        | 'AUTHORISING'
        | 'AWAITING_CONFIRMATION'
        | 'CREDITING'
        | 'REFUNDING'
        | 'NEEDS_ATTENTION'
        | 'CREDITED'
        | 'DECLINED'
        | 'REFUSED'
        | 'REFUNDED'
        | 'FUNDS_RESERVED'
        | 'AWAITING_APPROVAL'
        | 'AWAITING_SECOND_APPROVAL'
        | 'APPROVED'
        | 'AML_HOLD'
        | 'PAYING_OUT'
        | 'PAID'
        | 'REJECTED'
        | 'CANCELLED'
        | 'FAILED';
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    } & (unknown & unknown);
    /** @description The player's saved instruments, newest first. */
    PaymentInstrumentList: {
      items: components['schemas']['PaymentInstrument'][];
    };
    /** @description The withdrawal whose cancellation the saga accepted. */
    WithdrawalCancelling: {
      id: string;
      /** @enum {string} */
      kind: 'DEPOSIT' | 'WITHDRAWAL';
      playerId: string;
      /** @description An amount in minor units (cents) of `currency`. */
      amountMinor: number;
      currency: components['schemas']['Currency'];
      /** @enum {string} */
      method: 'CARD' | 'BANK_TRANSFER' | 'EWALLET';
      /** @description A deposit's instrument (null until its PSP tokenised it) or a withdrawal's payout destination. */
      instrument: components['schemas']['PaymentInstrument'] | null;
      /**
       * @description The saga accepted the cancellation; it voids the reservation and the withdrawal becomes CANCELLED.
       * @constant
       */
      status: 'CANCELLING';
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    PspWebhookReceipt: {
      /** @constant */
      received: true;
      /** @description True when this event id was received before. */
      duplicate: boolean;
    };
    /** @description Payments from the read model. */
    PaymentPage: {
      items: components['schemas']['Payment'][];
      total?: number;
      limit?: number;
      offset?: number;
    };
    Payment: {
      paymentId: string;
      /** @enum {string} */
      kind: 'DEPOSIT' | 'WITHDRAWAL';
      playerId: string;
      brand: string;
      /** @description An amount in minor units (cents) of `currency`. */
      amountMinor: number;
      currency: components['schemas']['Currency'];
      /** @enum {string} */
      method: 'CARD' | 'BANK_TRANSFER' | 'EWALLET';
      country: string;
      /**
       * @description A deposit's status (`DepositStatus`) or a withdrawal's (`WithdrawalStatus`), by `kind`.
       * @enum {string}
       */
      status:
        | 'REQUESTED'
        | 'AUTHORISING'
        | 'AWAITING_CONFIRMATION'
        | 'CREDITING'
        | 'REFUNDING'
        | 'NEEDS_ATTENTION'
        | 'CREDITED'
        | 'DECLINED'
        | 'REFUSED'
        | 'REFUNDED'
        | 'FUNDS_RESERVED'
        | 'AWAITING_APPROVAL'
        | 'AWAITING_SECOND_APPROVAL'
        | 'APPROVED'
        | 'AML_HOLD'
        | 'PAYING_OUT'
        | 'PAID'
        | 'REJECTED'
        | 'CANCELLED'
        | 'FAILED';
      psp: string | null;
      /** @description The player, or the staff member who raised it. */
      requestedBy: string;
      workflowId: string;
      approvalsNeeded: number;
      escalated: boolean;
      failureReason: string | null;
      /** @description A deposit's instrument (null until its PSP tokenised it) or a withdrawal's payout destination, with whether it was used to deposit. */
      instrument: components['schemas']['PaymentInstrument'] | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    } & (unknown & unknown);
    /** @description Withdrawals awaiting a decision, oldest first, each with its SLA due time, who decided already, whether the next approval must be senior, and the player's risk context. */
    WithdrawalQueue: {
      items: (components['schemas']['Payment'] & {
        /** @description The display name of the staff member in `requestedBy`; null when that is not a staff id. */
        requestedByName: string | null;
        /** @description The staff ids of the decisions so far, in order. */
        decidedBy: string[];
        /** @description The display names of `decidedBy`, in the same order. */
        decidedByNames: string[];
        /**
         * Format: date-time
         * @description When the decision is due; past it, the withdrawal escalates.
         */
        slaDueAt: string;
        /** @description The officer working it (claimed or assigned); null: nobody. */
        assignee: string | null;
        /** @description The display name of the staff member in `assignee`; null when that is not a staff id. */
        assigneeName: string | null;
        assignedAt: string | null;
        /** @description The player's tags (player notes), for badges. */
        playerTags: string[];
        /** @description Whether the next approval must be senior. */
        seniorRequiredForNext: boolean;
        /** @description Whether two officers must approve it. */
        fourEyes: boolean;
        /** @description The player facts an officer weighs next to the withdrawal. */
        risk: {
          /**
           * @description The player's identity verification (NOT_STARTED without a record).
           * @enum {string}
           */
          kycStatus: 'NOT_STARTED' | 'PENDING' | 'MANUAL_REVIEW' | 'VERIFIED' | 'REJECTED';
          /**
           * @description The due diligence level the player needs.
           * @enum {string}
           */
          kycRequiredLevel: 'SDD' | 'CDD' | 'EDD';
          /** @description Why the player's money movements are restricted (overdue source-of-funds evidence), or null. */
          kycRestriction: string | null;
          /** @description Empty until the AML domain lands. */
          amlFlags: string[];
          /**
           * @description The player's status.
           * @enum {string}
           */
          rgStatus: 'ACTIVE' | 'BLOCKED' | 'SELF_EXCLUDED' | 'CLOSED';
          /** @description An amount in minor units (cents) of `currency`. */
          netDepositsMinor: number;
          depositsCount: number;
          withdrawalsCount: number;
          /** @description An amount in minor units (cents) of `currency`. */
          bonusBalanceMinor: number;
          riskLevel: string | null;
          riskReasons: string[] | null;
        };
      })[];
      /** @description Withdrawals the search matches. */
      total: number;
      limit: number;
      offset: number;
      summary: {
        awaiting: number;
        awaitingSecondApproval: number;
        fourEyes: number;
        pastSla: number;
      };
    };
    /** @description Who works a withdrawal of the approval queue. */
    WithdrawalAssignment: {
      paymentId: string;
      /** @description The officer working it; null: back in the queue. */
      assignee: string | null;
      /** @description The display name of the staff member in `assignee`; null when that is not a staff id. */
      assigneeName: string | null;
      assignedAt: string | null;
    };
    /** @description A payment with its whole story: timeline, PSP attempts, decisions, ledger transactions, the live saga state (`workflowState`, from its `getStatus` query) and `temporalWebUrl`. */
    PaymentDetail: components['schemas']['Payment'] & {
      /** @description The display name of the staff member in `requestedBy`; null when that is not a staff id. */
      requestedByName: string | null;
      /** @description The officer working a queued withdrawal; null: nobody. */
      assignee: string | null;
      /** @description The display name of the staff member in `assignee`; null when that is not a staff id. */
      assigneeName: string | null;
      assignedAt: string | null;
      /** @description The payment's steps, oldest first. */
      timeline: {
        type: string;
        /** @description A staff id, a player id, or 'system' (a saga step). */
        actor: string;
        /** @description The display name of the staff member in `actor`; null when that is not a staff id. */
        actorName: string | null;
        detail: {
          [key: string]: unknown;
        } | null;
        /** Format: date-time */
        at: string;
      }[];
      /** @description Each PSP try, as the read model recorded it. */
      attempts: {
        attemptId: string;
        seq: number;
        psp: string;
        operation: string;
        status: string;
        outcome: string | null;
        code: string | null;
        pspReference: string | null;
        latencyMs: number | null;
        startedAt: string | null;
        finishedAt: string | null;
      }[];
      /** @description The officers' decisions, oldest first. */
      decisions: {
        staffId: string;
        /** @description The display name of the staff member in `staffId`; null when that is not a staff id. */
        staffName: string | null;
        /** @enum {string} */
        decision: 'APPROVE' | 'REJECT';
        /** @enum {string} */
        role:
          | 'compliance_officer'
          | 'senior_compliance'
          | 'payments_ops'
          | 'cs_agent'
          | 'risk_analyst'
          | 'engineer'
          | 'admin'
          | 'mlro'
          | 'rg_officer';
        reason: string | null;
        /** Format: date-time */
        at: string;
      }[];
      /** @description The ledger transactions that moved this payment's money. */
      ledger: {
        transactionId: number;
        idempotencyKey: string;
        kind: string;
        /** Format: date-time */
        createdAt: string;
      }[];
      /** @description The saga's live state; absent when its workflow is gone from Temporal. */
      workflowState?: components['schemas']['WithdrawalState'] | components['schemas']['DepositState'];
      /** Format: uri */
      temporalWebUrl: string;
    };
    /** @description The withdrawal saga's state after the Update: status, decisions (who, when, what), PSP attempts. */
    WithdrawalState: {
      withdrawalId: string;
      /** @enum {string} */
      status:
        | 'REQUESTED'
        | 'FUNDS_RESERVED'
        | 'AWAITING_APPROVAL'
        | 'AWAITING_SECOND_APPROVAL'
        | 'APPROVED'
        | 'AML_HOLD'
        | 'PAYING_OUT'
        | 'NEEDS_ATTENTION'
        | 'PAID'
        | 'REJECTED'
        | 'CANCELLED'
        | 'REFUSED'
        | 'FAILED';
      requestedBy: string;
      risk?: {
        /** @enum {string} */
        level: 'LOW' | 'ELEVATED';
        reasons: string[];
      };
      approvalsNeeded: number;
      seniorRequired: boolean;
      escalated: boolean;
      decisions: {
        staffId: string;
        /** @description The display name of the staff member in `staffId`; null when that is not a staff id. */
        staffName: string | null;
        /** @enum {string} */
        role:
          | 'compliance_officer'
          | 'senior_compliance'
          | 'payments_ops'
          | 'cs_agent'
          | 'risk_analyst'
          | 'engineer'
          | 'admin'
          | 'mlro'
          | 'rg_officer';
        /** @enum {string} */
        decision: 'APPROVE' | 'REJECT';
        reason?: string;
        /** Format: date-time */
        at: string;
      }[];
      cancellable: boolean;
      /** @description The PSPs in the order the saga tries them. */
      route: string[];
      attempts: {
        attemptId: string;
        psp: string;
        /** @enum {string} */
        outcome: 'SUCCESS' | 'PENDING' | 'HARD_DECLINE' | 'SOFT_DECLINE' | 'TIMEOUT' | 'OUTAGE';
        code?: string;
        pspReference?: string;
      }[];
      failure?: string;
    };
    /** @description The deposit saga's state: status, route and PSP attempts. */
    DepositState: {
      depositId: string;
      /** @enum {string} */
      status:
        | 'REQUESTED'
        | 'AUTHORISING'
        | 'AWAITING_CONFIRMATION'
        | 'CREDITING'
        | 'REFUNDING'
        | 'NEEDS_ATTENTION'
        | 'CREDITED'
        | 'DECLINED'
        | 'REFUSED'
        | 'REFUNDED';
      route: string[];
      attempts: {
        attemptId: string;
        psp: string;
        /** @enum {string} */
        outcome: 'SUCCESS' | 'PENDING' | 'HARD_DECLINE' | 'SOFT_DECLINE' | 'TIMEOUT' | 'OUTAGE';
        code?: string;
        pspReference?: string;
      }[];
      ledgerTransactionId?: number | null;
      failure?: string;
    };
    /** @description The reconciliation workflow's result (mismatches found per kind) with its workflow id. */
    ReconciliationResult: {
      workflowId: string;
      /** Format: uri */
      temporalWebUrl?: string;
    };
    ReconciliationMismatches: {
      items: {
        mismatchId: number;
        runId: string;
        psp: string;
        /** @enum {string} */
        kind: 'MISSING_IN_LEDGER' | 'MISSING_AT_PSP' | 'DUPLICATE' | 'AMOUNT_DIFFERS';
        reference: string | null;
        paymentId: string | null;
        pspAmountMinor: number | null;
        ledgerAmountMinor: number | null;
        currency: string | null;
        detail: string;
        /** @enum {string} */
        status: 'OPEN' | 'RESOLVED';
        /** Format: date-time */
        foundAt: string;
      }[];
    };
    /** @description Each jurisdiction's rules, from the schema the registry is validated with (domain/jurisdictions/registry.ts). Every rule is `{value, source, url?, note?}`: its value and the regulation it comes from; a `note` says what is still to be confirmed. Amounts are in minor units of their `currency`; `null` means no such rule. */
    JurisdictionPolicies: {
      items: {
        code: string;
        name: string;
        regulator: string;
        minimumAgeYears: {
          value: number;
          source: string;
          /** Format: uri */
          url?: string;
          note?: string;
        };
        verifyBeforeDepositOrPlay: {
          value: boolean;
          source: string;
          /** Format: uri */
          url?: string;
          note?: string;
        };
        reverseWithdrawalAllowed: {
          value: boolean;
          source: string;
          /** Format: uri */
          url?: string;
          note?: string;
        };
        forfeitBonusOnWithdrawal: {
          value: boolean;
          source: string;
          /** Format: uri */
          url?: string;
          note?: string;
        };
        closedLoopPayouts: {
          value: boolean;
          source: string;
          /** Format: uri */
          url?: string;
          note?: string;
        };
        cddThreshold: {
          value: {
            amountMinor: number;
            currency: components['schemas']['Currency'];
          };
          source: string;
          /** Format: uri */
          url?: string;
          note?: string;
        };
        sourceOfFundsEvidence: {
          value: {
            deadlineDays: number;
            reminderDays: number[];
          };
          source: string;
          /** Format: uri */
          url?: string;
          note?: string;
        };
        limitIncreaseCoolingOffHours: {
          value: number;
          source: string;
          /** Format: uri */
          url?: string;
          note?: string;
        };
        limitIncreaseNeedsReconfirmation: {
          value: boolean;
          source: string;
          /** Format: uri */
          url?: string;
          note?: string;
        };
        minimumSelfExclusionMonths: {
          value: number;
          source: string;
          /** Format: uri */
          url?: string;
          note?: string;
        };
        stakeCaps: {
          /** @enum {string} */
          product: 'SLOTS' | 'CASINO' | 'BETTING' | 'POKER' | 'BINGO' | 'LOTTERY';
          fromAgeYears: number;
          toAgeYears: number | null;
          maxStake: {
            amountMinor: number;
            currency: components['schemas']['Currency'];
          };
          source: string;
          /** Format: uri */
          url?: string;
          note?: string;
        }[];
        bonusWageringCapMultiple: {
          value: number | null;
          source: string;
          /** Format: uri */
          url?: string;
          note?: string;
        };
        singleProductPromotionsOnly: {
          value: boolean;
          source: string;
          /** Format: uri */
          url?: string;
          note?: string;
        };
        financialVulnerabilityCheck: {
          value: {
            netDeposits: {
              amountMinor: number;
              currency: components['schemas']['Currency'];
            };
            rollingDays: number;
          } | null;
          source: string;
          /** Format: uri */
          url?: string;
          note?: string;
        };
        recordRetentionYears: {
          value: number;
          source: string;
          /** Format: uri */
          url?: string;
          note?: string;
        };
        nationalScheme: {
          value: ('GAMSTOP' | 'SPELPAUS' | 'OASIS') | null;
          source: string;
          /** Format: uri */
          url?: string;
          note?: string;
        };
        selfExclusionReturnCoolingOffHours: {
          value: number;
          source: string;
          /** Format: uri */
          url?: string;
          note?: string;
        };
        forfeitBonusOnSelfExclusion: {
          value: boolean;
          source: string;
          /** Format: uri */
          url?: string;
          note?: string;
        };
      }[];
    };
    KycReviewPage: {
      items: components['schemas']['KycReview'][];
      total?: number;
      limit?: number;
      offset?: number;
    };
    KycReview: {
      reviewId: string;
      playerId: string;
      jurisdiction: string;
      workflowId: string;
      runId: string;
      reasons: ('SCREENING_HIT' | 'SCREENING_FAILED' | 'CHECK_NEEDS_REVIEW' | 'PROVIDER_TIMEOUT')[];
      /** @description The screenings whose hits the review holds: `GET /api/kyc/screenings/{screeningId}/hits` each. */
      screeningIds: string[];
      checkIds: string[];
      /** @description A sanctions or PEP hit: clearing needs two different officers. */
      fourEyes: boolean;
      /** @enum {string} */
      status: 'OPEN' | 'CLEARED' | 'REJECTED';
      /** Format: date-time */
      openedAt: string;
      closedAt: string | null;
      decisions: {
        staffId: string;
        /** @enum {string} */
        decision: 'CLEAR' | 'REJECT';
        reason: string;
        /** Format: date-time */
        at: string;
      }[];
    };
    KycReviewDetail: {
      reviewId: string;
      playerId: string;
      jurisdiction: string;
      workflowId: string;
      runId: string;
      reasons: ('SCREENING_HIT' | 'SCREENING_FAILED' | 'CHECK_NEEDS_REVIEW' | 'PROVIDER_TIMEOUT')[];
      /** @description The screenings whose hits the review holds: `GET /api/kyc/screenings/{screeningId}/hits` each. */
      screeningIds: string[];
      checkIds: string[];
      /** @description A sanctions or PEP hit: clearing needs two different officers. */
      fourEyes: boolean;
      /** @enum {string} */
      status: 'OPEN' | 'CLEARED' | 'REJECTED';
      /** Format: date-time */
      openedAt: string;
      closedAt: string | null;
      decisions: {
        staffId: string;
        /** @enum {string} */
        decision: 'CLEAR' | 'REJECT';
        reason: string;
        /** Format: date-time */
        at: string;
      }[];
      /** @description The onboarding's status; null when unknown. */
      playerStatus: ('NOT_STARTED' | 'PENDING' | 'MANUAL_REVIEW' | 'VERIFIED' | 'REJECTED') | null;
      checks: {
        checkId: string;
        /** @enum {string} */
        kind: 'DOCUMENT' | 'LIVENESS' | 'ADDRESS';
        /** @enum {string} */
        outcome: 'CLEAR' | 'REJECTED' | 'NEEDS_REVIEW';
        reasons: string[];
      }[];
      /** @description Officers who cleared the evidence as it stands now. */
      clearedBy: string[];
      /** Format: uri */
      temporalWebUrl: string;
    };
    KycReviewDecisionResult: {
      /** @enum {string} */
      status: 'NOT_STARTED' | 'PENDING' | 'MANUAL_REVIEW' | 'VERIFIED' | 'REJECTED';
      outcome: ('CLEAR' | 'REJECT') | null;
      clearedBy: string[];
    };
    /** @description The current (latest) version of each list source. */
    ScreeningListsCurrent: {
      items: components['schemas']['ScreeningListVersion'][];
    };
    ScreeningListVersion: {
      versionId: string;
      /** @enum {string} */
      source: 'OFAC_SDN' | 'UK_OFSI' | 'PEP';
      /** @enum {string} */
      listKind: 'SANCTIONS' | 'PEP';
      /** Format: date-time */
      importedAt: string;
      /** @description A staff id, or 'system' (the default lists, the import command). */
      importedBy: string;
      /** @description The date the source published the list, when it says. */
      sourceDate: string | null;
      files: {
        name: string;
        bytes: number;
        sha256: string;
      }[];
      contentSha256: string;
      entryCount: number;
      nameCount: number;
      previousVersionId: string | null;
      addedCount: number;
      removedCount: number;
      changedCount: number;
    };
    ScreeningListVersionPage: {
      items: components['schemas']['ScreeningListVersion'][];
      total?: number;
      limit?: number;
      offset?: number;
    };
    /** @description Each entry the version added, removed or changed; a removed entry as the previous version had it. */
    ScreeningListChangePage: {
      items: {
        entryId: string;
        /** @enum {string} */
        change: 'ADDED' | 'REMOVED' | 'CHANGED';
        entry: components['schemas']['ScreeningListEntry'];
      }[];
      total?: number;
      limit?: number;
      offset?: number;
    };
    ScreeningListEntry: {
      /** @description The source's own id: OFAC ent_num, OFSI Group ID, the PEP list's id. */
      entryId: string;
      /** @enum {string} */
      entityType: 'INDIVIDUAL' | 'ENTITY' | 'VESSEL' | 'AIRCRAFT' | 'UNKNOWN';
      /** @description Every name variant; WEAK_AKA is a low-quality alias, NON_LATIN the name in its own script. */
      names: {
        name: string;
        /** @enum {string} */
        kind: 'PRIMARY' | 'AKA' | 'FKA' | 'NKA' | 'WEAK_AKA' | 'NON_LATIN';
      }[];
      datesOfBirth: string[];
      /** @description ISO 3166-1 alpha-2 where known, else the list text. */
      countries: string[];
      nationalities: string[];
      /** @description Sanctions programmes or regimes. */
      programmes: string[];
      position?: string;
      remarks?: string;
    };
    ScreeningListImportResult: {
      version: components['schemas']['ScreeningListVersion'];
      /** @description The files were those of the current version: nothing was imported. */
      unchanged: boolean;
      /** @description The re-screening of every active player against the added and changed entries, started by this import (absent when nothing was added or changed, or Temporal could not be reached: the daily run covers it). */
      rescreeningWorkflowId?: string;
    };
    ScreeningHits: {
      screeningId: string;
      playerId: string;
      /** @enum {string} */
      reason: 'ONBOARDING' | 'RESCREEN';
      /** Format: date-time */
      screenedAt: string;
      listVersionIds: string[];
      onlyChangesOf: string | null;
      hits: {
        versionId: string;
        /** @enum {string} */
        source: 'OFAC_SDN' | 'UK_OFSI' | 'PEP';
        /** @enum {string} */
        listKind: 'SANCTIONS' | 'PEP';
        sourceDate: string | null;
        entryId: string;
        score: number;
        explanation: components['schemas']['ScreeningHitExplanation'];
        entry: components['schemas']['ScreeningListEntry'];
      }[];
    };
    /** @description Why a hit scored what it did. The player's own name is not repeated here (it is personal data): tokens are named by part and position. */
    ScreeningHitExplanation: {
      variant: {
        name: string;
        /** @enum {string} */
        kind: 'PRIMARY' | 'AKA' | 'FKA' | 'NKA' | 'WEAK_AKA' | 'NON_LATIN';
      };
      matchedTokens: {
        /** @enum {string} */
        playerPart: 'givenName' | 'familyName';
        /** @description The token's position in that part of the player's name. */
        playerToken: number;
        entryToken: string;
        /** @enum {string} */
        how: 'EXACT' | 'INITIAL' | 'FUZZY' | 'PHONETIC';
        similarity: number;
        /** @description Rare tokens weigh more than common ones. */
        weight: number;
      }[];
      unmatchedEntryTokens: string[];
      unmatchedPlayerTokens: number;
      nameScore: number;
      /** @description Below 1 for weak, former and new names. */
      aliasFactor: number;
      factors: {
        /** @enum {string} */
        factor: 'DATE_OF_BIRTH' | 'COUNTRY';
        /** @enum {string} */
        outcome: 'SAME_DAY' | 'SAME_MONTH' | 'SAME_YEAR' | 'NEAR_YEAR' | 'SAME' | 'DIFFERENT' | 'UNKNOWN';
        entryValues: string[];
        effect: number;
      }[];
    };
    /** @description What the player is asked to prove, and by when. */
    PlayerSourceOfFundsRequest: {
      requestId: string;
      /** @enum {string} */
      status: 'REQUESTED' | 'SUBMITTED' | 'OVERDUE' | 'CLEARED';
      /**
       * Format: date-time
       * @description After this, deposits, withdrawals and bets are refused until cleared.
       */
      dueAt: string;
      submittedAt: string | null;
    };
    /** @description A player's KYC standing as the payment and bet gates read it. */
    KycStanding: {
      playerId: string;
      /** @enum {string} */
      status: 'NOT_STARTED' | 'PENDING' | 'MANUAL_REVIEW' | 'VERIFIED' | 'REJECTED';
      /** @enum {string} */
      requiredLevel: 'SDD' | 'CDD' | 'EDD';
      /** @description No deposit, withdrawal or bet until an officer clears it. */
      restricted: boolean;
      restrictionReason: string | null;
      /** Format: date-time */
      updatedAt: string;
      /** @description Whether the player's jurisdiction requires verification before any deposit or bet. */
      verifyBeforeDepositOrPlay: boolean;
      /** @description The open request, if any. */
      sourceOfFunds: components['schemas']['SourceOfFundsRequest'] | null;
    };
    /** @description A source-of-funds request, without the evidence itself. */
    SourceOfFundsRequest: {
      requestId: string;
      playerId: string;
      /**
       * @description What raised the player to enhanced due diligence.
       * @enum {string}
       */
      trigger: 'CDD_THRESHOLD' | 'PEP_MATCH' | 'RISK_RULE';
      /** @enum {string} */
      status: 'REQUESTED' | 'SUBMITTED' | 'OVERDUE' | 'CLEARED';
      /** @description The dueDiligenceWorkflow that follows it, in Temporal Web. */
      workflowId: string;
      /** Format: date-time */
      dueAt: string;
      remindersSent: number;
      submittedAt: string | null;
      clearedBy: string | null;
      clearedAt: string | null;
    };
    /** @description The due diligence workflow after the decision. */
    DueDiligenceState: {
      playerId: string;
      requestId: string;
      /** @enum {string} */
      trigger: 'CDD_THRESHOLD' | 'PEP_MATCH' | 'RISK_RULE';
      /** @enum {string} */
      status: 'REQUESTED' | 'SUBMITTED' | 'OVERDUE' | 'CLEARED';
      remindersSent: number;
      /** Format: date-time */
      dueAt: string;
      clearedBy?: string;
      clearReason?: string;
    };
    KycWebhookReceipt: {
      /** @constant */
      received: true;
      /** @description True when this result was already stored (a redelivery): nothing changed. */
      duplicate: boolean;
    };
    AmlCasePage: {
      items: components['schemas']['AmlCaseSummary'][];
      total?: number;
      limit?: number;
      offset?: number;
    };
    AmlCaseSummary: {
      caseId: string;
      playerId: string;
      /** @description The player's name, masked as lists show it. */
      playerName: string | null;
      /** @enum {string} */
      status: 'OPEN' | 'ASSIGNED' | 'INVESTIGATING' | 'ESCALATED' | 'CLOSED';
      /** @enum {string} */
      severity: 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';
      outcome: ('NO_ACTION' | 'RESTRICT' | 'CLOSE_ACCOUNT' | 'SAR_FILED') | null;
      assignee: string | null;
      /** @description The role an escalated case waits for. */
      assigneeRole:
        | (
            | 'compliance_officer'
            | 'senior_compliance'
            | 'payments_ops'
            | 'cs_agent'
            | 'risk_analyst'
            | 'engineer'
            | 'admin'
            | 'mlro'
            | 'rg_officer'
          )
        | null;
      alertCount: number;
      /** @description The case holds the player's payouts. */
      holdActive: boolean;
      /** Format: date-time */
      openedAt: string;
      /** Format: date-time */
      slaDueAt: string;
      escalatedAt: string | null;
      closedAt: string | null;
    };
    AmlCaseDetail: {
      caseId: string;
      playerId: string;
      /** @description The player's name, masked as lists show it. */
      playerName: string | null;
      /** @enum {string} */
      status: 'OPEN' | 'ASSIGNED' | 'INVESTIGATING' | 'ESCALATED' | 'CLOSED';
      /** @enum {string} */
      severity: 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';
      outcome: ('NO_ACTION' | 'RESTRICT' | 'CLOSE_ACCOUNT' | 'SAR_FILED') | null;
      assignee: string | null;
      /** @description The role an escalated case waits for. */
      assigneeRole:
        | (
            | 'compliance_officer'
            | 'senior_compliance'
            | 'payments_ops'
            | 'cs_agent'
            | 'risk_analyst'
            | 'engineer'
            | 'admin'
            | 'mlro'
            | 'rg_officer'
          )
        | null;
      alertCount: number;
      /** @description The case holds the player's payouts. */
      holdActive: boolean;
      /** Format: date-time */
      openedAt: string;
      /** Format: date-time */
      slaDueAt: string;
      escalatedAt: string | null;
      closedAt: string | null;
      jurisdiction: string;
      closeReason: string | null;
      closedBy: string | null;
      alerts: {
        alertId: string;
        ruleId: string;
        ruleVersion: number;
        ruleName: string;
        ruleDescription: string;
        /** @enum {string} */
        severity: 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';
        score: number;
        /** Format: date-time */
        occurredAt: string;
        /** Format: date-time */
        raisedAt: string;
        /** @description The facts the rule read. */
        explanation: {
          [key: string]: unknown;
        };
        disposition: ('TRUE_POSITIVE' | 'FALSE_POSITIVE') | null;
      }[];
      timeline: {
        stepKey: string;
        /** @description OPENED, ALERT_ADDED, CLAIMED, ESCALATED, SAR_DRAFTED, CLOSED, ... */
        type: string;
        actor: string;
        detail: {
          [key: string]: unknown;
        };
        /** Format: date-time */
        at: string;
      }[];
      notes: {
        noteId: string;
        author: string;
        body: string;
        evidence: {
          /** @enum {string} */
          kind: 'PAYMENT' | 'DOCUMENT' | 'URL';
          ref: string;
        }[];
        /** Format: date-time */
        createdAt: string;
      }[];
      sar: {
        sarId: string;
        /** @enum {string} */
        status: 'DRAFT' | 'APPROVED' | 'REJECTED';
        draftedBy: string[];
        decidedBy: string | null;
        decidedAt: string | null;
        rejectionReason: string | null;
        /** Format: date-time */
        updatedAt: string;
        narrative: string;
        reasonForSuspicion: string;
        alertIds: string[];
        paymentIds: string[];
        lastEditedBy: string;
      } | null;
      hold: {
        /** Format: date-time */
        placedAt: string;
        releasedAt: string | null;
        releasedBy: string | null;
      } | null;
    };
    AmlCaseState: {
      caseId: string;
      playerId: string;
      jurisdiction: string;
      /** @enum {string} */
      status: 'OPEN' | 'ASSIGNED' | 'INVESTIGATING' | 'ESCALATED' | 'CLOSED';
      /** @enum {string} */
      severity: 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';
      alerts: {
        alertId: string;
        playerId: string;
        ruleId: string;
        ruleVersion: number;
        /** @enum {string} */
        severity: 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';
        score: number;
        /** Format: date-time */
        occurredAt: string;
      }[];
      assignee?: string;
      /** @enum {string} */
      assigneeRole?:
        | 'compliance_officer'
        | 'senior_compliance'
        | 'payments_ops'
        | 'cs_agent'
        | 'risk_analyst'
        | 'engineer'
        | 'admin'
        | 'mlro'
        | 'rg_officer';
      /** Format: date-time */
      slaDueAt: string;
      escalated: boolean;
      holdActive: boolean;
      sar?: {
        sarId: string;
        /** @enum {string} */
        status: 'DRAFT' | 'APPROVED' | 'REJECTED';
        revisionId: string;
        draftedBy: string[];
        decidedBy?: string;
        rejectionReason?: string;
      };
      /** @enum {string} */
      outcome?: 'NO_ACTION' | 'RESTRICT' | 'CLOSE_ACCOUNT' | 'SAR_FILED';
      closedBy?: string;
    };
    AmlCaseNoteCreated: {
      noteId: string;
    };
    AmlRuleList: {
      items: components['schemas']['AmlRuleSummary'][];
    };
    AmlRuleSummary: {
      ruleId: string;
      name: string;
      liveVersion: number | null;
      versionsCount: number;
      severity: ('LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL') | null;
      alertsRaised: number;
      truePositives: number;
      falsePositives: number;
      /** @description TP / (TP + FP) over the alerts of closed cases. */
      precision: number | null;
    };
    AmlRuleDetail: {
      ruleId: string;
      name: string;
      liveVersion: number | null;
      versionsCount: number;
      severity: ('LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL') | null;
      alertsRaised: number;
      truePositives: number;
      falsePositives: number;
      /** @description TP / (TP + FP) over the alerts of closed cases. */
      precision: number | null;
      versions: components['schemas']['AmlRuleVersion'][];
      backtests: components['schemas']['AmlBacktest'][];
    };
    AmlRuleVersion: {
      ruleId: string;
      version: number;
      definition: components['schemas']['AmlRuleDefinition'];
      description: string;
      /** @enum {string} */
      severity: 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';
      score: number;
      createdBy: string;
      reason: string;
      /** Format: date-time */
      createdAt: string;
      live: boolean;
    };
    AmlRuleDefinition: {
      /** @constant */
      language: 'cel';
      on: ('DEPOSIT_CREDITED' | 'DEPOSIT_FAILED' | 'WITHDRAWAL_REQUESTED' | 'KYC_CHANGED')[];
      /** @description A CEL expression over `event`, `window`, `player`, `linked`, `cdd` and `params`. */
      condition: string;
      params: {
        [key: string]: number | string | boolean;
      };
      windowHours: number;
      suppress: {
        /** @enum {string} */
        per: 'EVENT' | 'WINDOW';
        hours?: number;
      };
    };
    AmlBacktest: {
      backtestId: string;
      ruleId: string;
      /** @description null: an unsaved definition was tested. */
      ruleVersion: number | null;
      definition: components['schemas']['AmlRuleDefinition'];
      /** Format: date-time */
      from: string;
      /** Format: date-time */
      to: string;
      requestedBy: string;
      /** Format: date-time */
      requestedAt: string;
      result: {
        eventsEvaluated: number;
        alerts: number;
        players: {
          playerId: string;
          alerts: number;
        }[];
        perDay: {
          /** Format: date */
          day: string;
          alerts: number;
        }[];
        errors: number;
      };
    };
    AmlRuleLiveResult: {
      ruleId: string;
      liveVersion: number;
      previousLiveVersion: number | null;
    };
    AmlAlertPage: {
      items: components['schemas']['AmlAlertSummary'][];
      total?: number;
      limit?: number;
      offset?: number;
    };
    AmlAlertSummary: {
      alertId: string;
      ruleId: string;
      ruleName: string;
      ruleVersion: number;
      playerId: string;
      /** @enum {string} */
      severity: 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';
      score: number;
      /** Format: date-time */
      occurredAt: string;
      /** Format: date-time */
      raisedAt: string;
      /** @description The case it is filed in; null until the router files it. */
      caseId: string | null;
      caseAssignee: string | null;
      disposition: ('TRUE_POSITIVE' | 'FALSE_POSITIVE') | null;
    };
    AmlAlertDetail: {
      alertId: string;
      ruleId: string;
      ruleName: string;
      ruleVersion: number;
      playerId: string;
      /** @enum {string} */
      severity: 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';
      score: number;
      /** Format: date-time */
      occurredAt: string;
      /** Format: date-time */
      raisedAt: string;
      /** @description The case it is filed in; null until the router files it. */
      caseId: string | null;
      caseAssignee: string | null;
      disposition: ('TRUE_POSITIVE' | 'FALSE_POSITIVE') | null;
      eventId: string;
      ruleDescription: string;
      explanation: {
        condition: string;
        params: {
          [key: string]: number | string | boolean;
        };
        windowHours: number;
        eventKind: string;
        paymentId: string | null;
        facts: {
          event: {
            /** @enum {string} */
            kind: 'DEPOSIT_CREDITED' | 'DEPOSIT_FAILED' | 'WITHDRAWAL_REQUESTED' | 'KYC_CHANGED';
            /** @description An amount in minor units (cents) of `currency`. */
            amountMinor: number;
            currency: string;
            instrumentId: string;
            kycStatus: string;
          };
          window: {
            depositsCount: number;
            depositAmounts: number[];
            /** @description An amount in minor units (cents) of `currency`. */
            depositsSumMinor: number;
            depositInstruments: string[];
            withdrawalsCount: number;
            /** @description An amount in minor units (cents) of `currency`. */
            withdrawalsSumMinor: number;
          };
          player: {
            failedDepositsInARow: number;
            /** @description An amount in minor units (cents) of `currency`. */
            lastDepositMinor: number;
            minutesSinceLastDeposit: number;
            /** @description An amount in minor units (cents) of `currency`. */
            turnoverSinceLastDepositMinor: number;
            instrumentUsedForDeposit: boolean;
            kycStatus: string;
          };
          linked: {
            byDevice: number;
            byAddress: number;
            byInstrument: number;
          };
          cdd: {
            /** @description An amount in minor units (cents) of `currency`. */
            thresholdMinor: number;
            currency: string;
            sameCurrency: boolean;
          };
        };
      };
    };
    PlayerRiskScore: {
      playerId: string;
      score: number;
      windowDays: number;
      contributions: {
        ruleId: string;
        ruleName: string;
        ruleVersion: number;
        alerts: number;
        score: number;
        /** Format: date-time */
        firstAt: string;
        /** Format: date-time */
        lastAt: string;
      }[];
    };
    /** @description What an officer needs beside a withdrawal, a KYC review or a case. */
    DecisionContext: {
      player: {
        playerId: string;
        /** @description Masked (initials), as the player 360 shows it. */
        displayName: string | null;
        brand: string;
        /** @enum {string} */
        status: 'ACTIVE' | 'BLOCKED' | 'SELF_EXCLUDED' | 'CLOSED';
        jurisdiction: string;
        currency: components['schemas']['Currency'];
        /** Format: date-time */
        registeredAt: string;
      };
      payments: {
        /** @description The latest 50 deposits and withdrawals. */
        latest: {
          paymentId: string;
          /** @enum {string} */
          kind: 'DEPOSIT' | 'WITHDRAWAL';
          status: string;
          /** @description An amount in minor units (cents) of `currency`. */
          amountMinor: number;
          currency: components['schemas']['Currency'];
          psp: string | null;
          failureReason: string | null;
          /** @description Display data only: "Visa •••• 4242, 12/2030", "IBAN DE •••• 3000". */
          instrument: {
            instrumentId: string;
            /** @enum {string} */
            kind: 'CARD' | 'BANK_ACCOUNT' | 'EWALLET';
            label: string;
          } | null;
          /** Format: date-time */
          createdAt: string;
        }[];
        depositsCount: number;
        withdrawalsCount: number;
      };
      money: {
        currency: components['schemas']['Currency'];
        /** @description Credited deposits, lifetime. */
        depositsMinor: number;
        /** @description Paid-out withdrawals, lifetime. */
        withdrawalsMinor: number;
        /** @description Deposits − withdrawals. */
        netDepositsMinor: number;
        /** @description Reserved for withdrawals not paid out yet. */
        pendingWithdrawalsMinor: number;
        /** @description Cash bets, net of rolled-back bets, lifetime. */
        betsMinor: number;
        /** @description Cash wins, lifetime. */
        winsMinor: number;
        /** @description Gross gaming revenue: bets − wins (negative when the player is ahead). */
        ggrMinor: number;
        /** @description Cash bets since the latest credited deposit. */
        turnoverSinceLastDepositMinor: number;
        lastDepositMinor: number | null;
        lastDepositAt: string | null;
      }[];
      /** @description Deposits credited and withdrawals paid per month (UTC), the last 12 months. */
      monthly: {
        month: string;
        currency: components['schemas']['Currency'];
        /** @description An amount in minor units (cents) of `currency`. */
        depositsMinor: number;
        /** @description An amount in minor units (cents) of `currency`. */
        withdrawalsMinor: number;
      }[];
      /** @description Other players sharing a device, an address or a payment instrument (at most 200). */
      linkedPlayers: {
        playerId: string;
        displayName: string | null;
        brand: string;
        /** @enum {string} */
        status: 'ACTIVE' | 'BLOCKED' | 'SELF_EXCLUDED' | 'CLOSED';
        /** @description Every way they are linked. */
        via: ('DEVICE' | 'ADDRESS' | 'INSTRUMENT')[];
      }[];
      aml: {
        openAlerts: {
          alertId: string;
          ruleId: string;
          ruleName: string | null;
          ruleVersion: number;
          /** @enum {string} */
          severity: 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';
          score: number;
          caseId: string | null;
          /** Format: date-time */
          occurredAt: string;
        }[];
        openCases: {
          caseId: string;
          /** @enum {string} */
          status: 'OPEN' | 'ASSIGNED' | 'INVESTIGATING' | 'ESCALATED' | 'CLOSED';
          /** @enum {string} */
          severity: 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';
          assignee: string | null;
          /** @description The display name of the staff member in `assignee`; null when that is not a staff id. */
          assigneeName: string | null;
          /** Format: date-time */
          slaDueAt: string;
          /** Format: date-time */
          openedAt: string;
          holdsPayouts: boolean;
        }[];
        /** @description Whether an open AML case holds the player's payouts. */
        payoutsHeld: boolean;
      };
      kyc: {
        /** @enum {string} */
        status: 'NOT_STARTED' | 'PENDING' | 'MANUAL_REVIEW' | 'VERIFIED' | 'REJECTED';
        /** @enum {string} */
        requiredLevel: 'SDD' | 'CDD' | 'EDD';
        restrictionReason: string | null;
        verifiedAt: string | null;
        openReviews: number;
      };
      screening: {
        lastScreenedAt: string | null;
        sanctionsHits: number;
        pepHits: number;
        /** @description The best match score (0 to 1) of the last screening. */
        highestScore: number | null;
      };
      /** @description The latest 50 decisions on the player, newest first. */
      pastDecisions: {
        /** @enum {string} */
        kind: 'WITHDRAWAL' | 'KYC_REVIEW' | 'AML_CASE';
        subjectId: string;
        /** @description APPROVE/REJECT (withdrawal), CLEAR/REJECT (KYC review), the outcome (AML case). */
        decision: string;
        staffId: string | null;
        /** @description The display name of the staff member in `staffId`; null when that is not a staff id. */
        staffName: string | null;
        reason: string | null;
        /** Format: date-time */
        decidedAt: string;
      }[];
    };
    /** @description A player's notes, newest first. */
    PlayerNotesPage: {
      items: components['schemas']['PlayerNote'][];
      total?: number;
      limit?: number;
      offset?: number;
      /** @description All the player's tags, alphabetically. */
      tags: string[];
    };
    /** @description A note or tags a staff member added; never edited or deleted. */
    PlayerNote: {
      noteId: string;
      playerId: string;
      /** @description The text; null for a note that only tags. */
      body: string | null;
      tags: string[];
      author: string;
      /** @description The display name of the staff member in `author`; null when that is not a staff id. */
      authorName: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    AmlRetentionRunList: {
      items: components['schemas']['AmlRetentionRun'][];
    };
    AmlRetentionRun: {
      runId: string;
      workflowId: string;
      /** @enum {string} */
      mode: 'PURGE' | 'REPORT_ONLY';
      /** @description A staff id, or system:aml-retention-schedule (the daily run). */
      requestedBy: string;
      /** @description The display name of the staff member in `requestedBy`; null when that is not a staff id. */
      requestedByName: string | null;
      /** Format: date-time */
      cutoff: string;
      /** @enum {string} */
      status: 'RUNNING' | 'COMPLETED';
      report: components['schemas']['AmlRetentionReport'];
      purged: {
        /** @description The AML table (domain/aml/retention.ts lists them). */
        table: string;
        /** @description What its records are, e.g. "Alerts". */
        label: string;
        records: number;
      }[];
      playersPurged: number;
      /** Format: date-time */
      startedAt: string;
      finishedAt: string | null;
    };
    AmlRetentionReport: {
      /** Format: date-time */
      cutoff: string;
      tables: {
        /** @description The AML table (domain/aml/retention.ts lists them). */
        table: string;
        /** @description What its records are, e.g. "Alerts". */
        label: string;
        records: number;
      }[];
      /** @description Players whose AML records are purgeable. */
      players: number;
      /** @description Players whose relationship ended but whose records are still within their retention period. */
      playersRetained: number;
      /** @description When the next retained records become purgeable. */
      nextPurgeableAt: string | null;
    };
    AmlRetentionRunStarted: {
      runId: string;
      workflowId: string;
    };
    /** @description The player’s limits, what is left of each window, pending increases. */
    PlayerRgLimits: {
      currency: components['schemas']['Currency'];
      limits: components['schemas']['RgLimitInForce'][];
      pending: components['schemas']['RgPendingLimitChange'][];
    };
    /** @description A limit in force and what is left of its window. */
    RgLimitInForce: {
      /** @enum {string} */
      kind: 'DEPOSIT' | 'LOSS' | 'WAGER' | 'SESSION_TIME';
      /** @enum {string} */
      period: 'DAY' | 'WEEK' | 'MONTH' | 'SESSION';
      /** @description Minor units of `currency`; minutes for SESSION_TIME. */
      amount: number;
      /** Format: date-time */
      setAt: string;
      /** @description What the rolling window holds: deposits (pending ones too), net losses or stakes; null for SESSION_TIME. */
      usedInWindow: number | null;
      /** @description What is left in the window; null for SESSION_TIME. */
      remaining: number | null;
    };
    /** @description An increase or removal waiting out its cooling-off. */
    RgPendingLimitChange: {
      changeId: string;
      /** @enum {string} */
      kind: 'DEPOSIT' | 'LOSS' | 'WAGER' | 'SESSION_TIME';
      /** @enum {string} */
      period: 'DAY' | 'WEEK' | 'MONTH' | 'SESSION';
      /** @description Minor units, or minutes; null is no limit. */
      fromAmount: number | null;
      /** @description Minor units, or minutes; null is no limit. */
      toAmount: number | null;
      /** @enum {string} */
      status: 'COOLING_OFF' | 'AWAITING_CONFIRMATION' | 'APPLIED' | 'CANCELLED' | 'EXPIRED';
      /** Format: date-time */
      requestedAt: string;
      /**
       * Format: date-time
       * @description When the cooling-off ends.
       */
      effectiveAt: string;
      /** @description Whether the player must confirm after the cooling-off. */
      needsConfirmation: boolean;
      /** @description Until when the player may confirm, once awaited. */
      confirmBy: string | null;
    };
    /** @description Applied at once, nothing to change, or pending. */
    RgLimitChangeOutcome: {
      /** @enum {string} */
      outcome: 'APPLIED' | 'UNCHANGED' | 'PENDING';
      /** @description The limit now (APPLIED, UNCHANGED). */
      amount?: number | null;
      pendingChange: components['schemas']['RgPendingLimitChange'] | null;
    };
    /** @description A limit change after the player’s confirmation. */
    RgLimitChangeState: {
      changeId: string;
      playerId: string;
      /** @enum {string} */
      kind: 'DEPOSIT' | 'LOSS' | 'WAGER' | 'SESSION_TIME';
      /** @enum {string} */
      period: 'DAY' | 'WEEK' | 'MONTH' | 'SESSION';
      /** @description Minor units, or minutes; null is no limit. */
      toAmount: number | null;
      /** @enum {string} */
      status: 'COOLING_OFF' | 'AWAITING_CONFIRMATION' | 'APPLIED' | 'CANCELLED' | 'EXPIRED';
      /** Format: date-time */
      effectiveAt: string;
      needsConfirmation: boolean;
      confirmBy: string | null;
      confirmedAt: string | null;
    };
    /** @description A player’s limits, pending changes and full history. */
    BackOfficeRgLimits: {
      playerId: string;
      currency: components['schemas']['Currency'];
      limits: components['schemas']['RgLimitInForce'][];
      pending: {
        changeId: string;
        /** @enum {string} */
        kind: 'DEPOSIT' | 'LOSS' | 'WAGER' | 'SESSION_TIME';
        /** @enum {string} */
        period: 'DAY' | 'WEEK' | 'MONTH' | 'SESSION';
        /** @description Minor units, or minutes; null is no limit. */
        fromAmount: number | null;
        /** @description Minor units, or minutes; null is no limit. */
        toAmount: number | null;
        /** @enum {string} */
        status: 'COOLING_OFF' | 'AWAITING_CONFIRMATION' | 'APPLIED' | 'CANCELLED' | 'EXPIRED';
        /** Format: date-time */
        requestedAt: string;
        /**
         * Format: date-time
         * @description When the cooling-off ends.
         */
        effectiveAt: string;
        /** @description Whether the player must confirm after the cooling-off. */
        needsConfirmation: boolean;
        /** @description Until when the player may confirm, once awaited. */
        confirmBy: string | null;
        workflowId: string;
      }[];
      history: components['schemas']['RgLimitHistoryEntry'][];
      changesNotApplied: {
        changeId: string;
        /** @enum {string} */
        kind: 'DEPOSIT' | 'LOSS' | 'WAGER' | 'SESSION_TIME';
        /** @enum {string} */
        period: 'DAY' | 'WEEK' | 'MONTH' | 'SESSION';
        /** @description Minor units, or minutes; null is no limit. */
        fromAmount: number | null;
        /** @description Minor units, or minutes; null is no limit. */
        toAmount: number | null;
        /** @enum {string} */
        status: 'COOLING_OFF' | 'AWAITING_CONFIRMATION' | 'APPLIED' | 'CANCELLED' | 'EXPIRED';
        /** Format: date-time */
        requestedAt: string;
        /**
         * Format: date-time
         * @description When the cooling-off ends.
         */
        effectiveAt: string;
        /** @description Whether the player must confirm after the cooling-off. */
        needsConfirmation: boolean;
        /** @description Until when the player may confirm, once awaited. */
        confirmBy: string | null;
        workflowId: string;
        requestedBy: string;
        reason: string;
        settledAt: string | null;
        settleReason: string | null;
      }[];
    };
    /** @description One change of a limit that applied. */
    RgLimitHistoryEntry: {
      /** @enum {string} */
      kind: 'DEPOSIT' | 'LOSS' | 'WAGER' | 'SESSION_TIME';
      /** @enum {string} */
      period: 'DAY' | 'WEEK' | 'MONTH' | 'SESSION';
      /** @description Minor units, or minutes; null is no limit. */
      fromAmount: number | null;
      /** @description Minor units, or minutes; null is no limit. */
      toAmount: number | null;
      /** @enum {string} */
      direction: 'INCREASE' | 'DECREASE';
      /** @description The increase it applied, if it was one. */
      changeId: string | null;
      /** @description The player id, or the staff id of whoever acted for them. */
      requestedBy: string;
      reason: string;
      /** Format: date-time */
      appliedAt: string;
    };
    /** @description The limit before and after the decrease. */
    RgLimitDecrease: {
      playerId: string;
      /** @enum {string} */
      kind: 'DEPOSIT' | 'LOSS' | 'WAGER' | 'SESSION_TIME';
      /** @enum {string} */
      period: 'DAY' | 'WEEK' | 'MONTH' | 'SESSION';
      /** @description Minor units, or minutes; null is no limit. */
      fromAmount: number | null;
      /** @description Minor units of `currency`; minutes for SESSION_TIME. */
      toAmount: number;
    };
    RgInterventionPage: {
      items: components['schemas']['RgInterventionSummary'][];
      total?: number;
      limit?: number;
      offset?: number;
    };
    RgInterventionSummary: {
      /** @description `rg:intervention:{playerId}:{n}` */
      workflowId: string;
      playerId: string;
      /** @description The player's n-th intervention. */
      n: number;
      /** @enum {string} */
      status: 'OPEN' | 'RESOLVED';
      /** @description 0 none yet, 1 message, 2 officer task, 3 restrictions. */
      level: number;
      /** @description The harm score when it was last told. */
      score: number;
      assignee: string | null;
      /** @description When the current level's SLA runs out. */
      slaDueAt: string | null;
      /** @description The restrictions went unreviewed past their SLA. */
      escalatedToSenior: boolean;
      /** Format: date-time */
      openedAt: string;
    };
    RgInterventionDetail: {
      /** @description `rg:intervention:{playerId}:{n}` */
      workflowId: string;
      playerId: string;
      /** @description The player's n-th intervention. */
      n: number;
      /** @enum {string} */
      status: 'OPEN' | 'RESOLVED';
      /** @description 0 none yet, 1 message, 2 officer task, 3 restrictions. */
      level: number;
      /** @description The harm score when it was last told. */
      score: number;
      assignee: string | null;
      /** @description When the current level's SLA runs out. */
      slaDueAt: string | null;
      /** @description The restrictions went unreviewed past their SLA. */
      escalatedToSenior: boolean;
      /** Format: date-time */
      openedAt: string;
      resolvedAt: string | null;
      outcome: string | null;
      timeline: {
        type: string;
        /** @description 0 none yet, 1 message, 2 officer task, 3 restrictions. */
        level: number;
        actor: string;
        reason: string;
        detail: {
          [key: string]: unknown;
        };
        /** Format: date-time */
        at: string;
      }[];
    };
    RgInterventionState: {
      playerId: string;
      n: number;
      /** @enum {string} */
      status: 'OPEN' | 'RESOLVED';
      /** @description 0 none yet, 1 message, 2 officer task, 3 restrictions. */
      level: number;
      score: number;
      markers: (
        | 'SPEND_ABOVE_BASELINE'
        | 'DEPOSIT_FREQUENCY'
        | 'LATE_NIGHT_PLAY'
        | 'LONG_SESSION'
        | 'CHASING_LOSSES'
        | 'FAILED_DEPOSITS'
        | 'REPEATED_LIMIT_INCREASES'
        | 'REVERSED_WITHDRAWALS'
        | 'CUSTOMER_CONTACT_ABOUT_GAMBLING'
      )[];
      assignee?: string;
      /** Format: date-time */
      slaDueAt?: string;
      escalatedToSenior: boolean;
      interactionsLogged: number;
      outcome?: string;
    };
    RgHarmScore: {
      score: number;
      /** @description 0 none yet, 1 message, 2 officer task, 3 restrictions. */
      level: number;
      windowDays: number;
      contributions: {
        /** @enum {string} */
        marker:
          | 'SPEND_ABOVE_BASELINE'
          | 'DEPOSIT_FREQUENCY'
          | 'LATE_NIGHT_PLAY'
          | 'LONG_SESSION'
          | 'CHASING_LOSSES'
          | 'FAILED_DEPOSITS'
          | 'REPEATED_LIMIT_INCREASES'
          | 'REVERSED_WITHDRAWALS'
          | 'CUSTOMER_CONTACT_ABOUT_GAMBLING';
        weight: number;
        /** @description A strong indicator: it acts at once. */
        strong: boolean;
        /** Format: date-time */
        observedAt: string;
        explanation: string;
        facts: {
          [key: string]: unknown;
        };
      }[];
    };
    RgRestrictionList: {
      inForce: ('DEPOSIT_BLOCK' | 'BONUS_BLOCK' | 'MARKETING_SUPPRESSION')[];
      items: components['schemas']['RgRestriction'][];
    };
    RgRestriction: {
      restrictionId: string;
      /** @enum {string} */
      kind: 'DEPOSIT_BLOCK' | 'BONUS_BLOCK' | 'MARKETING_SUPPRESSION';
      /** @enum {string} */
      source: 'OFFICER' | 'INTERVENTION' | 'VULNERABILITY_CHECK' | 'EXCLUSION';
      sourceRef: string;
      reason: string;
      appliedBy: string;
      /** Format: date-time */
      appliedAt: string;
      until: string | null;
      liftedAt: string | null;
      liftedBy: string | null;
      liftReason: string | null;
      inForce: boolean;
    };
    RgRestrictionChange: {
      restrictionId: string;
      created?: boolean;
      lifted?: boolean;
    };
    RgInteractionList: {
      items: components['schemas']['RgInteraction'][];
    };
    RgInteraction: {
      interactionId: string;
      /** @enum {string} */
      kind: 'CALL' | 'MESSAGE' | 'CUSTOMER_CONTACT_ABOUT_GAMBLING' | 'VULNERABILITY_CHECK' | 'NOTE';
      note: string;
      strongIndicator: boolean;
      by: string;
      interventionWorkflowId: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    RgInteractionCreated: {
      interactionId: string;
    };
    RgVulnerabilityCheckList: {
      items: {
        checkId: string;
        /** @enum {string} */
        status: 'PENDING' | 'RUNNING' | 'CLEAR' | 'MARKERS_FOUND';
        /** @description An amount in minor units (cents) of `currency`. */
        netDepositsMinor: number;
        /** @description An amount in minor units (cents) of `currency`. */
        thresholdMinor: number;
        currency: string;
        windowDays: number;
        markers: ('BANKRUPTCY' | 'CCJ' | 'IVA' | 'DRO')[];
        restrictions: ('DEPOSIT_BLOCK' | 'BONUS_BLOCK' | 'MARKETING_SUPPRESSION')[];
        workflowId: string;
        /** Format: date-time */
        startedAt: string;
        completedAt: string | null;
      }[];
    };
    RgExclusionStarted: {
      exclusion: components['schemas']['RgExclusion'];
      coveredPlayerIds: string[];
    };
    RgExclusion: {
      exclusionId: string;
      playerId: string;
      /** @enum {string} */
      kind: 'TIME_OUT' | 'SELF_EXCLUSION';
      /**
       * @description IN_FORCE; MINIMUM_REACHED (a self-exclusion past its chosen length, still in force until the player asks to return); COOLING_OFF (the return was asked, in force until `returnsAt`); ENDED.
       * @enum {string}
       */
      status: 'IN_FORCE' | 'MINIMUM_REACHED' | 'COOLING_OFF' | 'ENDED';
      /** Format: date-time */
      startsAt: string;
      /**
       * Format: date-time
       * @description A time-out ends then; a self-exclusion may be left from then, on request.
       */
      endsAt: string;
      endedAt: string | null;
      minimumReachedAt: string | null;
      returnRequestedAt: string | null;
      /** @description When the cooling-off after the return request ends. */
      returnsAt: string | null;
      /** @description The player, or the staff id of the agent who acted for them. */
      requestedBy: string;
      reason: string;
      workflowId: string;
      /** @description The exclusion of the same person's account on another brand that covers this account, if any. */
      coveredBy: string | null;
      /** @description Self-exclusion: the cash balance was paid out (payoutId), waits for the player to name an instrument, or there was none. Null until the workflow has done that step (and for a time-out). */
      balanceReturn: ('PAYOUT_REQUESTED' | 'AWAITING_INSTRUMENT' | 'NO_BALANCE') | null;
      balanceMinor: number | null;
      payoutId: string | null;
      bonusForfeitedMinor: number | null;
    };
    RgExclusionReturnRequested: {
      exclusion: components['schemas']['RgExclusion'];
      /** Format: date-time */
      returnsAt: string;
    };
    RgExclusionList: {
      items: components['schemas']['RgExclusion'][];
    };
    RgRealityCheck: {
      /** @description The player’s interval; null when none is set. */
      intervalMinutes: number | null;
      /** @description The most recently active open game session; null when none is open. */
      session: {
        sessionId: string;
        gameId: string;
        /** Format: date-time */
        openedAt: string;
        elapsedMinutes: number;
        nextReminderAt: string | null;
        currency: string;
        /** @description An amount in minor units (cents) of `currency`. */
        stakedMinor: number;
        /** @description An amount in minor units (cents) of `currency`. */
        wonMinor: number;
        /** @description Won minus staked; negative is what the session has cost. */
        netMinor: number;
      } | null;
    };
    RgPlayerExclusions: {
      exclusions: components['schemas']['RgExclusion'][];
      schemeChecks: components['schemas']['RgSchemeCheck'][];
    };
    RgSchemeCheck: {
      checkId: string;
      playerId: string | null;
      jurisdiction: string;
      /** @enum {string} */
      scheme: 'GAMSTOP' | 'SPELPAUS' | 'OASIS';
      /** @enum {string} */
      purpose: 'REGISTRATION' | 'DEPOSIT' | 'MARKETING';
      /** @enum {string} */
      answer: 'LISTED' | 'NOT_LISTED' | 'PREVIOUSLY_LISTED' | 'UNAVAILABLE';
      /** @description The scheme's own answer (GAMSTOP: Y, N or P). */
      schemeAnswer: string | null;
      attempts: number;
      latencyMs: number;
      error: string | null;
      requestedBy: string;
      /** Format: date-time */
      checkedAt: string;
    };
    RgSchemeCheckList: {
      items: components['schemas']['RgSchemeCheck'][];
    };
  };
  responses: never;
  parameters: {
    /** @description The game provider, whose secret signs the request. */
    ProviderId: string;
    /** @description Unix time in seconds, signed with the body. */
    ProviderTimestamp: string;
    /** @description Unix time in seconds, signed with the body. */
    PspTimestamp: string;
    /** @description Unix time in seconds, signed with the body. */
    KycTimestamp: string;
    /** @description The PSP sending the webhook; it must match `psp` in the body. */
    Psp: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every dependency is up. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Health'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description A dependency is down: the same report. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Health'];
        };
      };
    };
  };
  logIn: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StaffLogin'];
      };
    };
    responses: {
      /** @description Signed in; `Set-Cookie` carries `bo_session`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StaffSession'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `INVALID_CREDENTIALS`, `TOTP_INVALID`, `TOTP_REQUIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_CREDENTIALS' | 'TOTP_INVALID' | 'TOTP_REQUIRED';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description Too many requests or attempts: wait `Retry-After` seconds. Codes: `TOO_MANY_ATTEMPTS`. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'TOO_MANY_ATTEMPTS';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  getSession: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The same body as sign-in. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StaffSession'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  logOut: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Signed out; the cookie is cleared. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `CSRF`, `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF' | 'FORBIDDEN';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  listAuditEntries: {
    parameters: {
      query?: {
        actor?: string;
        action?: string;
        entityType?: string;
        entityId?: string;
        from?: string;
        to?: string;
        limit?: number;
        offset?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of entries. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditPage'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  exportAuditLog: {
    parameters: {
      query?: {
        actor?: string;
        action?: string;
        entityType?: string;
        entityId?: string;
        from?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The entries (at most 100,000); `X-Total-Count` says how many matched. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  listColleagues: {
    parameters: {
      query?: {
        role?:
          | (
              | 'compliance_officer'
              | 'senior_compliance'
              | 'payments_ops'
              | 'cs_agent'
              | 'risk_analyst'
              | 'engineer'
              | 'admin'
              | 'mlro'
              | 'rg_officer'
            )
          | (
              | 'compliance_officer'
              | 'senior_compliance'
              | 'payments_ops'
              | 'cs_agent'
              | 'risk_analyst'
              | 'engineer'
              | 'admin'
              | 'mlro'
              | 'rg_officer'
            )[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The colleagues, by name. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ColleagueList'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  listStaff: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every staff member. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StaffList'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  createStaffMember: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NewStaffMember'];
      };
    };
    responses: {
      /** @description Created; a TOTP provisioning URI when the roles need TOTP. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StaffChangeResult'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `CSRF`, `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF' | 'FORBIDDEN';
          };
        };
      };
      /** @description Conflicts with the current state or an earlier request: `code` says which. Codes: `USERNAME_TAKEN`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'USERNAME_TAKEN';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  updateStaffMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        staffId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StaffChange'];
      };
    };
    responses: {
      /** @description The staff member after the change. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StaffChangeResult'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `CSRF`, `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF' | 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `UNKNOWN_STAFF`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNKNOWN_STAFF';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description A business rule refuses it: `code` names the rule. Codes: `CANNOT_LOCK_OUT_SELF`. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CANNOT_LOCK_OUT_SELF';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  decodePayloads: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CodecPayloadsRequest'];
      };
    };
    responses: {
      /** @description The payloads in the same order, decrypted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CodecPayloads'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`, `ORIGIN_NOT_ALLOWED`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'ORIGIN_NOT_ALLOWED';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description A business rule refuses it: `code` names the rule. Codes: `UNDECRYPTABLE_PAYLOAD`. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNDECRYPTABLE_PAYLOAD';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `KAFKA_UNAVAILABLE`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'KAFKA_UNAVAILABLE' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  encodePayloads: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CodecPayloadsRequest'];
      };
    };
    responses: {
      /** @description The payloads in the same order, encrypted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CodecPayloads'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`, `ORIGIN_NOT_ALLOWED`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'ORIGIN_NOT_ALLOWED';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `KAFKA_UNAVAILABLE`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'KAFKA_UNAVAILABLE' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  runStackProbe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['StackProbeRequest'];
      };
    };
    responses: {
      /** @description Started; `Location` names the probe. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StackProbeStarted'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `CSRF`, `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF' | 'FORBIDDEN';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `KAFKA_UNAVAILABLE`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'KAFKA_UNAVAILABLE' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  getStackProbe: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        probeId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The probe's state. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StackProbeStatus'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `KAFKA_UNAVAILABLE`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'KAFKA_UNAVAILABLE' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  getServiceLevels: {
    parameters: {
      query?: {
        window?: '15m' | '1h' | '6h' | '24h';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SloReport'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `KAFKA_UNAVAILABLE`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'KAFKA_UNAVAILABLE' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  registerPlayer: {
    parameters: {
      query?: never;
      header?: {
        /** @description The device's id from the operator's device fingerprinting (opaque, 8 to 128 of A-Z a-z 0-9 - _ . :). Kept only as a keyed hash, to find accounts that share a device (AML monitoring). */
        'X-Device-Id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PlayerRegistration'];
      };
    };
    responses: {
      /** @description Registered; `Location` names the player. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Player'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `INVALID_TOKEN`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `NATIONALLY_EXCLUDED`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NATIONALLY_EXCLUDED';
          };
        };
      };
      /** @description Conflicts with the current state or an earlier request: `code` says which. Codes: `SUBJECT_ALREADY_REGISTERED`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'SUBJECT_ALREADY_REGISTERED';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description Too many requests or attempts: wait `Retry-After` seconds. Codes: `RATE_LIMITED`. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'RATE_LIMITED';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `IDENTITY_PROVIDER_UNAVAILABLE`, `NATIONAL_SCHEME_UNAVAILABLE`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              | 'DATABASE_UNAVAILABLE'
              | 'ENGINE_TIMEOUT'
              | 'IDENTITY_PROVIDER_UNAVAILABLE'
              | 'NATIONAL_SCHEME_UNAVAILABLE'
              | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  getMyPlayer: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The player and their balances. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlayerWithWallet'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `INVALID_TOKEN`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `PLAYER_NOT_REGISTERED`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PLAYER_NOT_REGISTERED';
          };
        };
      };
      /** @description Too many requests or attempts: wait `Retry-After` seconds. Codes: `RATE_LIMITED`. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'RATE_LIMITED';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `IDENTITY_PROVIDER_UNAVAILABLE`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'IDENTITY_PROVIDER_UNAVAILABLE' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  getPlayer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        playerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The player and their balances. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlayerWithWallet'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `INVALID_TOKEN`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `PLAYER_NOT_REGISTERED`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PLAYER_NOT_REGISTERED';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description Too many requests or attempts: wait `Retry-After` seconds. Codes: `RATE_LIMITED`. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'RATE_LIMITED';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `IDENTITY_PROVIDER_UNAVAILABLE`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'IDENTITY_PROVIDER_UNAVAILABLE' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  listPlayers: {
    parameters: {
      query?: {
        /** @description A player id, an email (exact, any case) or a name (full or family name, exact up to case and accents). */
        query?: string;
        status?: 'ACTIVE' | 'BLOCKED' | 'SELF_EXCLUDED' | 'CLOSED';
        brand?: string;
        jurisdiction?: string;
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of players. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlayerListPage'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  revealPlayerPersonalData: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        playerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The personal data in clear. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RevealedPersonalData'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  getPlayerOverview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        playerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Profile, balances and workflows. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlayerOverview'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  getPlayerLedger: {
    parameters: {
      query?: {
        limit?: number;
        offset?: number;
      };
      header?: never;
      path: {
        playerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of postings. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlayerLedgerPage'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  setPlayerStatus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        playerId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PlayerStatusChange'];
      };
    };
    responses: {
      /** @description The player after the change. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Player'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `CSRF`, `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF' | 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  walletBalance: {
    parameters: {
      query?: never;
      header: {
        /** @description The game provider, whose secret signs the request. */
        'X-Provider-Id': components['parameters']['ProviderId'];
        /** @description Unix time in seconds, signed with the body. */
        'X-Timestamp': components['parameters']['ProviderTimestamp'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WalletBalanceRequest'];
      };
    };
    responses: {
      /** @description The outcome; a repeat of the same transaction id and body gets the first answer byte for byte. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WalletBalanceResult'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['WalletRefusal'] & {
            /** @enum {string} */
            code: 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `BAD_SIGNATURE`, `MALFORMED_TIMESTAMP`, `MISSING_HEADERS`, `STALE_TIMESTAMP`, `UNKNOWN_PROVIDER`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['WalletRefusal'] & {
            /** @enum {string} */
            code: 'BAD_SIGNATURE' | 'MALFORMED_TIMESTAMP' | 'MISSING_HEADERS' | 'STALE_TIMESTAMP' | 'UNKNOWN_PROVIDER';
          };
        };
      };
      /** @description No such resource. Codes: `UNKNOWN_PLAYER`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['WalletRefusal'] & {
            /** @enum {string} */
            code: 'UNKNOWN_PLAYER';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['WalletRefusal'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A business rule refuses it: `code` names the rule. Codes: `CURRENCY_MISMATCH`. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['WalletRefusal'] & {
            /** @enum {string} */
            code: 'CURRENCY_MISMATCH';
          };
        };
      };
      /** @description Too many requests or attempts: wait `Retry-After` seconds. Codes: `RATE_LIMITED`. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['WalletRefusal'] & {
            /** @enum {string} */
            code: 'RATE_LIMITED';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['WalletRefusal'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['WalletRefusal'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['WalletRefusal'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT';
          };
        };
      };
    };
  };
  walletBet: {
    parameters: {
      query?: never;
      header: {
        /** @description The game provider, whose secret signs the request. */
        'X-Provider-Id': components['parameters']['ProviderId'];
        /** @description Unix time in seconds, signed with the body. */
        'X-Timestamp': components['parameters']['ProviderTimestamp'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WalletBetRequest'];
      };
    };
    responses: {
      /** @description The outcome; a repeat of the same transaction id and body gets the first answer byte for byte. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WalletTransactionResult'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['WalletRefusal'] & {
            /** @enum {string} */
            code: 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `BAD_SIGNATURE`, `MALFORMED_TIMESTAMP`, `MISSING_HEADERS`, `STALE_TIMESTAMP`, `UNKNOWN_PROVIDER`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['WalletRefusal'] & {
            /** @enum {string} */
            code: 'BAD_SIGNATURE' | 'MALFORMED_TIMESTAMP' | 'MISSING_HEADERS' | 'STALE_TIMESTAMP' | 'UNKNOWN_PROVIDER';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `GAME_NOT_OFFERED`, `GAME_SESSION_ENDED`, `GAME_SESSION_EXPIRED`, `GAME_SESSION_TOKEN_INVALID`, `KYC_NOT_VERIFIED`, `KYC_REJECTED`, `KYC_RESTRICTED`, `LOSS_LIMIT_EXCEEDED`, `PLAYER_BLOCKED`, `PLAYER_CLOSED`, `PLAYER_SELF_EXCLUDED`, `PLAYER_TIMED_OUT`, `PROVIDER_NOT_IN_BRAND`, `SESSION_TIME_LIMIT_REACHED`, `STAKE_LIMIT_EXCEEDED`, `WAGER_LIMIT_EXCEEDED`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['WalletRefusal'] & {
            /** @enum {string} */
            code:
              | 'GAME_NOT_OFFERED'
              | 'GAME_SESSION_ENDED'
              | 'GAME_SESSION_EXPIRED'
              | 'GAME_SESSION_TOKEN_INVALID'
              | 'KYC_NOT_VERIFIED'
              | 'KYC_REJECTED'
              | 'KYC_RESTRICTED'
              | 'LOSS_LIMIT_EXCEEDED'
              | 'PLAYER_BLOCKED'
              | 'PLAYER_CLOSED'
              | 'PLAYER_SELF_EXCLUDED'
              | 'PLAYER_TIMED_OUT'
              | 'PROVIDER_NOT_IN_BRAND'
              | 'SESSION_TIME_LIMIT_REACHED'
              | 'STAKE_LIMIT_EXCEEDED'
              | 'WAGER_LIMIT_EXCEEDED';
          };
        };
      };
      /** @description No such resource. Codes: `UNKNOWN_PLAYER`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['WalletRefusal'] & {
            /** @enum {string} */
            code: 'UNKNOWN_PLAYER';
          };
        };
      };
      /** @description Conflicts with the current state or an earlier request: `code` says which. Codes: `DUPLICATE_TRANSACTION_ID`, `ROUND_FINISHED`, `TRANSACTION_ROLLED_BACK`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['WalletRefusal'] & {
            /** @enum {string} */
            code: 'DUPLICATE_TRANSACTION_ID' | 'ROUND_FINISHED' | 'TRANSACTION_ROLLED_BACK';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['WalletRefusal'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A business rule refuses it: `code` names the rule. Codes: `CURRENCY_MISMATCH`, `INSUFFICIENT_FUNDS`. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['WalletRefusal'] & {
            /** @enum {string} */
            code: 'CURRENCY_MISMATCH' | 'INSUFFICIENT_FUNDS';
          };
        };
      };
      /** @description Too many requests or attempts: wait `Retry-After` seconds. Codes: `RATE_LIMITED`. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['WalletRefusal'] & {
            /** @enum {string} */
            code: 'RATE_LIMITED';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['WalletRefusal'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['WalletRefusal'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['WalletRefusal'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT';
          };
        };
      };
    };
  };
  walletWin: {
    parameters: {
      query?: never;
      header: {
        /** @description The game provider, whose secret signs the request. */
        'X-Provider-Id': components['parameters']['ProviderId'];
        /** @description Unix time in seconds, signed with the body. */
        'X-Timestamp': components['parameters']['ProviderTimestamp'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WalletWinRequest'];
      };
    };
    responses: {
      /** @description The outcome; a repeat of the same transaction id and body gets the first answer byte for byte. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WalletTransactionResult'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['WalletRefusal'] & {
            /** @enum {string} */
            code: 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `BAD_SIGNATURE`, `MALFORMED_TIMESTAMP`, `MISSING_HEADERS`, `STALE_TIMESTAMP`, `UNKNOWN_PROVIDER`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['WalletRefusal'] & {
            /** @enum {string} */
            code: 'BAD_SIGNATURE' | 'MALFORMED_TIMESTAMP' | 'MISSING_HEADERS' | 'STALE_TIMESTAMP' | 'UNKNOWN_PROVIDER';
          };
        };
      };
      /** @description No such resource. Codes: `ROUND_NOT_FOUND`, `UNKNOWN_PLAYER`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['WalletRefusal'] & {
            /** @enum {string} */
            code: 'ROUND_NOT_FOUND' | 'UNKNOWN_PLAYER';
          };
        };
      };
      /** @description Conflicts with the current state or an earlier request: `code` says which. Codes: `DUPLICATE_TRANSACTION_ID`, `ROUND_FINISHED`, `ROUND_ROLLED_BACK`, `TRANSACTION_ROLLED_BACK`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['WalletRefusal'] & {
            /** @enum {string} */
            code: 'DUPLICATE_TRANSACTION_ID' | 'ROUND_FINISHED' | 'ROUND_ROLLED_BACK' | 'TRANSACTION_ROLLED_BACK';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['WalletRefusal'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A business rule refuses it: `code` names the rule. Codes: `CURRENCY_MISMATCH`. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['WalletRefusal'] & {
            /** @enum {string} */
            code: 'CURRENCY_MISMATCH';
          };
        };
      };
      /** @description Too many requests or attempts: wait `Retry-After` seconds. Codes: `RATE_LIMITED`. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['WalletRefusal'] & {
            /** @enum {string} */
            code: 'RATE_LIMITED';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['WalletRefusal'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['WalletRefusal'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['WalletRefusal'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT';
          };
        };
      };
    };
  };
  walletRollback: {
    parameters: {
      query?: never;
      header: {
        /** @description The game provider, whose secret signs the request. */
        'X-Provider-Id': components['parameters']['ProviderId'];
        /** @description Unix time in seconds, signed with the body. */
        'X-Timestamp': components['parameters']['ProviderTimestamp'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WalletRollbackRequest'];
      };
    };
    responses: {
      /** @description The outcome; a repeat of the same transaction id and body gets the first answer byte for byte. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WalletTransactionResult'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['WalletRefusal'] & {
            /** @enum {string} */
            code: 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `BAD_SIGNATURE`, `MALFORMED_TIMESTAMP`, `MISSING_HEADERS`, `STALE_TIMESTAMP`, `UNKNOWN_PROVIDER`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['WalletRefusal'] & {
            /** @enum {string} */
            code: 'BAD_SIGNATURE' | 'MALFORMED_TIMESTAMP' | 'MISSING_HEADERS' | 'STALE_TIMESTAMP' | 'UNKNOWN_PROVIDER';
          };
        };
      };
      /** @description No such resource. Codes: `UNKNOWN_PLAYER`, `UNKNOWN_TRANSACTION`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['WalletRefusal'] & {
            /** @enum {string} */
            code: 'UNKNOWN_PLAYER' | 'UNKNOWN_TRANSACTION';
          };
        };
      };
      /** @description Conflicts with the current state or an earlier request: `code` says which. Codes: `DUPLICATE_TRANSACTION_ID`, `ROUND_ALREADY_SETTLED`, `TRANSACTION_ROLLED_BACK`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['WalletRefusal'] & {
            /** @enum {string} */
            code: 'DUPLICATE_TRANSACTION_ID' | 'ROUND_ALREADY_SETTLED' | 'TRANSACTION_ROLLED_BACK';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['WalletRefusal'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A business rule refuses it: `code` names the rule. Codes: `CURRENCY_MISMATCH`, `NOT_A_BET_OF_THIS_PLAYER`, `ROUND_MISMATCH`. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['WalletRefusal'] & {
            /** @enum {string} */
            code: 'CURRENCY_MISMATCH' | 'NOT_A_BET_OF_THIS_PLAYER' | 'ROUND_MISMATCH';
          };
        };
      };
      /** @description Too many requests or attempts: wait `Retry-After` seconds. Codes: `RATE_LIMITED`. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['WalletRefusal'] & {
            /** @enum {string} */
            code: 'RATE_LIMITED';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['WalletRefusal'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['WalletRefusal'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['WalletRefusal'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT';
          };
        };
      };
    };
  };
  openGameSession: {
    parameters: {
      query?: never;
      header?: {
        /** @description The device's id from the operator's device fingerprinting (opaque, 8 to 128 of A-Z a-z 0-9 - _ . :). Kept only as a keyed hash, to find accounts that share a device (AML monitoring). */
        'X-Device-Id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GameSessionRequest'];
      };
    };
    responses: {
      /** @description Opened; `Location` names the session. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpenedGameSession'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `INVALID_TOKEN`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `GAME_NOT_OFFERED`, `PLAYER_BLOCKED`, `PLAYER_CLOSED`, `PLAYER_NOT_REGISTERED`, `PLAYER_SELF_EXCLUDED`, `PROVIDER_NOT_IN_BRAND`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              | 'GAME_NOT_OFFERED'
              | 'PLAYER_BLOCKED'
              | 'PLAYER_CLOSED'
              | 'PLAYER_NOT_REGISTERED'
              | 'PLAYER_SELF_EXCLUDED'
              | 'PROVIDER_NOT_IN_BRAND';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description A business rule refuses it: `code` names the rule. Codes: `CURRENCY_MISMATCH`. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CURRENCY_MISMATCH';
          };
        };
      };
      /** @description Too many requests or attempts: wait `Retry-After` seconds. Codes: `RATE_LIMITED`. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'RATE_LIMITED';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `IDENTITY_PROVIDER_UNAVAILABLE`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'IDENTITY_PROVIDER_UNAVAILABLE' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  endAllGameSessions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description How many sessions were ended. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EndedGameSessions'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `INVALID_TOKEN`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `PLAYER_NOT_REGISTERED`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PLAYER_NOT_REGISTERED';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description Too many requests or attempts: wait `Retry-After` seconds. Codes: `RATE_LIMITED`. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'RATE_LIMITED';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `IDENTITY_PROVIDER_UNAVAILABLE`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'IDENTITY_PROVIDER_UNAVAILABLE' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  endGameSession: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        sessionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The session, ended. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GameSession'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `INVALID_TOKEN`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `PLAYER_NOT_REGISTERED`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PLAYER_NOT_REGISTERED';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description Too many requests or attempts: wait `Retry-After` seconds. Codes: `RATE_LIMITED`. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'RATE_LIMITED';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `IDENTITY_PROVIDER_UNAVAILABLE`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'IDENTITY_PROVIDER_UNAVAILABLE' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  requestDeposit: {
    parameters: {
      query?: never;
      header: {
        'Idempotency-Key': string;
        /** @description The device's id from the operator's device fingerprinting (opaque, 8 to 128 of A-Z a-z 0-9 - _ . :). Kept only as a keyed hash, to find accounts that share a device (AML monitoring). */
        'X-Device-Id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PaymentRequest'];
      };
    };
    responses: {
      /** @description A repeat of the same key: the first request. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlayerPayment'];
        };
      };
      /** @description Accepted. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlayerPayment'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `INVALID_TOKEN`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `KYC_NOT_VERIFIED`, `KYC_REJECTED`, `KYC_RESTRICTED`, `PLAYER_NOT_REGISTERED`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'KYC_NOT_VERIFIED' | 'KYC_REJECTED' | 'KYC_RESTRICTED' | 'PLAYER_NOT_REGISTERED';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`, `UNKNOWN_INSTRUMENT`, `UNKNOWN_PLAYER`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND' | 'UNKNOWN_INSTRUMENT' | 'UNKNOWN_PLAYER';
          };
        };
      };
      /** @description Conflicts with the current state or an earlier request: `code` says which. Codes: `IDEMPOTENCY_KEY_REUSED`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'IDEMPOTENCY_KEY_REUSED';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description A business rule refuses it: `code` names the rule. Codes: `CURRENCY_MISMATCH`, `INSTRUMENT_METHOD_MISMATCH`. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CURRENCY_MISMATCH' | 'INSTRUMENT_METHOD_MISMATCH';
          };
        };
      };
      /** @description Too many requests or attempts: wait `Retry-After` seconds. Codes: `RATE_LIMITED`. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'RATE_LIMITED';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `IDENTITY_PROVIDER_UNAVAILABLE`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'IDENTITY_PROVIDER_UNAVAILABLE' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  requestWithdrawal: {
    parameters: {
      query?: never;
      header: {
        'Idempotency-Key': string;
        /** @description The device's id from the operator's device fingerprinting (opaque, 8 to 128 of A-Z a-z 0-9 - _ . :). Kept only as a keyed hash, to find accounts that share a device (AML monitoring). */
        'X-Device-Id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PaymentRequest'];
      };
    };
    responses: {
      /** @description A repeat of the same key: the first request. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlayerPayment'];
        };
      };
      /** @description Accepted. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlayerPayment'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `INVALID_TOKEN`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `KYC_NOT_VERIFIED`, `KYC_REJECTED`, `KYC_RESTRICTED`, `PLAYER_NOT_REGISTERED`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'KYC_NOT_VERIFIED' | 'KYC_REJECTED' | 'KYC_RESTRICTED' | 'PLAYER_NOT_REGISTERED';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`, `UNKNOWN_INSTRUMENT`, `UNKNOWN_PLAYER`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND' | 'UNKNOWN_INSTRUMENT' | 'UNKNOWN_PLAYER';
          };
        };
      };
      /** @description Conflicts with the current state or an earlier request: `code` says which. Codes: `IDEMPOTENCY_KEY_REUSED`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'IDEMPOTENCY_KEY_REUSED';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description A business rule refuses it: `code` names the rule. Codes: `CURRENCY_MISMATCH`, `INSTRUMENT_CANNOT_RECEIVE_PAYOUTS`, `INSTRUMENT_METHOD_MISMATCH`, `INSTRUMENT_NOT_USED_FOR_DEPOSIT`, `NO_PAYOUT_INSTRUMENT`. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              | 'CURRENCY_MISMATCH'
              | 'INSTRUMENT_CANNOT_RECEIVE_PAYOUTS'
              | 'INSTRUMENT_METHOD_MISMATCH'
              | 'INSTRUMENT_NOT_USED_FOR_DEPOSIT'
              | 'NO_PAYOUT_INSTRUMENT';
          };
        };
      };
      /** @description Too many requests or attempts: wait `Retry-After` seconds. Codes: `RATE_LIMITED`. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'RATE_LIMITED';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `IDENTITY_PROVIDER_UNAVAILABLE`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'IDENTITY_PROVIDER_UNAVAILABLE' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  listPaymentInstruments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        playerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaymentInstrumentList'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `INVALID_TOKEN`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `PLAYER_NOT_REGISTERED`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PLAYER_NOT_REGISTERED';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description Too many requests or attempts: wait `Retry-After` seconds. Codes: `RATE_LIMITED`. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'RATE_LIMITED';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `IDENTITY_PROVIDER_UNAVAILABLE`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'IDENTITY_PROVIDER_UNAVAILABLE' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  getDeposit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        paymentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The deposit. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlayerPayment'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `INVALID_TOKEN`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `PLAYER_NOT_REGISTERED`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PLAYER_NOT_REGISTERED';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description Too many requests or attempts: wait `Retry-After` seconds. Codes: `RATE_LIMITED`. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'RATE_LIMITED';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `IDENTITY_PROVIDER_UNAVAILABLE`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'IDENTITY_PROVIDER_UNAVAILABLE' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  getWithdrawal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        paymentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The withdrawal. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlayerPayment'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `INVALID_TOKEN`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `PLAYER_NOT_REGISTERED`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PLAYER_NOT_REGISTERED';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description Too many requests or attempts: wait `Retry-After` seconds. Codes: `RATE_LIMITED`. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'RATE_LIMITED';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `IDENTITY_PROVIDER_UNAVAILABLE`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'IDENTITY_PROVIDER_UNAVAILABLE' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  cancelWithdrawal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        paymentId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WithdrawalCancellation'];
      };
    };
    responses: {
      /** @description The cancellation was accepted. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WithdrawalCancelling'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `INVALID_TOKEN`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `NOT_AUTHORISED`, `PLAYER_NOT_REGISTERED`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_AUTHORISED' | 'PLAYER_NOT_REGISTERED';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state or an earlier request: `code` says which. Codes: `CANCELLATION_NOT_ALLOWED`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CANCELLATION_NOT_ALLOWED';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description Too many requests or attempts: wait `Retry-After` seconds. Codes: `RATE_LIMITED`. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'RATE_LIMITED';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `IDENTITY_PROVIDER_UNAVAILABLE`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'IDENTITY_PROVIDER_UNAVAILABLE' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  receivePspWebhook: {
    parameters: {
      query?: never;
      header: {
        /** @description Unix time in seconds, signed with the body. */
        'X-Psp-Timestamp': components['parameters']['PspTimestamp'];
      };
      path: {
        /** @description The PSP sending the webhook; it must match `psp` in the body. */
        psp: components['parameters']['Psp'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PspWebhook'];
      };
    };
    responses: {
      /** @description Received. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PspWebhookReceipt'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `BAD_SIGNATURE`, `MISSING_HEADERS`, `STALE_TIMESTAMP`, `UNKNOWN_PSP`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'BAD_SIGNATURE' | 'MISSING_HEADERS' | 'STALE_TIMESTAMP' | 'UNKNOWN_PSP';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description Too many requests or attempts: wait `Retry-After` seconds. Codes: `RATE_LIMITED`. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'RATE_LIMITED';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  listPayments: {
    parameters: {
      query?: {
        kind?: 'DEPOSIT' | 'WITHDRAWAL';
        status?: string;
        playerId?: string;
        psp?: string;
        brand?: string;
        createdFrom?: string;
        createdTo?: string;
        order?: 'oldest' | 'newest';
        limit?: number;
        offset?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of payments. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaymentPage'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  getWithdrawalQueue: {
    parameters: {
      query?: {
        /** @description Whose items: `all`, `mine` (claimed by or assigned to me) or `unassigned`. */
        assignee?: 'all' | 'mine' | 'unassigned';
        /** @description What the page is sorted by (default `createdAt`). */
        sort?: 'createdAt' | 'amount' | 'assignee';
        /** @description Ascending or descending. */
        order?: 'asc' | 'desc';
        /** @description Only those awaiting a first (AWAITING_APPROVAL) or a second decision. */
        status?: 'AWAITING_APPROVAL' | 'AWAITING_SECOND_APPROVAL';
        currency?: components['schemas']['Currency'];
        /** @description Only those of players with this tag. */
        playerTag?: string;
        limit?: number;
        offset?: number;
        /** @description Keeps withdrawals whose withdrawal or player id contains this. */
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the queue. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WithdrawalQueue'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  claimWithdrawal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        paymentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Who works it now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WithdrawalAssignment'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `CSRF`, `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF' | 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state or an earlier request: `code` says which. Codes: `WITHDRAWAL_CLAIMED_BY_ANOTHER`, `WITHDRAWAL_NOT_AWAITING_DECISION`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'WITHDRAWAL_CLAIMED_BY_ANOTHER' | 'WITHDRAWAL_NOT_AWAITING_DECISION';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description A business rule refuses it: `code` names the rule. Codes: `ASSIGNEE_CANNOT_DECIDE_WITHDRAWALS`. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'ASSIGNEE_CANNOT_DECIDE_WITHDRAWALS';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  assignWithdrawal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        paymentId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['QueueAssignment'];
      };
    };
    responses: {
      /** @description Who works it now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WithdrawalAssignment'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `CSRF`, `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF' | 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state or an earlier request: `code` says which. Codes: `WITHDRAWAL_CLAIMED_BY_ANOTHER`, `WITHDRAWAL_NOT_AWAITING_DECISION`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'WITHDRAWAL_CLAIMED_BY_ANOTHER' | 'WITHDRAWAL_NOT_AWAITING_DECISION';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description A business rule refuses it: `code` names the rule. Codes: `ASSIGNEE_CANNOT_DECIDE_WITHDRAWALS`. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'ASSIGNEE_CANNOT_DECIDE_WITHDRAWALS';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  getPayment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        paymentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The payment. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaymentDetail'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  raiseWithdrawal: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StaffWithdrawalRequest'];
      };
    };
    responses: {
      /** @description A repeat of the same key: the first request. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Payment'];
        };
      };
      /** @description Accepted. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Payment'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `CSRF`, `FORBIDDEN`, `KYC_NOT_VERIFIED`, `KYC_REJECTED`, `KYC_RESTRICTED`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF' | 'FORBIDDEN' | 'KYC_NOT_VERIFIED' | 'KYC_REJECTED' | 'KYC_RESTRICTED';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`, `UNKNOWN_INSTRUMENT`, `UNKNOWN_PLAYER`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND' | 'UNKNOWN_INSTRUMENT' | 'UNKNOWN_PLAYER';
          };
        };
      };
      /** @description Conflicts with the current state or an earlier request: `code` says which. Codes: `IDEMPOTENCY_KEY_REUSED`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'IDEMPOTENCY_KEY_REUSED';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description A business rule refuses it: `code` names the rule. Codes: `CURRENCY_MISMATCH`, `INSTRUMENT_CANNOT_RECEIVE_PAYOUTS`, `INSTRUMENT_METHOD_MISMATCH`, `INSTRUMENT_NOT_USED_FOR_DEPOSIT`, `NO_PAYOUT_INSTRUMENT`. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              | 'CURRENCY_MISMATCH'
              | 'INSTRUMENT_CANNOT_RECEIVE_PAYOUTS'
              | 'INSTRUMENT_METHOD_MISMATCH'
              | 'INSTRUMENT_NOT_USED_FOR_DEPOSIT'
              | 'NO_PAYOUT_INSTRUMENT';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  approveWithdrawal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        paymentId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['WithdrawalApproval'];
      };
    };
    responses: {
      /** @description The saga's state after the decision. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WithdrawalState'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`, `STEP_UP_REQUIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED' | 'STEP_UP_REQUIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `CSRF`, `FORBIDDEN`, `MAKER_CANNOT_APPROVE`, `NOT_AUTHORISED`, `SENIOR_APPROVAL_REQUIRED`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF' | 'FORBIDDEN' | 'MAKER_CANNOT_APPROVE' | 'NOT_AUTHORISED' | 'SENIOR_APPROVAL_REQUIRED';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state or an earlier request: `code` says which. Codes: `ALREADY_DECIDED`, `NOT_AWAITING_DECISION`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'ALREADY_DECIDED' | 'NOT_AWAITING_DECISION';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  rejectWithdrawal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        paymentId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WithdrawalRejection'];
      };
    };
    responses: {
      /** @description The saga's state after the decision. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WithdrawalState'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `REASON_REQUIRED`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'REASON_REQUIRED' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `CSRF`, `FORBIDDEN`, `MAKER_CANNOT_APPROVE`, `NOT_AUTHORISED`, `SENIOR_APPROVAL_REQUIRED`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF' | 'FORBIDDEN' | 'MAKER_CANNOT_APPROVE' | 'NOT_AUTHORISED' | 'SENIOR_APPROVAL_REQUIRED';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state or an earlier request: `code` says which. Codes: `ALREADY_DECIDED`, `NOT_AWAITING_DECISION`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'ALREADY_DECIDED' | 'NOT_AWAITING_DECISION';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  retryPayout: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        paymentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The saga's state after the retry. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WithdrawalState'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `CSRF`, `FORBIDDEN`, `NOT_AUTHORISED`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF' | 'FORBIDDEN' | 'NOT_AUTHORISED';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state or an earlier request: `code` says which. Codes: `NOT_RETRYABLE`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_RETRYABLE';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  runReconciliation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReconciliationRequest'];
      };
    };
    responses: {
      /** @description The mismatches found. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReconciliationResult'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `CSRF`, `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF' | 'FORBIDDEN';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  listReconciliationMismatches: {
    parameters: {
      query?: {
        runId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The latest 500, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReconciliationMismatches'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  listJurisdictionPolicies: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every jurisdiction, the default last. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JurisdictionPolicies'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  listKycReviews: {
    parameters: {
      query?: {
        status?: 'OPEN' | 'CLEARED' | 'REJECTED';
        limit?: number;
        offset?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of reviews. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KycReviewPage'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  getKycReview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        reviewId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The review. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KycReviewDetail'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  decideKycReview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        reviewId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['KycReviewDecision'];
      };
    };
    responses: {
      /** @description The decision was accepted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KycReviewDecisionResult'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `KYC_REASON_REQUIRED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'KYC_REASON_REQUIRED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `CSRF`, `FORBIDDEN`, `KYC_NOT_AUTHORISED`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF' | 'FORBIDDEN' | 'KYC_NOT_AUTHORISED';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state or an earlier request: `code` says which. Codes: `KYC_ALREADY_CLEARED`, `KYC_NOT_IN_REVIEW`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'KYC_ALREADY_CLEARED' | 'KYC_NOT_IN_REVIEW';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  listCurrentScreeningLists: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One version per source that has one. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScreeningListsCurrent'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  listScreeningListVersions: {
    parameters: {
      query?: {
        source?: 'OFAC_SDN' | 'UK_OFSI' | 'PEP';
        limit?: number;
        offset?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of versions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScreeningListVersionPage'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  getScreeningListVersion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        versionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The version. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScreeningListVersion'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  listScreeningListChanges: {
    parameters: {
      query?: {
        change?: 'ADDED' | 'REMOVED' | 'CHANGED';
        limit?: number;
        offset?: number;
      };
      header?: never;
      path: {
        versionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of added, removed and changed entries. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScreeningListChangePage'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  importScreeningList: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': components['schemas']['ScreeningListImportForm'];
      };
    };
    responses: {
      /** @description Unchanged: the current version. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScreeningListImportResult'];
        };
      };
      /** @description The new version. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScreeningListImportResult'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `CSRF`, `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF' | 'FORBIDDEN';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description A business rule refuses it: `code` names the rule. Codes: `LIST_FORMAT_INVALID`. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'LIST_FORMAT_INVALID';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  getScreeningHits: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        screeningId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The screening and its hits, best first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScreeningHits'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  getMySourceOfFundsRequest: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The open request. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlayerSourceOfFundsRequest'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `INVALID_TOKEN`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `PLAYER_NOT_REGISTERED`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PLAYER_NOT_REGISTERED';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description Too many requests or attempts: wait `Retry-After` seconds. Codes: `RATE_LIMITED`. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'RATE_LIMITED';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `IDENTITY_PROVIDER_UNAVAILABLE`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'IDENTITY_PROVIDER_UNAVAILABLE' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  submitSourceOfFunds: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SourceOfFundsEvidence'];
      };
    };
    responses: {
      /** @description The request, now SUBMITTED. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlayerSourceOfFundsRequest'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `INVALID_TOKEN`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `PLAYER_NOT_REGISTERED`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PLAYER_NOT_REGISTERED';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description Too many requests or attempts: wait `Retry-After` seconds. Codes: `RATE_LIMITED`. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'RATE_LIMITED';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `IDENTITY_PROVIDER_UNAVAILABLE`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'IDENTITY_PROVIDER_UNAVAILABLE' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  getKycStanding: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        playerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The standing. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KycStanding'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  clearSourceOfFunds: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        playerId: string;
        requestId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ClearDueDiligence'];
      };
    };
    responses: {
      /** @description The workflow after the decision. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DueDiligenceState'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `REASON_REQUIRED`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'REASON_REQUIRED' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `CSRF`, `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF' | 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state or an earlier request: `code` says which. Codes: `DUE_DILIGENCE_ALREADY_CLEARED`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DUE_DILIGENCE_ALREADY_CLEARED';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  receiveKycWebhook: {
    parameters: {
      query?: never;
      header: {
        /** @description Unix time in seconds, signed with the body. */
        'X-Kyc-Timestamp': components['parameters']['KycTimestamp'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['KycWebhook'];
      };
    };
    responses: {
      /** @description Received. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KycWebhookReceipt'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `BAD_SIGNATURE`, `MISSING_HEADERS`, `STALE_TIMESTAMP`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'BAD_SIGNATURE' | 'MISSING_HEADERS' | 'STALE_TIMESTAMP';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description Too many requests or attempts: wait `Retry-After` seconds. Codes: `RATE_LIMITED`. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'RATE_LIMITED';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  listAmlCases: {
    parameters: {
      query?: {
        /** @description Comma-separated statuses; all but CLOSED when absent. */
        status?: string;
        /** @description Comma-separated severities. */
        severity?: string;
        assignee?: 'all' | 'mine' | 'unassigned';
        playerId?: string;
        sort?: 'slaDueAt' | 'openedAt' | 'severity';
        order?: 'asc' | 'desc';
        limit?: number;
        offset?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of cases. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AmlCasePage'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  getAmlCase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The case. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AmlCaseDetail'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  claimAmlCase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Accepted: the case after it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AmlCaseState'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `AML_CASE_NOT_AUTHORISED`, `AML_CASE_SENIOR_REQUIRED`, `CSRF`, `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'AML_CASE_NOT_AUTHORISED' | 'AML_CASE_SENIOR_REQUIRED' | 'CSRF' | 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state or an earlier request: `code` says which. Codes: `AML_CASE_CLOSED`, `AML_CASE_INVALID_TRANSITION`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'AML_CASE_CLOSED' | 'AML_CASE_INVALID_TRANSITION';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  assignAmlCase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AmlCaseAssignRequest'];
      };
    };
    responses: {
      /** @description Accepted: the case after it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AmlCaseState'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `AML_CASE_NOT_AUTHORISED`, `AML_CASE_SENIOR_REQUIRED`, `CSRF`, `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'AML_CASE_NOT_AUTHORISED' | 'AML_CASE_SENIOR_REQUIRED' | 'CSRF' | 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state or an earlier request: `code` says which. Codes: `AML_CASE_CLOSED`, `AML_CASE_INVALID_TRANSITION`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'AML_CASE_CLOSED' | 'AML_CASE_INVALID_TRANSITION';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  investigateAmlCase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Accepted: the case after it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AmlCaseState'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `AML_CASE_NOT_AUTHORISED`, `AML_CASE_SENIOR_REQUIRED`, `CSRF`, `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'AML_CASE_NOT_AUTHORISED' | 'AML_CASE_SENIOR_REQUIRED' | 'CSRF' | 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state or an earlier request: `code` says which. Codes: `AML_CASE_CLOSED`, `AML_CASE_INVALID_TRANSITION`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'AML_CASE_CLOSED' | 'AML_CASE_INVALID_TRANSITION';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  escalateAmlCase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AmlCaseReasonRequest'];
      };
    };
    responses: {
      /** @description Accepted: the case after it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AmlCaseState'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `AML_CASE_REASON_REQUIRED`, `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              'AML_CASE_REASON_REQUIRED' | 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `AML_CASE_NOT_AUTHORISED`, `AML_CASE_SENIOR_REQUIRED`, `CSRF`, `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'AML_CASE_NOT_AUTHORISED' | 'AML_CASE_SENIOR_REQUIRED' | 'CSRF' | 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state or an earlier request: `code` says which. Codes: `AML_CASE_CLOSED`, `AML_CASE_INVALID_TRANSITION`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'AML_CASE_CLOSED' | 'AML_CASE_INVALID_TRANSITION';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  closeAmlCase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AmlCaseCloseRequest'];
      };
    };
    responses: {
      /** @description Accepted: the case after it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AmlCaseState'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `AML_CASE_REASON_REQUIRED`, `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              'AML_CASE_REASON_REQUIRED' | 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `AML_CASE_NOT_AUTHORISED`, `AML_CASE_SENIOR_REQUIRED`, `CSRF`, `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'AML_CASE_NOT_AUTHORISED' | 'AML_CASE_SENIOR_REQUIRED' | 'CSRF' | 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state or an earlier request: `code` says which. Codes: `AML_CASE_CLOSED`, `AML_CASE_INVALID_TRANSITION`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'AML_CASE_CLOSED' | 'AML_CASE_INVALID_TRANSITION';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description A business rule refuses it: `code` names the rule. Codes: `AML_SAR_APPROVAL_REQUIRED`. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'AML_SAR_APPROVAL_REQUIRED';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  addAmlCaseNote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AmlCaseNoteRequest'];
      };
    };
    responses: {
      /** @description The note was added. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AmlCaseNoteCreated'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `CSRF`, `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF' | 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  draftAmlSar: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AmlSarDraftRequest'];
      };
    };
    responses: {
      /** @description The SAR is in draft. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AmlCaseState'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `AML_CASE_NOT_AUTHORISED`, `AML_CASE_SENIOR_REQUIRED`, `CSRF`, `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'AML_CASE_NOT_AUTHORISED' | 'AML_CASE_SENIOR_REQUIRED' | 'CSRF' | 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state or an earlier request: `code` says which. Codes: `AML_CASE_CLOSED`, `AML_CASE_INVALID_TRANSITION`, `AML_SAR_ALREADY_APPROVED`, `AML_SAR_NOT_AWAITING_DECISION`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              | 'AML_CASE_CLOSED'
              | 'AML_CASE_INVALID_TRANSITION'
              | 'AML_SAR_ALREADY_APPROVED'
              | 'AML_SAR_NOT_AWAITING_DECISION';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  approveAmlSar: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Accepted: the case after it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AmlCaseState'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `AML_CASE_NOT_AUTHORISED`, `AML_SAR_DRAFTER_CANNOT_APPROVE`, `CSRF`, `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'AML_CASE_NOT_AUTHORISED' | 'AML_SAR_DRAFTER_CANNOT_APPROVE' | 'CSRF' | 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state or an earlier request: `code` says which. Codes: `AML_CASE_CLOSED`, `AML_SAR_NOT_AWAITING_DECISION`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'AML_CASE_CLOSED' | 'AML_SAR_NOT_AWAITING_DECISION';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  rejectAmlSar: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AmlCaseReasonRequest'];
      };
    };
    responses: {
      /** @description Accepted: the case after it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AmlCaseState'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `AML_CASE_REASON_REQUIRED`, `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              'AML_CASE_REASON_REQUIRED' | 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `AML_CASE_NOT_AUTHORISED`, `AML_SAR_DRAFTER_CANNOT_APPROVE`, `CSRF`, `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'AML_CASE_NOT_AUTHORISED' | 'AML_SAR_DRAFTER_CANNOT_APPROVE' | 'CSRF' | 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state or an earlier request: `code` says which. Codes: `AML_CASE_CLOSED`, `AML_SAR_NOT_AWAITING_DECISION`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'AML_CASE_CLOSED' | 'AML_SAR_NOT_AWAITING_DECISION';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  exportAmlSar: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The XML file. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/xml': string;
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state or an earlier request: `code` says which. Codes: `AML_SAR_NOT_APPROVED`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'AML_SAR_NOT_APPROVED';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  listAmlRules: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rules by name. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AmlRuleList'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  getAmlRule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        ruleId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rule. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AmlRuleDetail'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  createAmlRuleVersion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        ruleId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AmlRuleVersionRequest'];
      };
    };
    responses: {
      /** @description The new version. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AmlRuleVersion'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `CSRF`, `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF' | 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description A business rule refuses it: `code` names the rule. Codes: `AML_RULE_DEFINITION_INVALID`, `AML_RULE_NAME_REQUIRED`. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'AML_RULE_DEFINITION_INVALID' | 'AML_RULE_NAME_REQUIRED';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  makeAmlRuleVersionLive: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        ruleId: string;
        version: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AmlRuleLiveRequest'];
      };
    };
    responses: {
      /** @description The live version now and before. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AmlRuleLiveResult'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `CSRF`, `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF' | 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  runAmlBacktest: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        ruleId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AmlBacktestRequest'];
      };
    };
    responses: {
      /** @description The back-test and its result. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AmlBacktest'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `CSRF`, `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF' | 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description A business rule refuses it: `code` names the rule. Codes: `AML_RULE_DEFINITION_INVALID`. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'AML_RULE_DEFINITION_INVALID';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  getAmlBacktest: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        backtestId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The back-test. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AmlBacktest'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  listAmlAlerts: {
    parameters: {
      query?: {
        severity?: 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';
        ruleId?: string;
        playerId?: string;
        /** @description true: filed in a case; false: not yet. */
        filed?: 'true' | 'false';
        disposition?: 'TRUE_POSITIVE' | 'FALSE_POSITIVE' | 'NONE';
        assignee?: 'all' | 'mine' | 'unassigned';
        sort?: 'occurredAt' | 'raisedAt' | 'severity' | 'score';
        order?: 'asc' | 'desc';
        limit?: number;
        offset?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of alerts. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AmlAlertPage'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  getAmlAlert: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        alertId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The alert and its explanation. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AmlAlertDetail'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  getPlayerRiskScore: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        playerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The score and its contributions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlayerRiskScore'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  getDecisionContext: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        playerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The context. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DecisionContext'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  listPlayerNotes: {
    parameters: {
      query?: {
        limit?: number;
        offset?: number;
      };
      header?: never;
      path: {
        playerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlayerNotesPage'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  addPlayerNote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        playerId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NewPlayerNote'];
      };
    };
    responses: {
      /** @description The note. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlayerNote'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `CSRF`, `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF' | 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  listAmlRetentionRuns: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The runs. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AmlRetentionRunList'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  startAmlRetentionRun: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AmlRetentionRunRequest'];
      };
    };
    responses: {
      /** @description The run started. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AmlRetentionRunStarted'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `CSRF`, `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF' | 'FORBIDDEN';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  getAmlRetentionReport: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AmlRetentionReport'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  getMyRgLimits: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The limits. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlayerRgLimits'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `INVALID_TOKEN`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `PLAYER_NOT_REGISTERED`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PLAYER_NOT_REGISTERED';
          };
        };
      };
      /** @description Too many requests or attempts: wait `Retry-After` seconds. Codes: `RATE_LIMITED`. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'RATE_LIMITED';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `IDENTITY_PROVIDER_UNAVAILABLE`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'IDENTITY_PROVIDER_UNAVAILABLE' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  setMyRgLimit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        kind: 'DEPOSIT' | 'LOSS' | 'WAGER' | 'SESSION_TIME';
        period: 'DAY' | 'WEEK' | 'MONTH' | 'SESSION';
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RgPlayerLimit'];
      };
    };
    responses: {
      /** @description Applied at once, or nothing to change. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RgLimitChangeOutcome'];
        };
      };
      /** @description Pending: the change waits its cooling-off. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RgLimitChangeOutcome'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `RG_LIMIT_PERIOD_NOT_OF_KIND`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'RG_LIMIT_PERIOD_NOT_OF_KIND' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `INVALID_TOKEN`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `PLAYER_NOT_REGISTERED`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PLAYER_NOT_REGISTERED';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description Too many requests or attempts: wait `Retry-After` seconds. Codes: `RATE_LIMITED`. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'RATE_LIMITED';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `IDENTITY_PROVIDER_UNAVAILABLE`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'IDENTITY_PROVIDER_UNAVAILABLE' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  confirmMyRgLimitChange: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        changeId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The change, applied. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RgLimitChangeState'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `INVALID_TOKEN`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `PLAYER_NOT_REGISTERED`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PLAYER_NOT_REGISTERED';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state or an earlier request: `code` says which. Codes: `RG_LIMIT_CHANGE_NOT_CONFIRMABLE_YET`, `RG_LIMIT_CHANGE_NOT_PENDING`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'RG_LIMIT_CHANGE_NOT_CONFIRMABLE_YET' | 'RG_LIMIT_CHANGE_NOT_PENDING';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description Too many requests or attempts: wait `Retry-After` seconds. Codes: `RATE_LIMITED`. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'RATE_LIMITED';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `IDENTITY_PROVIDER_UNAVAILABLE`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'IDENTITY_PROVIDER_UNAVAILABLE' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  getPlayerRgLimits: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        playerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The limits. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BackOfficeRgLimits'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  decreasePlayerRgLimit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        playerId: string;
        kind: 'DEPOSIT' | 'LOSS' | 'WAGER' | 'SESSION_TIME';
        period: 'DAY' | 'WEEK' | 'MONTH' | 'SESSION';
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RgStaffLimitDecrease'];
      };
    };
    responses: {
      /** @description The limit before and after. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RgLimitDecrease'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `RG_LIMIT_PERIOD_NOT_OF_KIND`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'RG_LIMIT_PERIOD_NOT_OF_KIND' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `CSRF`, `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF' | 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description A business rule refuses it: `code` names the rule. Codes: `RG_LIMIT_NOT_A_DECREASE`. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'RG_LIMIT_NOT_A_DECREASE';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  listRgInterventions: {
    parameters: {
      query?: {
        /** @description Whose items: `all`, `mine` (claimed by or assigned to me) or `unassigned`. */
        assignee?: 'all' | 'mine' | 'unassigned';
        /** @description What the page is sorted by (default `slaDueAt`). */
        sort?: 'slaDueAt' | 'score' | 'level' | 'openedAt';
        /** @description Ascending or descending. */
        order?: 'asc' | 'desc';
        limit?: number;
        offset?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of open interventions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RgInterventionPage'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  getRgIntervention: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        playerId: string;
        n: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The intervention. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RgInterventionDetail'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  claimRgIntervention: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        playerId: string;
        n: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Accepted: the intervention after it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RgInterventionState'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `CSRF`, `FORBIDDEN`, `RG_INTERVENTION_NOT_AN_OFFICER`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF' | 'FORBIDDEN' | 'RG_INTERVENTION_NOT_AN_OFFICER';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state or an earlier request: `code` says which. Codes: `RG_INTERVENTION_NOT_OPEN`, `RG_INTERVENTION_NOT_YOURS`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'RG_INTERVENTION_NOT_OPEN' | 'RG_INTERVENTION_NOT_YOURS';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  logRgInterventionInteraction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        playerId: string;
        n: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RgInterventionInteractionRequest'];
      };
    };
    responses: {
      /** @description Accepted: the intervention after it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RgInterventionState'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `CSRF`, `FORBIDDEN`, `RG_INTERVENTION_NOT_AN_OFFICER`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF' | 'FORBIDDEN' | 'RG_INTERVENTION_NOT_AN_OFFICER';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state or an earlier request: `code` says which. Codes: `RG_INTERVENTION_NOT_OPEN`, `RG_INTERVENTION_NOT_YOURS`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'RG_INTERVENTION_NOT_OPEN' | 'RG_INTERVENTION_NOT_YOURS';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  escalateRgIntervention: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        playerId: string;
        n: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RgInterventionReasonRequest'];
      };
    };
    responses: {
      /** @description Accepted: the intervention after it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RgInterventionState'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `CSRF`, `FORBIDDEN`, `RG_INTERVENTION_NOT_AN_OFFICER`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF' | 'FORBIDDEN' | 'RG_INTERVENTION_NOT_AN_OFFICER';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state or an earlier request: `code` says which. Codes: `RG_INTERVENTION_AT_TOP_LEVEL`, `RG_INTERVENTION_NOT_OPEN`, `RG_INTERVENTION_NOT_YOURS`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'RG_INTERVENTION_AT_TOP_LEVEL' | 'RG_INTERVENTION_NOT_OPEN' | 'RG_INTERVENTION_NOT_YOURS';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  resolveRgIntervention: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        playerId: string;
        n: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RgInterventionResolveRequest'];
      };
    };
    responses: {
      /** @description Accepted: the intervention after it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RgInterventionState'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `CSRF`, `FORBIDDEN`, `RG_INTERVENTION_NOT_AN_OFFICER`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF' | 'FORBIDDEN' | 'RG_INTERVENTION_NOT_AN_OFFICER';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state or an earlier request: `code` says which. Codes: `RG_INTERVENTION_NOT_OPEN`, `RG_INTERVENTION_NOT_YOURS`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'RG_INTERVENTION_NOT_OPEN' | 'RG_INTERVENTION_NOT_YOURS';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description A business rule refuses it: `code` names the rule. Codes: `RG_INTERVENTION_NEEDS_INTERACTION`. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'RG_INTERVENTION_NEEDS_INTERACTION';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  getPlayerHarmScore: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        playerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The score. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RgHarmScore'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  listPlayerRgRestrictions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        playerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The restrictions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RgRestrictionList'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  applyPlayerRgRestriction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        playerId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RgApplyRestrictionRequest'];
      };
    };
    responses: {
      /** @description Already in force. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RgRestrictionChange'];
        };
      };
      /** @description Applied. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RgRestrictionChange'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `CSRF`, `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF' | 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  liftPlayerRgRestriction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        playerId: string;
        restrictionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RgLiftRestrictionRequest'];
      };
    };
    responses: {
      /** @description Lifted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RgRestrictionChange'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `CSRF`, `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF' | 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state or an earlier request: `code` says which. Codes: `RG_RESTRICTION_NOT_IN_FORCE`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'RG_RESTRICTION_NOT_IN_FORCE';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  listPlayerRgInteractions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        playerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The interactions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RgInteractionList'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  logPlayerRgInteraction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        playerId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RgLogInteractionRequest'];
      };
    };
    responses: {
      /** @description Logged. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RgInteractionCreated'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `CSRF`, `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF' | 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  listPlayerVulnerabilityChecks: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        playerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The checks. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RgVulnerabilityCheckList'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  takeRgTimeOut: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RgTimeOutRequest'];
      };
    };
    responses: {
      /** @description In force. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RgExclusionStarted'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `INVALID_TOKEN`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `PLAYER_NOT_REGISTERED`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PLAYER_NOT_REGISTERED';
          };
        };
      };
      /** @description Conflicts with the current state or an earlier request: `code` says which. Codes: `RG_ALREADY_EXCLUDED`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'RG_ALREADY_EXCLUDED';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description Too many requests or attempts: wait `Retry-After` seconds. Codes: `RATE_LIMITED`. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'RATE_LIMITED';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `IDENTITY_PROVIDER_UNAVAILABLE`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'IDENTITY_PROVIDER_UNAVAILABLE' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  selfExclude: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RgSelfExclusionRequest'];
      };
    };
    responses: {
      /** @description In force. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RgExclusionStarted'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `INVALID_TOKEN`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `PLAYER_NOT_REGISTERED`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PLAYER_NOT_REGISTERED';
          };
        };
      };
      /** @description Conflicts with the current state or an earlier request: `code` says which. Codes: `RG_ALREADY_EXCLUDED`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'RG_ALREADY_EXCLUDED';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description A business rule refuses it: `code` names the rule. Codes: `RG_SELF_EXCLUSION_TOO_SHORT`. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'RG_SELF_EXCLUSION_TOO_SHORT';
          };
        };
      };
      /** @description Too many requests or attempts: wait `Retry-After` seconds. Codes: `RATE_LIMITED`. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'RATE_LIMITED';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `IDENTITY_PROVIDER_UNAVAILABLE`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'IDENTITY_PROVIDER_UNAVAILABLE' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  requestRgExclusionReturn: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        exclusionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Asked; it ends at `returnsAt`. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RgExclusionReturnRequested'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `INVALID_TOKEN`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `PLAYER_NOT_REGISTERED`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PLAYER_NOT_REGISTERED';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state or an earlier request: `code` says which. Codes: `RG_EXCLUSION_MINIMUM_NOT_REACHED`, `RG_NOT_A_SELF_EXCLUSION`, `RG_RETURN_ALREADY_REQUESTED`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'RG_EXCLUSION_MINIMUM_NOT_REACHED' | 'RG_NOT_A_SELF_EXCLUSION' | 'RG_RETURN_ALREADY_REQUESTED';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description Too many requests or attempts: wait `Retry-After` seconds. Codes: `RATE_LIMITED`. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'RATE_LIMITED';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `IDENTITY_PROVIDER_UNAVAILABLE`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'IDENTITY_PROVIDER_UNAVAILABLE' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  listMyRgExclusions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RgExclusionList'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `INVALID_TOKEN`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `PLAYER_NOT_REGISTERED`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PLAYER_NOT_REGISTERED';
          };
        };
      };
      /** @description Too many requests or attempts: wait `Retry-After` seconds. Codes: `RATE_LIMITED`. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'RATE_LIMITED';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `IDENTITY_PROVIDER_UNAVAILABLE`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'IDENTITY_PROVIDER_UNAVAILABLE' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  getRgRealityCheck: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The reality check. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RgRealityCheck'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `INVALID_TOKEN`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `PLAYER_NOT_REGISTERED`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PLAYER_NOT_REGISTERED';
          };
        };
      };
      /** @description Too many requests or attempts: wait `Retry-After` seconds. Codes: `RATE_LIMITED`. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'RATE_LIMITED';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `IDENTITY_PROVIDER_UNAVAILABLE`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'IDENTITY_PROVIDER_UNAVAILABLE' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  setRgRealityCheck: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RgRealityCheckSetting'];
      };
    };
    responses: {
      /** @description Set. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RgRealityCheck'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `INVALID_TOKEN`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `PLAYER_NOT_REGISTERED`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PLAYER_NOT_REGISTERED';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description Too many requests or attempts: wait `Retry-After` seconds. Codes: `RATE_LIMITED`. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'RATE_LIMITED';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `IDENTITY_PROVIDER_UNAVAILABLE`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'IDENTITY_PROVIDER_UNAVAILABLE' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  listRgPlayerExclusions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        playerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RgPlayerExclusions'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  startRgExclusionForPlayer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        playerId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RgStaffExclusionRequest'];
      };
    };
    responses: {
      /** @description In force. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RgExclusionStarted'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `CSRF`, `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF' | 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `UNKNOWN_PLAYER`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNKNOWN_PLAYER';
          };
        };
      };
      /** @description Conflicts with the current state or an earlier request: `code` says which. Codes: `RG_ALREADY_EXCLUDED`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'RG_ALREADY_EXCLUDED';
          };
        };
      };
      /** @description The body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The body is in an encoding the API does not read. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description A business rule refuses it: `code` names the rule. Codes: `RG_SELF_EXCLUSION_TOO_SHORT`. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'RG_SELF_EXCLUSION_TOO_SHORT';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
  listRgSchemeChecks: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        playerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RgSchemeCheckList'];
        };
      };
      /** @description Invalid request: `VALIDATION_FAILED` names every invalid field in `errors`. Codes: `CARD_NUMBER_OR_IBAN_REFUSED`, `MALFORMED_REQUEST`, `VALIDATION_FAILED`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CARD_NUMBER_OR_IBAN_REFUSED' | 'MALFORMED_REQUEST' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Not authenticated: `code` says why. Codes: `NO_SESSION`, `SESSION_EXPIRED`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NO_SESSION' | 'SESSION_EXPIRED';
          };
        };
      };
      /** @description Not allowed: `code` says why. Codes: `FORBIDDEN`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'FORBIDDEN';
          };
        };
      };
      /** @description No such resource. Codes: `NOT_FOUND`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
          };
        };
      };
      /** @description The request's headers are larger than the API reads (16 KB in all). Codes: `HEADERS_TOO_LARGE`. */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'HEADERS_TOO_LARGE';
          };
        };
      };
      /** @description Unexpected: logged with the request id, which the body quotes. Codes: `INTERNAL_ERROR`. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description An engine the operation needs is unavailable (`code` says which), or no answer came within 5 s (`ENGINE_TIMEOUT`): wait `Retry-After` seconds and repeat the request (with the same idempotency key). Codes: `DATABASE_UNAVAILABLE`, `ENGINE_TIMEOUT`, `TEMPORAL_UNAVAILABLE`. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'ENGINE_TIMEOUT' | 'TEMPORAL_UNAVAILABLE';
          };
        };
      };
    };
  };
}
