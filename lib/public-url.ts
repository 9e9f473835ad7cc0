/**
 * The public origin of the site, used by every absolute URL (canonical links,
 * alternates, Open Graph, share links). Set SITE_URL when deploying.
 */
export const publicOrigin = new URL(process.env.SITE_URL ?? 'http://localhost:3000');

export function absoluteUrl(path: string): string {
  return new URL(path, publicOrigin).toString();
}
