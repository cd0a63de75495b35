/* ExpenseTracker's service worker: the app shell from the cache, API reads network-first with the last answer
   kept for when the network is gone. Built into dist/sw.js by build/serviceWorkerPlugin.ts. */
const SHELL_FILES = self.__SHELL_FILES__;
const VERSION = self.__SHELL_VERSION__;
const SHELL_CACHE = `shell-${VERSION}`;
// Keep in step with DATA_CACHE in src/lib/offlineData.ts, which empties it when someone signs out.
const DATA_CACHE = "api-data-v1";
// Reads worth keeping for offline use; never tokens, never downloads.
const CACHED_API = /^\/api\/v1\/(expenses|categories|budgets|reports|me\/settings|recurring|notifications)(\/|\?|$)/;
const NOT_CACHED_API = /^\/api\/v1\/(expenses\/export|expenses\/[^/]+\/receipts)/;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(SHELL_CACHE).then((cache) => cache.addAll(SHELL_FILES)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith("shell-") && key !== SHELL_CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;

  if (url.pathname.startsWith("/api/")) {
    if (CACHED_API.test(url.pathname + url.search) && !NOT_CACHED_API.test(url.pathname)) {
      event.respondWith(networkFirst(request));
    }
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(fetch(request).catch(() => caches.match("/index.html", { cacheName: SHELL_CACHE })));
    return;
  }
  if (SHELL_FILES.includes(url.pathname)) {
    event.respondWith(caches.match(request, { cacheName: SHELL_CACHE }).then((hit) => hit ?? fetch(request)));
  }
});

/** The network's answer when there is one (and remember it); else the last answer seen, marked as such. */
async function networkFirst(request) {
  const cache = await caches.open(DATA_CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(request);
    if (!cached) throw error;
    const headers = new Headers(cached.headers);
    headers.set("X-From-Offline-Cache", "true");
    return new Response(await cached.blob(), { status: cached.status, statusText: cached.statusText, headers });
  }
}

self.addEventListener("message", (event) => {
  if (event.data === "clear-data") event.waitUntil(caches.delete(DATA_CACHE));
});
