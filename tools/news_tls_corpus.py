"""Turns the public Timeline17 data set (news-tls) into article folders Timeline opens.

Usage::

    python tools/news_tls_corpus.py DATASET/Timeline17 OUT [--topics bpoil haiti H1N1 MJ]

For each development topic it writes ``OUT/<topic>/<outlet>/<date>_<name>.txt`` (the
reports, detokenised back to ordinary prose), ``OUT/<topic>/manifest.toml`` (each report's
publication date and outlet, from the data set's folder names) and
``OUT/<topic>.gold.json`` (the journalists' timelines: one list of ``[date, [sentence...]]``
per timeline). Only the four development topics are converted; the held-out topics are
refused, so that nothing tunes to them by accident. No news text is committed: run this on
a local copy of the data set.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

DEVELOPMENT_TOPICS = ("bpoil", "haiti", "H1N1", "MJ")
HELD_OUT_TOPICS = ("EgyptianProtest", "Finan", "IraqWar", "LibyaWar", "SyrianCrisis")

# Penn Treebank escapes and spacing, undone so the app reads prose as a reader would.
_TOKEN_REPLACEMENTS = (
    ("-LRB-", "("),
    ("-RRB-", ")"),
    ("-LSB-", "["),
    ("-RSB-", "]"),
    ("-LCB-", "{"),
    ("-RCB-", "}"),
    ("``", '"'),
    ("''", '"'),
    ("\\/", "/"),
    ("¬ #", "£"),
)
_SPACE_BEFORE = re.compile(r" (?=[,.;:!?%)\]}]|'s\b|'re\b|'ve\b|'ll\b|'d\b|'m\b|n't\b|'\s)")
_SPACE_AFTER = re.compile(r"(?<=[(\[{$£]) ")
_QUOTED = re.compile(r'" ([^"\n]*?) "')


def detokenise(line: str) -> str:
    """One tokenised sentence as ordinary text ("Haiti 's quake -LRB- 7.0 -RRB-" -> "Haiti's quake (7.0)")."""
    text = line.strip()
    for token, plain in _TOKEN_REPLACEMENTS:
        text = text.replace(token, plain)
    text = _SPACE_BEFORE.sub("", text)
    text = _SPACE_AFTER.sub("", text)
    text = _QUOTED.sub(r'"\1"', text)
    return re.sub(r"\s{2,}", " ", text)


def topic_of(folder_name: str) -> str:
    return folder_name.split("_", 1)[0]


def outlet_of(folder_name: str) -> str:
    return folder_name.split("_", 1)[1] if "_" in folder_name else folder_name


def _toml_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def convert_topic(folders: list[Path], out: Path) -> tuple[int, int]:
    """Writes one topic's articles, manifest and gold timelines; returns (articles, timelines)."""
    topic_dir = out / topic_of(folders[0].name)
    topic_dir.mkdir(parents=True, exist_ok=True)
    manifest = ["# Converted from the Timeline17 data set (news-tls); dates are the data set's own.\n"]
    timelines: list[list[object]] = []
    articles = 0
    for folder in folders:
        outlet = outlet_of(folder.name)
        for source in sorted((folder / "InputDocs").glob("*/*")):
            lines = [detokenise(line) for line in source.read_text(encoding="utf-8", errors="replace").splitlines()]
            text = "\n".join(line for line in lines if line)
            if not text.strip():
                continue
            day = source.parent.name
            name = f"{outlet}/{day}_{source.name.split('.')[0]}.txt"
            target = topic_dir / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text + "\n", encoding="utf-8")
            manifest.append(
                f"\n[[article]]\nfile = {_toml_string(name)}\ndate = {_toml_string(day)}\n"
                f"outlet = {_toml_string(outlet)}\n"
            )
            articles += 1
        gold = folder / "timelines.jsonl"
        if gold.exists():
            for line in gold.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    timeline = json.loads(line)
                    timelines.append(
                        [[day, [detokenise(sentence) for sentence in sentences]] for day, sentences in timeline]
                    )
    (topic_dir / "manifest.toml").write_text("".join(manifest), encoding="utf-8")
    gold_text = json.dumps(timelines, ensure_ascii=False, indent=0)
    (out / f"{topic_dir.name}.gold.json").write_text(gold_text, encoding="utf-8")
    return articles, len(timelines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dataset", type=Path, help="the data set's Timeline17 folder")
    parser.add_argument("out", type=Path, help="where the article folders go")
    parser.add_argument("--topics", nargs="+", default=list(DEVELOPMENT_TOPICS))
    args = parser.parse_args(argv)
    refused = [topic for topic in args.topics if topic in HELD_OUT_TOPICS or topic not in DEVELOPMENT_TOPICS]
    if refused:
        allowed = ", ".join(DEVELOPMENT_TOPICS)
        print(f"refused: {', '.join(refused)} (only {allowed} are for development)", file=sys.stderr)
        return 2
    for topic in args.topics:
        folders = sorted(path for path in args.dataset.glob(f"{topic}_*") if path.is_dir())
        if not folders:
            print(f"{topic}: no folder {topic}_* in {args.dataset}", file=sys.stderr)
            return 1
        articles, timelines = convert_topic(folders, args.out)
        print(f"{topic}: {articles} articles, {timelines} journalists' timelines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
