#!/usr/bin/env python3
# po-check.py: the translations are complete, valid and reach the program.
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: po-check.py SOURCE-ROOT LOCALEDIR STRATEGOS
# Prints TAP. Checks that
#  - po/POTFILES lists every source file with a translatable string, and
#    nothing that does not exist;
#  - po/LINGUAS holds Dutch, French and German;
#  - xgettext reads every message whole (no macro inside _());
#  - each catalogue passes `msgfmt --check` with no fuzzy or untranslated
#    message, and translates every message of a template freshly extracted
#    from the sources (so a string added without its translations fails);
#  - `strategos --help` and each verb's `--help` in that language show no
#    English message of ours.

import os
import re
import subprocess
import sys
import tempfile

root, localedir, strategos = sys.argv[1:4]
po_dir = os.path.join(root, "po")
REQUIRED = ["de", "fr", "nl"]

# The same keywords as meson's i18n 'glib' preset, plus NP_ (po/meson.build).
XGETTEXT_ARGS = [
    "--from-code=UTF-8", "--add-comments", "--package-name=strategos",
    "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
    "--keyword=g_dcgettext:2", "--keyword=g_dngettext:2,3",
    "--keyword=g_dpgettext2:2c,3", "--keyword=NP_:1,2",
    "--flag=N_:1:pass-c-format", "--flag=C_:2:pass-c-format",
    "--flag=NC_:2:pass-c-format", "--flag=g_dngettext:2:pass-c-format",
    "--flag=g_strdup_printf:1:c-format", "--flag=g_string_printf:2:c-format",
    "--flag=g_string_append_printf:2:c-format", "--flag=g_error_new:3:c-format",
    "--flag=g_set_error:4:c-format", "--flag=g_prefix_error:2:c-format",
    "--flag=g_print:1:c-format", "--flag=g_printerr:1:c-format",
    "--flag=g_printf:1:c-format", "--flag=g_fprintf:2:c-format",
    "--flag=NP_:1:c-format", "--flag=NP_:2:c-format",
]

MARKS = re.compile(r'(\b_\(\s*"|\bN_\(\s*"|\bNP_\(|\bC_\(|\bngettext\s*\(|\bg_dngettext\s*\(|translatable="yes"'
                   r'|^_?(Name|Comment|GenericName|Keywords)=|<_?(name|summary|description|caption|p)\b)',
                   re.M)

results = []


def check(ok, name, diag=""):
    results.append((ok, name, diag))


def source_files():
    """Files under app/, ui/ and data/ that could hold translatable text."""
    found = []
    for top in ("app", "ui", "data"):
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, top)):
            for f in filenames:
                if f.endswith((".c", ".ui", ".desktop.in", ".metainfo.xml.in", ".gschema.xml")):
                    found.append(os.path.relpath(os.path.join(dirpath, f), root))
    return sorted(found)


def translatable(path):
    with open(os.path.join(root, path), encoding="utf-8") as f:
        text = f.read()
    if path.endswith(".c"):
        return re.search(r'\b(N?P?_|C_|ngettext)\(', text) is not None and MARKS.search(text) is not None
    if path.endswith(".ui"):
        return 'translatable="yes"' in text
    if path.endswith(".gschema.xml"):
        return "<summary" in text or "<description" in text
    return True  # .desktop.in and .metainfo.xml.in exist to be translated


with open(os.path.join(po_dir, "POTFILES"), encoding="utf-8") as f:
    potfiles = [l.strip() for l in f if l.strip() and not l.startswith("#")]

missing = [p for p in source_files() if translatable(p) and p not in potfiles]
check(not missing, "POTFILES lists every file with translatable strings",
      "not in po/POTFILES: " + ", ".join(missing))
absent = [p for p in potfiles if not os.path.exists(os.path.join(root, p))]
check(not absent, "every file in POTFILES exists", "missing: " + ", ".join(absent))

with open(os.path.join(po_dir, "LINGUAS"), encoding="utf-8") as f:
    linguas = sorted(w for l in f for w in l.split("#")[0].split())
check(all(l in linguas for l in REQUIRED), "LINGUAS holds " + ", ".join(REQUIRED),
      "LINGUAS: " + " ".join(linguas))

