// The JSON form `gazette import` prints: one object per article (README "gazette import").
import type { Article } from '../model/issue';
import type { Block } from '../model/blocks';

export interface ImportedArticleJson {
  source: string;
  title: string;
  docNo: string | null;
  recipients: string | null;
  signer: string | null;
  date: string | null;
  note: string | null;
  kind: Article['kind'];
  blocks: Block[];
  /** The 目录 title when it differs from the body title (a speech's entry names the speaker). */
  tocTitle?: string;
  speaker?: string;
  fields?: NonNullable<Article['source']>['fields'];
}

export function articleToImportJson(article: Article, source: string): ImportedArticleJson {
  const m = article.meta;
  return {
    source,
    title: m.title,
    docNo: m.docNo ?? null,
    recipients: m.recipients ?? null,
    signer: m.signer ?? null,
    date: m.date ?? null,
    note: m.note ?? null,
    kind: article.kind,
    blocks: article.body,
    ...(m.tocTitle ? { tocTitle: m.tocTitle } : {}),
    ...(m.speaker ? { speaker: m.speaker } : {}),
    ...(article.source?.fields ? { fields: article.source.fields } : {}),
  };
}
