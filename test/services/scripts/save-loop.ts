// Child writer for the kill tests: saves the same project over and over through ProjectStore and prints
// "saved N" after each save returns. Run as: node --import tsx save-loop.ts <file> <userData> <from> <count>
import { ProjectStore } from '../../../electron/services/project-store';
import { makeIssue } from '../make-issue';

const [file, userData, fromText, countText] = process.argv.slice(2);
const from = Number(fromText);
const count = Number(countText);
const store = new ProjectStore({ userData: userData! });
let doc;
try {
  doc = await store.open(file!);
} catch (error) {
  process.stdout.write(`refused ${(error as Error).message}\n`);
  process.exit(2);
}
process.stdout.write('ready\n');
for (let n = from; n < from + count; n++) {
  try {
    await store.save(doc.id, makeIssue(`save-${n}`, 4, 20));
    process.stdout.write(`saved ${n}\n`);
  } catch (error) {
    process.stdout.write(`error ${(error as Error).message}\n`);
    process.exitCode = 2;
    break;
  }
}
