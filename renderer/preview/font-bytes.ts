// Font bytes for the preview: asked from the host once per reference, shared by the layout worker and drawing.
import type { HostApi } from '../../shared/api';
import type { FontRef, GazetteProfile } from '../../shared/profiles/profile';
import { faceKey, LAST_RESORT_FONT } from '../../shared/fonts/font-set';

export interface LoadedFont {
  ref: FontRef;
  bytes: Uint8Array;
}

const loaded = new Map<string, LoadedFont | null>();
/** One request at a time per set of references: the worker and the page view ask at the same moment. */
const pending = new Map<string, Promise<Map<string, LoadedFont>>>();

export function profileFontRefs(profile: GazetteProfile): FontRef[] {
  const refs = [...Object.values(profile.fonts).flat(), LAST_RESORT_FONT];
  const seen = new Set<string>();
  return refs.filter((ref) => !seen.has(faceKey(ref)) && seen.add(faceKey(ref)));
}

/** Every font of the profile that the host has, by face key (missing ones are simply absent). */
export function loadFonts(host: HostApi, profile: GazetteProfile): Promise<Map<string, LoadedFont>> {
  const key = profileFontRefs(profile).map(faceKey).join('|');
  let promise = pending.get(key);
  if (!promise) {
    promise = fetchFonts(host, profile);
    pending.set(key, promise);
    promise.catch(() => pending.delete(key));
  }
  return promise;
}

async function fetchFonts(host: HostApi, profile: GazetteProfile): Promise<Map<string, LoadedFont>> {
  const refs = profileFontRefs(profile);
  const wanted = refs.filter((ref) => !loaded.has(faceKey(ref)));
  if (wanted.length > 0) {
    const answers = await host.loadFonts({ refs: wanted });
    wanted.forEach((ref, i) => {
      const bytes = answers[i]?.bytes;
      loaded.set(faceKey(ref), bytes ? { ref, bytes } : null);
    });
  }
  const out = new Map<string, LoadedFont>();
  for (const ref of refs) {
    const font = loaded.get(faceKey(ref));
    if (font) out.set(faceKey(ref), font);
  }
  return out;
}
