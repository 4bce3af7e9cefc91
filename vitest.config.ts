import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores on the build machines: keep heavy suites from starving each other.
    maxWorkers: 2,
    // The editor tests poll the page for what a keystroke or a drop produced. On a loaded two-core CI machine a
    // commit can take longer than vitest's 1 s default, and a poll that gives up early leaves the late change to
    // land in the next test's document; 10 s only delays a real failure.
    expect: { poll: { timeout: 10_000 } },
  },
});
