// @ts-check
// Pages are served without Next's client runtime (server.mjs). Every link of
// the site is a plain <a> and every page works without JavaScript, so the
// runtime only hydrated what the server had already rendered: 134 KB of
// scripts and an RSC payload as large as the page, parsed and run on every
// visit (about 100 ms of a phone's main thread before the reader can scroll
// smoothly) for no behaviour of ours. What the pages do with JavaScript is
// done by the small scripts of client/, which stay.
//
// Plain JavaScript: server.mjs runs without a compiler. The HTML is React's,
// where `<` is always escaped outside tags and scripts never contain
// `</script`, so tags can be found by their opening characters.

const scriptOpen = Buffer.from('<script');
const scriptClose = Buffer.from('</script>');
const linkOpen = Buffer.from('<link');
const tagEnd = 0x3e; // >

/**
 * The page without Next's scripts: its chunks, their preloads, and every inline
 * script (its bootstrap and the RSC payload) but ours, marked
 * `data-own-script` (lib/own-scripts.ts; the policy allows them by hash).
 * Scripts loaded from outside `/_next/` and data blocks (JSON-LD) stay.
 * @param {string} html
 * @returns {string}
 */
export function withoutNextRuntime(html) {
  return withoutNextRuntimeBytes(Buffer.from(html, 'utf8')).toString('utf8');
}

/**
 * The same on the page's bytes, as the server holds them: scanned with
 * `indexOf`, with no string made of the page, since every page a server sends
 * goes through it (a regular expression over a decoded page cost a quarter of
 * the server's throughput).
 * @param {Buffer} html
 * @returns {Buffer}
 */
export function withoutNextRuntimeBytes(html) {
  /** @type {Buffer[]} */
  const kept = [];
  let from = 0;
  /** @param {number} start @param {number} end */
  const drop = (start, end) => {
    kept.push(html.subarray(from, start));
    from = end;
  };
  let link = html.indexOf(linkOpen);
  let script = html.indexOf(scriptOpen);
  // One pass in the page's order: preloads and scripts are interleaved in the <head>.
  while (link >= 0 || script >= 0) {
    if (link >= 0 && (script < 0 || link < script)) {
      const end = html.indexOf(tagEnd, link) + 1;
      if (end === 0) break;
      const tag = html.toString('latin1', link, end);
      if (/\bas="script"/.test(tag) && fromNext(tag)) drop(link, end);
      link = html.indexOf(linkOpen, end);
    } else {
      const afterName = html[script + scriptOpen.length];
      const startEnd = html.indexOf(tagEnd, script);
      const close = startEnd < 0 ? -1 : html.indexOf(scriptClose, startEnd);
      if (close < 0) break;
      const end = close + scriptClose.length;
      // `<script` followed by a space or `>`: not some other element's name.
      if ((afterName === 0x20 || afterName === tagEnd) && !keptScript(html.toString('latin1', script + scriptOpen.length, startEnd))) drop(script, end);
      script = html.indexOf(scriptOpen, end);
      // A `<link` inside a script is not a tag (a payload's text).
      if (link >= 0 && link < end) link = html.indexOf(linkOpen, end);
    }
  }
  if (kept.length === 0) return html;
  kept.push(html.subarray(from));
  return Buffer.concat(kept);
}

/** @param {string} attributes */
function keptScript(attributes) {
  if (/\sdata-own-script="/.test(attributes)) return true;
  const src = /\bsrc="([^"]*)"/.exec(attributes)?.[1];
  if (src !== undefined) return !src.startsWith('/_next/');
  const type = /\btype="([^"]*)"/.exec(attributes)?.[1]?.toLowerCase();
  // A script without a type, or of a JavaScript type, runs: only data blocks stay.
  return type !== undefined && type !== '' && type !== 'module' && !type.includes('javascript') && !type.includes('ecmascript');
}

/** @param {string} tag */
function fromNext(tag) {
  return /\bhref="\/_next\//.test(tag);
}

/**
 * Makes `response` send its HTML without Next's runtime: an HTML body is held
 * until it ends, then sent without the runtime, with its new length. Any other
 * response passes through untouched, as it is written.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
export function serveWithoutNextRuntime(request, response) {
  const { write, end, flushHeaders } = response;
  /** @type {Buffer[]} */
  const chunks = [];
  const html = () => /^text\/html\b/i.test(String(response.getHeader('content-type') ?? ''));
  const holding = () => request.method === 'GET' && response.statusCode !== 204 && response.statusCode !== 304 && html();
  // Next sends the headers before a streamed body: they wait for the new length.
  response.flushHeaders = function () {
    if (!holding()) flushHeaders.call(this);
  };
  response.write = /** @type {typeof response.write} */ (
    function (/** @type {any} */ chunk, /** @type {any} */ encoding, /** @type {any} */ callback) {
      if (!holding()) return write.call(response, chunk, encoding, callback);
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? /** @type {BufferEncoding} */ (encoding) : 'utf8'));
      const done = typeof encoding === 'function' ? encoding : callback;
      if (typeof done === 'function') process.nextTick(done);
      return true;
    }
  );
  response.end = /** @type {typeof response.end} */ (
    function (/** @type {any} */ chunk, /** @type {any} */ encoding, /** @type {any} */ callback) {
      if (typeof chunk === 'function') return response.end(undefined, undefined, chunk);
      if (typeof encoding === 'function') return response.end(chunk, undefined, encoding);
      if (!holding()) {
        // A HEAD answer has no body to measure: its length would be the page's with the runtime.
        if (request.method === 'HEAD' && html() && !response.headersSent) response.removeHeader('content-length');
        return end.call(response, chunk, encoding, callback);
      }
      if (chunk != null) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, encoding ?? 'utf8'));
      const body = withoutNextRuntimeBytes(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks));
      if (!response.headersSent) response.setHeader('Content-Length', body.length);
      return end.call(response, body, undefined, callback);
    }
  );
}
