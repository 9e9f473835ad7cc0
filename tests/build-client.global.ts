// Pages carry the minified scripts of client/ inline (lib/own-scripts.ts), which
// the build writes into .next/cache/own-scripts/: component tests render pages, so they write
// them first, as `npm run build` and `npm run dev` do.
export default async function setup() {
  await import('../scripts/build-client');
}
