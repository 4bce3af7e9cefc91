// Every Word/WPS sample of ../shared/corpus/docx imports with a title and a body (.doc/.wps through LibreOffice).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSoffice, makeOfficeConverter } from '../../electron/services/office-convert';
import { importDocument } from '../../shared/import/import-document';
import { blockText } from '../../shared/model/blocks';
import { articleSchema } from '../../shared/model/schema';
import { corpusDir, hasCorpus } from './corpus-eval';

const dir = path.join(corpusDir, 'docx');
const files = hasCorpus ? readdirSync(dir).filter((f) => /\.(docx|doc|wps)$/i.test(f)).sort() : [];
const soffice = hasCorpus ? findSoffice() : null;

describe.skipIf(!hasCorpus)('corpus Word/WPS samples', () => {
  for (const file of files) {
    const needsConverter = !file.endsWith('.docx');
    it.skipIf(needsConverter && !soffice)(`${file} imports with a title and a body`, () => {
      const result = importDocument(readFileSync(path.join(dir, file)), file, { convertOffice: makeOfficeConverter({ timeoutMs: 60000 }) });
      expect(result.articles).toHaveLength(1);
      const a = result.articles[0]!;
      const bodyText = a.body.map(blockText).join('').trim();
      console.log(`[import docx] ${file}: 《${a.meta.title}》 ${a.meta.docNo ?? '-'} ${a.meta.date ?? '-'}; ${a.body.length} blocks, ${a.body.filter((b) => b.type === 'table').length} tables, ${result.assets.length} images`);
      expect(a.meta.title.trim().length).toBeGreaterThan(1);
      expect(a.meta.title).not.toBe(file);
      expect(bodyText.length).toBeGreaterThan(0);
      const valid = articleSchema.safeParse(a);
      expect(valid.success, valid.success ? '' : JSON.stringify(valid.error.issues[0])).toBe(true);
    }, 90000);
  }
  it.runIf(!soffice)('reports that LibreOffice is missing', () => {
    console.log('[import docx] soffice not found: .doc/.wps samples skipped');
  });
});
