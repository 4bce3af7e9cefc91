// Events for long-polling browser clients: numbered, the last few hundred kept, a poll waits until there is
// something newer than what the client has seen (or a timeout, when it gets an empty list and asks again).
import type { HostEvent } from '../../shared/api/events';

const KEEP = 500;

export class EventQueue {
  private events: { seq: number; event: HostEvent }[] = [];
  private seq = 0;
  private waiters = new Set<() => void>();

  push(event: HostEvent): void {
    this.seq += 1;
    this.events.push({ seq: this.seq, event });
    if (this.events.length > KEEP) this.events.splice(0, this.events.length - KEEP);
    for (const wake of [...this.waiters]) wake();
  }

  /** Events after `after` (-1: none of the past, only what comes next); waits up to `timeoutMs` for one. */
  async poll(after: number, timeoutMs: number, signal?: AbortSignal): Promise<{ next: number; events: HostEvent[] }> {
    const from = after < 0 ? this.seq : after;
    const take = () => this.events.filter((e) => e.seq > from).map((e) => e.event);
    if (take().length === 0) {
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          this.waiters.delete(done);
          signal?.removeEventListener('abort', done);
          resolve();
        };
        const timer = setTimeout(done, timeoutMs);
        this.waiters.add(done);
        signal?.addEventListener('abort', done);
      });
    }
    return { next: this.seq, events: take() };
  }
}
