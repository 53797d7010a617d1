// The RG workflows' messages (Signals, Queries, Updates), for workflow code and the Temporal clients that send them
// (the API's routes, rg-monitor, tests). Each part of the domain keeps its own file and re-exports it here.
// rg-harm:
export * from './intervention-messages';
export * from './vulnerability-check-messages';
