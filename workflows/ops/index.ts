// The ops domain's workflows, registered by every worker through the generated bundle entry.
export { stackProbeWorkflow } from './stack-probe';
export { benchBaselineWorkflow } from './bench-baseline';
export { benchSameShapeWorkflow } from './bench-same-shape';