with tempfile.TemporaryDirectory() as tmp:
    pot = os.path.join(tmp, "fresh.pot")
    r = subprocess.run(["xgettext", *XGETTEXT_ARGS, "--directory=" + root,
                        "--files-from=" + os.path.join(po_dir, "POTFILES"), "-o", pot],
                       capture_output=True, text=True)
    check(r.returncode == 0, "xgettext extracts a template from POTFILES", r.stderr)
    # A macro such as G_GINT64_FORMAT inside _() cuts the message short: the
    # catalogue then holds a stump the program never asks for.
    warnings = [l for l in r.stderr.splitlines() if "warning" in l]
    check(not warnings, "no message is cut short or malformed for xgettext", "\n".join(warnings))

    for lang in linguas:
        po = os.path.join(po_dir, lang + ".po")
        r = subprocess.run(["msgfmt", "--check", "--statistics", "-o", os.devnull, po],
                           capture_output=True, text=True, env={**os.environ, "LC_ALL": "C"})
        stats = r.stderr.strip()
        ok = r.returncode == 0 and "fuzzy" not in stats and "untranslated" not in stats
        check(ok, f"{lang}.po passes msgfmt --check, nothing fuzzy or untranslated", stats)
        if os.path.exists(pot):
            r = subprocess.run(["msgcmp", po, pot], capture_output=True, text=True,
                               env={**os.environ, "LC_ALL": "C"})
            lines = r.stderr.strip().splitlines()
            check(r.returncode == 0, f"{lang}.po translates every message in the sources",
                  "\n".join(lines[:20]) + (f"\n… {len(lines) - 20} more" if len(lines) > 20 else ""))


def catalogue(lang):
    """msgid -> msgstr of a catalogue, through msgcat's stable output."""
    r = subprocess.run(["msgcat", "--no-wrap", "--no-location", os.path.join(po_dir, lang + ".po")],
                       capture_output=True, text=True, check=True)
    entries, cur, key = {}, {}, None
    unq = lambda s: bytes(s[1:-1], "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")
    for line in r.stdout.splitlines() + [""]:
        m = re.match(r'^(msgid|msgid_plural|msgstr(?:\[0\])?)\s+(".*")$', line)
        if m:
            key = m.group(1)
            cur[key] = unq(m.group(2))
        elif line.startswith('"') and key:
            cur[key] += unq(line)
        elif not line.strip():
            if cur.get("msgid"):
                entries[cur["msgid"]] = cur.get("msgstr", cur.get("msgstr[0]", ""))
            cur, key = {}, None
    return entries


def run_help(lang, args):
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and k != "LANG"}
    env.update({"LANGUAGE": lang, "LC_ALL": "C", "STRATEGOS_LOCALEDIR": localedir})
    r = subprocess.run([strategos, *args], capture_output=True, text=True, env=env)
    return r.stdout + r.stderr


english = run_help("en", ["--help"])
verbs = sorted(set(re.findall(r"^  strategos ([a-z][a-z-]+)", english, re.M)))
check(len(verbs) >= 5, "strategos --help lists the verbs", english)

for lang in linguas:
    if lang not in REQUIRED or not os.path.exists(os.path.join(po_dir, lang + ".po")):
        continue
    cat = catalogue(lang)
    # Messages long enough to be recognised and that read differently in the
    # translation; placeholders and option syntax may rightly stay as they are.
    english_words = {m for m, t in cat.items() if len(m.split()) >= 3 and t and t != m}
    for args in [["--help"]] + [[v, "--help"] for v in verbs]:
        out = run_help(lang, args)
        left = sorted(m.split("\n")[0] for m in english_words
                      if m.rstrip("\n").split("\n")[0] in out and len(m.split("\n")[0].split()) >= 3)
        check(not left and out.strip() != "", f"LANGUAGE={lang} strategos {' '.join(args)} is translated",
              "English left: " + "; ".join(left[:10]))

print(f"1..{len(results)}")
for i, (ok, name, diag) in enumerate(results, 1):
    print(f"{'ok' if ok else 'not ok'} {i} - {name}")
    if not ok and diag:
        for line in diag.splitlines():
            print("# " + line)
