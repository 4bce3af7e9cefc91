// fontkit's CFF subsetter parses every kept glyph's outline only to learn which subroutines it calls. The
// bundled Fandol faces have no subroutines at all, so for such fonts that parse (most of the PDF time on
// a 300-page issue) is skipped; the bytes written are the same.

interface CffTable {
  globalSubrIndex: unknown[];
  isCIDFont: boolean;
  topDict: { FDArray?: Array<{ Private?: { Subrs?: unknown[] } }>; Private?: { Subrs?: unknown[] } };
  getCharString(gid: number): Uint8Array;
  fdForGlyph(gid: number): number | null;
}

interface CffSubset {
  cff?: CffTable;
  glyphs: number[];
  charstrings?: Uint8Array[];
  gsubrs?: Uint8Array[];
  subsetCharstrings?: () => void;
  subsetFontdict?: (topDict: { FDArray: unknown[]; FDSelect: { version: number; fds: number[] } }) => void;
}

function hasSubrs(cff: CffTable): boolean {
  if (cff.globalSubrIndex.length > 0) return true;
  if (cff.topDict.Private?.Subrs?.length) return true;
  return (cff.topDict.FDArray ?? []).some((fd) => (fd.Private?.Subrs?.length ?? 0) > 0);
}

export function skipOutlineParsing(subsetLike: unknown): void {
  const subset = subsetLike as CffSubset;
  const cff = subset.cff;
  if (!cff || !cff.isCIDFont || typeof subset.subsetCharstrings !== 'function' || hasSubrs(cff)) return;
  subset.subsetCharstrings = function (this: CffSubset) {
    this.charstrings = this.glyphs.map((gid) => cff.getCharString(gid));
    this.gsubrs = [];
  };
  subset.subsetFontdict = function (this: CffSubset, topDict) {
    topDict.FDArray = [];
    topDict.FDSelect = { version: 0, fds: [] };
    const index = new Map<number, number>();
    for (const gid of this.glyphs) {
      const fd = cff.fdForGlyph(gid);
      if (fd == null) continue;
      if (!index.has(fd)) {
        const dict = { ...(cff.topDict.FDArray![fd] as Record<string, unknown>) };
        delete dict.FontName;
        topDict.FDArray.push(dict);
        index.set(fd, topDict.FDArray.length - 1);
      }
      topDict.FDSelect.fds.push(index.get(fd)!);
    }
  };
}
