/*
 * Crescendo's service worker: keeps the app shell (index.html and the built assets) so that a
 * reload without a connection still opens the app, and live capture keeps working from IndexedDB.
 * The API is never cached here.
 */
const SHELL = 'crescendo-shell';
const ASSETS = 'crescendo-assets';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL).then((c) => c.add('/')).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

/** The page sends the assets it loaded before this worker controlled it. */
self.addEventListener('message', (event) => {
  const data = event.data;
  if (data && data.type === 'cache-assets' && Array.isArray(data.urls)) {
    event.waitUntil(caches.open(ASSETS).then((c) => Promise.all(data.urls.map((u) => c.match(u).then((hit) => hit || c.add(u).catch(() => undefined))))));
  }
});

/** A new build (a different index.html) makes the cached assets obsolete. */
async function refreshShell(response) {
  const shell = await caches.open(SHELL);
  const before = await shell.match('/');
  const text = await response.clone().text();
  if (before && (await before.text()) !== text) await caches.delete(ASSETS);
  await shell.put('/', response);
}

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  if (req.mode === 'navigate') {
    event.respondWith(
      fetch(req)
        .then((res) => {
          if (res.ok) event.waitUntil(refreshShell(res.clone()));
          return res;
        })
        .catch(() => caches.open(SHELL).then((c) => c.match('/')).then((hit) => hit || Response.error())),
    );
    return;
  }
  if (url.pathname.startsWith('/assets/')) {
    event.respondWith(
      caches.open(ASSETS).then((c) =>
        c.match(req).then(
          (hit) =>
            hit ||
            fetch(req).then((res) => {
              if (res.ok) event.waitUntil(c.put(req, res.clone()));
              return res;
            }),
        ),
      ),
    );
  }
});
