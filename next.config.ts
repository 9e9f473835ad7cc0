import type { NextConfig } from 'next';

import { contentSecurityPolicy } from './lib/csp';

/**
 * Headers on every response. Pages get their Content-Security-Policy from the
 * proxy (it allows each page's own inline scripts by hash); framework assets,
 * which the proxy does not see, get the same policy without any inline script.
 */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()' },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      { source: '/_next/:path*', headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy({}) }] },
    ];
  },
};

export default nextConfig;
