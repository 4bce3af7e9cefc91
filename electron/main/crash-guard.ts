// A crashed renderer is reloaded, but not forever: a page that crashes again and again on load would
// otherwise spin. More than `limit` crashes within `windowMs` stops the reloading.
export interface CrashGuard {
  shouldReload(now: number): boolean;
}

export function createCrashGuard(limit = 3, windowMs = 60_000): CrashGuard {
  const times: number[] = [];
  return {
    shouldReload(now) {
      times.push(now);
      while (times.length && times[0]! < now - windowMs) times.shift();
      return times.length <= limit;
    },
  };
}
