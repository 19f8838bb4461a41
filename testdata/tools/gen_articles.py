#!/usr/bin/env python3
"""Generate testdata/articles/NAME.txt and NAME.gold.json from annotated
sources in testdata/tools/articles_src/NAME.src, and verify every span.

Only needed when editing the sources; the generated files are committed and
nothing in CI runs this script.

Source format
-------------
Header lines (before the line "@text"):
    # comment
    @entity CANONICAL NAME | TYPE | alias1, alias2      (aliases optional)
The aliases in the header are only a lookup table for the markup below; the
aliases written to the gold file are computed from the mentions actually used.

Text (after "@text"): the first line is the headline, then a blank line;
every non-blank line is exactly one sentence; a blank line ends a paragraph.
Sentences of a paragraph are joined with one space.
    [[surface]]             a mention; surface is a canonical name or alias
    [[surface=>CANONICAL]]  a mention of an explicitly given entity
    [[~text]]               plain text that deliberately is NOT a mention
                            (e.g. "Company X"); exempt from the
                            unmarked-name check
A sentence may end with " ||| " and its stance records, separated by ";":
    TARGET: E|C|N [HOLDER]
TARGET and HOLDER may be canonical names or aliases. Every platform mentioned
in a sentence must get exactly one record.

Usage: gen_articles.py [--src DIR] [--out DIR] [--types T,T,...] [NAME ...]
    (default: all sources in articles_src/ -> testdata/articles/, types
    PERSON,ORG,PLATFORM,GPE). Other sets:
    gen_articles.py --src heldout_src --out ../heldout
    gen_articles.py --src newswire_src --out ../newswire --types PERSON,ORG,PLATFORM,GPE,LOC
Relative --src/--out paths are resolved against this script's directory.
"""
import argparse
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "articles_src")
OUT = os.path.normpath(os.path.join(HERE, "..", "articles"))
TYPES = {"PERSON", "ORG", "PLATFORM", "GPE"}  # overridden by --types
LABELS = {"E": "endorses", "C": "criticizes", "N": "neutral"}
MARK = re.compile(r"\[\[(.+?)\]\]")


class Err(Exception):
    pass


def parse(path):
    name = os.path.splitext(os.path.basename(path))[0]
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    ents = {}  # canonical -> {"type", "lookup": [..]}
    order = []
    i = 0
    while i < len(lines) and lines[i].strip() != "@text":
        ln = lines[i].strip()
        i += 1
        if not ln or ln.startswith("#"):
            continue
        if not ln.startswith("@entity "):
            raise Err(f"{name}: bad header line {ln!r}")
        parts = [p.strip() for p in ln[len("@entity "):].split("|")]
        canon, typ = parts[0], parts[1]
        if typ not in TYPES:
            raise Err(f"{name}: bad type {typ}")
        als = [a.strip() for a in parts[2].split(",")] if len(parts) > 2 and parts[2] else []
        if canon in ents:
            raise Err(f"{name}: duplicate entity {canon}")
        ents[canon] = {"type": typ, "lookup": [canon] + als}
        order.append(canon)
    if i >= len(lines):
        raise Err(f"{name}: no @text")
    body = lines[i + 1:]
    while body and not body[-1].strip():
        body.pop()
    while body and not body[0].strip():
        body.pop(0)
    return name, ents, body


def resolve(name, ents, s, what):
    if s in ents:
        return s
    hits = [c for c, e in ents.items() if s in e["lookup"]]
    if len(hits) == 1:
        return hits[0]
    low = s.lower().lstrip("@#")
    hits = [c for c, e in ents.items() if any(low == a.lower() for a in e["lookup"])]
    if len(hits) == 1:
        return hits[0]
    raise Err(f"{name}: cannot resolve {what} {s!r} (hits {hits})")


