import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { markNotificationRead } from "../api/endpoints";
import { notificationsQuery } from "../api/queries";
import type { AppNotification } from "../api/types";
import { Empty, Loaded, messageOf } from "../components/States";
import { useToast } from "../components/Toasts";
import { usePreferences } from "../lib/Preferences";

export function NotificationsScreen() {
  const { format } = usePreferences();
  const toast = useToast();
  const queryClient = useQueryClient();
  const notifications = useQuery(notificationsQuery);

  const markRead = useMutation({
    mutationFn: (notification: AppNotification) => markNotificationRead(notification.id),
    // Optimistic: read at once, in this list and in the badge; unread again if the server refuses.
    onMutate: async (notification) => {
      await queryClient.cancelQueries({ queryKey: notificationsQuery.queryKey });
      const readAt = new Date().toISOString();
      queryClient.setQueryData(notificationsQuery.queryKey, (all) => all?.map((n) => (n.id === notification.id ? { ...n, readAt } : n)));
    },
    onError: (error) => toast(messageOf(error), { kind: "error" }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsQuery.queryKey }),
  });

  return (
    <>
      <div className="screen-head">
        <h1>Notifications</h1>
      </div>
      <Loaded query={notifications} feature="notifications">
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
                      <button type="button" className="button small" onClick={() => markRead.mutate(notification)}>
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
