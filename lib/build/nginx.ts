import { locales } from '../i18n/locales';
import { routes, type Route } from '../routes';
import { fileOfUrl } from './output';
import { commonHeaders, fileRoutes, routeHeaders } from './headers';

/** The upstream the include proxies the search service to: deploy/nginx.conf defines it. */
export const dynamicUpstream = 'site_dynamic';

const localePattern = `(?<locale>${locales.join('|')})`;

/** A route's pattern as an nginx regular expression. */
function locationPattern(route: Route): string {
  const source = route.pattern
    .split(/(\[\w+\])/)
    .map((part) => (part === '[locale]' ? localePattern : /^\[\w+\]$/.test(part) ? '[^/]+' : part.replace(/[.+?^${}()|\\]/g, '\\$&')))
    .join('');
  return `^${source}$`;
}

const quoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

/**
 * The site's files as nginx serves them, for `include` inside a `server`
 * whose root is `site/`: a location per route with its file, media type,
 * headers and localized 404; search proxied to the service; any other URL
 * under a locale is that locale's 404 page. `/` and URLs without a locale are
 * left to the including server (deploy/nginx.conf sends them to the service).
 */
export function nginxInclude(scriptHashes: readonly string[]): string {
  const common = commonHeaders(scriptHashes);
  const localized = (route: Route) => route.pattern.includes('[locale]');
  const blocks = fileRoutes()
    .filter(([, route]) => route.pattern !== '/')
    .map(([name, route]) => {
      const file = fileOfUrl(route, '/$uri').replace(/^\//, '');
      // nginx sets the media type itself; every other header is added, on 404s too.
      const { 'Content-Type': type, ...headers } = { ...common, ...routeHeaders(route) };
      return [
        `# ${name}: ${route.pattern}`,
        `location ~ ${locationPattern(route)} {`,
        ...(route.kind === 'error' ? ['    internal;'] : []),
        `    types { } default_type ${quoted(type!)};`,
        ...Object.entries(headers).map(([header, value]) => `    add_header ${header} ${quoted(value)} always;`),
        ...(localized(route) ? ['    error_page 404 /$locale/404;'] : []),
        // Without a locale, a missing file is the service's: a 404 in the reader's language.
        `    try_files ${file} ${localized(route) ? '=404' : '@dynamic'};`,
        '}',
      ];
    });
  const dynamic = ['# What depends on the reader: the search service.', 'location @dynamic {', `    proxy_pass http://${dynamicUpstream};`, '}'];
  const search = [
    `# search: ${routes.search.pattern}, answered per request by the search service`,
    `location ~ ${locationPattern(routes.search)} {`,
    `    proxy_pass http://${dynamicUpstream};`,
    '}',
  ];
  const otherwise = [
    "# Anything else under a locale: that locale's 404 page, with status 404.",
    `location ~ ^/${localePattern}(/|$) {`,
    '    error_page 404 /$locale/404;',
    '    return 404;',
    '}',
  ];
  const head = [
    '# Written by `npm run build` from the route table (lib/build/nginx.ts): do not edit.',
    '# Include inside a `server` whose root is the site folder, with an upstream named',
    `# ${dynamicUpstream} for the search service (see deploy/nginx.conf).`,
  ];
  return [head, ...blocks, search, otherwise, dynamic].map((lines) => lines.join('\n')).join('\n\n') + '\n';
}
