// Writes the files generated from data: docs/rules.md and snippets/submission.code-snippets.
import { writeFileSync } from 'node:fs';
import { rulesMarkdown, snippetsJson } from './generators';

writeFileSync('docs/rules.md', rulesMarkdown());
writeFileSync('snippets/submission.code-snippets', snippetsJson());
console.log('wrote docs/rules.md and snippets/submission.code-snippets');
