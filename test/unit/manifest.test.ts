// The extension's manifest as VS Code and the Marketplace read it: every title and setting
// description localised in the four languages, honest capabilities, and the fields a listing needs.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LANGUAGES } from '../../server/src/vocabulary';
import { ROOT } from '../helpers';

const read = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
const manifest = read('package.json');
const nls: Record<string, Record<string, string>> = Object.fromEntries(LANGUAGES.map((l) => [l, read(l === 'en' ? 'package.nls.json' : `package.nls.${l}.json`)]));

/** Every string of the manifest's `contributes` and `capabilities` a user reads in VS Code. */
function userFacingStrings(): { where: string; value: string }[] {
  const out: { where: string; value: string }[] = [];
  for (const c of manifest.contributes.commands) out.push({ where: `${c.command} title`, value: c.title }, { where: `${c.command} category`, value: c.category });
  out.push({ where: 'configuration title', value: manifest.contributes.configuration.title });
  for (const [key, p] of Object.entries<{ description?: string; markdownDescription?: string }>(manifest.contributes.configuration.properties)) {
    out.push({ where: key, value: p.markdownDescription ?? p.description ?? '' });
  }
  for (const [key, c] of Object.entries<{ description?: string }>(manifest.capabilities)) out.push({ where: key, value: c.description ?? '' });
  return out;
}

describe('extension manifest', () => {
  it('takes every title and setting description from package.nls*.json, in each language', () => {
    for (const { where, value } of userFacingStrings()) {
      const key = /^%(.+)%$/.exec(value)?.[1];
      assert.ok(key, `${where}: "${value}" should be a %key% of package.nls.json`);
      for (const language of LANGUAGES) assert.ok(nls[language][key]?.trim(), `${where}: ${key} missing in ${language}`);
    }
  });

  it('has the same keys in every language file, and none unused', () => {
    const used = new Set(userFacingStrings().map((s) => s.value.slice(1, -1)));
    for (const language of LANGUAGES) assert.deepEqual(Object.keys(nls[language]).sort(), [...used].sort(), language);
  });

  it('keeps code and setting names untranslated inside the descriptions', () => {
    for (const language of LANGUAGES) {
      assert.ok(nls[language]['config.enable.description'].includes('`submission:`'), language);
      assert.ok(nls[language]['config.severityOverrides.markdownDescription'].includes('`{"CCF-REQ-10": "error", "FMT-PLACEHOLDER": "off"}`'), language);
    }
  });

  it('declares what works in untrusted and virtual workspaces, restricting the settings that name files', () => {
    const { untrustedWorkspaces, virtualWorkspaces } = manifest.capabilities;
    assert.equal(untrustedWorkspaces.supported, 'limited');
    assert.deepEqual(untrustedWorkspaces.restrictedConfigurations.sort(), ['submission.export.outputFolder', 'submission.export.referenceDocx']);
    for (const setting of untrustedWorkspaces.restrictedConfigurations) assert.ok(manifest.contributes.configuration.properties[setting], setting);
    assert.equal(virtualWorkspaces.supported, 'limited');
  });

  it('has what a Marketplace listing needs: icon, repository, bugs, homepage, keywords, changelog', () => {
    assert.ok(fs.existsSync(path.join(ROOT, manifest.icon)));
    for (const field of [manifest.repository.url, manifest.bugs.url, manifest.homepage]) assert.match(field, /^https:\/\//);
    assert.ok(manifest.keywords.length >= 8 && manifest.keywords.length <= 30);
    assert.match(fs.readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8'), new RegExp(`^## ${manifest.version.replace(/\./g, '\\.')}\\b`, 'm'));
  });
});
