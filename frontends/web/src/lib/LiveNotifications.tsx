import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { currentToken } from "../api/http";
import { ApiError } from "../api/problem";
import { notificationsQuery } from "../api/queries";
import type { AppNotification } from "../api/types";
import { useToast } from "../components/Toasts";

/** The hub the API pushes alerts on, and the method it calls with an `AppNotification`. */
export const NOTIFICATIONS_HUB = "/hubs/notifications";
export const NOTIFICATION_METHOD = "notification";
const POLL_MS = 60_000;

const isMissing = (error: unknown) => error instanceof ApiError && error.isMissingFeature;

/**
 * Shows a toast when a budget alert arrives: pushed over SignalR when the hub is there, otherwise found by
 * asking every minute. Alerts that existed before this page opened are counted, not toasted.
 */
export function LiveNotifications() {
  const toast = useToast();
  const queryClient = useQueryClient();
  const notifications = useQuery({
    ...notificationsQuery,
    // A server without notifications is not asked again.
    refetchInterval: (query) => (isMissing(query.state.error) ? false : POLL_MS),
  });
  const seen = useRef<Set<string> | null>(null);
  const connectToHub = notifications.isFetched && !isMissing(notifications.error);

  useEffect(() => {
    if (!notifications.data) return;
    if (!seen.current) {
      seen.current = new Set(notifications.data.map((n) => n.id));
      return;
    }
    for (const notification of notifications.data) {
      if (seen.current.has(notification.id)) continue;
      seen.current.add(notification.id);
      if (!notification.readAt) toast(notification.message, { kind: "alert", title: notification.title });
    }
  }, [notifications.data, toast]);

  useEffect(() => {
    if (!connectToHub) return;
    let stopped = false;
    let stopHub: (() => Promise<void>) | undefined;
    // A pushed alert joins the cached list, which the effect above then toasts and the badge counts.
    const arrived = (notification: AppNotification) =>
      queryClient.setQueryData(notificationsQuery.queryKey, (all) =>
        all && !all.some((n) => n.id === notification.id) ? [notification, ...all] : all,
      );
    (async () => {
      try {
        const signalR = await import("@microsoft/signalr");
        const connection = new signalR.HubConnectionBuilder()
          .withUrl(NOTIFICATIONS_HUB, { accessTokenFactory: async () => (await currentToken()) ?? "" })
          .withAutomaticReconnect()
          .configureLogging(signalR.LogLevel.None)
          .build();
        connection.on(NOTIFICATION_METHOD, arrived);
        await connection.start();
        stopHub = () => connection.stop();
        if (stopped) await connection.stop();
      } catch {
        // No hub on this server (or no connection): the minute-by-minute check goes on.
      }
    })();
    return () => {
      stopped = true;
      void stopHub?.();
    };
  }, [connectToHub, queryClient]);

  return null;
}

interface LiveNotificationsState {
  /** null while unknown; false when the server has no notifications. */
  available: boolean | null;
  unread: number;
}

/** What the badge shows, from the same cached list the notifications screen shows. */
export function useLiveNotifications(): LiveNotificationsState {
  const { data, error } = useQuery(notificationsQuery);
  return {
    available: data ? true : isMissing(error) ? false : null,
    unread: data?.filter((n) => !n.readAt).length ?? 0,
  };
}
