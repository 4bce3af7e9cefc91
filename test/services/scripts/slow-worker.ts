// A stand-in export worker for the runner tests: speaks the worker protocol of export-worker.ts, reports
// progress every 50 ms and finishes after `steps` steps with bytes that say which job it ran.
process.once('message', (raw) => {
  const request = raw as { job: { kind: string; issue: { meta: { backStatement?: string } } } };
  const steps = Number(process.env.SLOW_STEPS ?? '10');
  let step = 0;
  const timer = setInterval(() => {
    step += 1;
    process.send!({ type: 'progress', fraction: step / steps, stage: '排版' });
    if (step === steps) {
      clearInterval(timer);
      const text = `${request.job.kind}:${request.job.issue.meta.backStatement ?? ''}`;
      process.send!({ type: 'done', bytes: new TextEncoder().encode(text) }, () => process.disconnect());
    }
  }, 50);
});
