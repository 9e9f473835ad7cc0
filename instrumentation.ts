/** Next runs this once when a server starts, before it answers a request. */
export async function register() {
  // Only the Node.js runtime renders the search page (the Edge runtime has no file system).
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { preloadSearchIndex } = await import('./lib/search/current');
    preloadSearchIndex();
  }
}
