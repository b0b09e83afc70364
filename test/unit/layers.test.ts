// The import graph points down (ARCHITECTURE.md, .dependency-cruiser.cjs): a lower layer never
// imports a higher one, the client reaches the server only through the protocol, and no file of the
// server imports VS Code.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../helpers';

describe('layers', () => {
  it('no import points up, and none goes round in a circle', function () {
    this.timeout(60_000);
    const bin = path.join(ROOT, 'node_modules/.bin/depcruise');
    const run = spawnSync(bin, ['server/src', 'client/src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 0, `${run.stdout}${run.stderr}`);
  });

  it('the rules are enforced: a probe importing upwards is reported', function () {
    this.timeout(60_000);
    // A configuration that forbids nothing would pass the test above: cruise a small tree whose
    // data/ imports rules/ and whose client imports the parser, and expect both to be caught.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layers-'));
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    };
    write('server/src/rules/index.ts', 'export const x = 1;\n');
    write('server/src/core/parse.ts', 'export const y = 2;\n');
    write('server/src/data/probe.ts', "import { x } from '../rules/index';\nexport const z = x;\n");
    write('client/src/probe.ts', "import { y } from '../../server/src/core/parse';\nexport const w = y;\n");
    write('tsconfig.json', '{"compilerOptions": {"module": "preserve", "moduleResolution": "bundler"}}\n');
    fs.copyFileSync(path.join(ROOT, '.dependency-cruiser.cjs'), path.join(dir, '.dependency-cruiser.cjs'));
    const bin = path.join(ROOT, 'node_modules/.bin/depcruise');
    const run = spawnSync(bin, ['server/src', 'client/src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], { cwd: dir, encoding: 'utf8' });
    fs.rmSync(dir, { recursive: true, force: true });
    assert.notEqual(run.status, 0, 'the probe passed the layer check');
    assert.match(run.stdout + run.stderr, /data-points-down/);
    assert.match(run.stdout + run.stderr, /client-through-protocol/);
  });
});
