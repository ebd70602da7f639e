// The kit's service worker: after a first visit, every page and file the kit needs comes from this
// version's cache, so a workshop room with no network still has guides, worksheets, the map, the
// report and the image export. The build prepends VERSION, SCOPE and PRECACHE (src/site/offline-cache.ts).
// It never touches localStorage: the participant's workbook lives there, whatever the version.
const CACHE = `mnk-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

// When this version takes over, the one before it stays (a tab still open on it keeps finding the
// code it loads later: the PDF, the image export); older ones go. Cache names list oldest first.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => keys.filter((k) => k.startsWith('mnk-') && k !== CACHE).slice(0, -1))
      .then((old) => Promise.all(old.map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The page asks for this when the participant chooses to use the new version now.
self.addEventListener('message', (event) => {
  if (event.data === 'use-new-version') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(SCOPE))
    return;
  event.respondWith(fromCache(request));
});

/** A file only the version before this one had: code an open page of that version loads late. */
async function previousVersion(request) {
  for (const key of await caches.keys()) {
    if (key === CACHE || !key.startsWith('mnk-')) continue;
    const kept = await (await caches.open(key)).match(request);
    if (kept) return kept;
  }
  return undefined;
}

/**
 * This version's copy first; otherwise the network, keeping what it sends (the large fonts for
 * Chinese, Korean and emoji are kept once used, not up front); offline, a page not kept shows the
 * kit's "page not found".
 */
async function fromCache(request) {
  const cache = await caches.open(CACHE);
  // A page is kept once, whatever its query (the presenter view's step and timer).
  const kept =
    (await cache.match(request, { ignoreSearch: request.mode === 'navigate' })) ??
    (await previousVersion(request));
  if (kept) return kept;
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
    return response;
  } catch (error) {
    if (request.mode === 'navigate') {
      const notFound = await cache.match(`${SCOPE}404.html`);
      if (notFound) return notFound;
    }
    throw error;
  }
}
