// Every workflow the workers register; the bundler starts here.
export { stackProbeWorkflow } from './ops/stack-probe';
export { depositWorkflow } from './payments/deposit';
export { withdrawalWorkflow } from './payments/withdrawal';
export { reconciliationWorkflow } from './payments/reconciliation';
export { benchBaselineWorkflow } from './ops/bench-baseline';
export { benchSameShapeWorkflow } from './ops/bench-same-shape';
