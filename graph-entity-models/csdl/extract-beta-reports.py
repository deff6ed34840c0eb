#!/usr/bin/env python3
"""Writes beta-office365-reports.xml: the `entity` and `office365*` report entity types of
Graph's beta $metadata and every type they reference, each element copied unchanged.

usage: python3 extract-beta-reports.py beta-2021-06-08.xml > beta-office365-reports.xml
"""
import re
import sys

ROOTS = [
    "entity",
    "office365ActivationCounts",
    "office365ActivationsUserCounts",
    "office365ActivationsUserDetail",
    "office365ActiveUserCounts",
    "office365ActiveUserDetail",
    "office365GroupsActivityCounts",
    "office365GroupsActivityDetail",
    "office365GroupsActivityFileCounts",
    "office365GroupsActivityGroupCounts",
    "office365GroupsActivityStorage",
    "office365ServicesUserCounts",
]
KINDS = ("EntityType", "ComplexType", "EnumType")
OPEN = re.compile(r'^(\s*)<(%s) Name="([^"]+)"' % "|".join(KINDS))


def elements(lines):
    """{name: (first line index, text)} of the top-level types of schema `microsoft.graph`."""
    out = {}
    schema = None
    i = 0
    while i < len(lines):
        line = lines[i]
        m = re.match(r'\s*<Schema Namespace="([^"]+)"', line)
        if m:
            schema = m.group(1)
        m = OPEN.match(line)
        if m and schema == "microsoft.graph":
            indent, kind, name = m.groups()
            j = i
            if not line.rstrip().endswith("/>"):
                while lines[j].rstrip() != f"{indent}</{kind}>":
                    j += 1
            assert name not in out, name
            out[name] = (i, "".join(lines[i : j + 1]))
            i = j
        i += 1
    return out


def main():
    lines = open(sys.argv[1], encoding="utf-8-sig").read().splitlines(keepends=True)
    found = elements(lines)
    wanted, todo = set(), list(ROOTS)
    while todo:
        name = todo.pop()
        if name in wanted:
            continue
        wanted.add(name)
        text = found[name][1]
        for ref in re.findall(r'(?:Type|BaseType)="(?:Collection\()?([^")]+)\)?"', text):
            if ref.startswith("Edm."):
                continue
            ns, _, local = ref.rpartition(".")
            assert ns in ("graph", "microsoft.graph"), ref
            todo.append(local)
    order = sorted(wanted, key=lambda n: found[n][0])
    extra = [n for n in order if n not in ROOTS]
    out = sys.stdout
    out.write(
        "<!--\n"
        "  Extracted from Microsoft Graph's beta $metadata: beta-2021-06-08.xml, which is\n"
        "  msgraph-metadata clean_beta_metadata/cleanMetadata.xml @ 1196ce21. These types exist\n"
        "  only in beta.\n\n"
        "  Elements: the EntityType `entity` and the 11 usage-report row types\n"
        + "".join(f"    {n}\n" for n in ROOTS[1:])
        + "  and the types they reference:\n"
        + "".join(f"    {n}\n" for n in extra)
        + "\n  Each element is copied unchanged, in the source's order; only this comment and the\n"
        "  Edmx/DataServices/Schema wrapper (the source's own lines) are not elements.\n"
        "  Written by `python3 extract-beta-reports.py beta-2021-06-08.xml`.\n"
        "-->\n"
    )
    out.write(lines[0].lstrip("\ufeff"))  # <edmx:Edmx ...>
    out.write(lines[1])  # <edmx:DataServices>
    out.write(lines[2])  # <Schema Namespace="microsoft.graph" Alias="graph" ...>
    for name in order:
        out.write(found[name][1])
    out.write("    </Schema>\n  </edmx:DataServices>\n</edmx:Edmx>\n")


main()
