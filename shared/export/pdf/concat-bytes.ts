// Byte arrays joined into one: the PDF's streams, font programs and content are built in pieces.

/** One array of the pieces; `fresh`: always a new buffer of its own (a worker can transfer it). */
export function concatBytes(pieces: Uint8Array[], fresh = false): Uint8Array {
  if (pieces.length === 1 && !fresh) return pieces[0]!;
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
