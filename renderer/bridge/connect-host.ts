// Finds the host: the Electron preload's window.gazette, or the local web host over HTTP with the access
// token from the address the web host printed (…/?token=… or …/#token=…).
import { createHttpHost, type HostApi } from '../../shared/api';

declare global {
  interface Window {
    gazette?: HostApi;
  }
}

export function connectHost(): HostApi | null {
  if (window.gazette) return window.gazette;
  const query = new URLSearchParams(location.search);
  const hash = new URLSearchParams(location.hash.replace(/^#/, ''));
  const token = query.get('token') ?? hash.get('token') ?? sessionStorage.getItem('gazette-token');
  if (!token) return null;
  // Keep the token for reloads after the address bar was tidied.
  sessionStorage.setItem('gazette-token', token);
  return createHttpHost((input, init) => fetch(input, init), location.origin, token);
}