def build(path):
    name, ents, body = parse(path)
    out = bytearray()
    sentences = []  # (start, end)
    mentions = []  # (start, end, text, canon, sentence)
    ignores = []  # (start, end)
    stance_src = []  # (sentence index, raw)
    para_first = True
    first_line = True
    for raw in body:
        if not raw.strip():
            para_first = True
            continue
        if raw != raw.strip():
            raise Err(f"{name}: stray whitespace on line {raw!r}")
        if first_line:
            first_line = False
        elif para_first:
            out += b"\n\n"
        else:
            out += b" "
        para_first = False
        line, _, st = raw.partition(" ||| ")
        sidx = len(sentences)
        sstart = len(out)
        pos = 0
        for m in MARK.finditer(line):
            out += line[pos:m.start()].encode("utf-8")
            inner = m.group(1)
            if inner.startswith("~"):
                a = len(out)
                out += inner[1:].encode("utf-8")
                ignores.append((a, len(out)))
            else:
                surf, _, canon = inner.partition("=>")
                canon = resolve(name, ents, canon or surf, "mention")
                a = len(out)
                out += surf.encode("utf-8")
                mentions.append((a, len(out), surf, canon, sidx))
            pos = m.end()
        out += line[pos:].encode("utf-8")
        if "[[" in line[pos:] or "]]" in line[pos:]:
            raise Err(f"{name}: broken markup in {line!r}")
        sentences.append((sstart, len(out)))
        stance_src.append((sidx, st.strip()))
    out += b"\n"
    text = bytes(out)

    # entities in order of first mention
    first = {}
    for a, b, surf, canon, si in mentions:
        first.setdefault(canon, a)
    unused = [c for c in ents if c not in first]
    if unused:
        raise Err(f"{name}: declared but never mentioned: {unused}")
    entities = []
    for canon in sorted(first, key=first.get):
        ms = [m for m in mentions if m[3] == canon]
        surfs = []
        for m in ms:
            s = m[2]
            if s != canon and s not in surfs:
                surfs.append(s)
        if canon not in [m[2] for m in ms]:
            raise Err(f"{name}: canonical name {canon!r} never used as a surface")
        for s in surfs:
            if len(s.lstrip("@#")) > len(canon):
                raise Err(f"{name}: alias {s!r} longer than name {canon!r}")
        entities.append({
            "name": canon,
            "type": ents[canon]["type"],
            "aliases": surfs,
            "mentions": [{"start": a, "end": b, "text": s} for a, b, s, c, si in ms],
        })

    # stances
    stances = []
    platforms = {c for c in ents if ents[c]["type"] == "PLATFORM"}
    for sidx, st in stance_src:
        mentioned = []
        for a, b, s, c, si in mentions:
            if si == sidx and c in platforms and c not in mentioned:
                mentioned.append(c)
        recs = {}
        if st:
            for r in st.split(";"):
                r = r.strip()
                tgt, _, rest = r.partition(":")
                tgt = resolve(name, ents, tgt.strip(), "target")
                rest = rest.strip()
                lab, _, holder = rest.partition(" ")
                if lab not in LABELS:
                    raise Err(f"{name}: bad label in {r!r}")
                holder = holder.strip()
                if holder:
                    holder = resolve(name, ents, holder, "holder")
                if lab == "N" and holder:
                    raise Err(f"{name}: neutral with holder in {r!r}")
                if tgt in recs:
                    raise Err(f"{name}: duplicate target {tgt} in sentence {sidx}")
                recs[tgt] = (LABELS[lab], holder)
        if set(recs) != set(mentioned):
            raise Err(f"{name}: sentence {sidx}: stance targets {sorted(recs)} != mentioned platforms {mentioned}")
        for tgt in mentioned:
            lab, holder = recs[tgt]
            stances.append({"sentence": sidx, "target": tgt, "label": lab, "holder": holder})

    gold = {
        "sentences": [{"start": a, "end": b} for a, b in sentences],
        "entities": entities,
        "stances": stances,
    }
    verify(name, text, gold, ents, ignores)
    return name, text, gold, ents, ignores


