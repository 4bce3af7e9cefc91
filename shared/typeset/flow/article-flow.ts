// One article → flow lines: 标题 (broken by meaning), 文号, 主送, the body blocks, then 署名 / 成文日期 / 附注
// from the meta when the body holds none (GB/T 9704 §7.3).
import type { Block, ParagraphBlock, TextLeaf } from '../../model/blocks';
import type { Article } from '../../model/issue';
import type { FlowLine } from './types';
import { specFor, type LayoutContext, type ResolvedStyle } from './context';
import { flowLines, spacers } from './text-lines';
import { breakTitle } from './title-break';
import { tableFlow } from './table-flow';
import { boxFlow } from './box-flow';
import { imageLines } from './image-flow';
import { landscapeLines } from './landscape-flow';
import { landscapeGroups } from '../../model/landscape-groups';
import { headingStyle } from '../../profiles/heading-style';

/** 2022-11-03 → 2022年11月3日 (GB/T 9704 §7.3.5.4); anything else is printed as given. */
export function printedDate(date: string): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(date.trim());
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : date;
}

export const UNTITLED = '（无标题）';

export interface FlowState {
  /** The previous block asked to stay with this one. */
  keep: boolean;
  newPage: boolean;
}

/** Lines of one paragraph in a named style; x0/measure default to the type area. */
export function styledLines(ctx: LayoutContext, styleName: string, leaves: TextLeaf[], state: FlowState, opts: { align?: ResolvedStyle['align']; x0?: number; measure?: number; anchor?: string; keepWithPrev?: boolean; plain?: boolean } = {}): FlowLine[] {
  const base = ctx.style(styleName);
  // plain: the caller placed the line itself (署名/日期): no indents of the style.
  const style = opts.plain ? { ...base, indent: 0, hanging: 0, rightIndent: 0 } : base;
  const measure = opts.measure ?? ctx.geo.measure;
  const x0 = opts.x0 ?? ctx.geo.left;
  const spec = specFor(opts.align ? { ...style, align: opts.align } : style, leaves, measure);
  if (spec.align !== 'justify' && spec.align !== 'left') spec.firstIndent = spec.restIndent = 0;
  const set = ctx.setLines(spec, ctx.fonts);
  if (set.length === 0) return [];
  const out: FlowLine[] = [];
  const breakOk = !state.keep && !opts.keepWithPrev;
  if (style.spaceBefore) out.push(...spacers(ctx, style.spaceBefore, breakOk));
  out.push(...flowLines(ctx, set, { breakBefore: breakOk && !style.spaceBefore, x0, ...(opts.anchor ? { anchor: opts.anchor } : {}) }));
  if (style.spaceAfter) out.push(...spacers(ctx, style.spaceAfter, !style.keepWithNext));
  if (state.newPage) {
    out[0]!.newPage = true;
    state.newPage = false;
  }
  state.keep = style.keepWithNext;
  return out;
}

function titleLines(ctx: LayoutContext, styleName: string, text: string, given: string[] | undefined, state: FlowState, anchor?: string): FlowLine[] {
  const style = ctx.style(styleName);
  const lines = given?.length ? given : breakTitle(text, Math.floor(ctx.geo.measure / style.pitch) - 1);
  const out: FlowLine[] = [];
  lines.forEach((line, i) => {
    const part = styledLines(ctx, styleName, [{ text: line }], state, { align: 'center', ...(i === 0 && anchor ? { anchor } : {}) });
    // Only the last title line carries the space after; a title is one unit.
    const body = i < lines.length - 1 ? part.filter((l) => !l.spacer) : part;
    if (i > 0) body.forEach((l) => (l.breakBefore = false));
    out.push(...(i > 0 && style.spaceBefore ? body.filter((l, k) => !(l.spacer && k < style.spaceBefore)) : body));
    state.keep = true;
  });
  state.keep = style.keepWithNext;
  return out;
}

const text = (b: ParagraphBlock) => b.children.map((c) => c.text).join('');

