#!/usr/bin/env bash
# Runs every test of ExpenseTracker: the .NET suites (unit, API, adapters against real servers, AppHost, browser).
# Servers the tests need (redis-server, rabbitmq-server, prometheus, azurite, chromium) are started by the tests
# themselves on free loopback ports; .ci/run installs them on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")"

dotnet build ExpenseTracker.sln --nologo -v quiet
dotnet test --solution ExpenseTracker.sln --no-build "$@"
