#!/usr/bin/env python3
"""Keeps translations/lineup_*.ts complete and in step with the sources.

  scripts/translations.py check [--build-dir DIR]
      Refreshes temporary copies of the catalogues from the sources (the same lupdate project
      the `update_translations` target runs) and fails when any message, in either catalogue,
      is unfinished or empty, has vanished from the sources, is missing from the committed
      catalogue (the catalogues were not refreshed), or loses a placeholder (%1, %n), an
      accelerator (&X) or markup. Without a configured build dir, checks the committed files.
  scripts/translations.py unfinished [--build-dir DIR] [-o todo.json]
      Writes the messages that still need a translation (after refreshing, if a build dir is
      given) as JSON: [{"context", "source", "comment", "numerus", "ja", "zh_CN"}]. Fill in the
      empty "ja" / "zh_CN" fields and run `apply`.
  scripts/translations.py apply todo.json
      Writes those translations into the committed catalogues (by context and source) and marks
      them finished. Run `cmake --build build --target update_translations` first so that new
      messages are in the catalogues.
  scripts/translations.py status
      Counts finished and unfinished messages per catalogue.
"""
import argparse
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS_DIR = os.path.join(ROOT, "translations")
LANGS = ["ja", "zh_CN"]
LUPDATE_CANDIDATES = ["/usr/lib/qt6/bin/lupdate", "lupdate-qt6", "lupdate"]

MESSAGE_RE = re.compile(r"(<message[^>]*>)(.*?)(</message>)", re.S)
CONTEXT_RE = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.S)
TRANSLATION_RE = re.compile(r"<translation[^>]*?(?:/>|>.*?</translation>)", re.S)


def ts_path(lang, directory=TS_DIR):
    return os.path.join(directory, f"lineup_{lang}.ts")


def text_of(element):
    return "" if element is None or element.text is None else element.text


def read_messages(path):
    """(context, source, comment) -> dict(numerus, type, forms) for every message in the file."""
    messages = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = text_of(context.find("name"))
        for message in context.iter("message"):
            key = (name, text_of(message.find("source")), text_of(message.find("comment")))
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = [text_of(f) for f in translation.iter("numerusform")]
            else:
                forms = [text_of(translation)]
            messages[key] = {
                "numerus": numerus,
                "type": translation.get("type", "") if translation is not None else "unfinished",
                "forms": forms,
            }
    return messages


PLACEHOLDER_RE = re.compile(r"%(?:\d+|n|L\d+)")
MARKUP_RE = re.compile(r"</?[a-zA-Z][^<>]*>")
ACCEL_RE = re.compile(r"&(?!&)(\w)")


def problems_of(key, entry):
    """What is wrong with one translated message, as short phrases."""
    _, source, _ = key
    found = []
    if entry["type"] == "vanished" or entry["type"] == "obsolete":
        return ["no longer in the sources (refresh with update_translations)"]
    if entry["type"] == "unfinished":
        found.append("unfinished")
    if not entry["forms"] or any(not f.strip() for f in entry["forms"]):
        found.append("empty")
        return found
    for form in entry["forms"]:
        if sorted(set(PLACEHOLDER_RE.findall(source))) != sorted(set(PLACEHOLDER_RE.findall(form))):
            found.append("placeholders differ")
        if sorted(MARKUP_RE.findall(source)) != sorted(MARKUP_RE.findall(form)):
            found.append("markup differs")
        if bool(ACCEL_RE.search(source)) != bool(ACCEL_RE.search(form)):
            found.append("accelerator (&X) missing or added")
        if source.endswith("\n") != form.endswith("\n"):
            found.append("trailing newline differs")
    return sorted(set(found))


def find_lupdate():
    for candidate in LUPDATE_CANDIDATES:
        path = shutil.which(candidate) or (candidate if os.access(candidate, os.X_OK) else None)
        if path:
            return path
    return None


def refreshed_copies(build_dir, workdir):
    """Runs lupdate over the sources into copies of the catalogues; returns their directory."""
    project_in = os.path.join(build_dir, "app", "gui", ".lupdate", "lineup_gui_project.cmake")
    if not os.path.exists(project_in):
        sys.exit(f"translations.py: {project_in} not found: configure the build first")
    lupdate = find_lupdate()
    if not lupdate:
        sys.exit("translations.py: lupdate not found (install qt6-l10n-tools)")
    generator = None
    with open(os.path.join(build_dir, "CMakeCache.txt"), encoding="utf-8") as f:
        match = re.search(r"^Qt6LinguistTools_DIR:PATH=(.+)$", f.read(), re.M)
    if match:
        generator = os.path.join(match.group(1).strip(), "GenerateLUpdateProject.cmake")
    if not generator or not os.path.exists(generator):
        sys.exit("translations.py: GenerateLUpdateProject.cmake not found (Qt6LinguistTools)")
    project_json = os.path.join(workdir, "project.json")
    subprocess.run(["cmake", f"-DIN_FILE={project_in}", f"-DOUT_FILE={project_json}",
                    "-P", generator], check=True, cwd=os.path.dirname(project_in))
    with open(project_json, encoding="utf-8") as f:
        project = json.load(f)
    copies = os.path.join(workdir, "ts")
    os.makedirs(copies)
    project["translations"] = []
    for lang in LANGS:
        shutil.copy(ts_path(lang), ts_path(lang, copies))
        project["translations"].append(ts_path(lang, copies))
    with open(project_json, "w", encoding="utf-8") as f:
        json.dump(project, f)
    # The same options as qt_add_lupdate in app/gui/CMakeLists.txt.
    result = subprocess.run(
        [lupdate, "-no-obsolete", "-locations", "none", "-project", project_json],
        capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"translations.py: lupdate failed:\n{result.stdout}{result.stderr}")
    # -no-obsolete drops what vanished; cmd_check finds it by comparing with the committed keys.
    return copies


