// .docx → SourceItems, from its XML: paragraphs (alignment, size, bold, automatic numbering as text), tables
// (gridSpan, vMerge, tblHeader), images; tracked changes resolved (insertions kept, deletions dropped);
// comments, headers, footers and text boxes (where 红头 art lives) are not read. A table standing in a landscape
// section (Word's way to set a wide table turned) comes in marked landscape (横排, GB/T 9704 §8).
import type { Element } from '@xmldom/xmldom';
import { InputError } from '../../errors';
import type { FontRole, TableBlock, TextLeaf } from '../../model/blocks';
import { textItem, type ImportedAsset, type SourceItem, type SourceTable, type SourceText } from '../source';
import { fontRole } from './fonts';
import { Numbering, numPrOf } from './numbering';
import { Styles } from './styles';
import { BoundedZip, XML_PART_BYTES } from './unzip';
import { ALIGN, readTable } from './docx-table';
import { mainDocumentPath, relationships, type Relationships } from './package';
import { attr, child, childrenOf, descendants, flag, is, kids, parseXml, val } from './xml';

export interface DocxRead {
  items: SourceItem[];
  warnings: string[];
  assets: ImportedAsset[];
}

const IMAGE_MIME: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', bmp: 'image/bmp' };

export function readDocx(bytes: Uint8Array, fileName: string): DocxRead {
  const zip = new BoundedZip(bytes, fileName);
  const mainPath = mainDocumentPath(zip, fileName);
  const dir = mainPath.includes('/') ? mainPath.slice(0, mainPath.lastIndexOf('/') + 1) : '';
  const rels = relationships(zip, fileName, `${dir}_rels/${mainPath.slice(dir.length)}.rels`, dir);
  const part = (type: string) => [...rels.values()].find((r) => r.type.endsWith(`/${type}`))?.target;
  const load = (path: string | undefined) => (path && zip.has(path) ? parseXml(zip.read(path, XML_PART_BYTES)!, fileName, path) : undefined);
  const doc = parseXml(zip.read(mainPath, XML_PART_BYTES)!, fileName, mainPath);
  const reader = new Reader(fileName, zip, rels, new Styles(load(part('styles'))), new Numbering(load(part('numbering'))));
  const body = child(doc, 'w', 'body');
  if (!body) throw new InputError(fileName, mainPath, '文档没有正文（w:body）');
  reader.blockContainer(body);
  // The last section's properties are the body's own w:sectPr.
  reader.endSection(child(body, 'w', 'sectPr'));
  const comments = load(part('comments'));
  if (comments && childrenOf(comments, 'w', 'comment').length) reader.warnings.push(`文档中的 ${childrenOf(comments, 'w', 'comment').length} 条批注未导入`);
  if (reader.hidden) reader.warnings.push(`文档中 ${reader.hidden} 个段落含有隐藏文字，未导入`);
  if (reader.inserted || reader.deleted) reader.warnings.push(`文档含有修订：已接受 ${reader.inserted} 处插入，删去了 ${reader.deleted} 处标记为删除的文字`);
  return { items: reader.items, warnings: reader.warnings, assets: reader.assets };
}

interface Run {
  text: string;
  bold: boolean;
  sizePt?: number;
  font?: FontRole;
  /** w:vanish: Word does not show it. */
  hidden?: boolean;
}

/** Runs merged by marks; undefined when the paragraph has one look only (nothing to keep). */
function leavesOf(runs: Run[], paragraphFont: FontRole | undefined): TextLeaf[] | undefined {
  const leaves: TextLeaf[] = [];
  for (const r of runs) {
    const text = r.text.replace(/\t/g, ' ');
    const font = r.font && r.font !== paragraphFont ? r.font : undefined;
    const last = leaves[leaves.length - 1];
    if (last && last.font === font && Boolean(last.bold) === r.bold) last.text += text;
    else leaves.push({ text, ...(font ? { font } : {}), ...(r.bold ? { bold: true } : {}) });
  }
  if (leaves.length < 2) return undefined;
  leaves[0]!.text = leaves[0]!.text.trimStart();
  leaves[leaves.length - 1]!.text = leaves[leaves.length - 1]!.text.trimEnd();
  return leaves.filter((l) => l.text !== '');
}

class Reader {
  items: SourceItem[] = [];
  warnings: string[] = [];
  assets: ImportedAsset[] = [];
  inserted = 0;
  deleted = 0;
  /** Paragraphs with hidden text that is not a 栏目 line. */
  hidden = 0;
  private paragraphNo = 0;
  /** Displayed widths (mm) of the images, by asset name. */
  private readonly widths = new Map<string, number>();
  private gap = false;
  /** A hidden 栏目 line was just read: the next text item starts a 栏目. */
  private section: string | undefined;
  /** Tables read since the last section break: their page orientation is known only where the section ends. */
  private sectionTables: TableBlock[] = [];

