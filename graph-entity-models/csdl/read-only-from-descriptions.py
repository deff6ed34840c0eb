#!/usr/bin/env python3
"""Writes read_only.txt: the properties of today's v1.0 schema that its own annotations leave
writable but whose description, in the 2023 schema with descriptions, says they are read-only.

Graph's CSDL marks only a few hundred properties `Core.Computed` or `Core.Permissions/Read`
(its maintainers' issue msgraph-metadata#128), while the API reference says "Read-only." of
many more (`event.createdDateTime`, `changeKey`, `bodyPreview`). A property is listed when its
description says so without a condition: a sentence that is "Read-only" (followed by `.`, `,`,
`;` or the end), or "... is read-only." / "is read-only and ...". "Read-only when isBuiltIn is
true" and the like are conditions, and are not listed.

Only entity types' properties are listed. A complex type is an input shape too, whatever its
description says: `itemReference.id` is "Read-only." yet a `PATCH` of a driveItem's
`parentReference` with an `id` is how an item moves. `EXTRA` adds properties the service sets
that neither the annotations nor the 2023 descriptions call read-only. The codegen's
`--read-only` reads the list (an entry that names no property of the schema is an error there).

A property that an update example of the API reference sets in its `PATCH` body is not listed,
whatever its description says: the reference's own update page is the better witness
(`permission.roles`, `workbookTableColumn.index`, ...). Each such property is written as a
comment, with the page.

usage: python3 read-only-from-descriptions.py v1.0.xml v1.0-with-descriptions-2023-05-09.xml \
           ../tests/fixtures/docs-examples.jsonl > ../read_only.txt
"""
import json
import re
import sys
import xml.etree.ElementTree as ET

EDM = "{http://docs.oasis-open.org/odata/ns/edm}"
DESCRIPTION = "Org.OData.Core.V1.Description"
READ_ONLY_TERMS = ("Org.OData.Core.V1.Computed", "Org.OData.Core.V1.Permissions",
                   "Org.OData.Core.V1.Immutable")
# Set by Exchange on every item; the 2023 descriptions only describe their format.
EXTRA = [
    "microsoft.graph.outlookItem/createdDateTime",
    "microsoft.graph.outlookItem/lastModifiedDateTime",
    "microsoft.graph.event/bodyPreview",
    "microsoft.graph.message/bodyPreview",
]
SAYS = re.compile(r"(?:^|[.;:]\s+)Read-only(?:[.,;]|\s*$)|\bis read-only(?:[.,;]|\s+and\b|\s*$)")


def properties(path):
    """{(qualified type, property): [annotation elements]} of every entity type's property."""
    root = ET.parse(path).getroot()
    out = {}
    for schema in root.iter(EDM + "Schema"):
        ns = schema.get("Namespace")
        for t in schema.findall(EDM + "EntityType"):
            for p in t.findall(EDM + "Property"):
                out[(ns + "." + t.get("Name"), p.get("Name"))] = list(
                    p.findall(EDM + "Annotation"))
        for block in schema.findall(EDM + "Annotations"):
            target = block.get("Target", "")
            if "/" not in target:
                continue
            type_name, member = target.split("/", 1)
            if not type_name.startswith(ns + "."):
                type_name = ns + "." + type_name.split(".")[-1]
            key = (type_name, member)
            if key in out:
                out[key] += list(block.findall(EDM + "Annotation"))
    return out


def bases(path):
    """{qualified entity type: qualified base type} of the document."""
    root = ET.parse(path).getroot()
    aliases = {s.get("Alias"): s.get("Namespace") for s in root.iter(EDM + "Schema")
               if s.get("Alias")}
    out = {}
    for schema in root.iter(EDM + "Schema"):
        ns = schema.get("Namespace")
        for t in schema.findall(EDM + "EntityType"):
            base = t.get("BaseType")
            if base:
                prefix, _, name = base.rpartition(".")
                out[ns + "." + t.get("Name")] = aliases.get(prefix, prefix) + "." + name
    return out


def patched(examples, base_of):
    """{(declaring type, property): page} for every member an update example's PATCH sets,
    credited to the type and each of its bases (the list names the declaring type)."""
    out = {}
    with open(examples) as f:
        for line in f:
            e = json.loads(line)
            if e.get("method") != "PATCH" or not e.get("resource") or not e.get("request"):
                continue
            body = e["request"]
            if isinstance(body, str):
                try:
                    body = json.loads(body)
                except ValueError:
                    continue
            if not isinstance(body, dict):
                continue
            for member in body:
                t = e["resource"]
                while t:
                    out.setdefault((t, member), e["page"])
                    t = base_of.get(t)
    return out


def term(annotation):
    return annotation.get("Term", "").replace("Core.", "Org.OData.Core.V1.", 1) \
        if annotation.get("Term", "").startswith("Core.") else annotation.get("Term", "")


def main(current, described, examples):
    now = properties(current)
    then = properties(described)
    witnessed = patched(examples, bases(current))
    listed = []
    spared = []
    for key, annotations in sorted(now.items()):
        if any(term(a) in READ_ONLY_TERMS for a in annotations):
            continue  # the schema says so already
        texts = [a.get("String", "") for a in then.get(key, []) + annotations
                 if term(a) == DESCRIPTION]
        if any(SAYS.search(t) for t in texts) or "%s/%s" % key in EXTRA:
            if key in witnessed:
                spared.append("%s/%s (PATCHed by %s)" % (key[0], key[1], witnessed[key]))
            else:
                listed.append("%s/%s" % key)
    print("# @generated by csdl/read-only-from-descriptions.py from v1.0.xml and")
    print("# v1.0-with-descriptions-2023-05-09.xml: properties whose description says they are")
    print("# read-only (and a few the service sets), which the schema's annotations do not mark.")
    print("# Edit the script, not this file.")
    for line in listed:
        print(line)
    print("# Described as read-only, but an update example of the API reference sets them:")
    for line in spared:
        print("# " + line)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
