#!/usr/bin/env python3
"""Fills the English plural forms in mirrordeck_en.ts from the "(s)" convention of the sources:
"%n check(s)" -> "%n check" / "%n checks"; "(es)" likewise; a source without "(s)" keeps both
forms as written. Only unfinished entries are touched;
entries it cannot derive are listed so they can be written by hand (Qt Linguist or an editor).

    python3 translations/fill_en_plurals.py translations/mirrordeck_en.ts
"""

import re
import sys
import xml.etree.ElementTree as ET

SUFFIX = re.compile(r"\((e?s)\)")


def forms(source):
    if not SUFFIX.search(source):
        # No "(s)" at all: the count needs no agreement ("Behind by %n"), both forms are the source.
        return (source, source) if "(" not in source else None
    return SUFFIX.sub("", source), SUFFIX.sub(lambda m: m.group(1), source)


def main(path):
    tree = ET.parse(path)
    manual = []
    filled = 0
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            if message.get("numerus") != "yes":
                continue
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            source = message.findtext("source") or ""
            derived = forms(source)
            if derived is None:
                manual.append(f"{context.findtext('name')}: {source}")
                continue
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for text in derived:
                ET.SubElement(translation, "numerusform").text = text
            del translation.attrib["type"]
            filled += 1
    # Keep lupdate's layout: it rewrites the file anyway on the next update_translations.
    ET.indent(tree, space="    ")
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    print(f"filled {filled} plural message(s)")
    for line in manual:
        print(f"write by hand: {line}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
