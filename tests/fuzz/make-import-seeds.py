#!/usr/bin/env python3
"""Writes the seed corpus of fuzz_import to tests/fuzz/corpus-import/.

Seeds: the export fixtures (tests/fixtures/exports), every JSON document the import suites
write inline (raw string literals in tst_exportimport*.cpp, tst_bulkimport.cpp,
tst_cli_conversations.cpp), a version 2 export with a comparison and OpenAI request bodies with
images and tool calls as the exporter writes them. With --cli BUILD/app/cli/lineup-cli it also
imports all of these into a scratch store and adds that store's own exports (Lineup JSON and
OpenAI bodies), i.e. files the app itself writes.

    tests/fuzz/make-import-seeds.py [--cli PATH]
"""
import argparse
import hashlib
import json
import pathlib
import re
import subprocess
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "tests/fuzz/corpus-import"
SUITES = ["tst_exportimport.cpp", "tst_exportimport_comparison.cpp", "tst_bulkimport.cpp",
          "tst_cli_conversations.cpp"]

PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="

HANDMADE = {
    "comparison-v2": {
        "format": "lineup.conversations", "version": 2, "generator": "Lineup",
        "exported_at": "2026-12-01T10:00:00.000Z",
        "conversations": [{
            "kind": "comparison", "title": "Haiku", "system_prompt": "Be brief.",
            "system_role": "developer", "parameters": {"temperature": 0.2}, "pinned": False,
            "created_at": "2026-12-01T09:00:00.000Z", "updated_at": "2026-12-01T09:00:05.250Z",
            "panes": [
                {"title": "Haiku", "profile_id": "a", "model": "m1", "position": 1,
                 "overrides": {"parameters": {"top_p": None}, "system_prompt": "Rhyme."},
                 "parameters": {}, "messages": [
                     {"role": "user", "content": [{"type": "text", "text": "autumn"}]},
                     {"role": "assistant", "content": [{"type": "text", "text": "leaves"}],
                      "model": "m1", "status": "streaming", "finish_reason": "stop",
                      "usage": {"prompt_tokens": 3, "completion_tokens": 5, "total_tokens": 8},
                      "timings": {"total_ms": 120, "first_token_ms": 40},
                      "error": {"kind": "http_error", "http_status": 429, "message": "slow"},
                      "created_at": "2026-12-01T09:00:01.000Z"}]},
                {"title": "Haiku", "profile_id": "b", "model": "m2", "position": 0,
                 "overrides": {}, "messages": [
                     {"role": "user", "content": "autumn"},
                     {"role": "assistant", "content": None, "refusal": "no",
                      "alternatives": [{"role": "assistant", "content": "wind"}],
                      "logprobs": {"content": [{"token": "w", "logprob": -0.5}]}}]},
            ]}],
    },
    "openai-body-tools-image": {
        "model": "gpt-5", "temperature": 0.7, "stream": True,
        "messages": [
            {"role": "developer", "content": "You are terse."},
            {"role": "user", "content": [
                {"type": "text", "text": "What is this?"},
                {"type": "image_url", "image_url": {"url": "data:image/png;base64," + PNG,
                                                    "detail": "low"}},
                {"type": "image_url", "image_url": {"url": "https://example.com/a.png"}}]},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": "call_1", "type": "function",
                 "function": {"name": "look", "arguments": "{\"x\":1}"}}]},
            {"role": "tool", "tool_call_id": "call_1", "content": "a pixel"},
            {"role": "assistant", "content": "A pixel.", "reasoning_content": "tiny"}],
    },
    "openai-bodies-array": [
        {"model": "a", "messages": [{"role": "user", "content": "hi", "name": "ann"}]},
        {"messages": [{"role": "system", "content": [{"type": "text", "text": "s"}]},
                      {"role": "user", "content": "second\nline"}]},
    ],
}


# What fuzz_import found losing data on the way back (tst_importroundtrip has each): kept as
# seeds so that every run starts from them.
def _one_message(message):
    return {"format": "lineup.conversations", "version": 1,
            "conversations": [{"title": "t", "messages": [message]}]}


HANDMADE.update({
    "found-time-before-year-1": _one_message(
        {"role": "user", "content": [], "created_at": "0001-01-01T00:00:00+01:00"}),
    "found-error-kind-none": _one_message(
        {"role": "assistant", "content": [], "error": {"kind": "none", "message": "x"}}),
    "found-data-url-without-type": _one_message(
        {"role": "user", "content": [{"type": "image_url",
                                      "image_url": {"url": "data:;base64,QQ=="}}]}),
    "found-price-unknown-source": _one_message(
        {"role": "assistant", "content": [], "price": {"input": 1, "source": "guess"}}),
})


def write(name, data):
    OUT.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha1(data).hexdigest()[:10]
    (OUT / f"seed-{name}-{digest}").write_bytes(data)


def raw_literals(text):
    # R"(...)" literals; the C++ tests only use the plain delimiter.
    for match in re.finditer(r'R"\((.*?)\)"', text, re.S):
        body = match.group(1)
        if body.lstrip().startswith(("{", "[")):
            yield body.encode()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", help="lineup-cli to add exports written by the app")
    args = parser.parse_args()
    inputs = []
    for fixture in sorted((ROOT / "tests/fixtures/exports").glob("*.json")):
        inputs.append((fixture.stem, fixture.read_bytes()))
    for suite in SUITES:
        source = (ROOT / "tests/unit" / suite).read_text()
        for literal in raw_literals(source):
            inputs.append((pathlib.Path(suite).stem, literal))
    for name, document in HANDMADE.items():
        inputs.append((name, json.dumps(document, indent=1).encode()))
    for name, data in inputs:
        write(name, data)
    if args.cli:
        with tempfile.TemporaryDirectory() as scratch:
            for i, (name, data) in enumerate(inputs):
                path = pathlib.Path(scratch) / f"in{i}.json"
                path.write_bytes(data)
                subprocess.run([args.cli, "--data-dir", scratch + "/store", "conversations",
                                "import", str(path)], capture_output=True)
            for fmt in ("lineup", "openai"):
                result = subprocess.run(
                    [args.cli, "--data-dir", scratch + "/store", "conversations", "export",
                     "--all", "--format", fmt], capture_output=True, check=True)
                write(f"cli-export-{fmt}", result.stdout)


if __name__ == "__main__":
    main()
