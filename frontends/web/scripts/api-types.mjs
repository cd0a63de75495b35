// Writes src/api/schema.ts, the API's types, from the committed OpenAPI document (`npm run api:types`);
// with --check, writes nothing and fails when the committed file is not what the document gives (`npm run api:check`).
import { readFile, writeFile } from "node:fs/promises";
import openapiTS, { astToString, COMMENT_HEADER } from "openapi-typescript";

const documentUrl = new URL("../openapi/v1.json", import.meta.url);
const schemaUrl = new URL("../src/api/schema.ts", import.meta.url);
const SCHEMA_FILE = "src/api/schema.ts";

// What `openapi-typescript openapi/v1.json -o src/api/schema.ts` writes, with its default options.
const generated = COMMENT_HEADER + astToString(await openapiTS(documentUrl, { silent: true }));

if (process.argv.includes("--check")) {
  const committed = await readFile(schemaUrl, "utf8").catch(() => null);
  // A checkout with Windows line endings is not stale.
  if (committed?.replace(/\r\n/g, "\n") !== generated) {
    console.error(`${SCHEMA_FILE} is stale: run npm run api:types`);
    process.exit(1);
  }
  console.log(`${SCHEMA_FILE} matches openapi/v1.json.`);
} else {
  await writeFile(schemaUrl, generated);
  console.log(`Wrote ${SCHEMA_FILE} from openapi/v1.json.`);
}
