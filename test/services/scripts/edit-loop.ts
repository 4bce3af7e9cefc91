// Child editor for the journal test: makes an edit every few milliseconds, autosaves on a timer, prints
// "edit N" once edit N is in memory, and after each journal write "flushed <N> <ms>": the last edit it held
// and how long that edit could have waited (timer delay on a busy machine + the write itself).
// Run as: node --import tsx edit-loop.ts <file> <userData> <intervalMs>
import { createAutosaveTimer } from '../../../shared/api/autosave-timer';
import { ProjectStore } from '../../../electron/services/project-store';
import { makeIssue } from '../make-issue';

const [file, userData, intervalText] = process.argv.slice(2);
const store = new ProjectStore({ userData: userData! });
const doc = await store.open(file!);
let issue = doc.issue;
let n = 0;
let dirtySince: number | null = null;
const timer = createAutosaveTimer(Number(intervalText), async () => {
  const held = n;
  const since = dirtySince ?? performance.now();
  dirtySince = null;
  await store.autosave(doc.id, issue, '示例');
  process.stdout.write(`flushed ${held} ${Math.ceil(performance.now() - since)}\n`);
});
process.stdout.write('ready\n');
setInterval(() => {
  n += 1;
  const next = makeIssue(`edit-${n}`, 1, 2);
  // Each edit appends an article, so the journal shows exactly which edits it holds.
  const articles = [...issue.sections[0]!.articles, { ...next.sections[0]!.articles[0]!, id: `e${n}` }];
  issue = { ...issue, sections: [{ ...issue.sections[0]!, articles }] };
  dirtySince ??= performance.now();
  timer.markDirty();
  process.stdout.write(`edit ${n}\n`);
}, 10);
