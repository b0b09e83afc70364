// The LSP client of the black-box tests lives with the benchmark's, in test/support/.
export { LspClient, type PublishedDiagnostics } from '../support/lspClient';
