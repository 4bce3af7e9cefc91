// Preloaded (node --require) into the spawned `gazette build` the bench times: on exit it writes the
// process's own CPU time and peak memory to stderr in one marked line, so the bench reads the command's
// figures without /usr/bin/time.
process.on('exit', () => {
  const u = process.resourceUsage();
  process.stderr.write(`\nGAZETTE-USAGE ${JSON.stringify({ userMs: u.userCPUTime / 1000, systemMs: u.systemCPUTime / 1000, maxRssKb: u.maxRSS })}\n`);
});