  constructor(
    private readonly fileName: string,
    private readonly zip: BoundedZip,
    private readonly rels: Relationships,
    private readonly styles: Styles,
    private readonly numbering: Numbering,
  ) {}

  /** w:body, w:sdtContent, w:customXml …: paragraphs and tables in order. */
  blockContainer(el: Element): void {
    for (const k of kids(el)) {
      if (is(k, 'w', 'p')) {
        this.paragraph(k);
        // A section's properties stand in the pPr of its last paragraph.
        const sectPr = child(child(k, 'w', 'pPr'), 'w', 'sectPr');
        if (sectPr) this.endSection(sectPr);
      } else if (is(k, 'w', 'tbl')) {
        const item = this.table(k);
        this.sectionTables.push(item.block);
        this.items.push(item);
      }
      else if (is(k, 'w', 'sdt')) {
        const content = child(k, 'w', 'sdtContent');
        if (content) this.blockContainer(content);
      } else if (is(k, 'w', 'customXml') || is(k, 'w', 'ins') || is(k, 'w', 'moveTo')) this.blockContainer(k);
      else if (is(k, 'w', 'del') || is(k, 'w', 'moveFrom')) this.deleted++;
    }
  }

  /** Closes a section: its tables are landscape when its page is (w:orient, or wider than high). */
  endSection(sectPr: Element | undefined): void {
    const pgSz = child(sectPr, 'w', 'pgSz');
    const w = Number(attr(pgSz, 'w', 'w'));
    const h = Number(attr(pgSz, 'w', 'h'));
    const landscape = attr(pgSz, 'w', 'orient') === 'landscape' || (w > 0 && h > 0 && w > h);
    if (landscape) for (const table of this.sectionTables) table.landscape = true;
    this.sectionTables = [];
  }

  private paragraph(p: Element): void {
    this.paragraphNo++;
    const pPr = child(p, 'w', 'pPr');
    // A paragraph mark deleted in tracked changes still leaves its text; that is fine for import.
    const style = this.styles.get(val(pPr, 'pStyle'));
    const allRuns: Run[] = [];
    const images: string[] = [];
    this.inline(p, allRuns, images, { bold: style.bold ?? false, sizePt: style.sizePt, font: style.font });
    // Hidden text is not content. A wholly hidden paragraph at outline level 0 is a 栏目 line (our DOCX export writes
    // one before the first document of each 栏目, for Word's navigation pane): it marks a boundary between documents.
    const runs = allRuns.filter((r) => !r.hidden);
    const hiddenText = allRuns.filter((r) => r.hidden).map((r) => r.text).join('').trim();
    if (hiddenText && !runs.some((r) => r.text.trim()) && Number(val(pPr, 'outlineLvl') ?? style.outline) === 0) this.section = hiddenText;
    else if (hiddenText) this.hidden++;
    let text = runs.map((r) => r.text).join('');
    const num = numPrOf(pPr) ?? style.num;
    let labelled = false;
    if (num && text.trim()) {
      const label = this.numbering.next(num.numId, num.ilvl);
      if (label) text = label + text.replace(/^\s+/, '');
      labelled = Boolean(label);
    }
    for (const asset of images) {
      const widthMm = this.widths.get(asset);
      this.items.push({ kind: 'image', block: { type: 'image', asset, ...(widthMm ? { widthMm } : {}), children: [{ text: '' }] }, lines: [this.paragraphNo] });
    }
    if (!text.trim()) {
      this.gap = true;
      return;
    }
    const jc = val(pPr, 'jc') ?? style.jc;
    const outline = val(pPr, 'outlineLvl') ?? style.outline;
    const sizes = runs.filter((r) => r.text.trim()).map((r) => r.sizePt ?? 0);
    const bold = runs.filter((r) => r.text.trim()).every((r) => r.bold);
    // Leaves only for a one-line paragraph whose text is exactly its runs (a numbering label is not a run).
    const lines = text.split('\n');
    const leaves = lines.length === 1 && !labelled ? leavesOf(runs, style.font) : undefined;
    // A line break inside a paragraph (w:br, or a raw line feed in w:t) separates lines the rules read one by one.
    for (const [i, line] of lines.entries()) {
      if (!line.trim()) continue;
      const extra: Partial<SourceText> = { whole: true };
      if (this.gap && i === 0) extra.gapBefore = true;
      if (jc && ALIGN[jc]) extra.align = ALIGN[jc];
      if (bold) extra.bold = true;
      if (sizes.length && Math.max(...sizes) > 0) extra.sizePt = Math.max(...sizes);
      if (outline !== undefined && Number(outline) < 9) extra.outlineLevel = Number(outline) + 1;
      if (leaves) extra.leaves = leaves;
      if (this.section !== undefined && i === 0) extra.section = this.section;
      this.items.push(textItem(line.replace(/\t/g, ' ').trim(), [this.paragraphNo], extra));
    }
    this.gap = false;
    this.section = undefined;
  }

