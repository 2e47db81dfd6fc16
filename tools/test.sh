#!/usr/bin/env bash
# Builds the CLI (via the launcher) and runs every test project in Release.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1
./sharpy --version >/dev/null 2>&1 || true   # publishes .build/sharpy for the process-level tests
dotnet test Sharpy.slnx -c Release --nologo -v quiet
