#!/usr/bin/env bash
# Parse the corpus with the Release CLI and score it (developer convenience).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/CommuneDocs.Cli -c Release -v q -nologo | grep -E " error |rror\(s\)" || true
out=${1:-/tmp/out}
rm -rf "$out"
dotnet src/CommuneDocs.Cli/bin/Release/net10.0/communedocs.dll parse corpus --out "$out" 2>/dev/null || true
python3 ../shared/tools/score.py corpus/gold "$out"
