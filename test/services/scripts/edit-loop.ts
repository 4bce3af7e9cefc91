// Child editor for the journal test: makes an edit every few milliseconds, autosaves on a timer, prints
// "edit N" once edit N is in memory. Run as: node --import tsx edit-loop.ts <file> <userData> <intervalMs>
import { createAutosaveTimer } from '../../../shared/api/autosave-timer';
import { ProjectStore } from '../../../electron/services/project-store';
import { makeIssue } from '../make-issue';

const [file, userData, intervalText] = process.argv.slice(2);
const store = new ProjectStore({ userData: userData! });
const doc = await store.open(file!);
let issue = doc.issue;
const timer = createAutosaveTimer(Number(intervalText), async () => {
  const started = performance.now();
  await store.autosave(doc.id, issue, '示例');
  // How long a journal write took on this (possibly busy) machine: the test widens its margin by it.
  process.stdout.write(`flushed ${Math.ceil(performance.now() - started)}\n`);
});
process.stdout.write('ready\n');
let n = 0;
setInterval(() => {
  n += 1;
  const next = makeIssue(`edit-${n}`, 1, 2);
  // Each edit appends an article, so the journal shows exactly which edits it holds.
  const articles = [...issue.sections[0]!.articles, { ...next.sections[0]!.articles[0]!, id: `e${n}` }];
  issue = { ...issue, sections: [{ ...issue.sections[0]!, articles }] };
  timer.markDirty();
  process.stdout.write(`edit ${n}\n`);
}, 10);
