// Layer rules, checked by `npm run lint` (dependency-cruiser, after ESLint):
//
//   contracts/   SDK-free vocabulary of each domain: imports only other contracts and zod.
//   workflows/   deterministic sandbox code: @temporalio/workflow and /common, contracts, other workflow files,
//                and `import type` from activities/ (the ESLint rule for workflows bans Node built-ins too).
//   activities → domain → platform: domain never imports activities, api, workers or workflows; platform is
//                plumbing and imports none of the layers above it (contracts are fine).
//   api/, workers/   Temporal clients: of workflows/ they import the message definitions (messages.ts), the
//                search attribute keys, and workflow functions by `import type` only (to start them typed).
//   domains/     one module per domain listing its route mounts (api/), OpenAPI, processes and topics, which the
//                API, the stack and the worker bundle read: it imports the API's routers, never worker or workflow
//                code (processes and workflow folders are named by path).
//   Nothing imports api/ or workers/ except their own files, tests and (for api/) the domain modules.
//   admin-ui/    its own files, contracts, npm packages, and the CASL abilities it shares with the API
//                (domain/admin/abilities.ts, which in turn imports only contracts and @casl).
//
// Tests (`*.test.ts`, test/) may reach across layers to set up the world they need; bench/ and scripts/ are
// operator tools on top of everything.

const tests = '(^test/|\\.test\\.tsx?$)';
const outerLayers = '^(activities|api|domains|workers|workflows|stack|scripts|bench|test|simulators)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'contracts-are-pure',
      comment: 'A contract imports only other contracts and zod, so every layer and the browser may import it.',
      severity: 'error',
      from: { path: '^contracts/' },
      to: { pathNot: ['^contracts/', '^node_modules/zod/'] },
    },
    {
      name: 'workflows-stay-in-the-sandbox',
      comment: 'Workflow code imports only the workflow SDK, contracts, other workflow files and types of activities.',
      severity: 'error',
      from: { path: '^workflows/', pathNot: tests },
      to: {
        pathNot: ['^workflows/', '^contracts/', '^activities/', '^node_modules/@temporalio/(workflow|common)/'],
      },
    },
    {
      name: 'workflows-import-only-types-of-activities',
      comment: 'Activity implementations run in workers, never in the sandbox: `import type` only.',
      severity: 'error',
      from: { path: '^workflows/', pathNot: tests },
      to: { path: '^activities/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'activities-are-adapters-over-domain',
      comment: 'Activities call domain/ and platform/; they never import the API, workers or workflows.',
      severity: 'error',
      from: { path: '^activities/', pathNot: tests },
      to: { path: outerLayers, pathNot: '^activities/' },
    },
    {
      name: 'domain-imports-no-outer-layer',
      comment: 'domain/ holds the business rules: it imports platform/, contracts and itself, nothing above.',
      severity: 'error',
      from: { path: '^domain/', pathNot: tests },
      to: { path: outerLayers },
    },
    {
      name: 'platform-is-plumbing',
      comment: 'platform/ is cross-cutting plumbing: it imports no domain or layer above it (contracts are fine).',
      severity: 'error',
      from: { path: '^platform/', pathNot: tests },
      to: { path: ['^domain/', outerLayers] },
    },
    {
      name: 'nothing-imports-api',
      comment: 'The API is an edge: only its own files, the domain modules that list its routers, and tests import it.',
      severity: 'error',
      from: { pathNot: ['^api/', '^domains/', tests] },
      to: { path: '^api/' },
    },
    {
      name: 'domains-name-processes-and-workflows-by-path',
      comment: 'A domain module lists routers and data; its processes and workflows are named by path, never imported.',
      severity: 'error',
      from: { path: '^domains/', pathNot: tests },
      to: { path: '^(activities|workers|workflows|stack|scripts|bench|test|simulators)/' },
    },
    {
      name: 'nothing-imports-workers',
      comment: 'Workers are deployable processes: only their own files and tests import them.',
      severity: 'error',
      from: { pathNot: ['^workers/', tests] },
      to: { path: '^workers/' },
    },
    {
      name: 'temporal-clients-import-messages-not-workflow-code',
      comment:
        'The API and workers signal, query and update through workflows/<domain>/messages.ts; a workflow ' +
        'function is imported as a type only (to start it typed), so no workflow code runs outside the sandbox.',
      severity: 'error',
      from: { path: '^(api|workers)/', pathNot: tests },
      to: {
        path: '^workflows/',
        pathNot: ['^workflows/[^/]+/messages\\.ts$', '^workflows/search-attributes\\.ts$'],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'admin-ui-imports-only-contracts',
      comment:
        'The admin UI talks to the API over HTTP; of our code it imports the contracts and the shared CASL abilities.',
      severity: 'error',
      from: { path: '^admin-ui/src/' },
      to: { pathNot: ['^admin-ui/', '^contracts/', '^domain/admin/abilities\\.ts$', '^node_modules/'] },
    },
    {
      name: 'shared-abilities-stay-browser-safe',
      comment: 'The admin UI bundles domain/admin/abilities.ts: it may import only contracts and @casl.',
      severity: 'error',
      from: { path: '^domain/admin/abilities\\.ts$' },
      to: { pathNot: ['^contracts/', '^node_modules/@casl/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^admin-ui/dist/', '^\\.data/', '^coverage/'] },
    moduleSystems: ['es6', 'cjs'],
    // `import type` counts too: the rules above allow or forbid it explicitly.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
