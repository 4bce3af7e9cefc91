// Port: where font bytes come from. The Node side reads the bundled fonts and the system's font folders;
// the preview worker receives the bytes from the host. shared/ never touches a file system itself.
import type { FontRef } from '../profiles/profile';
import type { SfntTables } from './sfnt';

export interface FontSource {
  /** The bytes of the font file a reference names, or undefined when it is not available here. */
  read(ref: FontRef): Uint8Array | undefined;
  /**
   * Optional: the sfnt tables of the face a reference names (the member of a collection picked by its
   * postscriptName / family), read from the file table by table, so layout never loads the outlines.
   * Undefined when the file is not available; throws (one-line reason) when it is not a font.
   */
  tables?(ref: FontRef): SfntTables | undefined;
}
