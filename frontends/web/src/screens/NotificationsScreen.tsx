import { listNotifications, markNotificationRead } from "../api/endpoints";
import type { AppNotification } from "../api/types";
import { Empty, Loaded, messageOf } from "../components/States";
import { useToast } from "../components/Toasts";
import { useLiveNotifications } from "../lib/LiveNotifications";
import { usePreferences } from "../lib/Preferences";
import { useApi } from "../lib/useApi";

export function NotificationsScreen() {
  const { format } = usePreferences();
  const live = useLiveNotifications();
  const toast = useToast();
  const notifications = useApi((signal) => listNotifications(signal), [live.revision]);

  const markRead = async (notification: AppNotification) => {
    const readAt = new Date().toISOString();
    // Optimistic: read at once; unread again if the server refuses.
    notifications.setData((all) => all?.map((n) => (n.id === notification.id ? { ...n, readAt } : n)));
    live.setUnread(Math.max(0, live.unread - 1));
    try {
      await markNotificationRead(notification.id);
    } catch (error) {
      toast(messageOf(error), { kind: "error" });
      notifications.reload();
    }
  };

  return (
    <>
      <div className="screen-head">
        <h1>Notifications</h1>
      </div>
      <Loaded state={notifications} feature="notifications">
        {(list) =>
          list.length === 0 ? (
            <Empty title="No notifications.">
              <p>You will be told here, and with a message on screen, when a category reaches 80 % or 100 % of its budget.</p>
            </Empty>
          ) : (
            <ul className="card list">
              {[...list]
                .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
                .map((notification) => (
                  <li key={notification.id} className={notification.readAt ? "notification read" : "notification unread"}>
                    <div>
                      <strong>{notification.title}</strong>
                      <p>{notification.message}</p>
                      <span className="muted small">{format.dateTime(notification.createdAt)}</span>
                    </div>
                    {!notification.readAt && (
                      <button type="button" className="button small" onClick={() => void markRead(notification)}>
                        Mark as read
                      </button>
                    )}
                  </li>
                ))}
            </ul>
          )
        }
      </Loaded>
    </>
  );
}
