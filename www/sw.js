// The service worker: keeps every file of the page so that, after one visit, it opens and
// analyses with the network off. Network first (so a new build shows at once when online),
// the kept copy when the network fails. Only this origin's GET requests are touched.
const CACHE = 'newslens-v3';

// Every file the page needs; tests/browser/offline.test.mjs checks this against www/.
const FILES = [
  './',
  'index.html',
  'app.js',
  'dom.js',
  'export.js',
  'format.js',
  'icon.svg',
  'icon-192.png',
  'icon-512.png',
  'importer.js',
  'js/api.js',
  'js/index.js',
  'js/worker-thread.js',
  'js/worker.js',
  'limits.js',
  'manifest.webmanifest',
  'sample.js',
  'style.css',
  'worker.js',
  'panels/article.js',
  'panels/entities.js',
  'panels/export.js',
  'panels/index.js',
  'panels/keyphrases.js',
  'panels/language.js',
  'panels/quotes.js',
  'panels/sentences.js',
  'panels/sentiment.js',
  'panels/stats.js',
  'panels/summary.js',
  'panels/tokens.js',
  'pkg/newslens.js',
  'pkg/newslens_bg.wasm',
];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES.map((file) => new Request(file, { cache: 'reload' })))).then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith('newslens-') && name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
        }
        return response;
      })
      .catch(() => caches.match(request, { ignoreSearch: true }).then((kept) => kept ?? Response.error())),
  );
});
