// Writes the files generated from data: docs/rules.md, snippets/submission.code-snippets and
// server/src/data/fontCoverage.json.
import { writeFileSync } from 'node:fs';
import { fontCoverageJson, rulesMarkdown, snippetsJson } from './generators';

writeFileSync('docs/rules.md', rulesMarkdown());
writeFileSync('snippets/submission.code-snippets', snippetsJson());
writeFileSync('server/src/data/fontCoverage.json', fontCoverageJson());
console.log('wrote docs/rules.md, snippets/submission.code-snippets and server/src/data/fontCoverage.json');
