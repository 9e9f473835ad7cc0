import { availableParallelism } from 'node:os';
import type { NextConfig } from 'next';

// Next renders and prerenders the site; it serves nothing in production.
// scripts/write-site.ts makes the site's folder of files from what it wrote,
// and the headers of every file are the build's (lib/build/headers.ts).
const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The folder's compressed copies are written by the build, once.
  compress: false,
  reactStrictMode: true,
  // Types are checked once, by `npm run typecheck` (in `npm test`): checking
  // them again here took 15-22 s of every build.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Next leaves one core to its main process, which idles while the workers
    // prerender: on 2 cores, two workers build 5,000 pieces in about half the time.
    cpus: availableParallelism(),
    // On by default in Next 16.4, it gzips every segment of every page at build
    // time to decide which to inline into prefetches: a third of the build's
    // time per page, for client navigations that never happen here.
    prefetchInlining: false,
  },
};

export default nextConfig;
