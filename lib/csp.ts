import { createHash, randomUUID } from 'node:crypto';

/**
 * Content-Security-Policy. Pages are prerendered, so the inline scripts Next
 * writes into each page are known after the build and allowed by their hash;
 * pages rendered per request (search) get a fresh nonce instead. Any other
 * inline script, such as one smuggled into content, cannot run.
 */
export function contentSecurityPolicy(allowed: { hashes?: readonly string[]; nonce?: string } | 'development'): string {
  const scripts =
    allowed === 'development'
      ? "'self' 'unsafe-inline' 'unsafe-eval'"
      : [
          "'self'",
          ...(allowed.hashes ?? []).map((h) => `'${h}'`),
          ...(allowed.nonce ? [`'nonce-${allowed.nonce}'`] : []),
        ].join(' ');
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

/**
 * A page rendered per request (search) cannot have its inline scripts hashed
 * in advance: it gets a fresh nonce, which Next reads from the request's
 * policy header and puts on its scripts.
 */
export function perRequestPolicy(): { nonce: string; policy: string } {
  const nonce = Buffer.from(randomUUID()).toString('base64');
  return { nonce, policy: contentSecurityPolicy(process.env.NODE_ENV === 'development' ? 'development' : { nonce }) };
}

/** `sha256-…` of every inline script in an HTML document (scripts with `src` load from 'self'). */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    const body = match[1]!;
    if (body.length === 0) continue;
    hashes.add(`sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`);
  }
  return [...hashes];
}
