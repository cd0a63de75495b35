// Must match DATA_CACHE in sw/service-worker.js.
export const DATA_CACHE = "api-data-v1";

/** Forgets the API answers kept for offline use, so the next person on this device never sees them. */
export async function clearOfflineData(): Promise<void> {
  if (typeof caches !== "undefined") await caches.delete(DATA_CACHE).catch(() => false);
}
