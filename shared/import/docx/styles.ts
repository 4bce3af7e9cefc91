// Paragraph styles (styles.xml) resolved along basedOn: alignment, numbering, outline level, size, bold.
import type { Element } from '@xmldom/xmldom';
import { attr, child, childrenOf, flag, val } from './xml';
import { numPrOf } from './numbering';
import type { FontRole } from '../../model/blocks';
import { fontRole } from './fonts';

export interface StyleProps {
  jc?: string;
  num?: { numId: string; ilvl: number };
  outline?: number;
  sizePt?: number;
  bold?: boolean;
  font?: FontRole;
}

export class Styles {
  private readonly raw = new Map<string, Element>();
  private readonly cache = new Map<string, StyleProps>();
  private defaultParagraph?: string;

  constructor(root: Element | undefined) {
    if (!root) return;
    for (const s of childrenOf(root, 'w', 'style')) {
      const id = attr(s, 'w', 'styleId');
      if (!id) continue;
      this.raw.set(id, s);
      if (attr(s, 'w', 'type') === 'paragraph' && attr(s, 'w', 'default') === '1') this.defaultParagraph = id;
    }
  }

  get(id: string | undefined, depth = 0): StyleProps {
    const key = id ?? this.defaultParagraph;
    if (!key || depth > 20) return {};
    const cached = this.cache.get(key);
    if (cached) return cached;
    const el = this.raw.get(key);
    if (!el) return {};
    const base = this.get(val(el, 'basedOn'), depth + 1);
    const pPr = child(el, 'w', 'pPr');
    const rPr = child(el, 'w', 'rPr');
    const props: StyleProps = { ...base };
    const jc = val(pPr, 'jc');
    if (jc) props.jc = jc;
    const num = numPrOf(pPr);
    if (num) props.num = { numId: num.numId ?? base.num?.numId, ilvl: num.ilvl };
    const outline = val(pPr, 'outlineLvl');
    const name = (val(el, 'name') ?? '').toLowerCase();
    const headingName = /^heading (\d)$|^标题 ?(\d)$/.exec(name);
    if (outline !== undefined) props.outline = Number(outline);
    else if (headingName) props.outline = Number(headingName[1] ?? headingName[2]) - 1;
    const sz = val(rPr, 'sz');
    if (sz) props.sizePt = Number(sz) / 2;
    const font = fontRole(attr(child(rPr, 'w', 'rFonts'), 'w', 'eastAsia'));
    if (font) props.font = font;
    const b = flag(rPr, 'b');
    if (b !== undefined) props.bold = b;
    this.cache.set(key, props);
    return props;
  }
}
