import { cachePolicy } from '../cache-policy';
import { contentSecurityPolicy } from '../csp';
import { locales } from '../i18n/locales';
import { routes, type Route } from '../routes';

/**
 * The headers of every file of the site, from the route table: written by the
 * build in the forms servers read (`_headers` for static hosts and our own
 * server, an nginx include), never by hand.
 */
export interface HeaderRule {
  /** A path in the `_headers` syntax: `:name` is one segment, `*` anything. */
  path: string;
  headers: Record<string, string>;
}

/** Sent with every file, page or not. */
export function commonHeaders(scriptHashes: readonly string[]): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy({ hashes: scriptHashes }),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()',
  };
}

export const htmlType = 'text/html; charset=utf-8';

/** The media type of a route's files. */
export function contentTypeOf(route: Route): string {
  return route.contentType ?? htmlType;
}

/** A route's own headers: its files' media type, and how long they may be kept (a 404 page a minute only). */
export function routeHeaders(route: Route): Record<string, string> {
  return { 'Content-Type': contentTypeOf(route), 'Cache-Control': route.cacheControl ?? (route.kind === 'error' ? cachePolicy.missing : cachePolicy.shared) };
}

/** The routes whose URLs are files of the site: every one but search, which the search service answers. */
export const fileRoutes = (): [name: string, route: Route][] =>
  Object.entries<Route>(routes).filter(([, route]) => route.kind !== 'search');

/** A route's pattern as `_headers` paths: one per locale, so that `/:locale` never matches `/robots.txt`. */
export function headerPaths(route: Route): string[] {
  const pattern = route.pattern.replace(/\[(\w+)\]/g, (_, name: string) => `:${name}`);
  return pattern.includes(':locale') ? locales.map((locale) => pattern.replace(':locale', locale)) : [pattern];
}

/**
 * Every rule: the common headers on `/*`, then each route's type and cache
 * policy. No header is set by two rules that match one path, since static
 * hosts join the values of a header set twice.
 */
export function headerRules(scriptHashes: readonly string[]): HeaderRule[] {
  return [
    { path: '/*', headers: commonHeaders(scriptHashes) },
    ...fileRoutes().flatMap(([, route]) => headerPaths(route).map((path) => ({ path, headers: routeHeaders(route) }))),
  ];
}

/** The rules as a `_headers` file (Netlify, Cloudflare Pages; read by server/main.ts). */
export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  const head = '# Written by `npm run build` from the route table (lib/build/headers.ts): do not edit.\n';
  return head + rules.map((rule) => [rule.path, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n')).join('\n') + '\n';
}

/** A `_headers` file's rules; throws on a line it cannot read, naming it. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.trimStart().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      return;
    }
    const header = /^\s+([\w-]+):\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!header || !rule) throw new Error(`_headers, line ${i + 1}: expected "  Name: value" under a path, got ${JSON.stringify(line)}`);
    rule.headers[header[1]!] = header[2]!;
  });
  return rules;
}

/** A rule's path as a regular expression over a URL's path. */
export function pathPattern(path: string): RegExp {
  const source = path
    .split(/(\*|:\w+)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

/** What a path gets: the headers of every rule that matches it. */
export function headersMatcher(rules: readonly HeaderRule[]): (pathname: string) => Record<string, string> {
  const compiled = rules.map((rule) => ({ pattern: pathPattern(rule.path), headers: rule.headers }));
  return (pathname) => Object.assign({}, ...compiled.filter((rule) => rule.pattern.test(pathname)).map((rule) => rule.headers));
}
