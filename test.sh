#!/usr/bin/env bash
# Runs every test of ExpenseTracker: the web app's Vitest suite, then the .NET suites (unit, API, adapters against real
# servers, AppHost, browser). The servers and the browser the tests drive (redis-server, rabbitmq-server, prometheus,
# azurite, chromium, docker-compose, wrk) are installed first when missing, as root or through sudo; the tests start
# them on free loopback ports themselves. Arguments are passed to `dotnet test` (for example `--filter-class ...`).
set -euo pipefail
cd "$(dirname "$0")"

apt_packages=(redis-server rabbitmq-server prometheus chromium docker-compose wrk)
npm_packages=(azurite@3)

missing_apt=()
for package in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing_apt+=("$package")
done
missing_npm=()
command -v azurite-blob >/dev/null 2>&1 || missing_npm+=("${npm_packages[@]}")

can_install=true
if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  can_install=false
fi

cannot_run=()
command -v dotnet >/dev/null 2>&1 || cannot_run+=("dotnet is not installed: install the .NET 10 SDK")
command -v npm >/dev/null 2>&1 || cannot_run+=("npm is not installed: install Node.js 20.19 or later with npm")
if [ ${#missing_apt[@]} -gt 0 ] || [ ${#missing_npm[@]} -gt 0 ]; then
  if [ "$can_install" = true ] && command -v apt-get >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
    if [ ${#missing_apt[@]} -gt 0 ]; then
      echo "Installing ${missing_apt[*]} (Debian packages the tests run)"
      "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
      "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing_apt[@]}" >/dev/null
    fi
    if [ ${#missing_npm[@]} -gt 0 ]; then
      echo "Installing ${missing_npm[*]} (npm package the tests run)"
      "${as_root[@]}" npm install --global --silent --no-fund --no-audit "${missing_npm[@]}" >/dev/null
    fi
  else
    for package in "${missing_apt[@]}"; do cannot_run+=("$package is not installed: run 'sudo apt-get install $package'"); done
    for package in "${missing_npm[@]}"; do cannot_run+=("${package%@*} is not installed: run 'sudo npm install --global $package'"); done
  fi
fi
if [ ${#cannot_run[@]} -gt 0 ]; then
  echo "The tests cannot run here yet (nothing was built):"
  printf '  %s\n' "${cannot_run[@]}"
  exit 1
fi

# The web app first: its lint (ESLint with the React hooks rules), its unit and component tests (Vitest, after checking
# that the generated API types match the committed OpenAPI document), then the build that the API serves and the
# browser tests drive. `npm ci` runs when node_modules is missing or older than the lock file.
(
  cd frontends/web
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund
  fi
  npm run lint
  npm test
  npm run build
)

dotnet build ExpenseTracker.sln --nologo -v quiet
dotnet test --solution ExpenseTracker.sln --no-build "$@"
