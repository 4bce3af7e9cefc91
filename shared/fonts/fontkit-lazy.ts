// fontkit, loaded only when something needs glyph outlines or a fontkit Font (the preview draws outlines; a
// font whose cmap has an unusual format falls back to it). Layout reads the sfnt tables itself (sfnt.ts), so a
// build does not pay fontkit's ~110 ms import. Hosts either hand the module in (provideFontkit: the renderer
// imports it statically) or load it ahead (await loadFontkit()); under Node a synchronous require is the last
// resort, so `FaceEntry.font` keeps working for callers that never asked for it up front.
import type * as Fontkit from 'fontkit';
import type { Font, FontCollection } from 'fontkit';

type FontkitModule = typeof Fontkit;

let fontkit: FontkitModule | undefined;

export function provideFontkit(module: FontkitModule): void {
  fontkit = module;
}

export async function loadFontkit(): Promise<FontkitModule> {
  fontkit ??= (await import('fontkit')) as FontkitModule;
  return fontkit;
}

/** The loaded fontkit module; under Node it is required on the spot when no host provided it. */
export function fontkitNow(): FontkitModule {
  if (fontkit) return fontkit;
  // Not an import of node:module (shared/ stays free of node:* imports): present only when running under Node.
  const node = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const mod = node?.getBuiltinModule?.('node:module') as { createRequire(from: string): (id: string) => unknown } | undefined;
  if (!mod) throw new Error('fontkit 未加载：请先调用 loadFontkit() 或 provideFontkit()');
  return (fontkit = mod.createRequire(import.meta.url)('fontkit') as FontkitModule);
}

/** The fontkit Font of one member of a file (by index, as sfnt.ts picked it). */
export function fontkitFont(bytes: Uint8Array, index: number): Font {
  const created = fontkitNow().create(bytes);
  const fonts = (created as FontCollection).fonts;
  return Array.isArray(fonts) ? fonts[index]! : (created as Font);
}
