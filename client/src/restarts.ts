// What to do when the language server's process dies: restart it, a few times at most. Kept apart
// from VS Code so that the policy is tested on its own (test/unit/restarts.test.ts).

/** Restarts allowed within the window; one more death in it and the server stays stopped. */
export const MAX_RESTARTS = 3;
export const RESTART_WINDOW_MS = 3 * 60 * 1000;

export interface CloseDecision {
  restart: boolean;
  /** What the user is told, if anything: once when it is first restarted, once when it is given up. */
  tell?: 'restarted' | 'stopped';
}

export class RestartPolicy {
  private deaths: number[] = [];
  private toldRestarted = false;

  constructor(
    private readonly max = MAX_RESTARTS,
    private readonly windowMs = RESTART_WINDOW_MS,
    private readonly now: () => number = Date.now,
  ) {}

  closed(): CloseDecision {
    const t = this.now();
    this.deaths = this.deaths.filter((d) => t - d < this.windowMs);
    this.deaths.push(t);
    if (this.deaths.length > this.max) return { restart: false, tell: 'stopped' };
    if (this.toldRestarted) return { restart: true };
    this.toldRestarted = true;
    return { restart: true, tell: 'restarted' };
  }
}
