// Autosave scheduling, pure so the renderer can use it around host.autosave: after a change, flush within
// `intervalMs`; flush at once on demand (window blur, before quit). Never runs two flushes at the same time;
// a change during a flush schedules another.
export interface AutosaveTimer {
  markDirty(): void;
  flushNow(): Promise<void>;
  stop(): void;
}

export function createAutosaveTimer(intervalMs: number, flush: () => Promise<void>): AutosaveTimer {
  let dirty = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;

  async function run(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    if (running) await running;
    if (!dirty || stopped) return;
    dirty = false;
    running = flush()
      .catch(() => {
        dirty = true; // try again next time rather than drop the change
      })
      .finally(() => {
        running = null;
      });
    await running;
    if (dirty) schedule();
  }

  function schedule(): void {
    if (!timer && !stopped) timer = setTimeout(() => void run(), intervalMs);
  }

  return {
    markDirty() {
      dirty = true;
      schedule();
    },
    flushNow: run,
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
