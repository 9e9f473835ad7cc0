/**
 * Content-Security-Policy. The only inline scripts a page carries are the
 * pages' own (lib/own-scripts.ts), the same on every page, prerendered or not:
 * they are allowed by their hashes. Any other inline script, such as one
 * smuggled into content, cannot run. (`next dev` sends no policy: Next's
 * runtime is there, with its inline scripts and eval.)
 */
export function contentSecurityPolicy(allowed: { hashes?: readonly string[] }): string {
  const scripts = ["'self'", ...(allowed.hashes ?? []).map((h) => `'${h}'`)].join(' ');
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
