/** Next runs this once when a server starts, before it answers a request (never during `next build`). */
export async function register() {
  // Only the Node.js runtime serves from `.next`; the Edge bundle leaves this branch out.
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NODE_ENV === 'production') {
    const { startServing } = await import('./lib/startup');
    startServing();
  }
}
