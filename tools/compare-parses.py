#!/usr/bin/env python3
"""Compare two contract JSON outputs of the same document in two formats (e.g. X.docx.json and X-htm.htm.json).

Usage: compare-parses.py A.json B.json   (exit 1 when they differ)
Everything but `source` is compared; each differing path is printed with both values, shortened.
"""
import json
import sys


def walk(a, b, path, out):
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            if path == "" and k == "source":
                continue
            walk(a.get(k), b.get(k), f"{path}.{k}", out)
    elif isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            out.append(f"{path}: {len(a)} items vs {len(b)}")
        for i, (x, y) in enumerate(zip(a, b)):
            walk(x, y, f"{path}[{i}]", out)
    elif a != b:
        out.append(f"{path}: {json.dumps(a, ensure_ascii=False)[:160]} vs {json.dumps(b, ensure_ascii=False)[:160]}")


def main():
    a, b = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
    out = []
    walk(a, b, "", out)
    for line in out:
        print(line)
    print(f"{len(out)} difference(s)")
    return 1 if out else 0


if __name__ == "__main__":
    sys.exit(main())
