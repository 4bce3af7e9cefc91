// Named paragraph and character styles, one per 公文 element, built from the profile's element styles.
// The body style is Word's Normal (shown as 正文 in Chinese Word) and the title restyles the built-in Title
// (shown as 标题), so the clerk sees the names Word already uses; every other element has a style of its own.
import { AlignmentType, LineRuleType, type IParagraphStyleOptions, type ICharacterStyleOptions } from 'docx';
import type { Align, FontRole } from '../../model/blocks';
import type { ElementStyle, GazetteProfile } from '../../profiles/profile';
import { runFonts } from './fonts';
import { charSpacing, charTwips, sizeToPt, type PageMetrics } from './units';

export interface StyleSpec {
  id: string;
  name: string;
  /** Outline level shown in Word's navigation pane: 0 栏目, 1 document title, deeper for headings. */
  outline?: number;
  /** Line height other than the grid pitch (tables, page furniture): multiple of the font size. */
  lineFactor?: number;
}

/** Profile style key → Word style. Keys missing from a profile get DEFAULT_ELEMENTS below. */
export const STYLE_SPECS: Record<string, StyleSpec> = {
  body: { id: 'Normal', name: 'Normal' },
  title: { id: 'Title', name: 'Title', outline: 1 },
  sectionTitle: { id: 'GzSection', name: '栏目', outline: 0 },
  docNo: { id: 'GzDocNo', name: '文号' },
  recipients: { id: 'GzRecipients', name: '主送' },
  heading1: { id: 'GzHeading1', name: '一级标题', outline: 3 },
  chapter: { id: 'GzChapter', name: '章标题', outline: 3 },
  heading2: { id: 'GzHeading2', name: '二级标题', outline: 4 },
  heading3: { id: 'GzHeading3', name: '三级标题', outline: 5 },
  heading4: { id: 'GzHeading4', name: '四级标题', outline: 6 },
  subtitle: { id: 'GzSubtitle', name: '题注' },
  embeddedTitle: { id: 'GzEmbeddedTitle', name: '印发文件标题', outline: 2 },
  attachment: { id: 'GzAttachment', name: '附件说明' },
  attachmentLabel: { id: 'GzAttachmentLabel', name: '附件标识' },
  signature: { id: 'GzSignature', name: '署名' },
  date: { id: 'GzDate', name: '成文日期' },
  note: { id: 'GzNote', name: '附注' },
  speaker: { id: 'GzSpeaker', name: '讲话人' },
  speechDate: { id: 'GzSpeechDate', name: '讲话日期' },
  chronicle: { id: 'GzChronicle', name: '大事记' },
  appointment: { id: 'GzAppointment', name: '人事任免' },
  copyTo: { id: 'GzCopyTo', name: '抄送' },
  tableTitle: { id: 'GzTableTitle', name: '表格标题' },
  tableNote: { id: 'GzTableNote', name: '表注' },
  tableText: { id: 'GzTableText', name: '表格文字', lineFactor: 1.45 },
  tableHeader: { id: 'GzTableHeader', name: '表头文字', lineFactor: 1.45 },
  boxTitle: { id: 'GzBoxTitle', name: '专栏标题' },
  tocHeading: { id: 'GzTocHeading', name: '目录标题' },
  tocSection: { id: 'GzTocSection', name: '目录栏目' },
  tocEntry: { id: 'GzTocEntry', name: '目录条目' },
  tocDocNo: { id: 'GzTocDocNo', name: '目录文号' },
  coverName: { id: 'GzCoverName', name: '封面刊名' },
  coverPinyin: { id: 'GzCoverPinyin', name: '封面拼音' },
  coverIssue: { id: 'GzCoverIssue', name: '封面期号' },
  coverMotto: { id: 'GzCoverMotto', name: '办刊宗旨' },
  boardHeading: { id: 'GzBoardHeading', name: '编委会标题' },
  boardEntry: { id: 'GzBoardEntry', name: '编委会条目' },
  imprint: { id: 'GzImprint', name: '版权项' },
  backStatement: { id: 'GzBackStatement', name: '封底声明' },
  runningHead: { id: 'GzRunningHead', name: '书眉', lineFactor: 1.3 },
  folio: { id: 'GzFolio', name: '页码', lineFactor: 1.3 },
};

const DEFAULT_ELEMENTS: Record<string, ElementStyle> = {
  body: { font: 'fang', size: '三号', align: 'justify', indent: 2 },
  title: { font: 'title', size: '二号', align: 'center', keepWithNext: true },
  sectionTitle: { font: 'hei', size: '三号', align: 'left' },
  tableText: { font: 'fang', size: '四号', align: 'center' },
  tableHeader: { font: 'hei', size: '四号', align: 'center' },
  boxTitle: { font: 'hei', size: '三号', align: 'center', keepWithNext: true },
  coverName: { font: 'title', size: 42, align: 'center' },
  coverPinyin: { font: 'latin', size: '四号', align: 'center' },
  coverIssue: { font: 'song', size: '三号', align: 'center' },
  coverMotto: { font: 'kai', size: '三号', align: 'center' },
  boardHeading: { font: 'title', size: '二号', align: 'center', spaceAfter: 1 },
  boardEntry: { font: 'fang', size: '三号', align: 'left', indent: 0, hanging: 5 },
  imprint: { font: 'fang', size: '四号', align: 'left', indent: 0, hanging: 5 },
  backStatement: { font: 'fang', size: '四号', align: 'justify', indent: 2 },
  runningHead: { font: 'song', size: '五号', align: 'left' },
  folio: { font: 'song', size: '四号', align: 'center' },
};

