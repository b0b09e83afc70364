// `check --format sarif`: a SARIF 2.1.0 log for code-scanning dashboards. One run; each result
// points into its file with line and column counted in characters (code points), as the text
// output does; file paths are relative to the current folder (%SRCROOT%) when inside it.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Location, Log, Notification, ReportingDescriptor, Result } from 'sarif';
import { LANGUAGE_INFO } from '../data/languages';
import { RULES } from '../data/rules';
import { RULE_DOCS } from '../data/ruleDocs';
import type { Severity } from '../vocabulary';
import { findingPositions, inside, type Checked } from './files';
import { PRODUCT_NAME, PRODUCT_VERSION, REPOSITORY_URL, RULES_DOC_URL } from './product';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };
const RULE_INDEX = new Map(RULES.map((r, i) => [r.id, i]));

export function sarifLog(checked: Checked[], cwd = process.cwd()): Log {
  const results: Result[] = [];
  const notifications: Notification[] = [];
  const languages = new Set<string>();
  for (const c of checked) {
    const artifactLocation = artifact(c.file, cwd);
    if ('unreadable' in c) {
      notifications.push({ level: 'error', message: { text: `cannot read: ${c.unreadable}` }, locations: [{ physicalLocation: { artifactLocation } }] });
      continue;
    }
    const a = c.analysis;
    if (!a.submission.isSubmission) {
      notifications.push({ level: 'note', message: { text: 'not a submission (no “submission:” in the frontmatter); nothing checked' }, locations: [{ physicalLocation: { artifactLocation } }] });
      continue;
    }
    languages.add(LANGUAGE_INFO[a.submission.language].tag);
    const at = findingPositions(a);
    for (const [i, f] of a.findings.entries()) {
      const { start, end } = at[i];
      const location: Location = {
        physicalLocation: {
          artifactLocation,
          region: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column },
        },
      };
      results.push({ ruleId: f.code, ruleIndex: RULE_INDEX.get(f.code), level: LEVEL[f.severity], message: { text: f.message }, locations: [location] });
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: PRODUCT_NAME, version: PRODUCT_VERSION, informationUri: REPOSITORY_URL, rules: RULES.map(descriptor) } },
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(cwd.endsWith(path.sep) ? cwd : cwd + path.sep).href } },
        invocations: [{ executionSuccessful: !checked.some((c) => 'unreadable' in c), toolExecutionNotifications: notifications }],
        columnKind: 'unicodeCodePoints',
        // Messages are in each document's language; "mul" (several languages) when they differ.
        language: languages.size === 1 ? [...languages][0] : languages.size ? 'mul' : 'en-GB',
        results,
      },
    ],
  };
}

function descriptor(rule: (typeof RULES)[number]): ReportingDescriptor {
  return {
    id: rule.id,
    shortDescription: { text: rule.title },
    fullDescription: { text: `${rule.title}. ${rule.basis}.` },
    help: { text: RULE_DOCS[rule.id].fix },
    helpUri: `${RULES_DOC_URL}#${rule.id.toLowerCase()}`,
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: [...rule.kinds], status: rule.status, sources: [...rule.sources] },
  };
}

/** A path under the current folder as a relative URI (each segment escaped); anything else as file://. */
function artifact(file: string, cwd: string) {
  const relative = inside(cwd, file);
  if (relative === undefined) return { uri: pathToFileURL(path.resolve(cwd, file)).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
}
