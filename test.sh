#!/usr/bin/env bash
# Runs every test of ExpenseTracker: the web app's Vitest suite, then the .NET suites (unit, API, adapters against real servers, AppHost, browser).
# Servers the tests need (redis-server, rabbitmq-server, prometheus, azurite, chromium) are started by the tests
# themselves on free loopback ports; .ci/run installs them on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")"

# The web app first: its unit and component tests (Vitest), then the build that the API serves and the browser tests
# drive. `npm ci` runs when node_modules is missing or older than the lock file.
if command -v npm >/dev/null 2>&1; then
  (
    cd frontends/web
    if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
      npm ci --no-audit --no-fund
    fi
    npm test
    npm run build
  )
else
  echo "npm is not installed: the web app is neither tested nor built, and the browser tests will say they skipped."
fi

dotnet build ExpenseTracker.sln --nologo -v quiet
dotnet test --solution ExpenseTracker.sln --no-build "$@"
