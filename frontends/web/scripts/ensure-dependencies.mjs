// Runs before `npm run dev`: a fresh checkout (or the AppHost starting the dev server) has no node_modules yet.
import { existsSync } from "node:fs";
import { execSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
if (!existsSync(join(root, "node_modules", ".package-lock.json"))) {
  console.log("node_modules is missing: running npm ci once.");
  execSync("npm ci --no-audit --no-fund", { cwd: root, stdio: "inherit" });
}
