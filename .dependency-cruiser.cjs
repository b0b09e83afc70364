// The layers of the code (ARCHITECTURE.md), as rules: each layer uses only those below it.
//   vocabulary ← data ← core ← rules | export ← service ← features ← supervision, server.ts / cli.ts
//   protocol (vocabulary only) is shared by server, client and tests; the client talks to the
//   server only through it.
// `npm run check:layers` (and test/unit/layers.test.ts) fail on any import that points up.
const server = '^server/src/';
const layer = (name) => `${server}${name}(/|\\.ts$)`;

/** A layer and the layers it may import besides itself. */
const LAYERS = {
  vocabulary: [],
  data: ['vocabulary'],
  core: ['vocabulary', 'data'],
  rules: ['vocabulary', 'data', 'core'],
  export: ['vocabulary', 'data', 'core'],
  protocol: ['vocabulary'],
  service: ['vocabulary', 'data', 'core', 'rules', 'export', 'protocol'],
  features: ['vocabulary', 'data', 'core', 'rules', 'service', 'protocol'],
  // The supervisor runs on the main thread beside the worker: it may word a diagnostic, never check.
  supervision: ['vocabulary', 'data', 'core', 'features', 'protocol'],
};

const internal = Object.keys(LAYERS);
const forbidden = Object.entries(LAYERS).map(([name, allowed]) => ({
  name: `${name}-points-down`,
  comment: `${name} may import only ${allowed.join(', ') || 'nothing of the product'}`,
  severity: 'error',
  from: { path: layer(name) },
  to: { path: `${server}(${internal.filter((l) => l !== name && !allowed.includes(l)).join('|')})(/|\\.ts$)|${server}(server|cli|heap|main|priming|trace)\\.ts$` },
}));

module.exports = {
  forbidden: [
    ...forbidden,
    {
      name: 'client-through-protocol',
      comment: 'the client parses and checks nothing: it may import only the protocol, the vocabulary and the language table',
      severity: 'error',
      from: { path: '^client/src/' },
      to: { path: `${server}`, pathNot: [`${server}(protocol|vocabulary)\\.ts$`, `${server}data/languages\\.ts$`] },
    },
    {
      name: 'server-knows-no-vscode',
      comment: 'the language server knows nothing of VS Code',
      severity: 'error',
      from: { path: server },
      to: { path: '^vscode$|node_modules/@types/vscode/' },
    },
    {
      name: 'lsp-only-at-the-edge',
      comment: 'only server.ts, features/ and protocol.ts speak LSP; the rest are plain functions',
      severity: 'error',
      from: { path: `${server}(vocabulary|data|core|rules|export|service)(/|\\.ts$)` },
      to: { path: 'node_modules/vscode-languageserver' },
    },
    { name: 'no-circular', severity: 'error', from: { path: server }, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(node_modules|dist|test|bench|scripts)/' },
  },
};
