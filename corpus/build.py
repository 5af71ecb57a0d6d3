#!/usr/bin/env python3
"""Builds the corpus folders from their marked-up sources (corpus/src/NN-slug/*.mk).

A source is the plan's text with its labels written where they stand, so that the line numbers of
gold.csv, not-figures.tsv and findings.txt can never drift from the text:

  #! key=value ...          plan metadata (plan_id region level parent start end encoding); not output
  [[quote||SPEC;SPEC]]      a figure: the quote is output, each SPEC is one gold row:
                            KIND YEAR VALUE UNIT INDICATOR [QUALIFIER] [SCOPE]
                            KIND t(arget) b(aseline) s(hare); VALUE _ for a blank; _ for an empty field
  <<number|reason>>         a number that is not a figure (output as written)
  @@rule.id why@@           a finding the check must give at this line (output as nothing)
  %%table LAYOUT            a table: LAYOUT tabs, spaces, pipe, fpipe (｜), cells (one per line)
  head: a | b | ...         the header cells as written
  roles: idx | label | ...  per column: idx, label, unit, text, growth, bYYYY (baseline), tYYYY (target)
  row: 1 | 高新技术企业（家） | ...   a row; a cell may hold @@rule why@@
  %%end

Run from the repository root: python3 corpus/build.py
"""
import csv
import io
import os
import re
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
SCOPES = ["全社会", "全市", "全区", "区内", "全县", "县域", "全省", "全域", "园区", "新区", "全开发区"]
HEADER = ["plan_id", "region", "level", "parent", "period_start", "period_end", "indicator", "scope_label",
          "unit", "kind", "year", "value", "qualifier", "source_file", "source_line", "quote"]
KINDS = {"t": "target", "b": "baseline", "s": "share"}
FULL = str.maketrans("０１２３４５６７８９．％－", "0123456789.%-")
FIG = re.compile(r"\[\[(.*?)\|\|(.*?)\]\]")
NOT = re.compile(r"<<(.*?)\|(.*?)>>")
NUMBER = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?(?:[%％]|个百分点|[万亿]?[家件个项元人倍位名])?")
FINDING = re.compile(r"@@(\S+) (.*?)@@")


def split_cells(line):
    return [c.strip() for c in line.split(":", 1)[1].split("|")]


def label_parts(label):
    """Indicator, scope word and unit of a row label such as 全市有效发明专利（件）."""
    unit = ""
    m = re.search(r"[（(]([^（）()]*)[）)]$", label)
    if m:
        unit, label = m.group(1), label[:m.start()]
    label = re.sub(r"^其中[：:]", "", label)
    scope = next((s for s in SCOPES if label.startswith(s) and len(label) > len(s)), "")
    return label[len(scope):], scope, unit


def cell_value(cell):
    """(value, qualifier) of a table cell; (None, '') for a blank; None for a range or text."""
    c = cell.translate(FULL).strip()
    if c in ("", "—", "-", "——", "/"):
        return (None, "")
    m = re.fullmatch(r"(≥|≤|>|<)?\s*(\d+(?:\.\d+)?)(万|亿)?\s*(以上|左右|以内)?", c)
    if not m:
        return None
    v = float(m.group(2)) * (1e4 if m.group(3) == "万" else 1e8 if m.group(3) == "亿" else 1)
    return (v, (m.group(1) or "") + (m.group(4) or ""))


def fmt(v):
    if v is None:
        return ""
    return str(int(v)) if float(v).is_integer() else repr(float(v))


