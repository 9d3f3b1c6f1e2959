#!/usr/bin/env python3
"""Writes the hand-perturbed predictions the scorer port is checked on (run from this folder, once).
Their expected numbers come from `python3 ../../../../../shared/tools/score.py --json GOLD .`
and are pasted into PlanScorerParityTests; the test never calls Python.
The *.txt.json files beside them are the parser's output on the corpus text files (main at 4b9b07a)."""
import copy
import json
import unicodedata

GOLD = "../../../../corpus/gold/"


def load(stem):
    return json.load(open(GOLD + stem + ".json", encoding="utf-8"))


def save(name, obj):
    with open(name, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)


def nodes(outline):
    for n in outline:
        yield n
        yield from nodes(n["children"])


# 000: a bit of everything a parser gets wrong or writes differently.
p = load("000_a883dd9e56d4ab64")
p["kind"] = "PLAN"                                   # case: still right
p["symbol"] = "KH - UBND"                            # spaces around '-': still right
p["issuer"] = unicodedata.normalize("NFD", p["issuer"]).replace("\u1ee6", "U")  # NFD input
p["title"] = p["title"].replace("hiệu quả", "hiệu qủa") + "."  # tone on another letter, trailing dot
p["province"] = None                                 # wrong
p["signer"] = {"name": p["signer"]["name"].upper(), "position": "Chủ tịch"}
p["recipients"] = p["recipients"][:1] + ["", None, "Lưu: VT"]
p["references"] = [{"number": "1565 / QĐ – TTg"}, {"number": "219/KH-UBND"}, {"number": "999/QĐ-UBND"}, {"number": None}]
all_nodes = list(nodes(p["outline"]))
all_nodes[3]["label"] = "B"                          # wrong label
all_nodes[5]["text"] = all_nodes[5]["text"][:20]     # text too short for the prefix
del p["outline"][0]["children"][2]                   # a node lost
p["outline"].append({"label": "III", "text": "Thêm một mục", "children": [{"label": "1", "text": "con"}]})
p["outline"][1]["children"] = [{"label": c["label"], "text": "  " + c["text"].upper() + " ;", "children": c["children"]} for c in p["outline"][1]["children"]]
p["tasks"] = p["tasks"][1:] + [{"title": "Một nhiệm vụ không có trong bản gốc", "items": ["x"]}]
for t in p["tasks"][:3]:
    t["deadline"] = "2030-01"
    t["items"] = t.get("items", [])[:-1] + ["một mục lạ"]
for t in p["targets"]:
    t["value"] = str(t["value"]).replace(".", ",")
p["targets"][0]["unit"] = p["targets"][0]["unit"] + " trở lên"
p["targets"][1]["comparator"] = "="
p["targets"][2]["year"] = str(p["targets"][2]["year"])
p["targets"] = p["targets"] + [copy.deepcopy(p["targets"][3])]
p["units"] = [{"name": u["name"].upper(), "canonical": ""} for u in p["units"][:-1]]
for t in p["tables"]:
    t["rows"] = t["rows"][:-1]
    for r in t["rows"][::2]:
        r["cells"] = [c.lower() + " " for c in r["cells"][:-1]]
save("000_a883dd9e56d4ab64.perturbed.json", p)

# 001: an empty object, and no file at all for some fields.
save("001_f8337fdd8866a8ff.empty.json", {})
open("002_ac39d176635c6cd1.invalid.json", "w").write("{ this is not json")

# 003: values of unexpected types and Unicode corners.
p = load("003_7495f11dbf51acbf")
p["number"] = 64 if p.get("number") is None else int(p["number"]) if str(p["number"]).isdigit() else p["number"]
p["date"] = p["date"].replace("-", "\u2013")         # en dash: dashes are unified
p["commune"] = "\u001c" + p["commune"] + "\u00a0"     # Python white space at the edges
p["place"] = p["place"].upper().replace("Đ", "Đ")
p["kind"] = "PLAN\u00df"                              # casefold: ß -> ss
p["recipients"] = [1, True, 0, "STRASSE", "straße", "\u212b", "Å"] + p["recipients"]
p["targets"] = [dict(t, value=v) for t, v in zip(p["targets"], [90, 90.0, "90", "1_000", " 5 ", "1e2", "nan", None, True, [1], "٣", "inf"] + [t["value"] for t in p["targets"]][12:])]
p["tasks"] = [dict(t, title=t["title"] + " \u0300") for t in p["tasks"]]
save("003_7495f11dbf51acbf.oddities.json", p)

# 004: gold against itself but its tables and outline empty.
p = load("004_15556c4c722cdb8a")
p["tables"] = []
p["outline"] = None
p["tasks"][0]["deadline"] = "2099"
p["units"] = [{"name": "Đề nghị " + u["name"], "canonical": u.get("canonical")} for u in p["units"]]
save("004_15556c4c722cdb8a.emptied.json", p)

# Gaps: a prediction for ../../../../corpus/gold/gaps-1565.json.
g = json.load(open(GOLD + "gaps-1565.json", encoding="utf-8"))
fams, gaps = [], []
for i, f in enumerate(g["families"]):
    members = [{"source": s + ".txt", "taskId": t} for s, t in f["members"].items() if isinstance(t, str)]
    fams.append({"id": "P%d" % i, "members": members[: max(1, len(members) - (i % 2))]})
for j, s in enumerate(g["plans"]):
    missing = [{"family": "P%d" % i} for i, f in enumerate(g["families"]) if not f["members"].get(s) or (i + j) % 5 == 0]
    missing.append({"family": "ZZ"})
    gaps.append({"source": "out/" + s + ".pdf", "missing": missing})
save("gaps/gaps-1565.pred.json", {"schemaVersion": 1, "families": fams, "gaps": gaps})

# Not valid UTF-8, and UTF-8 with a byte order mark: score.py reads both as an empty object.
open("001_f8337fdd8866a8ff.cp1258.json", "wb").write('{"kind": "plan", "title": "Nâng cao"}'.encode("cp1258"))
open("003_7495f11dbf51acbf.bom.json", "wb").write(b"\xef\xbb\xbf" + json.dumps(load("003_7495f11dbf51acbf"), ensure_ascii=False).encode("utf-8"))
