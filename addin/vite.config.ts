/**
 * Builds the task pane (taskpane.html) and the ribbon's function file (commands.html) into
 * dist/addin. Custom functions are bundled separately (scripts/addin/build.ts) because Excel's
 * custom-functions runtime loads one classic script at a fixed URL.
 */
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

/** Dev certificates from office-addin-dev-certs, when installed (`npx office-addin-dev-certs install`). */
function devCerts(): { key: Buffer; cert: Buffer } | undefined {
  const dir = join(homedir(), ".office-addin-dev-certs");
  const key = join(dir, "localhost.key");
  const cert = join(dir, "localhost.crt");
  return existsSync(key) && existsSync(cert) ? { key: readFileSync(key), cert: readFileSync(cert) } : undefined;
}

export default defineConfig(({ command }) => {
  const https = command === "serve" ? devCerts() : undefined;
  return {
    root,
    base: "./",
    publicDir: false,
    plugins: [react()],
    build: {
      outDir: join(root, "..", "dist", "addin"),
      emptyOutDir: false,
      // Content-hashed files only: infra/addin-cache.ts caches this folder for a year.
      assetsDir: "bundle",
      target: "es2022",
      sourcemap: true,
      chunkSizeWarningLimit: 1500,
      rolldownOptions: {
        input: { taskpane: join(root, "taskpane.html"), commands: join(root, "commands.html") },
      },
    },
    server: { port: 3000, strictPort: true, ...(https ? { https } : {}) },
    preview: { port: 3000, strictPort: true, ...(https ? { https } : {}) },
  };
});