def catalogues(args, workdir):
    """(committed, current) messages per language; current is refreshed when possible."""
    committed = {lang: read_messages(ts_path(lang)) for lang in LANGS}
    build_dir = os.path.abspath(args.build_dir) if args.build_dir else None
    if build_dir and os.path.exists(os.path.join(build_dir, "CMakeCache.txt")):
        copies = refreshed_copies(build_dir, workdir)
        current = {lang: read_messages(ts_path(lang, copies)) for lang in LANGS}
        return committed, current, True
    return committed, committed, False


def cmd_check(args):
    with tempfile.TemporaryDirectory() as workdir:
        committed, current, refreshed = catalogues(args, workdir)
    failures = []
    for lang in LANGS:
        for key, entry in sorted(current[lang].items()):
            if key not in committed[lang]:
                failures.append((lang, key, ["not in the committed catalogue: run "
                                             "`cmake --build build --target update_translations`"]))
                continue
            found = problems_of(key, entry)
            if found:
                failures.append((lang, key, found))
        if refreshed:
            for key in sorted(set(committed[lang]) - set(current[lang])):
                failures.append((lang, key, ["no longer in the sources: run "
                                             "`cmake --build build --target update_translations`"]))
    for lang, (context, source, _), found in failures:
        print(f"lineup_{lang}.ts: {context}: {json.dumps(source, ensure_ascii=False)}: "
              f"{', '.join(found)}")
    total = len(current[LANGS[0]])
    where = "refreshed from the sources" if refreshed else "committed files only (no build dir)"
    if failures:
        print(f"translations: {len(failures)} problems in {total} messages ({where}); "
              "`scripts/translations.py unfinished` lists what needs a translation")
        return 1
    print(f"translations: {total} messages, complete in {', '.join(LANGS)} ({where})")
    return 0


def cmd_unfinished(args):
    with tempfile.TemporaryDirectory() as workdir:
        _, current, _ = catalogues(args, workdir)
    todo = []
    for key in sorted(set().union(*[set(current[lang]) for lang in LANGS])):
        entries = {lang: current[lang].get(key) for lang in LANGS}
        if all(e is not None and not problems_of(key, e) for e in entries.values()):
            continue
        context, source, comment = key
        item = {"context": context, "source": source, "comment": comment,
                "numerus": any(e and e["numerus"] for e in entries.values())}
        for lang, entry in entries.items():
            item[lang] = "" if entry is None or problems_of(key, entry) else entry["forms"][0]
        todo.append(item)
    out = json.dumps(todo, ensure_ascii=False, indent=1) + "\n"
    if args.output:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(out)
        print(f"{len(todo)} messages need a translation; written to {args.output}")
    else:
        sys.stdout.write(out)
    return 0


def escape(text):
    return html.escape(text, quote=True).replace("&#x27;", "&apos;")


def apply_to_file(path, mapping):
    """Fills <translation> of messages whose (context, source, comment) is in mapping."""
    with open(path, encoding="utf-8") as f:
        content = f.read()
    applied = 0

    def fix_context(context_match):
        nonlocal applied
        name = html.unescape(context_match.group(1))

        def fix_message(m):
            nonlocal applied
            head, body, tail = m.groups()
            fragment = ET.fromstring(head + body + tail)
            key = (name, text_of(fragment.find("source")), text_of(fragment.find("comment")))
            text = mapping.get(key)
            if not text:
                return m.group(0)
            indent = "\n        "
            if fragment.get("numerus") == "yes":
                forms = text if isinstance(text, list) else [text]
                inner = "".join(f"{indent}    <numerusform>{escape(x)}</numerusform>" for x in forms)
                new = f"<translation>{inner}{indent}</translation>"
            else:
                new = f"<translation>{escape(text)}</translation>"
            applied += 1
            return head + TRANSLATION_RE.sub(lambda _: new, body, count=1) + tail

        return context_match.group(0).replace(
            context_match.group(2), MESSAGE_RE.sub(fix_message, context_match.group(2)))

    content = CONTEXT_RE.sub(fix_context, content)
    with open(path, "w", encoding="utf-8") as f:
        f.write(content)
    return applied


def cmd_apply(args):
    with open(args.file, encoding="utf-8") as f:
        todo = json.load(f)
    for lang in LANGS:
        mapping = {(i["context"], i["source"], i.get("comment") or ""): i.get(lang)
                   for i in todo if i.get(lang)}
        applied = apply_to_file(ts_path(lang), mapping)
        print(f"lineup_{lang}.ts: {applied} translations written")
    return 0


def cmd_status(_args):
    for lang in LANGS:
        messages = read_messages(ts_path(lang))
        bad = sum(1 for k, e in messages.items() if problems_of(k, e))
        print(f"lineup_{lang}.ts: {len(messages) - bad} finished, {bad} need work")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check")
    check.add_argument("--build-dir", default=None)
    unfinished = sub.add_parser("unfinished")
    unfinished.add_argument("--build-dir", default=None)
    unfinished.add_argument("-o", "--output")
    apply = sub.add_parser("apply")
    apply.add_argument("file")
    sub.add_parser("status")
    args = parser.parse_args()
    return {"check": cmd_check, "unfinished": cmd_unfinished, "apply": cmd_apply,
            "status": cmd_status}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
