// Draws one PageTree page into a canvas: glyph outlines from the same font files the PDF embeds, at the
// engine's positions, so the preview matches the PDF glyph for glyph.
import * as fontkit from 'fontkit';
import type { DrawItem, PageNode } from '../../shared/typeset/page-tree';
import { openFace } from '../../shared/fonts/open-face';
import { provideFontkit } from '../../shared/fonts/fontkit-lazy';
import type { LoadedFont } from './font-bytes';

interface GlyphOutline {
  path: Path2D;
  unitsPerEm: number;
}

// The preview draws fontkit's glyph paths; layout (in the worker) reads the font tables without fontkit.
provideFontkit(fontkit);

const outlines = new Map<string, GlyphOutline | null>();

function outline(fonts: Map<string, LoadedFont>, key: string, glyphId: number): GlyphOutline | null {
  const cacheKey = `${key}|${glyphId}`;
  const cached = outlines.get(cacheKey);
  if (cached !== undefined) return cached;
  const loaded = fonts.get(key);
  let result: GlyphOutline | null = null;
  if (loaded) {
    const { font } = openFace(loaded.bytes, loaded.ref);
    // fontkit's Glyph has `path`; our local declaration of fontkit leaves it out.
    const glyph = font.getGlyph(glyphId) as unknown as { path: { toSVG(): string } };
    result = { path: new Path2D(glyph.path.toSVG()), unitsPerEm: font.unitsPerEm };
  }
  outlines.set(cacheKey, result);
  return result;
}

/** Draws `page` scaled to the canvas width (device pixels already applied by the caller's size). */
export function drawPage(canvas: HTMLCanvasElement, tree: { width: number }, page: PageNode, fonts: Map<string, LoadedFont>): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const scale = canvas.width / tree.width;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.fillStyle = '#000';
  ctx.strokeStyle = '#000';
  drawItems(ctx, page.items, fonts);
}

function drawItems(ctx: CanvasRenderingContext2D, items: DrawItem[], fonts: Map<string, LoadedFont>): void {
  for (const item of items) {
    switch (item.kind) {
      case 'glyphs':
        item.glyphs.forEach((id, i) => {
          const shape = outline(fonts, item.font, id);
          if (!shape) return;
          const k = item.size / shape.unitsPerEm;
          ctx.save();
          // Font units grow upwards; the page's y grows downwards.
          ctx.transform(k, 0, 0, -k, item.x + (item.offsets[i] ?? 0), item.y);
          ctx.fill(shape.path);
          ctx.restore();
        });
        break;
      case 'rule':
        ctx.lineWidth = item.width;
        ctx.beginPath();
        ctx.moveTo(item.x1, item.y1);
        ctx.lineTo(item.x2, item.y2);
        ctx.stroke();
        break;
      case 'rect':
        if (item.stroke) {
          ctx.lineWidth = item.stroke;
          ctx.strokeRect(item.x, item.y, item.w, item.h);
        }
        break;
      case 'image':
        ctx.save();
        ctx.fillStyle = '#eee';
        ctx.fillRect(item.x, item.y, item.w, item.h);
        ctx.restore();
        break;
      case 'link':
        break;
      case 'group':
        // A landscape table's page, turned a quarter (the same matrix the PDF applies).
        ctx.save();
        ctx.transform(...item.transform);
        drawItems(ctx, item.items, fonts);
        ctx.restore();
        break;
    }
  }
}
