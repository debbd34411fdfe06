// Runs import jobs in this process after their 202, one at a time per process (the others wait
// "queued"), with a heartbeat so a restart elsewhere can tell live jobs from abandoned ones.
import type { AppContext } from '../context';
import { heartbeat } from './job-store';

type Work = () => Promise<void>;

export class JobQueue {
  private readonly waiting: { id: string; work: Work }[] = [];
  private readonly held = new Set<string>();
  private running = false;
  private timer: NodeJS.Timeout | null = null;
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly ctx: AppContext) {}

  enqueue(id: string, work: Work): void {
    this.waiting.push({ id, work });
    this.held.add(id);
    this.startHeartbeat();
    setImmediate(() => void this.pump());
  }

  /** Resolves when no job is queued or running (tests, orderly shutdown). */
  idle(): Promise<void> {
    if (!this.running && !this.waiting.length) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (let next = this.waiting.shift(); next; next = this.waiting.shift()) {
        try {
          await next.work();
        } catch (err) {
          this.ctx.log.error(`import job ${next.id} crashed`, err);
        } finally {
          this.held.delete(next.id);
        }
      }
    } finally {
      this.running = false;
      this.stopHeartbeat();
      for (const w of this.idleWaiters.splice(0)) w();
    }
  }

  private startHeartbeat() {
    if (this.timer) return;
    this.timer = setInterval(() => {
      heartbeat(this.ctx, [...this.held]).catch(() => undefined);
    }, 20_000);
    this.timer.unref();
  }

  private stopHeartbeat() {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}

const queues = new WeakMap<AppContext, JobQueue>();

/** The job queue of one server instance (keyed by its context: tests run several servers). */
export function jobQueue(ctx: AppContext): JobQueue {
  let q = queues.get(ctx);
  if (!q) queues.set(ctx, (q = new JobQueue(ctx)));
  return q;
}
