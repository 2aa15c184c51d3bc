import { isLoopbackHost } from '../config/app-config';

/**
 * Whether the service may call (or send a browser to) this URL of a platform: HTTPS, or plain HTTP
 * to the host itself (a platform on the same machine, as in development and tests).
 */
export function isPlatformUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
}
