// Bundles the service worker (lib/offline/service-worker.ts, with Serwist) into public/sw.js, run by
// `npm run build` before `next build`. The offline fallback page and the icon are precached under the
// hash of their content, so that a changed file replaces the kept one.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

import { build } from "esbuild";

const root = path.resolve(__dirname, "..");
/** Files of public/ the worker keeps from its installation on. */
const PRECACHED = ["/offline.html", "/icons/icon.svg"].map((url) => ({
  url,
  revision: createHash("sha256")
    .update(readFileSync(path.join(root, "public", url)))
    .digest("hex")
    .slice(0, 16),
}));

build({
  entryPoints: [path.join(root, "lib/offline/service-worker.ts")],
  outfile: path.join(root, "public/sw.js"),
  bundle: true,
  format: "iife",
  target: "es2022",
  minify: true,
  sourcemap: false,
  legalComments: "none",
  define: {
    "process.env.NODE_ENV": JSON.stringify("production"),
    PRECACHED: JSON.stringify(PRECACHED),
  },
  logLevel: "warning",
}).then(
  () => console.log("Service worker: public/sw.js"),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
