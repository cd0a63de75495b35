import { act, screen, waitFor } from "@testing-library/react";
import { fakeApi } from "../test/fakeApi";
import { renderInApp } from "../test/render";
import { LiveNotifications, NOTIFICATIONS_HUB, NOTIFICATION_METHOD, useLiveNotifications } from "./LiveNotifications";

const hub = vi.hoisted(() => ({
  url: "",
  handlers: new Map<string, (payload: unknown) => void>(),
  started: false,
}));

vi.mock("@microsoft/signalr", () => {
  class HubConnectionBuilder {
    withUrl(url: string) {
      hub.url = url;
      return this;
    }
    withAutomaticReconnect() {
      return this;
    }
    configureLogging() {
      return this;
    }
    build() {
      return {
        on: (method: string, handler: (payload: unknown) => void) => hub.handlers.set(method, handler),
        start: async () => {
          hub.started = true;
        },
        stop: async () => {},
      };
    }
  }
  return { HubConnectionBuilder, LogLevel: { None: 6 } };
});

function Badge() {
  const live = useLiveNotifications();
  return <p>{live.available === false ? "no notifications here" : `${live.unread} unread`}</p>;
}

const renderWithBadge = () =>
  renderInApp(
    <>
      <LiveNotifications />
      <Badge />
    </>,
  );

const alert = (id: string, readAt: string | null = null) => ({
  id,
  kind: "budget",
  title: "Food is at 80 % of its budget",
  message: "You have spent €80.00 of €100.00 on Food in November.",
  categoryId: "c-food",
  month: "2026-11",
  threshold: 80,
  createdAt: "2026-11-25T10:00:00Z",
  readAt,
});

beforeEach(() => {
  hub.handlers.clear();
  hub.started = false;
});

it("counts the unread alerts and shows a toast when the hub pushes a new one", async () => {
  fakeApi({ "GET /notifications": { json: [alert("n-1"), alert("n-0", "2026-11-24T00:00:00Z")] } });
  renderWithBadge();

  expect(await screen.findByText("1 unread")).toBeInTheDocument();
  await waitFor(() => expect(hub.started).toBe(true));
  expect(hub.url).toBe(NOTIFICATIONS_HUB);
  expect(screen.queryByTestId("toast")).not.toBeInTheDocument();

  act(() => hub.handlers.get(NOTIFICATION_METHOD)?.(alert("n-2")));

  expect(await screen.findByTestId("toast")).toHaveTextContent("Food is at 80 % of its budget");
  expect(screen.getByText("2 unread")).toBeInTheDocument();
});

it("stays quiet on a server without notifications", async () => {
  fakeApi({});
  renderWithBadge();

  expect(await screen.findByText("no notifications here")).toBeInTheDocument();
  expect(hub.started).toBe(false);
});
