#!/usr/bin/env python3
"""Fails when a committed .ts file is out of date with the sources, or when the Chinese
translation is incomplete.

1. Runs lupdate with the project's inputs and options on a temporary copy of each .ts file and
   compares the messages (context, source, disambiguation, plural-ness) with the committed file:
   a difference means someone added, changed or removed a string without running
   `cmake --build <build> --target update_translations`.
2. For --complete files (zh_CN): every message must be finished and non-empty (all plural forms),
   and no obsolete/vanished entry may remain.
3. For --plurals-only files (en): the plural forms must be filled in (every other string is shown
   as written in the code).

Prints the offending source strings and exits 1; exits 0 when all is well.
"""

import argparse
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def messages(ts_path):
    """Returns {(context, source, comment, numerus): message element}."""
    root = ET.parse(ts_path).getroot()
    result = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (
                name,
                message.findtext("source") or "",
                message.findtext("comment") or "",
                message.get("numerus") == "yes",
            )
            result[key] = message
    return result


def describe(key):
    context, source, comment, numerus = key
    text = f"{context}: \"{source}\""
    if comment:
        text += f" [{comment}]"
    if numerus:
        text += " (plural)"
    return text


def translation_problem(message, need_all):
    """None when the message is acceptably translated, else a short reason."""
    translation = message.find("translation")
    if translation is None:
        return "no translation element"
    kind = translation.get("type")
    if kind in ("obsolete", "vanished"):
        return f"{kind} entry still present (update with -no-obsolete)"
    if not need_all:
        return None
    if kind == "unfinished":
        return "unfinished"
    if message.get("numerus") == "yes":
        forms = translation.findall("numerusform")
        if not forms or any(not (f.text or "").strip() for f in forms):
            return "a plural form is empty"
    elif not (translation.text or "").strip():
        return "empty translation"
    return None


def run_lupdate(lupdate, inputs, options, ts_copy, extra):
    cmd = [lupdate, "-silent", *options, *extra, f"@{inputs}", "-ts", ts_copy]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    output = proc.stdout + proc.stderr
    # lupdate exits 0 even when it refuses to touch the file, which would make the comparison
    # below vacuous; treat that as a failure too.
    if proc.returncode != 0 or "won't be updated" in output:
        sys.stderr.write(f"lupdate failed ({' '.join(cmd)}):\n{output}")
        return False
    return True


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--inputs", required=True, help="lupdate @list file (sources, -I paths)")
    parser.add_argument("--options", default="-no-obsolete -locations none",
                        help="lupdate options, as the update target uses them (';' or ' ')")
    parser.add_argument("--complete", action="append", default=[],
                        help=".ts file that must be fully translated (zh_CN)")
    parser.add_argument("--plurals-only", action="append", default=[],
                        help=".ts file of the source language, updated with -pluralonly (en)")
    args = parser.parse_args()

    options = [o for o in shlex.split(args.options.replace(";", " ")) if o]
    failures = []

    with tempfile.TemporaryDirectory() as tmp:
        for ts_path, extra, need_all in (
            [(p, [], True) for p in args.complete]
            + [(p, ["-pluralonly"], False) for p in args.plurals_only]
        ):
            name = os.path.basename(ts_path)
            if not os.path.exists(ts_path):
                failures.append(f"{name}: missing; run the update_translations target")
                continue
            if not ET.parse(ts_path).getroot().get("language"):
                failures.append(f"{name}: the <TS> element has no language attribute")
                continue
            copy = os.path.join(tmp, name)
            shutil.copyfile(ts_path, copy)
            if not run_lupdate(args.lupdate, args.inputs, options, copy, extra):
                failures.append(f"{name}: lupdate failed")
                continue

            committed = messages(ts_path)
            fresh = messages(copy)
            added = [k for k in fresh if k not in committed]
            removed = [k for k in committed if k not in fresh]
            for key in added:
                failures.append(f"{name}: not in the .ts yet (run update_translations): {describe(key)}")
            for key in removed:
                failures.append(f"{name}: no longer in the sources (run update_translations): {describe(key)}")

            if need_all:
                for key, message in committed.items():
                    problem = translation_problem(message, True)
                    if problem:
                        failures.append(f"{name}: {problem}: {describe(key)}")
            else:
                for key, message in committed.items():
                    problem = translation_problem(message, key[3])
                    if problem:
                        failures.append(f"{name}: {problem}: {describe(key)}")

    if failures:
        print("Translations are not in order:")
        for line in failures:
            print("  " + line)
        print(f"{len(failures)} problem(s). See translations/README.md.")
        return 1
    print("Translations are up to date and complete.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
