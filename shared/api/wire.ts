// JSON wire format shared by the web host and its client: JSON, except that byte arrays travel as
// {"$bytes": "<base64>"} so fonts, imported files and assets survive the trip. (IPC needs none of this:
// Electron's structured clone carries Uint8Array as it is.)

const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

export function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function encodeWire(value: unknown): string {
  // Read the holder's own value: JSON.stringify has already turned a Node Buffer into {type,data} by toJSON.
  return JSON.stringify(value, function (this: Record<string, unknown>, key, v: unknown) {
    const raw = this[key];
    return raw instanceof Uint8Array ? { $bytes: bytesToBase64(raw) } : v;
  });
}

export function decodeWire(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const keys = Object.keys(v);
      const raw = (v as { $bytes?: unknown }).$bytes;
      if (keys.length === 1 && typeof raw === 'string') return base64ToBytes(raw);
    }
    return v;
  });
}
