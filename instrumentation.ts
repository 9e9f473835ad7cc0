/**
 * Next runs this once when a server starts, before it answers a request (never
 * during `next build`). A build that cannot be served correctly stops the
 * server here: Next fails to start with the reason and the command to run.
 */
export async function register() {
  // Only the Node.js runtime serves from `.next` (the Edge runtime has no file system).
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NODE_ENV !== 'production') return;
  const { serving } = await import('./lib/serving');
  const { preloadSearchIndex } = await import('./lib/search/current');
  const site = serving();
  if ('problem' in site) throw new Error(`not starting: ${site.problem}`);
  preloadSearchIndex();
}
