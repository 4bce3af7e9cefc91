// Which links may leave the app for the system browser: http(s) to a host on the allow-list, compared as a
// parsed URL (never by prefix: "www.gov.cn.evil.example" is not www.gov.cn), no credentials in the URL.
export function isAllowedExternal(url: string, hosts: string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  if (parsed.username || parsed.password) return false;
  return hosts.includes(parsed.hostname.toLowerCase());
}
