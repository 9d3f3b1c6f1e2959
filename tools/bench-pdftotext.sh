#!/usr/bin/env bash
# Whole-process timings with hyperfine (issue #7): poppler's pdftotext over each corpus PDF (one process a file, in a
# shell loop) against `communedocs parse` of the same PDFs (one process), then `communedocs parse` of the .docx and
# the .txt plans. Builds the CLI in Release first and runs its dll with `dotnet`, as an installed tool would run.
# `communedocs parse` uses both processors (--jobs defaults to their number) and is also timed with --jobs 1, the
# loop's one file at a time. `communedocs --version` is the .NET start-up every `communedocs` process pays.
# Usage: tools/bench-pdftotext.sh [OUT_DIR]   (markdown table in OUT_DIR/hyperfine.md; default a new temp folder)
# Needs: hyperfine, pdftotext (Debian: apt-get install hyperfine poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-$(mktemp -d "${TMPDIR:-/tmp}/communedocs-hyperfine.XXXXXX")}
mkdir -p "$out/pdftotext" "$out/parse"
dotnet build src/CommuneDocs.Cli -c Release -nologo -v quiet
cli="dotnet src/CommuneDocs.Cli/bin/Release/net10.0/communedocs.dll"
hyperfine --warmup 2 --runs "${RUNS:-10}" --export-markdown "$out/hyperfine.md" \
  -n "pdftotext, 5 PDFs" "sh -c 'for f in corpus/*.pdf; do pdftotext -enc UTF-8 \"\$f\" $out/pdftotext/\$(basename \"\$f\" .pdf).txt; done'" \
  -n "communedocs --version (start-up)" "$cli --version" \
  -n "communedocs parse, 5 PDFs" "$cli parse corpus/*.pdf --out $out/parse" \
  -n "communedocs parse --jobs 1, 5 PDFs" "$cli parse corpus/*.pdf --jobs 1 --out $out/parse" \
  -n "communedocs parse, 5 .docx" "$cli parse corpus/*.docx --out $out/parse" \
  -n "communedocs parse, 5 .txt" "$cli parse corpus/*.txt --out $out/parse"
cat "$out/hyperfine.md"
