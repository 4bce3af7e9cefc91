// Port: where font bytes come from. The Node side reads the bundled fonts and the system's font folders;
// the preview worker receives the bytes from the host. shared/ never touches a file system itself.
import type { FontRef } from '../profiles/profile';

export interface FontSource {
  /** The bytes of the font file a reference names, or undefined when it is not available here. */
  read(ref: FontRef): Uint8Array | undefined;
}
