import { OpsWorkflowType } from '../contracts/ops';
import { PaymentsWorkflowType } from '../contracts/payments';
import * as opsWorkflows from './ops';
import * as paymentsWorkflows from './payments';

// Clients start workflows by the names in the contracts; a renamed workflow function would leave them starting a
// type no worker knows, so every contract name must be an exported workflow of its domain's workflows folder (which
// the bundle's generated entry re-exports, see domains/workflows-entry.ts).
it.each([
  ...Object.values(PaymentsWorkflowType).map((name) => [name, paymentsWorkflows] as const),
  ...Object.values(OpsWorkflowType).map((name) => [name, opsWorkflows] as const),
])('%s is a registered workflow', (name, exported) => {
  expect(typeof (exported as Record<string, unknown>)[name]).toBe('function');
});
