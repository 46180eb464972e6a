/**
 * Layer rules as code (`npm run lint:layers`, part of `npm test`). The arrows point down:
 * app → components / lib/client → lib/api → lib/server → db → lib/domain, lib/guide, lib/validation.
 * Type-only imports count: a type pulled upward still ties the layers together.
 * See docs/architecture.md for the why of each rule.
 */
module.exports = {
  forbidden: [
    {
      name: 'domain-stays-pure',
      comment: 'lib/domain and lib/guide are pure logic and data: no database, framework, React or HTTP, so they test in isolation.',
      severity: 'error',
      from: { path: '^lib/(domain|guide)/' },
      to: { path: ['^db/', '^app/', '^lib/(api|client|server|auth)/', '^node_modules/(next|react|react-dom)/'] },
    },
    {
      name: 'ui-never-reaches-the-server',
      comment: 'components/ and lib/client run in the browser: nothing from db/, the server layer, the HTTP layer or auth, not even types.',
      severity: 'error',
      from: { path: '^(components|lib/client)/' },
      to: { path: ['^db/', '^lib/(server|api|auth)/', '^app/'] },
    },
    {
      name: 'db-below-http',
      comment: 'db/ is below every caller: it never imports the HTTP layer, the client, the use-cases or pages.',
      severity: 'error',
      from: { path: '^db/' },
      to: { path: ['^app/', '^lib/(api|client|server)/'] },
    },
    {
      name: 'routes-through-server-layer',
      comment: 'Route handlers are thin: they reach data through the server layer (lib/server, lib/auth), never db/ directly.',
      severity: 'error',
      from: { path: '^app/api/' },
      to: { path: ['^db/', '^components/', '^lib/client/'] },
    },
    {
      name: 'pages-through-server-layer',
      comment: 'Pages and layouts read data through the server layer too, so one use-case serves a page and its API route.',
      severity: 'error',
      from: { path: '^app/', pathNot: '^app/api/' },
      to: { path: ['^db/'] },
    },
    {
      name: 'no-circular',
      comment: 'Circular imports hide which layer depends on which.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^\\.next/', '^scripts/bench/bare/', '^tests/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
