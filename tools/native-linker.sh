# Sourced by tools/publish-native.sh and tools/pack.sh: sets `linker` to the MSBuild argument that names the C
# compiler Native AOT links with, where the machine has a versioned clang (clang-14) but no plain `clang`; else empty.
linker=()
if ! command -v clang >/dev/null; then
  versioned=$(compgen -c clang- | grep -E '^clang-[0-9]+$' | sort -V | tail -1 || true)
  if [ -n "$versioned" ]; then linker=(-p:CppCompilerAndLinker="$versioned"); fi
fi
