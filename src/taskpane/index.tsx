import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { waitForOffice } from "./office-host";
import { preloadCatalog } from "./hooks/catalog";

preloadCatalog();
const root = createRoot(document.getElementById("container") as HTMLElement);
// Render at once; the host state fills in when Office answers (never a blank page outside Excel).
root.render(<App hostReady={waitForOffice()} />);
