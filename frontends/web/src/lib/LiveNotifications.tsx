import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { listNotifications } from "../api/endpoints";
import { currentToken } from "../api/http";
import { ApiError } from "../api/problem";
import type { AppNotification } from "../api/types";
import { useToast } from "../components/Toasts";

/** The hub the API pushes alerts on, and the method it calls with an `AppNotification`. */
export const NOTIFICATIONS_HUB = "/hubs/notifications";
export const NOTIFICATION_METHOD = "notification";
const POLL_MS = 60_000;

interface LiveNotifications {
  /** null while unknown; false when the server has no notifications. */
  available: boolean | null;
  unread: number;
  /** Tells the badge that the list screen changed what is read. */
  setUnread(count: number): void;
  /** Bumped on every new alert, so that an open list reloads. */
  revision: number;
}

const LiveContext = createContext<LiveNotifications>({ available: null, unread: 0, setUnread: () => {}, revision: 0 });

/**
 * Shows a toast when a budget alert arrives: pushed over SignalR when the hub is there, otherwise found by
 * asking every minute. Alerts that existed before this page opened are counted, not toasted.
 */
export function LiveNotificationsProvider({ children }: { children: ReactNode }) {
  const toast = useToast();
  const [available, setAvailable] = useState<boolean | null>(null);
  const [unread, setUnread] = useState(0);
  const [revision, setRevision] = useState(0);
  const seen = useRef<Set<string> | null>(null);

  const arrived = useCallback(
    (notification: AppNotification) => {
      if (seen.current?.has(notification.id)) return;
      seen.current?.add(notification.id);
      if (!notification.readAt) {
        setUnread((count) => count + 1);
        toast(notification.message, { kind: "alert", title: notification.title });
      }
      setRevision((n) => n + 1);
    },
    [toast],
  );

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setInterval> | undefined;
    let stopHub: (() => Promise<void>) | undefined;

    let missing = false;
    const poll = async () => {
      try {
        const all = await listNotifications();
        if (stopped) return;
        setAvailable(true);
        if (!seen.current) {
          seen.current = new Set(all.map((n) => n.id));
          setUnread(all.filter((n) => !n.readAt).length);
        } else {
          all.filter((n) => !seen.current?.has(n.id)).forEach(arrived);
        }
      } catch (error) {
        if (error instanceof ApiError && error.isMissingFeature) {
          missing = true;
          setAvailable(false);
          if (timer) clearInterval(timer);
        }
      }
    };

    (async () => {
      await poll();
      if (stopped || missing) return;
      timer = setInterval(() => void poll(), POLL_MS);
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
      if (timer) clearInterval(timer);
      void stopHub?.();
    };
  }, [arrived]);

  return <LiveContext.Provider value={{ available, unread, setUnread, revision }}>{children}</LiveContext.Provider>;
}

export const useLiveNotifications = (): LiveNotifications => useContext(LiveContext);
