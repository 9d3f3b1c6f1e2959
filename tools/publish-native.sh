#!/usr/bin/env bash
# Publishes `communedocs` as one native file (Native AOT) for a machine without .NET: artifacts/native/<rid>/communedocs.
# Usage: tools/publish-native.sh [RID]   (default linux-x64; build on the platform you target; needs clang and
# zlib's headers, e.g. Debian: apt-get install clang zlib1g-dev). About 6 minutes on two cores; the file is ~60 MB.
set -euo pipefail
cd "$(dirname "$0")/.."
rid=${1:-linux-x64}
. tools/native-linker.sh
dotnet publish src/CommuneDocs.Cli -c Release -r "$rid" -p:PublishAot=true "${linker[@]}" -o "artifacts/native/$rid" -nologo
ls -l "artifacts/native/$rid/communedocs"*
