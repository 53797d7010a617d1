import { OpsWorkflowType } from '../contracts/ops';
import { PaymentsWorkflowType } from '../contracts/payments';
import * as workflows from './index';

// Clients start workflows by the names in the contracts; a renamed workflow function would leave them starting a
// type no worker knows, so every contract name must be an exported workflow of the bundle's entry point.
it.each([...Object.values(PaymentsWorkflowType), ...Object.values(OpsWorkflowType)])(
  '%s is a registered workflow',
  (name) => {
    expect(typeof (workflows as Record<string, unknown>)[name]).toBe('function');
  },
);
