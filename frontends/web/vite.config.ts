/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { serviceWorker } from "./build/serviceWorkerPlugin.ts";

// Under the Aspire AppHost the API's address arrives through service discovery variables; alone, the API's default.
const apiTarget =
  process.env.services__api__http__0 ?? process.env.services__api__https__0 ?? process.env.API_URL ?? "http://localhost:5080";
const proxied = { target: apiTarget, changeOrigin: true };

export default defineConfig({
  plugins: [react(), serviceWorker(fileURLToPath(new URL("./sw/service-worker.js", import.meta.url)))],
  server: {
    port: Number(process.env.PORT ?? 5173),
    strictPort: Boolean(process.env.PORT),
    proxy: {
      "/api": proxied,
      "/hubs": { ...proxied, ws: true },
      "/health": proxied,
    },
  },
  build: {
    outDir: "dist",
    sourcemap: true,
    chunkSizeWarningLimit: 600,
  },
  test: {
    environment: "jsdom",
    globals: true,
    setupFiles: ["./src/test/setup.ts"],
    include: ["src/**/*.test.{ts,tsx}"],
    restoreMocks: true,
  },
});
