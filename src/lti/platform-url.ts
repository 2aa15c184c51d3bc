const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

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
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
}