class Case:
    def __init__(self, folder):
        self.folder = folder
        self.gold, self.nots, self.findings = [], [], []

    def build(self, src, name):
        meta, out = {}, []
        lines = open(src, encoding="utf-8").read().split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        i = 0
        while i < len(lines):
            line = lines[i]
            if line.startswith("#!"):
                meta.update(kv.split("=", 1) for kv in line[2:].split())
            elif line.startswith("%%table"):
                j = lines.index("%%end", i)
                self.table(meta, name, line.split()[1], lines[i + 1:j], out)
                i = j
            else:
                out.append(self.inline(meta, name, len(out) + 1, line))
            i += 1
        text = "\n".join(out) + "\n"
        with open(os.path.join(self.folder, name), "wb") as f:
            f.write(text.encode(meta.get("encoding", "utf-8")))

    def row(self, meta, name, line, indicator, scope, unit, kind, year, value, qualifier, quote):
        # Counts are labelled in their own unit (1.47万件 = 14700 件); amounts keep 万元/亿元, one step only.
        if value is not None and len(unit) > 1 and unit[0] == "万" and unit[1:] != "元":
            value, unit = value * 1e4, unit[1:]
        self.gold.append([meta["plan_id"], meta["region"], meta["level"], meta.get("parent", ""), meta["start"],
                          meta["end"], indicator, scope, unit, kind, str(year), fmt(value), qualifier, name,
                          str(line), quote])

    def inline(self, meta, name, n, line):
        for m in FINDING.finditer(line):
            self.findings.append(f"{name}:{n} {m.group(1)}  # {m.group(2)}")
        line = FINDING.sub("", line)
        for m in NOT.finditer(line):
            num = re.search(".*", m.group(1)) if "range" in m.group(2) else NUMBER.search(m.group(1))
            if num:
                self.nots.append((name, n, f"{num.group(0)}\t{m.group(2)}"))
        line = NOT.sub(lambda m: m.group(1), line)
        for m in FIG.finditer(line):
            quote = NOT.sub(lambda x: x.group(1), m.group(1))
            for spec in m.group(2).split(";"):
                f = spec.split() + ["_"] * 7
                kind, year, value, unit, indicator, qualifier, scope = f[:7]
                u = lambda s: "" if s == "_" else s
                self.row(meta, name, n, u(indicator), u(scope), u(unit), KINDS[kind[0]], year,
                         None if value == "_" else float(value), u(qualifier), quote)
        return FIG.sub(lambda m: m.group(1), line)

    def table(self, meta, name, layout, spec, out):
        head = roles = None
        rows = []
        for s in spec:
            if s.startswith("head:"):
                head = split_cells(s)
            elif s.startswith("roles:"):
                roles = split_cells(s)
            elif s.startswith("row:"):
                rows.append(split_cells(s))
        for cells in [head] + rows:
            marks = []
            clean = []
            for c in cells:
                marks.append(FINDING.findall(c))
                clean.append(FINDING.sub("", c))
            lines_of = self.emit(layout, clean, out)
            if cells is head:
                continue
            label = clean[roles.index("label")]
            indicator, scope, unit = label_parts(label)
            if "unit" in roles:
                u = clean[roles.index("unit")]
                unit = u if u not in ("", "—", "-") else unit
            for k, (role, cell) in enumerate(zip(roles, clean)):
                n = lines_of[k]
                for rule, why in marks[k]:
                    self.findings.append(f"{name}:{n} {rule}  # {why}")
                if role == "growth" and re.search(r"\d", cell):
                    self.nots.append((name, n, f"{cell}\tgrowth column"))
                if role[0] not in "bt" or not role[1:].isdigit():
                    continue
                parsed = cell_value(cell)
                if parsed is None:
                    self.nots.append((name, n, f"{cell}\trange in a table cell"))
                    continue
                value, qualifier = parsed
                if value is None and role[0] == "b":
                    continue
                self.row(meta, name, n, indicator, scope, unit, KINDS[role[0]], role[1:], value, qualifier, cell)

    @staticmethod
    def emit(layout, cells, out):
        """Writes one table row in the layout; returns the line of each cell."""
        if layout == "cells" or layout == "tcells":
            if out and out[-1] != "" and not out[-1].startswith("\t") and layout == "tcells":
                pass
            first = len(out) + 1
            for c in cells:
                out.append(("\t" if layout == "tcells" else "") + c)
            out.append("")
            return [first + k for k in range(len(cells))]
        if layout == "tabs":
            text = "\t".join(cells)
        elif layout == "spaces":
            text = "".join(c + " " * max(2, 14 - 2 * len(c)) for c in cells).rstrip()
        elif layout == "pipe":
            text = "| " + " | ".join(cells) + " |"
        elif layout == "fpipe":
            text = "｜" + "｜".join(cells) + "｜"
        else:
            raise ValueError(layout)
        out.append(text)
        return [len(out)] * len(cells)

    def write_labels(self):
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(HEADER)
        w.writerows(self.gold)
        open(os.path.join(self.folder, "gold.csv"), "w", encoding="utf-8").write(buf.getvalue())
        open(os.path.join(self.folder, "not-figures.tsv"), "w", encoding="utf-8").write(
            # The line alone names a place only in a folder of one document.
            "".join((f"{f}:{n}" if self.documents > 1 else str(n)) + "\t" + x + "\n" for f, n, x in self.nots))
        open(os.path.join(self.folder, "findings.txt"), "w", encoding="utf-8").write(
            "".join(x + "\n" for x in self.findings))


def main():
    src_root = os.path.join(ROOT, "src")
    for case in sorted(os.listdir(src_root)):
        folder = os.path.join(ROOT, case)
        os.makedirs(folder, exist_ok=True)
        c = Case(folder)
        c.documents = len([f for f in os.listdir(os.path.join(src_root, case)) if f.endswith(".mk")])
        for f in sorted(os.listdir(os.path.join(src_root, case))):
            if f.endswith(".mk"):
                c.build(os.path.join(src_root, case, f), f[:-3] + ".txt")
        c.write_labels()
        ignore = ["gold.csv", "findings.txt"] + (["plancheck.json"] if os.path.exists(os.path.join(folder, "plancheck.json")) else [])
        open(os.path.join(folder, ".plancheckignore"), "w").write("\n".join(ignore) + "\n")
    print("built", len(os.listdir(src_root)), "cases", file=sys.stderr)


if __name__ == "__main__":
    main()