/** Character styles for runs set in another role than their paragraph (a run-in （一） heading in 楷体). */
export const CHARACTER_STYLES: Record<FontRole, { id: string; name: string }> = {
  song: { id: 'GzCharSong', name: '宋体字' },
  fang: { id: 'GzCharFang', name: '仿宋字' },
  hei: { id: 'GzCharHei', name: '黑体字' },
  kai: { id: 'GzCharKai', name: '楷体字' },
  title: { id: 'GzCharTitle', name: '小标宋字' },
  latin: { id: 'GzCharLatin', name: '西文字' },
};

export function elementStyle(profile: GazetteProfile, key: string): ElementStyle {
  return profile.styles[key] ?? DEFAULT_ELEMENTS[key] ?? profile.styles.body ?? DEFAULT_ELEMENTS.body!;
}

export function styleId(key: string): string {
  const spec = STYLE_SPECS[key];
  if (!spec) throw new Error(`unknown style key ${key}`);
  return spec.id;
}

const ALIGN = {
  justify: AlignmentType.BOTH,
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

export const alignment = (align: Align | undefined) => ALIGN[align ?? 'justify'];

/** Line height of a style: the grid pitch, or whole multiples of it for large type; furniture and tables their own. */
export function lineTwips(metrics: PageMetrics, sizePt: number, lineFactor?: number): number {
  if (lineFactor) return Math.round(sizePt * 20 * lineFactor);
  return metrics.linePitch * Math.max(1, Math.ceil((sizePt * 20 * 1.15) / metrics.linePitch));
}

function paragraphStyle(profile: GazetteProfile, metrics: PageMetrics, key: string, spec: StyleSpec): IParagraphStyleOptions {
  const el = elementStyle(profile, key);
  const sizePt = sizeToPt(el.size);
  const ch = charTwips(metrics, sizePt);
  // As the engine reads them: indent = first line, hanging = where continuation lines start, both from the left.
  const first = (el.indent ?? 0) * ch;
  const rest = (el.hanging ?? 0) * ch;
  const line = lineTwips(metrics, sizePt, spec.lineFactor);
  return {
    id: spec.id,
    name: spec.name,
    ...(spec.id === 'Normal' ? {} : { basedOn: 'Normal', next: 'Normal' }),
    quickFormat: true,
    run: {
      font: runFonts(profile, el.font),
      size: Math.round(sizePt * 2),
      sizeComplexScript: Math.round(sizePt * 2),
      bold: el.bold ?? false,
      ...(charSpacing(metrics, sizePt) !== 0 ? { characterSpacing: charSpacing(metrics, sizePt) } : {}),
      language: { value: 'en-US', eastAsia: 'zh-CN' },
    },
    paragraph: {
      alignment: alignment(el.align),
      // Every property is written, so nothing leaks from Normal (the body's 2-char indent) into other elements.
      indent: {
        left: rest,
        ...(first >= rest ? { firstLine: first - rest } : { hanging: rest - first }),
        right: (el.rightIndent ?? 0) * ch,
      },
      spacing: {
        before: (el.spaceBefore ?? 0) * metrics.linePitch,
        after: (el.spaceAfter ?? 0) * metrics.linePitch,
        line,
        lineRule: LineRuleType.EXACT,
      },
      keepNext: el.keepWithNext ?? false,
      keepLines: spec.outline !== undefined,
      ...(spec.outline !== undefined ? { outlineLevel: spec.outline } : {}),
    },
  };
}

export interface DocStyles {
  title: Omit<IParagraphStyleOptions, 'id'>;
  paragraphStyles: IParagraphStyleOptions[];
  characterStyles: ICharacterStyleOptions[];
  /** Styles whose lines must not snap to the line grid (any size but the body's). */
  offGrid: Set<string>;
}

export function buildStyles(profile: GazetteProfile, metrics: PageMetrics): DocStyles {
  const all = Object.entries(STYLE_SPECS).map(([key, spec]) => paragraphStyle(profile, metrics, key, spec));
  const { id: _id, ...title } = all.find((s) => s.id === 'Title')!;
  const offGrid = new Set(
    Object.entries(STYLE_SPECS)
      .filter(([key, spec]) => spec.lineFactor !== undefined || sizeToPt(elementStyle(profile, key).size) !== profile.grid.fontSize)
      .map(([, spec]) => spec.id),
  );
  return {
    offGrid,
    title,
    paragraphStyles: all.filter((s) => s.id !== 'Title'),
    characterStyles: (Object.keys(CHARACTER_STYLES) as FontRole[]).map((role) => ({
      id: CHARACTER_STYLES[role].id,
      name: CHARACTER_STYLES[role].name,
      basedOn: 'DefaultParagraphFont',
      quickFormat: true,
      run: { font: runFonts(profile, role) },
    })),
  };
}
