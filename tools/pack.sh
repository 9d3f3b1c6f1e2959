#!/usr/bin/env bash
# Packs the library (CommuneDocs.<version>.nupkg + .snupkg) and the tool (CommuneDocs.Cli.<version>.nupkg + .snupkg) into
# artifacts/, a folder that works as a local NuGet feed. Usage: tools/pack.sh [--native] [extra dotnet pack arguments]
# --native: the tool as RID-specific packages instead (.NET 10 SDK): CommuneDocs.Cli.<version>.nupkg points to
# CommuneDocs.Cli.linux-x64.<version>.nupkg, a Native AOT build that starts in a tenth of the time (build it on
# linux-x64 with clang; about 6 minutes on two cores), and CommuneDocs.Cli.any.<version>.nupkg, the portable build
# every other platform installs.
set -euo pipefail
cd "$(dirname "$0")/.."
native=false
if [ "${1:-}" = "--native" ]; then native=true; shift; fi
rm -rf artifacts
if ! $native; then
  dotnet pack CommuneDocs.sln -c Release -o artifacts -nologo "$@"
else
  . tools/native-linker.sh
  dotnet pack src/CommuneDocs -c Release -o artifacts -nologo "$@"
  dotnet pack src/CommuneDocs.Cli -c Release -o artifacts -nologo -p:NativeTool=true -p:IncludeSymbols=false "$@"  # the pointer package: no code, no symbols
  dotnet pack src/CommuneDocs.Cli -c Release -o artifacts -nologo -p:NativeTool=true -r linux-x64 "${linker[@]}" "$@"
  dotnet pack src/CommuneDocs.Cli -c Release -o artifacts -nologo -p:NativeTool=true -r any -p:PublishAot=false "$@"
fi
ls -l artifacts
