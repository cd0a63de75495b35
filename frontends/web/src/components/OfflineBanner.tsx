import { useEffect, useState } from "react";

/** Says when the device is offline, and that what is shown is the last data seen. */
export function OfflineBanner({ showingCachedData }: { showingCachedData: boolean }) {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    return () => {
      window.removeEventListener("online", update);
      window.removeEventListener("offline", update);
    };
  }, []);
  if (online && !showingCachedData) return null;
  return (
    <div className="offline-banner" role="status" data-testid="offline-banner">
      {online
        ? "The server cannot be reached: showing the last data seen."
        : "You are offline: showing the last data seen. Changes need a connection."}
    </div>
  );
}
