// The one model of an issue (DESIGN.md "One model"). Everything — the engine, the exporters, the editor,
// the checker — reads and writes these types; the schema in ./schema.ts validates them at every boundary.
import type { Block } from './blocks';
import type { GazetteProfile } from '../profiles/profile';

export const FORMAT_VERSION = 1;

/** One entry of the 编委会 list: a title (主任, 副主任, 编委, 主编 …) and its names. */
export interface BoardEntry {
  role: string;
  names: string[];
}

/** One imprint field (主管, 主办, 编辑出版, 地址, 电话, 邮政编码, 印刷单位, 印刷日期, 印数, 准印证号 …). */
export interface ImprintField {
  key: string;
  value: string;
}

export interface GazetteMeta {
  /** 刊名, e.g. 示例市人民政府公报 */
  name: string;
  /** Pinyin name on the cover, e.g. SHILISHI RENMIN ZHENGFU GONGBAO */
  pinyinName?: string;
  year: number;
  /** 第N期 */
  issue: number;
  /** 总第M期 */
  cumulative?: number;
  /** Publication date: YYYY-MM or YYYY-MM-DD */
  publishDate?: string;
  /** 月刊, 季刊 … */
  periodicity?: string;
  /** 办刊宗旨, e.g. ["传达政令", "宣传政策", "指导工作", "服务全市"] */
  motto?: string[];
  editorialBoard?: BoardEntry[];
  imprint?: ImprintField[];
  /** Back-cover statement (e.g. the 立法法 standard-text statement). */
  backStatement?: string;
  /** 内部资料 免费交流 and its 准印证号, printed on the cover when set. */
  internalPermit?: string;
}

export type ArticleKind = 'document' | 'interpretation' | 'speech' | 'chronicle' | 'appointment' | 'other';

export interface ArticleMeta {
  /** 标题 as one string; titleLines, when set, are the clerk's line breaks by meaning. */
  title: string;
  titleLines?: string[];
  /** 文号, e.g. 示政发〔2024〕3号 */
  docNo?: string;
  /** 主送机关, ending in "：" */
  recipients?: string;
  /** 署名 (发文机关) */
  signer?: string;
  /** 成文日期, ISO YYYY-MM-DD */
  date?: string;
  /** 附注, e.g. （此件公开发布） */
  note?: string;
  /** 公开属性: 主动公开 / 依申请公开 / 不予公开 */
  openness?: string;
  /** For a speech: the speaker as the 目录 names them (the body prints a speaker line instead). */
  speaker?: string;
  /** A different title for the 目录 (a speech's entry names the speaker); the body title is used when absent. */
  tocTitle?: string;
}

/** Where a recognised field came from, so the editor can show it and the clerk can correct it. */
export interface FieldSource {
  confidence: number;
  /** 1-based line numbers (text) or paragraph indexes (docx) in the source */
  lines: number[];
  rule?: string;
}

export interface ArticleSource {
  /** File name the article was imported from (no folders). */
  file: string;
  fields?: Partial<Record<keyof ArticleMeta | 'kind', FieldSource>>;
  /** Messages from the importer (tracked changes resolved, paragraphs joined …). */
  notes?: string[];
}

export interface Article {
  id: string;
  kind: ArticleKind;
  meta: ArticleMeta;
  /**
   * The flow below 主送机关. When it holds no 'signature'/'date'/'note' paragraph the typesetter appends
   * meta.signer, meta.date and meta.note at the end; 印发 notices carry them in place, before the printed plan.
   */
  body: Block[];
  source?: ArticleSource;
}

export interface Section {
  id: string;
  /** 栏目 */
  title: string;
  articles: Article[];
}

export interface FrontMatter {
  cover: boolean;
  /** 编委会 page */
  board: boolean;
  /** 目录 */
  toc: boolean;
}

export interface BackMatter {
  /** Back cover with the imprint and statement. */
  backCover: boolean;
}

/** An image or other binary carried inside the .gazette file. */
export interface AssetRef {
  name: string;
  mime: string;
}

export interface Issue {
  formatVersion: typeof FORMAT_VERSION;
  meta: GazetteMeta;
  profile: GazetteProfile;
  sections: Section[];
  front: FrontMatter;
  back: BackMatter;
  assets?: AssetRef[];
}
