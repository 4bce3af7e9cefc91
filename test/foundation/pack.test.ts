// `gazette pack`: a corpus gazette packs into a .gazette that opens again with identical content.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeGazette, encodeGazette } from '../../shared/model/gazette-file';
import { issueFromManifest, parseManifest } from '../../shared/model/manifest';
import { makeCorpusManifest, SEED_000 } from '../helpers/corpus-manifest';
import { corpusDir, corpusNote, hasCorpus, repoRoot } from '../helpers/paths';
import { runGazette } from '../helpers/run-cli';

function issueOf(manifestPath: string) {
  const base = path.dirname(manifestPath);
  const manifest = parseManifest(readFileSync(manifestPath, 'utf8'), manifestPath);
  return issueFromManifest(manifest, manifestPath, (rel) =>
    existsSync(path.join(base, rel)) ? readFileSync(path.join(base, rel)) : undefined,
  );
}

describe('gazette pack', () => {
  corpusNote();

  it.skipIf(!hasCorpus)('packs the 德宏 seed-000 issue and opens it again with identical content', () => {
    const manifest = makeCorpusManifest(SEED_000);
    const out = path.join(path.dirname(manifest), 'issue.gazette');
    const result = runGazette(['pack', manifest, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);

    const reopened = decodeGazette(readFileSync(out), out);
    const expected = issueOf(manifest);
    expect(reopened.issue).toEqual(expected);
    const truth = JSON.parse(readFileSync(path.join(corpusDir, 'truth', `${SEED_000}.json`), 'utf8'));
    expect(reopened.issue.sections.map((s) => [s.title, s.articles.length])).toEqual(
      truth.sections.map((s: { name: string; entries: number[] }) => [s.name, s.entries.length]),
    );
    // Every character of every source survives the trip (the text is what the importer made of it).
    const text = JSON.stringify(reopened.issue.sections);
    expect(text).toContain('德宏州人民政府');
    // Packing again gives the same bytes (compared as a boolean: a diff of two large buffers is useless).
    const again = path.join(path.dirname(manifest), 'again.gazette');
    expect(runGazette(['pack', manifest, '--out', again]).code).toBe(0);
    expect(readFileSync(again).equals(readFileSync(out))).toBe(true);
    // A decoded issue encodes to a file that decodes to the same issue.
    expect(decodeGazette(encodeGazette(reopened.issue), 'again').issue).toEqual(reopened.issue);
  });

  it('packs the project sample issue', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gazette-sample-'));
    const out = path.join(dir, 'sample.gazette');
    const result = runGazette(['pack', path.join(repoRoot, 'sample/manifest.json'), '--out', out]);
    expect(result.code).toBe(0);
    const { issue } = decodeGazette(readFileSync(out), out);
    expect(issue.meta.name).toBe('示例市人民政府公报');
    expect(issue.sections.map((s) => s.title)).toEqual(['市政府文件', '市政府办公室文件', '规范性文件', '人事任免', '大事记']);
    const articles = issue.sections.flatMap((s) => s.articles);
    expect(articles.length).toBe(7);
    // The Word document's project table stood in a landscape section: it is packed as a landscape table.
    const tables = articles.flatMap((a) => a.body.filter((b) => b.type === 'table'));
    expect(tables.filter((t) => t.type === 'table' && t.landscape).length).toBe(1);
  });
});
