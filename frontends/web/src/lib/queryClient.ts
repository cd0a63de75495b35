import { QueryClient } from "@tanstack/react-query";

/** The cache of API answers; one per signed-in app (and one per test), emptied whenever someone signs in or out. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Offline, the service worker answers reads from its cache, so a read is always sent rather than held back.
        networkMode: "always",
        // A failed read shows at once, with its "Try again" button: a 4xx will not change, and a retry would only delay the message.
        retry: false,
        // Screens read when they open and after the app's own changes, not when the window or the network comes back.
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
      mutations: { networkMode: "always" },
    },
  });
}
