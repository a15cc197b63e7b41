#!/usr/bin/env bash
# Builds the site in Release and measures search at 10,000 and 100,000 items (or the sizes given, e.g. 2000).
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build src/Psqm.Web -c Release -nologo -v quiet
dotnet run --project bench/search -c Release -- "${1:-10000,100000}"
