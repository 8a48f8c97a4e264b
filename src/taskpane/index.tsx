import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { officeHost, waitForOffice } from "./office-host";
import { preloadCatalog } from "./hooks/catalog";

preloadCatalog();
const root = createRoot(document.getElementById("container") as HTMLElement);
// Render at once; the host state fills in when Office answers (never a blank page outside Excel),
// and again if Excel answers after office.js's own timeout.
const late = officeHost();
root.render(<App hostReady={waitForOffice(undefined, late)} hostLate={late} />);
