import { readFileSync } from 'node:fs';
import { test } from 'vitest';
import { readPdf } from './read-pdf';
test('probe', async () => {
  const r = await readPdf(new Uint8Array(readFileSync('/tmp/g003/out.pdf')));
  for (const n of [0, 2, 3, 4]) {
    const p = r.pages[n]!;
    console.log(n + 1, p.width, p.height, JSON.stringify(p.lines.slice(0, 6).map((l) => [l.y.toFixed(1), l.x.toFixed(1), l.right.toFixed(1), l.text])));
  }
  console.log(JSON.stringify(r.outline).slice(0, 300), r.info, r.links.slice(0, 2));
});
