// The corpus as issues for the checker: each seed's article files imported as the source has them
// (normalize:false), grouped into the 栏目 of its truth file, with the seed lines kept for line checks.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importDocument } from '../../shared/import/import-document';
import { FORMAT_VERSION, type Article, type Issue } from '../../shared/model/issue';
import { getProfile } from '../../shared/profiles/index';
import { corpusDir } from '../helpers/paths';

export const SEEDS = ['000_63a1460c37b6d648', '001_b03f16fc08b0e482', '003_d33ab35c47177a2a'];

interface Truth {
  seedFile: string;
  articleFile?: string;
  sections?: Array<{ name: string; entries: number[] }>;
  entries?: Array<{ seq: number; articleFile: string; docNumber: string | null }>;
}

export interface CorpusIssue {
  seed: string;
  issue: Issue;
  seedLines: string[];
  truth: Truth;
}

export function loadCorpusIssue(seed: string): CorpusIssue {
  const truthFile = path.join(corpusDir, 'truth', `${seed}.json`);
  const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as Truth;
  const resolve = (rel: string) => path.resolve(path.dirname(truthFile), rel);
  const load = (rel: string, prefix: string): Article[] => {
    const file = resolve(rel);
    return importDocument(new Uint8Array(readFileSync(file)), path.basename(file), { normalize: false, idPrefix: prefix }).articles;
  };
  const sections = truth.sections
    ? truth.sections.map((s, i) => ({
        id: `s${i + 1}`,
        title: s.name,
        articles: s.entries.flatMap((seq) => load(truth.entries!.find((e) => e.seq === seq)!.articleFile, `${seed.slice(0, 3)}-${seq}-`)),
      }))
    : [{ id: 's1', title: '', articles: load(truth.articleFile!, `${seed.slice(0, 3)}-1-`) }];
  const issue: Issue = {
    formatVersion: FORMAT_VERSION,
    meta: { name: seed, year: 2022, issue: 1 },
    profile: getProfile(),
    sections,
    front: { cover: false, board: false, toc: false },
    back: { backCover: false },
  };
  return { seed, issue, truth, seedLines: readFileSync(resolve(truth.seedFile), 'utf8').split('\n') };
}
