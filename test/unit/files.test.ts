// Which exhibit files a check looks up: plain relative paths inside the allowed folders only.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isPlainRelativePath } from '../../server/src/core/exhibits';
import { parseSubmission } from '../../server/src/core/parse';
import { checkSubmission } from '../../server/src/rules/index';
import { confinedFileExists } from '../../server/src/service/files';
import { TODAY } from '../helpers';

describe('exhibit files', () => {
  it('only plain relative paths are looked up', () => {
    for (const p of ['annexes/A1.pdf', '../exhibits/A1.pdf', 'A1 passport.pdf', 'pièces/D1.pdf']) assert.ok(isPlainRelativePath(p), p);
    for (const p of ['/etc/passwd', '\\\\host\\share\\x.pdf', '//host/share/x.pdf', 'C:\\x.pdf', 'c:x.pdf', 'file:///etc/passwd', 'https://example.org/a.pdf', 'smb://host/x', '', '  ']) {
      assert.ok(!isPlainRelativePath(p), p);
    }
  });

  it('a file outside the allowed folders is not looked up, one inside is', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'files-'));
    fs.mkdirSync(path.join(root, 'case', 'annexes'), { recursive: true });
    fs.writeFileSync(path.join(root, 'case', 'annexes', 'A1.pdf'), '');
    fs.writeFileSync(path.join(root, 'outside.pdf'), '');
    const exists = confinedFileExists(path.join(root, 'case', 'request.md'), [path.join(root, 'case')]);
    assert.equal(exists('annexes/A1.pdf'), true);
    assert.equal(exists('annexes/A2.pdf'), false);
    assert.equal(exists('../outside.pdf'), undefined);
    assert.equal(exists('annexes/../../outside.pdf'), undefined);
    assert.equal(exists(path.join(root, 'outside.pdf')), undefined);
  });

  it('the check says a file elsewhere is not looked for, and never asks about an absolute path or a share', () => {
    const asked: string[] = [];
    const text = [
      '---',
      'submission: ccf-request',
      'exhibits:',
      '  - id: A1',
      '    file: \\\\host\\share\\A1.pdf',
      '  - id: A2',
      '    file: /etc/passwd',
      '  - id: A3',
      '    file: ../../elsewhere/A3.pdf',
      '---',
      '',
    ].join('\n');
    const findings = checkSubmission(parseSubmission(text), {
      today: TODAY,
      fileExists: (p) => (asked.push(p), p.startsWith('..') ? undefined : true),
    });
    assert.deepEqual(asked, ['../../elsewhere/A3.pdf']);
    const notLooked = findings.filter((f) => /is not looked for/.test(f.message));
    assert.equal(notLooked.length, 3);
    assert.ok(notLooked.every((f) => f.severity === 'information'));
  });
});