def verify(name, text, gold, ents, ignores):
    sents = gold["sentences"]
    prev = 0
    for i, s in enumerate(sents):
        a, b = s["start"], s["end"]
        if a < prev or b <= a:
            raise Err(f"{name}: sentence {i} out of order/empty")
        if text[prev:a].strip():
            raise Err(f"{name}: non-space bytes between sentences before {i}")
        if text[a:a + 1].isspace() or text[b - 1:b].isspace():
            raise Err(f"{name}: sentence {i} not trimmed")
        seg = text[a:b].decode("utf-8")
        if "\n" in seg:
            raise Err(f"{name}: sentence {i} spans a line break")
        if i == 0:
            if seg.endswith("."):
                raise Err(f"{name}: headline ends with a period")
        elif not re.search(r"[.!?][”\"’')]*$", seg):
            raise Err(f"{name}: sentence {i} does not end with final punctuation: {seg!r}")
        prev = b
    if text[prev:].strip():
        raise Err(f"{name}: trailing text after last sentence")
    covered = []
    names = set()
    for e in gold["entities"]:
        names.add(e["name"])
        for m in e["mentions"]:
            a, b = m["start"], m["end"]
            if text[a:b].decode("utf-8") != m["text"]:
                raise Err(f"{name}: span mismatch {m}")
            inside = [i for i, s in enumerate(sents) if s["start"] <= a and b <= s["end"]]
            if len(inside) != 1:
                raise Err(f"{name}: mention {m} not inside exactly one sentence")
            covered.append((a, b))
            # token boundaries: a mention must not cut a word
            before = text[a - 1:a].decode("utf-8", "replace") if a else " "
            after = text[b:b + 1].decode("utf-8", "replace")
            if before.isalnum() or (after.isalnum() and not m["text"].endswith(".")):
                raise Err(f"{name}: mention {m} cuts a word")
        if len(e["aliases"]) != len(set(e["aliases"])) or e["name"] in e["aliases"]:
            raise Err(f"{name}: bad aliases {e['name']}")
    covered.sort()
    for (a1, b1), (a2, b2) in zip(covered, covered[1:]):
        if a2 < b1:
            raise Err(f"{name}: overlapping mentions at {a2}")
    for st in gold["stances"]:
        s = sents[st["sentence"]]
        ent = next(e for e in gold["entities"] if e["name"] == st["target"])
        if ent["type"] != "PLATFORM":
            raise Err(f"{name}: stance target not a platform {st}")
        if not any(s["start"] <= m["start"] and m["end"] <= s["end"] for m in ent["mentions"]):
            raise Err(f"{name}: stance {st} target not mentioned in its sentence")
        if st["holder"] and st["holder"] not in names:
            raise Err(f"{name}: holder {st['holder']!r} is not an entity")
        if st["label"] == "neutral" and st["holder"]:
            raise Err(f"{name}: neutral with holder {st}")
    # unmarked occurrences of any known surface (case-insensitive)
    t = text.decode("utf-8")
    bt = lambda ci: len(t[:ci].encode("utf-8"))
    allsurf = set()
    for c, e in ents.items():
        allsurf.update(e["lookup"])
    for e in gold["entities"]:
        allsurf.update(e["aliases"])
    for s in allsurf:
        for m in re.finditer(r"(?<![\w@#])" + re.escape(s) + r"(?!\w)", t, re.IGNORECASE):
            if len(s) == 1 and m.group(0) != s:
                continue  # lower-case "x" is just a letter
            a, b = bt(m.start()), bt(m.end())
            if any(ca <= a and b <= cb for ca, cb in covered + ignores):
                continue
            raise Err(f"{name}: unmarked occurrence of {s!r} at byte {a}: ...{t[max(0, m.start()-30):m.end()+30]!r}")


def dump(gold):
    """Pretty-print with 2-space indent, one line per small object."""
    j = lambda o: json.dumps(o, ensure_ascii=False)
    out = ['{', '  "sentences": [']
    out.append(",\n".join("    " + j(s) for s in gold["sentences"]))
    out.append('  ],')
    out.append('  "entities": [')
    ents = []
    for e in gold["entities"]:
        ms = ",\n".join("        " + j(m) for m in e["mentions"])
        ents.append("    {\n"
                    f'      "name": {j(e["name"])},\n'
                    f'      "type": {j(e["type"])},\n'
                    f'      "aliases": {j(e["aliases"])},\n'
                    '      "mentions": [\n' + ms + "\n      ]\n    }")
    out.append(",\n".join(ents))
    out.append('  ],')
    if gold["stances"]:
        out.append('  "stances": [')
        out.append(",\n".join("    " + j(s) for s in gold["stances"]))
        out.append('  ]')
    else:
        out.append('  "stances": []')
    out.append('}')
    text = "\n".join(out) + "\n"
    assert json.loads(text) == gold
    return text


def main():
    global SRC, OUT, TYPES
    ap = argparse.ArgumentParser(description="generate and verify annotated articles")
    ap.add_argument("--src", default=SRC)
    ap.add_argument("--out", default=OUT)
    ap.add_argument("--types", default=",".join(sorted(TYPES)))
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    SRC = os.path.normpath(os.path.join(HERE, args.src))
    OUT = os.path.normpath(os.path.join(HERE, args.out))
    TYPES = set(t.strip() for t in args.types.split(",") if t.strip())
    os.makedirs(OUT, exist_ok=True)
    names = args.names or sorted(os.path.splitext(f)[0] for f in os.listdir(SRC) if f.endswith(".src"))
    ok = True
    for n in names:
        try:
            name, text, gold, ents, ignores = build(os.path.join(SRC, n + ".src"))
        except Err as e:
            print("ERROR", e)
            ok = False
            continue
        with open(os.path.join(OUT, name + ".txt"), "wb") as f:
            f.write(text)
        with open(os.path.join(OUT, name + ".gold.json"), "w", encoding="utf-8") as f:
            f.write(dump(gold))
        # re-read from disk and verify once more
        with open(os.path.join(OUT, name + ".txt"), "rb") as f:
            disk = f.read()
        with open(os.path.join(OUT, name + ".gold.json"), encoding="utf-8") as f:
            g2 = json.load(f)
        verify(name, disk, g2, ents, ignores)
        ns = len(gold["sentences"])
        nm = sum(len(e["mentions"]) for e in gold["entities"])
        print(f"{name}: {ns} sentences, {len(gold['entities'])} entities, {nm} mentions, {len(gold['stances'])} stances")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
