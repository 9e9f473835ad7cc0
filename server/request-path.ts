/**
 * The path a request names, as nginx reads it: slashes merged (`//fr` is
 * `/fr`), dot segments resolved (`/en/../x` is `/x`). Undefined for what is no path.
 */
export function requestPath(url: string | undefined): { pathname: string; searchParams: URLSearchParams } | undefined {
  if (!url?.startsWith('/')) return undefined;
  const query = url.indexOf('?');
  const path = (query < 0 ? url : url.slice(0, query)).replace(/\/{2,}/g, '/');
  try {
    const parsed = new URL(`http://site${path}${query < 0 ? '' : url.slice(query)}`);
    return { pathname: parsed.pathname, searchParams: parsed.searchParams };
  } catch {
    return undefined;
  }
}