/** 署名 + 成文日期, unsealed (§7.3.5.2): 署名 右空二字, the date below with its first character two characters right of the 署名's. */
function signatureLines(ctx: LayoutContext, signer: string | undefined, date: string | undefined, state: FlowState): FlowLine[] {
  const style = ctx.style('signature');
  const p = style.pitch;
  // Widths as the line setter sets them (grid pitch, Latin digits, gaps between them).
  const widthOf = (t: string) => ctx.setLines({ ...specFor({ ...style, align: 'left', indent: 0, hanging: 0, rightIndent: 0 }, [{ text: t }], ctx.geo.measure * 2), avoidLoneLastChar: false }, ctx.fonts)[0]?.width ?? 0;
  const sw = signer ? widthOf(signer) : 0;
  const dw = date ? widthOf(date) : 0;
  const right = ctx.geo.measure - 2 * p;
  let signerLeft = right - sw;
  let dateLeft = signer ? signerLeft + 2 * p : right - dw;
  if (dateLeft + dw > right) {
    dateLeft = right - dw;
    signerLeft = Math.min(signerLeft, dateLeft - 2 * p);
  }
  const out: FlowLine[] = [];
  if (signer) out.push(...styledLines(ctx, 'signature', [{ text: signer }], state, { align: 'left', x0: ctx.geo.left + signerLeft, measure: ctx.geo.measure - signerLeft, keepWithPrev: true, plain: true }));
  if (date) {
    const s = { ...state, keep: true };
    out.push(...styledLines(ctx, signer ? 'date' : 'signature', [{ text: date }], s, { align: 'left', x0: ctx.geo.left + Math.max(0, dateLeft), measure: ctx.geo.measure - Math.max(0, dateLeft), keepWithPrev: true, plain: true }));
  }
  state.keep = false;
  return out;
}

export function blockLines(ctx: LayoutContext, block: Block, state: FlowState, id: string): FlowLine[] {
  switch (block.type) {
    case 'paragraph': {
      const role = block.role ?? 'body';
      if (role === 'embeddedTitle') return titleLines(ctx, 'embeddedTitle', text(block), undefined, state);
      // A printed attachment (附件1 …) starts on a new page (GB/T 9704 §7.3.7).
      if (role === 'attachmentLabel') state.newPage = true;
      const keepWithPrev = role === 'date' || role === 'note' || role === 'signature' || role === 'tableNote';
      return styledLines(ctx, role, block.children, state, { ...(block.align ? { align: block.align } : {}), keepWithPrev });
    }
    case 'heading':
      return styledLines(ctx, headingStyle(block, ctx.profile.styles), block.children, state);
    case 'table':
      return tableFlow(ctx, block, state, id);
    case 'box':
      return boxFlow(ctx, block, state, id);
    case 'page-break':
      state.newPage = true;
      return [];
    case 'image':
      return imageLines(ctx, block, state);
  }
}

export function articleFlow(ctx: LayoutContext, article: Article): FlowLine[] {
  const { meta, body } = article;
  const state: FlowState = { keep: false, newPage: false };
  const out: FlowLine[] = [];
  // An article without a title still gets a visible line (and the 目录 an anchor), for the clerk to fix.
  out.push(...titleLines(ctx, 'title', meta.title.trim() || UNTITLED, meta.titleLines, state, article.id));
  if (meta.docNo) out.push(...styledLines(ctx, 'docNo', [{ text: meta.docNo }], state));
  if (meta.recipients) out.push(...styledLines(ctx, 'recipients', [{ text: meta.recipients }], state));
  const roles = new Set(body.flatMap((b) => (b.type === 'paragraph' && b.role ? [b.role] : [])));
  const turned = new Map(landscapeGroups(body).map((g) => [g.first, g.last]));
  for (let i = 0; i < body.length; i++) {
    const block = body[i]!;
    const next = body[i + 1];
    const last = turned.get(i);
    if (last !== undefined) {
      out.push(...landscapeLines(ctx, body.slice(i, last + 1), `${article.id}-b${i}`, blockLines, state));
      i = last;
      continue;
    }
    // A 署名 paragraph followed by its date: set as a pair by §7.3.5.2.
    if (block.type === 'paragraph' && block.role === 'signature' && ctx.profile.printSigner !== false) {
      const date = next?.type === 'paragraph' && next.role === 'date' ? text(next) : undefined;
      out.push(...signatureLines(ctx, text(block), date, state));
      if (date) i++;
      continue;
    }
    if (block.type === 'paragraph' && block.role === 'signature') continue;
    if (block.type === 'paragraph' && block.role === 'date') {
      out.push(...signatureLines(ctx, undefined, text(block), state));
      continue;
    }
    out.push(...blockLines(ctx, block, state, `${article.id}-b${i}`));
  }
  const signer = !roles.has('signature') && ctx.profile.printSigner !== false ? meta.signer : undefined;
  const date = !roles.has('date') && meta.date ? printedDate(meta.date) : undefined;
  if (signer || date) out.push(...signatureLines(ctx, signer, date, state));
  if (meta.note && !roles.has('note')) out.push(...styledLines(ctx, 'note', [{ text: meta.note }], state, { keepWithPrev: true }));
  return out;
}
