import { useEffect, useRef } from "react";
import { Toast, ToastBody, ToastTitle, Toaster, useToastController } from "@fluentui/react-components";
import type { Notice } from "../model/notice";

const TOASTER_ID = "dabiao-toaster";

/** Shows each notice once, one at a time, as a Fluent toast (announced to screen readers by the Toaster). */
export default function ToastHost({ notices }: { notices: Notice[] }) {
  const { dispatchToast, dismissAllToasts } = useToastController(TOASTER_ID);
  const shown = useRef(0);
  useEffect(() => {
    for (const n of notices) {
      if (n.id <= shown.current) continue;
      shown.current = n.id;
      // The newest message replaces the one showing: stacked toasts covered the pane's cards.
      dismissAllToasts();
      dispatchToast(
        <Toast>
          <ToastTitle>{n.title}</ToastTitle>
          {n.body && <ToastBody>{n.body}</ToastBody>}
        </Toast>,
        { intent: n.intent, timeout: 5000 },
      );
    }
  }, [notices, dispatchToast, dismissAllToasts]);
  return <Toaster toasterId={TOASTER_ID} position="bottom" limit={1} pauseOnHover />;
}