  /** Runs, hyperlinks, fields, insertions; skips deletions, comments, footnote marks and text boxes. */
  private inline(el: Element, runs: Run[], images: string[], base: { bold: boolean; sizePt?: number | undefined; font?: FontRole | undefined }, field = { inInstr: false }): void {
    for (const k of kids(el)) {
      if (is(k, 'w', 'r')) {
        const rPr = child(k, 'w', 'rPr');
        // Hidden text (w:vanish) is not shown by Word, so it is not content (our export hides each 栏目 line this way).
        const hidden = flag(rPr, 'vanish') ?? false;
        const bold = flag(rPr, 'b') ?? base.bold;
        const sz = val(rPr, 'sz');
        const sizePt = sz ? Number(sz) / 2 : base.sizePt;
        const font = fontRole(attr(child(rPr, 'w', 'rFonts'), 'w', 'eastAsia')) ?? base.font;
        let text = '';
        for (const c of kids(k)) {
          if (is(c, 'w', 't')) {
            if (!field.inInstr) text += c.textContent ?? '';
          } else if (is(c, 'w', 'tab')) text += '\t';
          else if (is(c, 'w', 'br') || is(c, 'w', 'cr')) text += attr(c, 'w', 'type') === 'page' ? '' : '\n';
          else if (is(c, 'w', 'fldChar')) {
            const type = attr(c, 'w', 'fldCharType');
            field.inInstr = type === 'begin';
          } else if (is(c, 'w', 'drawing')) this.images(c, images);
          else if (is(c, 'w', 'pict')) this.vmlImages(c, images);
          else if (is(c, 'mc', 'AlternateContent')) {
            const choice = child(c, 'mc', 'Choice');
            if (choice) for (const d of descendants(choice, 'w', 'drawing')) this.images(d, images);
          } else if (is(c, 'w', 'sym')) text += String.fromCodePoint(parseInt(attr(c, 'w', 'char') ?? '20', 16) % 0xf000 || 0x20);
        }
        if (text) runs.push({ text, bold, ...(sizePt ? { sizePt } : {}), ...(font ? { font } : {}), ...(hidden ? { hidden } : {}) });
      } else if (is(k, 'w', 'ins') || is(k, 'w', 'moveTo')) {
        this.inserted++;
        this.inline(k, runs, images, base, field);
      } else if (is(k, 'w', 'del') || is(k, 'w', 'moveFrom')) this.deleted++;
      else if (is(k, 'w', 'hyperlink') || is(k, 'w', 'smartTag') || is(k, 'w', 'customXml') || is(k, 'w', 'fldSimple') || is(k, 'w', 'bdo') || is(k, 'w', 'dir')) this.inline(k, runs, images, base, field);
      else if (is(k, 'w', 'sdt')) {
        const content = child(k, 'w', 'sdtContent');
        if (content) this.inline(content, runs, images, base, field);
      }
    }
  }

  private images(drawing: Element, images: string[]): void {
    // wp:extent gives the displayed size in EMU (36 000 per mm).
    const cx = Number(attr(descendants(drawing, 'wp', 'extent')[0], 'wp', 'cx') ?? 0);
    for (const blip of descendants(drawing, 'a', 'blip')) {
      const id = attr(blip, 'r', 'embed');
      const before = images.length;
      if (id) this.asset(id, images);
      if (images.length > before && cx > 0) this.widths.set(images[images.length - 1]!, Math.round(cx / 3600) / 10);
    }
  }

  private vmlImages(pict: Element, images: string[]): void {
    for (const img of descendants(pict, 'v', 'imagedata')) {
      const id = attr(img, 'r', 'id');
      if (id) this.asset(id, images);
    }
  }

  private asset(relId: string, images: string[]): void {
    const rel = this.rels.get(relId);
    if (!rel) return;
    const ext = rel.target.split('.').pop()?.toLowerCase() ?? '';
    const mime = IMAGE_MIME[ext];
    const bytes = mime ? this.zip.read(rel.target) : undefined;
    if (!mime || !bytes) {
      this.warnings.push(`图片 ${rel.target} 的格式（.${ext}）不支持，未导入`);
      return;
    }
    const name = `import-${this.assets.length + 1}.${ext === 'jpeg' ? 'jpg' : ext}`;
    this.assets.push({ name, mime, bytes });
    images.push(name);
  }

  private table(tbl: Element): SourceTable {
    const first = this.paragraphNo + 1;
    const block = readTable(tbl, (p) => {
      this.paragraphNo++;
      const runs: Run[] = [];
      this.inline(p, runs, [], { bold: false });
      return runs.filter((r) => !r.hidden).map((r) => r.text).join('');
    });
    return { kind: 'table', block, lines: [first, this.paragraphNo] };
  }
}
