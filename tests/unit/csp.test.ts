import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes } from '@/lib/csp';

const sha = (s: string) => `sha256-${createHash('sha256').update(s).digest('base64')}`;

describe('inlineScriptHashes', () => {
  it('hashes inline scripts exactly as written, and skips external and empty ones', () => {
    const html =
      '<script src="/a.js" async=""></script><script id="_R_">self.x=1</script>' +
      '<script>\n  self.y = "é";\n</script><script></script><script type="application/ld+json">{"a":1}</script>';
    expect(inlineScriptHashes(html)).toEqual([sha('self.x=1'), sha('\n  self.y = "é";\n'), sha('{"a":1}')]);
  });
});

describe('contentSecurityPolicy', () => {
  it('allows only same-origin scripts and the given hashes, never inline code in general', () => {
    const policy = contentSecurityPolicy({ hashes: ['sha256-abc'] });
    expect(policy).toContain("script-src 'self' 'sha256-abc';");
    expect(policy.match(/script-src [^;]*/)?.[0]).not.toContain('unsafe');
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
  });

  it('allows a nonce for pages rendered per request', () => {
    expect(contentSecurityPolicy({ nonce: 'n0nce' })).toContain("script-src 'self' 'nonce-n0nce';");
  });
});
