// The origin the UI is served from (app://gazette). Compared as parsed URLs, never by string prefix.
export const APP_SCHEME = 'app';
export const APP_HOST = 'gazette';
export const APP_ENTRY = `${APP_SCHEME}://${APP_HOST}/index.html`;

export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}
