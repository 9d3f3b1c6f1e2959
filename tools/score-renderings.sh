#!/usr/bin/env bash
# Accuracy on renderings of the corpus plans made by other tools than the ones that made the corpus files, scored
# against the same gold: the rules must not depend on how Word wrote a .docx or exported a PDF.
#   lo-pdf      LibreOffice's PDF export of each corpus .docx
#   lo-docx     each corpus .docx opened and saved again by LibreOffice (its own numbering and table markup)
#   lo-txt      LibreOffice's plain-text export of each corpus .docx (tables one cell per line)
#   pdftotext   poppler's pdftotext of each corpus PDF, reading order (no options)
#   pdftotext-layout   the same with -layout (columns kept side by side with spaces)
# Prints the overall score of each; the tables are in OUT_DIR/<rendering>.score.
# Usage: tools/score-renderings.sh [OUT_DIR]   (default a new temp folder)
# Needs: libreoffice (Debian: libreoffice-writer-nogui), pdftotext (poppler-utils), python3.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-$(mktemp -d "${TMPDIR:-/tmp}/communedocs-renderings.XXXXXX")}
mkdir -p "$out"
dotnet build src/CommuneDocs.Cli -c Release -nologo -v quiet
cli="dotnet src/CommuneDocs.Cli/bin/Release/net10.0/communedocs.dll"
profile="$out/lo-profile"   # a private LibreOffice profile, so a desktop session's one is neither used nor locked

convert() { # FORMAT FILTER DIR
  mkdir -p "$out/$3"
  libreoffice -env:UserInstallation="file://$profile" --headless --convert-to "$2" --outdir "$out/$3" corpus/*.docx >/dev/null 2>&1
}
convert pdf pdf lo-pdf
convert docx "docx:MS Word 2007 XML" lo-docx
convert txt "txt:Text (encoded):UTF8" lo-txt
mkdir -p "$out/pdftotext" "$out/pdftotext-layout"
for f in corpus/*.pdf; do
  stem=$(basename "$f" .pdf)
  pdftotext -enc UTF-8 "$f" "$out/pdftotext/$stem.txt"
  pdftotext -enc UTF-8 -layout "$f" "$out/pdftotext-layout/$stem.txt"
done

for rendering in lo-pdf lo-docx lo-txt pdftotext pdftotext-layout; do
  rm -rf "$out/$rendering.json"
  $cli parse "$out/$rendering" --out "$out/$rendering.json" >/dev/null 2>&1 || true
  python3 ../shared/tools/score.py corpus/gold "$out/$rendering.json" > "$out/$rendering.score"
  printf '%-18s %s\n' "$rendering" "$(tail -1 "$out/$rendering.score")"
done
echo "tables: $out/*.score"
