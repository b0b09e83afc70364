// The client restarts a server that died a few times at most, and says so once (client/src/restarts.ts).
import { strict as assert } from 'node:assert';
import { MAX_RESTARTS, RESTART_WINDOW_MS, RestartPolicy } from '../../client/src/restarts';

describe('server restarts', () => {
  it('restarts up to MAX_RESTARTS times in the window, tells once, then stops and says so', () => {
    let now = 0;
    const policy = new RestartPolicy(MAX_RESTARTS, RESTART_WINDOW_MS, () => now);
    const decisions = [];
    for (let i = 0; i <= MAX_RESTARTS; i++) {
      decisions.push(policy.closed());
      now += 1000;
    }
    assert.deepEqual(decisions.slice(0, MAX_RESTARTS).map((d) => d.restart), Array(MAX_RESTARTS).fill(true));
    assert.deepEqual(decisions.map((d) => d.tell).filter(Boolean), ['restarted', 'stopped']);
    assert.equal(decisions[MAX_RESTARTS].restart, false);
  });

  it('forgets deaths older than the window', () => {
    let now = 0;
    const policy = new RestartPolicy(2, 1000, () => now);
    for (let i = 0; i < 10; i++) {
      assert.equal(policy.closed().restart, true, `death ${i}`);
      now += 600;
    }
  });
});
