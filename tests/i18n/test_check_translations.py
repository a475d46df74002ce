#!/usr/bin/env python3
"""Self-test of check_translations.py: on a tiny project it must pass when the .ts files are
fresh and complete, and fail (naming the string) when a source string changed, a translation is
unfinished, a vanished entry lingers, or an English plural form is missing.

    test_check_translations.py <path to lupdate>
"""

import os
import re
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
CHECK = os.path.join(HERE, "check_translations.py")
FILL_EN = os.path.join(HERE, "..", "..", "translations", "fill_en_plurals.py")
LUPDATE = None
OPTIONS = ["-no-obsolete", "-locations", "none"]

SOURCE = """#include <QCoreApplication>
struct Greeter
{
    Q_DECLARE_TR_FUNCTIONS(Greeter)
public:
    static QString hello() { return tr("Hello"); }
    static QString files(int n) { return tr("%n file(s)", nullptr, n); }
};
"""


class CheckTranslationsTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name
        self.source = os.path.join(self.dir, "Greeter.cpp")
        self.write(self.source, SOURCE)
        self.inputs = os.path.join(self.dir, "inputs.lst")
        self.write(self.inputs, self.source + "\n")
        self.zh = os.path.join(self.dir, "demo_zh_CN.ts")
        self.en = os.path.join(self.dir, "demo_en.ts")
        self.lupdate(self.zh)
        self.lupdate(self.en, "-pluralonly")
        text = self.read(self.zh)
        text = text.replace('<source>Hello</source>\n        <translation type="unfinished"></translation>',
                            "<source>Hello</source>\n        <translation>你好</translation>")
        text = re.sub(r'<translation type="unfinished">\s*<numerusform></numerusform>\s*</translation>',
                      "<translation><numerusform>%n 个文件</numerusform></translation>", text)
        self.write(self.zh, text)
        subprocess.run([sys.executable, FILL_EN, self.en], check=True, capture_output=True)

    def tearDown(self):
        self.tmp.cleanup()

    @staticmethod
    def write(path, text):
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)

    @staticmethod
    def read(path):
        with open(path, encoding="utf-8") as f:
            return f.read()

    def lupdate(self, ts, *extra):
        subprocess.run([LUPDATE, "-silent", *OPTIONS, *extra, f"@{self.inputs}", "-ts", ts],
                       check=True, capture_output=True)

    def check(self):
        proc = subprocess.run(
            [sys.executable, CHECK, "--lupdate", LUPDATE, "--inputs", self.inputs,
             "--options=" + ";".join(OPTIONS), "--complete", self.zh, "--plurals-only", self.en],
            capture_output=True, text=True)
        return proc.returncode, proc.stdout + proc.stderr

    def test_fresh_and_complete_passes(self):
        code, out = self.check()
        self.assertEqual(code, 0, out)

    def test_changed_source_string_fails(self):
        self.write(self.source, SOURCE.replace('tr("Hello")', 'tr("Hello there")'))
        code, out = self.check()
        self.assertEqual(code, 1)
        self.assertIn('not in the .ts yet (run update_translations): Greeter: "Hello there"', out)
        self.assertIn('no longer in the sources (run update_translations): Greeter: "Hello"', out)

    def test_unfinished_chinese_fails(self):
        self.write(self.zh, self.read(self.zh).replace("<translation>你好</translation>",
                                                       '<translation type="unfinished">你好</translation>'))
        code, out = self.check()
        self.assertEqual(code, 1)
        self.assertIn('unfinished: Greeter: "Hello"', out)

    def test_empty_chinese_fails(self):
        self.write(self.zh, self.read(self.zh).replace("<translation>你好</translation>",
                                                       "<translation></translation>"))
        code, out = self.check()
        self.assertEqual(code, 1)
        self.assertIn('empty translation: Greeter: "Hello"', out)

    def test_vanished_entry_fails(self):
        text = self.read(self.zh).replace(
            "</context>",
            "    <message>\n        <source>Gone</source>\n"
            '        <translation type="vanished">走了</translation>\n    </message>\n</context>')
        self.write(self.zh, text)
        code, out = self.check()
        self.assertEqual(code, 1)
        self.assertIn('Greeter: "Gone"', out)

    def test_missing_english_plural_fails(self):
        self.lupdate(self.en, "-pluralonly")  # keeps the filled forms
        text = re.sub(r"<numerusform>%n files?</numerusform>", "<numerusform></numerusform>",
                      self.read(self.en))
        self.write(self.en, text)
        code, out = self.check()
        self.assertEqual(code, 1)
        self.assertIn('demo_en.ts: a plural form is empty: Greeter: "%n file(s)" (plural)', out)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    LUPDATE = sys.argv.pop(1)
    unittest.main()
