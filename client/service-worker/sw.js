// The service worker: what a reader can read offline (issue #21), with
// Workbox. Bundled by the build (scripts/write-site.ts), which fills in what
// is `declare`d below from lib/offline.ts and the route table.
//
// - Pages go to the network first, so that a reader online always gets the
//   latest build; each page read is kept, within a budget (the oldest out
//   first), and served when the network fails.
// - Saved pieces (client/saved.js puts their pages in their own cache) are
//   served offline, refreshed whenever they are read online and whenever a
//   new build's worker takes over.
// - Offline, a page that was not kept gets the offline page in its language.
// - Feeds, search, `/` and everything else go to the network, untouched.
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, NetworkOnly } from 'workbox-strategies';
import { localeOfPath } from '../../lib/paths';

/* global __BUILD__ */
const { store, precache, recentPages, offlinePages, pagePaths, networkOnlyPaths, scriptPaths } = __BUILD__;

// A new build's worker takes over at once: its pages are the network's.
self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();
// No file of the site is told apart by its query (the icon's link carries one to break caches).
precacheAndRoute(precache, { ignoreURLParametersMatching: [/.*/] });

const matches = (patterns, pathname) => patterns.some((pattern) => new RegExp(pattern).test(pathname));

/** What the network could not give: the saved copy, else the offline page in the URL's language. */
async function offline(request) {
  const savedCopy = await caches.open(store.savedPages).then((cache) => cache.match(request.url, { ignoreSearch: true, ignoreVary: true }));
  if (savedCopy) return savedCopy;
  const { pathname } = new URL(request.url);
  const locale = localeOfPath(pathname) ?? (self.navigator.language?.startsWith('en') && offlinePages.en ? 'en' : Object.keys(offlinePages)[0]);
  return (await matchPrecache(offlinePages[locale])) ?? Response.error();
}

/** A saved page read online: its saved copy becomes this one. */
const refreshSaved = {
  async cacheDidUpdate({ request, newResponse }) {
    const cache = await caches.open(store.savedPages);
    if (await cache.match(request.url, { ignoreVary: true })) await cache.put(request.url, newResponse.clone());
  },
};

registerRoute(
  ({ request, url }) => request.mode === 'navigate' && url.origin === self.location.origin && matches(pagePaths, url.pathname),
  new NetworkFirst({
    cacheName: store.recentPages,
    plugins: [
      new ExpirationPlugin({ maxEntries: recentPages, purgeOnQuotaError: true }),
      refreshSaved,
      { handlerDidError: ({ request }) => offline(request) },
    ],
  }),
);

// Search and `/` are the network's, always; offline, they say so.
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && url.origin === self.location.origin && matches(networkOnlyPaths, url.pathname),
  new NetworkOnly({ plugins: [{ handlerDidError: ({ request }) => offline(request) }] }),
);

// A linked script's name changes with its bytes: once fetched, it is good for ever.
registerRoute(
  ({ url }) => url.origin === self.location.origin && matches(scriptPaths, url.pathname),
  new CacheFirst({ cacheName: store.scripts, plugins: [new ExpirationPlugin({ maxEntries: 16 })] }),
);

// A new build may have changed the saved pieces: fetch them again, once, in the background.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.open(store.savedPages).then(async (cache) => {
      for (const request of await cache.keys()) {
        try {
          const response = await fetch(request.url, { cache: 'no-cache' });
          if (response.ok) await cache.put(request.url, response);
        } catch {
          // Offline: the copy stays as it is, to be refreshed when the piece is next read online.
        }
      }
    }),
  );
});
