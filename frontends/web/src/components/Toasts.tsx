import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from "react";

type Kind = "info" | "success" | "error" | "alert";

interface Toast {
  id: number;
  kind: Kind;
  title?: string;
  message: string;
}

type Show = (message: string, options?: { kind?: Kind; title?: string }) => void;

const ToastContext = createContext<Show>(() => {});

/** Short messages in a corner, read out by screen readers; alerts stay until dismissed. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((toast) => toast.id !== id)), []);

  const show = useCallback<Show>(
    (message, options) => {
      const id = nextId.current++;
      const kind = options?.kind ?? "info";
      setToasts((all) => [...all.slice(-3), { id, kind, title: options?.title, message }]);
      if (kind !== "alert" && kind !== "error") setTimeout(() => dismiss(id), 5000);
    },
    [dismiss],
  );

  return (
    <ToastContext.Provider value={show}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast-${toast.kind}`} data-testid="toast">
            <div>
              {toast.title && <strong>{toast.title}</strong>}
              <p>{toast.message}</p>
            </div>
            <button type="button" className="icon-button" onClick={() => dismiss(toast.id)} aria-label="Dismiss">
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export const useToast = (): Show => useContext(ToastContext);
