// `gazette build --docx` on the sample issue, and the page set-up derived from another profile (16开).
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { writeDocx } from '../../shared/export/docx/write-docx';
import { getProfile } from '../../shared/profiles';
import { runGazette } from '../helpers/run-cli';
import { repoRoot } from '../helpers/paths';
import { fixtureIssue } from './fixture-issue';
import { all, attr, bodyParagraphs, first, paraStyle, paraText, readDocx, styleById } from './read-docx';

test('gazette build --docx writes the sample issue with its documents and a numbered 目录', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gazette-docx-cli-'));
  const out = path.join(dir, 'sample.docx');
  const run = runGazette(['build', path.join(repoRoot, 'sample/manifest.json'), '--docx', out]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const doc = readDocx(readFileSync(out)).xml('word/document.xml');
  const titles = bodyParagraphs(doc).filter((p) => paraStyle(p) === 'Title').map((p) => paraText(p).replace(/\n/g, ''));
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'sample/manifest.json'), 'utf8')) as { sections: Array<{ articles: string[] }> };
  expect(titles.length).toBe(manifest.sections.reduce((n, s) => n + s.articles.length, 0));
  const numbers = all(doc, 'fldSimple').filter((f) => /PAGEREF/.test(attr(f, 'instr') ?? '')).map((f) => Number(paraText(f)));
  expect(numbers.length).toBe(titles.length);
  expect(numbers[0]).toBe(1);
  expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
});

test('the 16开 profile: its own paper, margins and grid, tracking for its characters per line', async () => {
  const issue = fixtureIssue();
  issue.profile = getProfile('gazette-16k');
  const { page, grid } = issue.profile;
  const docx = readDocx(await writeDocx(issue, null));
  const sectPr = all(docx.xml('word/document.xml'), 'sectPr')[0]!;
  const twips = (mm: number) => Math.round((mm * 1440) / 25.4);
  expect(attr(first(sectPr, 'pgSz'), 'w')).toBe(String(twips(page.width)));
  expect(attr(first(sectPr, 'pgSz'), 'h')).toBe(String(twips(page.height)));
  expect(attr(first(sectPr, 'pgMar'), 'left')).toBe(String(twips(page.margins.left)));
  const typeHeight = twips(page.height) - twips(page.margins.top) - twips(page.margins.bottom);
  expect(Number(attr(first(sectPr, 'docGrid'), 'linePitch'))).toBe(Math.floor(typeHeight / grid.linesPerPage));
  // charsPerLine characters of (size + tracking) fit the type width, one more would not.
  const normal = styleById(docx.xml('word/styles.xml'), 'Normal')!;
  const advance = grid.fontSize * 20 + Number(attr(first(first(normal, 'rPr')!, 'spacing'), 'val') ?? 0);
  const typeWidth = twips(page.width) - twips(page.margins.left) - twips(page.margins.right);
  expect(advance * grid.charsPerLine).toBeLessThanOrEqual(typeWidth);
  expect(advance * (grid.charsPerLine + 1)).toBeGreaterThan(typeWidth);
});

test('an image block with its bytes becomes an inline picture of the model\'s width; without bytes its caption stays', async () => {
  const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
  const issue = fixtureIssue();
  issue.sections[0]!.articles[1]!.body.splice(1, 0, { type: 'image', asset: 'map.png', widthMm: 50, caption: '图1 示例市区位图', children: [{ text: '' }] });
  const withBytes = readDocx(await writeDocx(issue, null, { image: (name) => (name === 'map.png' ? png : undefined) }));
  expect(Object.keys(withBytes.files).filter((f) => f.startsWith('word/media/'))).toHaveLength(1);
  const xml = withBytes.text('word/document.xml');
  const cx = Number(/<wp:extent cx="(\d+)"/.exec(xml)?.[1]);
  expect(Math.abs(cx - (50 / 25.4) * 914400)).toBeLessThan(9525); // within a pixel of 50 mm
  expect(bodyParagraphs(withBytes.xml('word/document.xml')).map(paraText)).toContain('图1 示例市区位图');
  // The picture's paragraph must not keep the exact grid line height, which would crop it.
  const picture = bodyParagraphs(withBytes.xml('word/document.xml')).find((p) => all(p, 'drawing').length > 0)!;
  expect(attr(first(picture, 'spacing'), 'lineRule')).toBe('auto');
  const without = readDocx(await writeDocx(issue, null));
  expect(Object.keys(without.files).filter((f) => f.startsWith('word/media/'))).toHaveLength(0);
  expect(bodyParagraphs(without.xml('word/document.xml')).map(paraText)).toContain('图1 示例市区位图');
});

test('an issue without documents still makes a DOCX (a new, empty issue exported)', async () => {
  const issue = { ...fixtureIssue(), sections: [] };
  const docx = readDocx(await writeDocx(issue, null));
  expect(all(docx.xml('word/document.xml'), 'sectPr').length).toBeGreaterThan(0);
  expect(bodyParagraphs(docx.xml('word/document.xml')).filter((p) => paraStyle(p) === 'Title')).toHaveLength(0);
});
