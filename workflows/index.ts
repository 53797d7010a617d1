// Every workflow the workers register; the bundler starts here.
export { stackProbeWorkflow } from './ops/stack-probe';
