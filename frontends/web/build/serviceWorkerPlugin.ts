import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Plugin } from "vite";

/** Files from public/ that the app shell needs offline (the bundle's own files are added at build time). */
const publicShellFiles = [
  "/index.html",
  "/manifest.webmanifest",
  "/icons/favicon.svg",
  "/icons/icon-192.png",
  "/icons/icon-512.png",
  "/icons/maskable-512.png",
  "/icons/apple-touch-icon.png",
];

/**
 * Emits /sw.js from sw/service-worker.js with the list of files to precache and a version that changes whenever
 * that list does, so a new build replaces the old shell. Hand-written instead of a PWA plugin: it is thirty lines.
 */
export function serviceWorker(sourcePath: string): Plugin {
  return {
    name: "expensetracker-service-worker",
    apply: "build",
    generateBundle(_options, bundle) {
      const assets = Object.keys(bundle)
        .filter((file) => !file.endsWith(".map") && file !== "index.html")
        .map((file) => `/${file}`)
        .sort();
      const shell = [...publicShellFiles, ...assets];
      const version = createHash("sha256").update(shell.join("\n")).digest("hex").slice(0, 12);
      const source = readFileSync(sourcePath, "utf8")
        .replace("self.__SHELL_FILES__", JSON.stringify(shell))
        .replace("self.__SHELL_VERSION__", JSON.stringify(version));
      this.emitFile({ type: "asset", fileName: "sw.js", source });
    },
  };
}
