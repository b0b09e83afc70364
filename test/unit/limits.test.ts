// The size limit the command line shares with the editor, and how --max-size reads.
import { strict as assert } from 'node:assert';
import { parseSize } from '../../server/src/service/limits';

describe('--max-size', () => {
  it('reads a number of characters, with k and m', () => {
    assert.equal(parseSize('3000000'), 3_000_000);
    assert.equal(parseSize('500k'), 500_000);
    assert.equal(parseSize('5M'), 5_000_000);
    assert.equal(parseSize('1.5m'), 1_500_000);
    for (const bad of ['', 'big', '-1', '0', '5g', '1e9']) assert.throws(() => parseSize(bad), /--max-size/, bad);
  });
});
