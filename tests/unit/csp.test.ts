import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '@/lib/csp';

describe('contentSecurityPolicy', () => {
  it('allows only same-origin scripts and the given hashes, never inline code in general', () => {
    const policy = contentSecurityPolicy({ hashes: ['sha256-abc'] });
    expect(policy).toContain("script-src 'self' 'sha256-abc';");
    expect(policy.match(/script-src [^;]*/)?.[0]).not.toContain('unsafe');
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
  });

  it('allows no inline script without a hash', () => {
    expect(contentSecurityPolicy({})).toContain("script-src 'self';");
  });
});
