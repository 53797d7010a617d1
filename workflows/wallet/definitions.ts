/**
 * Task queue of the wallet worker, which hosts the wallet activities (credit a deposit, reserve, post and void a
 * withdrawal, grant, convert and forfeit bonus money) for the workflows of every other domain.
 */
export const WALLET_TASK_QUEUE = 'wallet';
