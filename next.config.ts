import { availableParallelism } from 'node:os';
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
  // server.mjs compresses, after it has taken Next's runtime out of the pages.
  compress: false,
  reactStrictMode: true,
  experimental: {
    // Next leaves one core to its main process, which idles while the workers
    // prerender: on 2 cores, two workers build 5,000 pieces in about half the time.
    cpus: availableParallelism(),
    // On by default in Next 16.4, it gzips every segment of every page at build
    // time to decide which to inline into prefetches: a third of the build's
    // time per page, for fewer prefetch requests on client navigations.
    prefetchInlining: false,
    // The stylesheet (5 KB gzip) in a <style> of each page instead of a file:
    // the first round trip brings the HTML and the CSS together, so the first
    // screen is painted without waiting for a second request.
    inlineCss: true,
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      { source: '/_next/:path*', headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy({}) }] },
    ];
  },
};

export default nextConfig;
