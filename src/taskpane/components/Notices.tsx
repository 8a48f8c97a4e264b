/**
 * Toasts. The first screen only records a notice; Fluent's Toaster loads with the first one,
 * so its motion and portal code stay out of the initial bundle.
 */
import { createContext, lazy, Suspense, useCallback, useContext, useRef, useState, type ReactNode } from "react";
import type { Notice } from "../model/notice";

const ToastHost = lazy(() => import(/* webpackChunkName: "toasts" */ "./ToastHost"));
const NotifyContext = createContext<(notice: Omit<Notice, "id">) => void>(() => undefined);

export function NoticesProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const next = useRef(1);
  const notify = useCallback((n: Omit<Notice, "id">) => setNotices((old) => [...old, { ...n, id: next.current++ }]), []);
  return (
    <NotifyContext.Provider value={notify}>
      {children}
      {notices.length > 0 && (
        <Suspense fallback={null}>
          <ToastHost notices={notices} />
        </Suspense>
      )}
    </NotifyContext.Provider>
  );
}

export function useNotify(): (notice: Omit<Notice, "id">) => void {
  return useContext(NotifyContext);
}
