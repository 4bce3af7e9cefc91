// The autosave schedule: one flush per burst of changes, immediate flush on demand, never two at once,
// a failed flush retried.
import { describe, expect, it } from 'vitest';
import { createAutosaveTimer } from '../../shared/api/autosave-timer';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('createAutosaveTimer', () => {
  it('flushes once for a burst of changes, and not at all without one', async () => {
    let flushes = 0;
    const timer = createAutosaveTimer(30, async () => void flushes++);
    await wait(80);
    expect(flushes).toBe(0);
    for (let i = 0; i < 5; i++) timer.markDirty();
    await wait(100);
    expect(flushes).toBe(1);
    timer.stop();
  });

  it('flushNow writes at once (window blur) and never overlaps flushes', async () => {
    let running = 0;
    let overlapped = false;
    let flushes = 0;
    const timer = createAutosaveTimer(10_000, async () => {
      running++;
      if (running > 1) overlapped = true;
      await wait(20);
      flushes++;
      running--;
    });
    timer.markDirty();
    const first = timer.flushNow();
    timer.markDirty();
    const second = timer.flushNow();
    await Promise.all([first, second]);
    expect(flushes).toBe(2);
    expect(overlapped).toBe(false);
    timer.stop();
  });

  it('retries a failed flush', async () => {
    let attempts = 0;
    const timer = createAutosaveTimer(20, async () => {
      attempts++;
      if (attempts === 1) throw new Error('disk full');
    });
    timer.markDirty();
    await wait(120);
    expect(attempts).toBe(2);
    timer.stop();
  });
});
