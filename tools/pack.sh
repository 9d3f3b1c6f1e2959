#!/usr/bin/env bash
# Packs the library (CommuneDocs.<version>.nupkg + .snupkg) and the tool (CommuneDocs.Cli.<version>.nupkg + .snupkg) into
# artifacts/, a folder that works as a local NuGet feed. Usage: tools/pack.sh [extra dotnet pack arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf artifacts
dotnet pack CommuneDocs.sln -c Release -o artifacts -nologo "$@"
ls -l artifacts
