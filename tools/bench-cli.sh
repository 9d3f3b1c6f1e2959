#!/usr/bin/env bash
# Whole-process speed as a user meets it (issue 17), as ratios measured in one run: hyperfine for times, GNU time for
# memory. Prints markdown tables; writes them and the raw exports to OUT_DIR (default: a new temp folder).
#   1. start-up: `communedocs parse` of the five corpus PDFs in one call against `pdftotext` over the same files, for
#      the portable build (dotnet communedocs.dll, as `dotnet tool install` runs it) and the native one
#      (artifacts/native/linux-x64/communedocs from tools/publish-native.sh; skipped when missing);
#   2. all cores: 100 PDFs, 100 .docx and 100 .txt (the corpus files copied 20 times), --jobs 1 against --jobs N
#      (N = nproc);
#   3. indexing: `communedocs index` of 300 generated plans against `communedocs parse` of the same plans;
#   4. memory: `communedocs gaps` of 3,300 generated plans, wall time and max RSS.
# Usage: tools/bench-cli.sh [OUT_DIR]   RUNS=N sets hyperfine's runs (default 5); CLI=native|portable picks the
# build for parts 2-4 (default native when built). Needs hyperfine, pdftotext, GNU time (Debian: hyperfine poppler-utils time).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-$(mktemp -d "${TMPDIR:-/tmp}/communedocs-bench.XXXXXX")}
mkdir -p "$out"
runs=${RUNS:-5}
jobs=$(nproc)
dotnet build src/CommuneDocs.Cli -c Release -nologo -v quiet >/dev/null
dotnet build tools/CommuneDocs.Dev -c Release -nologo -v quiet >/dev/null
portable="dotnet src/CommuneDocs.Cli/bin/Release/net10.0/communedocs.dll"
native=artifacts/native/linux-x64/communedocs
dev="dotnet tools/CommuneDocs.Dev/bin/Release/net10.0/communedocs-dev.dll"
cli=$portable
if [ "${CLI:-}" != portable ] && [ -x "$native" ]; then cli=$native; fi
echo "parts 2-4 run: $cli" | tee "$out/which.txt"

data=$out/data
mkdir -p "$data"/{pdf,docx,txt,parsed,pdftotext}
for i in $(seq -w 1 20); do
  for f in corpus/*.pdf corpus/*.docx corpus/*.txt; do ext=${f##*.}; cp "$f" "$data/$ext/${i}_$(basename "$f")"; done
done
[ -d "$data/gen300" ] || $dev generate --count 300 --seed 7 --out "$data/gen300" >/dev/null
[ -d "$data/gen3300" ] || $dev generate --count 3300 --seed 11 --out "$data/gen3300" >/dev/null

echo "## 1. Five corpus PDFs in one call, against pdftotext"
cmds=(-n "pdftotext, 5 PDFs" "sh -c 'for f in corpus/*.pdf; do pdftotext -enc UTF-8 \$f $data/pdftotext/x.txt; done'"
      -n "portable: communedocs parse, 5 PDFs" "$portable parse corpus/*.pdf --out $data/parsed")
[ -x "$native" ] && cmds+=(-n "native: communedocs parse, 5 PDFs" "$native parse corpus/*.pdf --out $data/parsed")
hyperfine --warmup 2 --runs $((runs * 2)) --export-markdown "$out/startup.md" "${cmds[@]}" >/dev/null
cat "$out/startup.md"

echo; echo "## 2. 100 files, --jobs 1 against --jobs $jobs"
for ext in pdf docx txt; do
  hyperfine --warmup 1 --runs "$runs" --export-markdown "$out/jobs-$ext.md" \
    -n "$ext, --jobs 1" "$cli parse $data/$ext --jobs 1 --out $data/parsed" \
    -n "$ext, --jobs $jobs" "$cli parse $data/$ext --jobs $jobs --out $data/parsed" >/dev/null
  cat "$out/jobs-$ext.md"
done

echo; echo "## 3. index of 300 generated plans against parse of the same plans"
hyperfine --warmup 1 --runs "$runs" --export-markdown "$out/index.md" --prepare "rm -rf $data/idx" \
  -n "parse, 300 plans" "$cli parse $data/gen300 --out $data/parsed" \
  -n "index, 300 plans" "$cli index $data/gen300 --index $data/idx" >/dev/null
cat "$out/index.md"

echo; echo "## 4. gaps of 3,300 generated plans"
/usr/bin/time -f "%e s wall, %M KB max RSS" -o "$out/gaps-time.txt" $cli gaps "$data/gen3300" --out "$data/gaps.json" >/dev/null 2>&1
cat "$out/gaps-time.txt"
python3 ../shared/tools/score.py --gaps "$data/gen3300/answers.json" "$data/gaps.json" 2>/dev/null | tail -1 || true
echo; echo "tables in $out"
