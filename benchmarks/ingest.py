"""Ingest speed and memory: load a generated folder of mixed documents, against peers in the same run.

    nice .venv/bin/python benchmarks/ingest.py [--count 1000] [--keep DIR]

Generates --count documents (saved news pages with menus, scripts and comments; plain
and Markdown text in several encodings; e-mails; PDFs; Word files; a few broken files)
in a temporary folder, then measures:

- timeline.ingest.load_paths over the whole folder: documents per second, per format;
- peak memory of that load (tracemalloc, in a second pass, since tracing slows it down);
- peers on the same files: reading the raw bytes (the floor), and trafilatura.extract plus
  htmldate.find_date called directly on the HTML pages (the libraries without our layer).
"""

from __future__ import annotations

import argparse
import io
import random
import shutil
import sys
import tempfile
import time
import tracemalloc
from collections import Counter, defaultdict
from datetime import UTC, date, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline.ingest import load_paths
from timeline.ingest.discovery import discover

SAMPLE_TEXT = (
    "the minister said talks would continue on Tuesday after a long meeting in the capital "
    "officials confirmed that the delegation arrived on Monday and will leave next week while "
    "analysts expect an agreement before the summit in March next year according to sources"
)
WORDS = tuple(SAMPLE_TEXT.split())
MIX = (("html", 40), ("txt", 22), ("md", 8), ("eml", 10), ("pdf", 10), ("docx", 8), ("bad", 2))


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(12, 28))]
    return " ".join(words).capitalize() + "."


def paragraphs(rng: random.Random, count: int) -> list[str]:
    return [" ".join(sentence(rng) for _ in range(rng.randint(2, 5))) for _ in range(count)]


def html_page(rng: random.Random, day: date, index: int) -> str:
    menu = "".join(f'<li><a href="/section/{n}">Section {n}</a></li>' for n in range(40))
    related = "".join(f'<li><a href="/story/{n}">{sentence(rng)}</a></li>' for n in range(15))
    comments = "".join(f'<div class="comment"><p>{sentence(rng)}</p></div>' for _ in range(8))
    body = "".join(f"<p>{p}</p>" for p in paragraphs(rng, rng.randint(6, 18)))
    script = "var config = {" + ",".join(f'"k{n}": "{n * 7}"' for n in range(800)) + "};"
    meta = (
        f'<meta property="article:published_time" content="{day.isoformat()}T08:00:00Z">'
        if index % 3 else ""
    )
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Story {index} | Daily</title>"
        f"{meta}<script>{script}</script><style>.a{{color:red}}</style></head><body>"
        f"<nav><ul>{menu}</ul></nav><header>Subscribe | Log in</header><article>"
        f"<h1>Story {index}</h1><p class='byline'>By Staff</p>{body}</article>"
        f"<aside><ul>{related}</ul></aside><section id='comments'>{comments}</section>"
        f"<footer>© {day.year} Daily. All rights reserved.</footer></body></html>"
    )


def text_document(rng: random.Random, day: date, markdown: bool) -> str:
    head = f"# Report {day}\n\n" if markdown else f"Report\nPublished {day.day} March {day.year}\n\n"
    return head + "\n\n".join(paragraphs(rng, rng.randint(4, 12))) + "\n"


def email_document(rng: random.Random, day: date, index: int) -> bytes:
    message = EmailMessage()
    message["From"] = "Desk <desk@example.org>"
    message["To"] = "analyst@example.org"
    message["Subject"] = f"Briefing {index}"
    from datetime import datetime

    message["Date"] = format_datetime(datetime(day.year, day.month, day.day, 18, tzinfo=UTC))
    message.set_content("\n\n".join(paragraphs(rng, rng.randint(3, 8))))
    return bytes(message)


def pdf_document(rng: random.Random, day: date) -> bytes:
    lines = [sentence(rng)[:90] for _ in range(rng.randint(20, 45))]
    escaped = [line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for line in lines]
    content = "BT /F1 10 Tf 12 TL 50 760 Td " + " ".join(f"({x}) Tj T*" for x in escaped) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        f"<< /Title (Report) /CreationDate (D:{day:%Y%m%d}120000Z) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    out.write("".join(f"{o:010d} 00000 n \n" for o in offsets).encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
              f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def docx_document(rng: random.Random, day: date) -> bytes:
    import docx

    document = docx.Document()
    for paragraph in paragraphs(rng, rng.randint(4, 10)):
        document.add_paragraph(paragraph)
    from datetime import datetime

    document.core_properties.created = datetime(day.year, day.month, day.day, 9)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def generate(folder: Path, count: int, seed: int = 11) -> Counter[str]:
    rng = random.Random(seed)
    weights = [weight for _, weight in MIX]
    kinds = rng.choices([kind for kind, _ in MIX], weights=weights, k=count)
    made: Counter[str] = Counter()
    docx_template: list[bytes] = []
    for index, kind in enumerate(kinds):
        day = date(2023, 1, 1) + timedelta(days=rng.randint(0, 364))
        sub = folder / f"batch{index // 100:02d}"
        sub.mkdir(exist_ok=True)
        name = f"doc{index:05d}"
        if kind == "html":
            (sub / f"{name}.html").write_text(html_page(rng, day, index), encoding="utf-8")
        elif kind in ("txt", "md"):
            encoding = "utf-16" if index % 10 == 0 else "cp1252" if index % 10 == 1 else "utf-8"
            text = text_document(rng, day, kind == "md")
            (sub / f"{name}.{kind}").write_bytes(text.encode(encoding))
        elif kind == "eml":
            (sub / f"{name}.eml").write_bytes(email_document(rng, day, index))
        elif kind == "pdf":
            (sub / f"{name}.pdf").write_bytes(pdf_document(rng, day))
        elif kind == "docx":
            if len(docx_template) < 5:  # python-docx saving is slow; reuse a few variants
                docx_template.append(docx_document(rng, day))
            (sub / f"{name}.docx").write_bytes(docx_template[index % len(docx_template)])
        else:
            junk = rng.randbytes(2048)
            (sub / f"{name}.{rng.choice(['pdf', 'txt', 'bin'])}").write_bytes(junk)
        made[kind] += 1
    return made


def raw_bytes_peer(files: list[Path]) -> float:
    start = time.perf_counter()
    total = 0
    for path in files:
        total += len(path.read_bytes())
    return time.perf_counter() - start


def libraries_peer(html_files: list[Path]) -> float:
    """trafilatura.extract + htmldate.find_date on each page, no wrapper, no evidence."""
    import trafilatura
    from htmldate import find_date

    start = time.perf_counter()
    for path in html_files:
        html = path.read_text(encoding="utf-8")
        trafilatura.extract(html, include_comments=False)
        find_date(html, extensive_search=True, original_date=True)
    return time.perf_counter() - start


def metadata_peer(html_files: list[Path]) -> float:
    """trafilatura.extract with metadata (title, site, htmldate's date) in its one call."""
    import trafilatura

    start = time.perf_counter()
    for path in html_files:
        trafilatura.extract(path.read_text(encoding="utf-8"), include_comments=False,
                            with_metadata=True, output_format="json")
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc pass")
    args = parser.parse_args()

    folder = args.keep or Path(tempfile.mkdtemp(prefix="timeline-ingest-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        start = time.perf_counter()
        made = generate(folder, args.count)
        generated_in = time.perf_counter() - start
        files = sorted(p for p in folder.rglob("*") if p.is_file())
        size = sum(p.stat().st_size for p in files)
        print(f"generated {len(files)} documents ({size / 1e6:.1f} MB) in {generated_in:.1f} s: "
              + ", ".join(f"{n} {kind}" for kind, n in sorted(made.items())))

        load_paths([folder])  # warm up: imports and regex compilation are not per-document
        per_format: dict[str, float] = defaultdict(float)
        counts: Counter[str] = Counter()
        last = [time.perf_counter()]
        paths_in_order = [found.path for found in discover([folder])]

        def progress(done: int, total: int) -> None:
            now = time.perf_counter()
            suffix = paths_in_order[done - 1].suffix.lower() if done <= len(paths_in_order) else "?"
            per_format[suffix] += now - last[0]
            counts[suffix] += 1
            last[0] = now

        start = time.perf_counter()
        articles = load_paths([folder], on_progress=progress)
        elapsed = time.perf_counter() - start
        errors = sum(1 for a in articles if a.error)
        dated = sum(1 for a in articles if a.date)
        print(f"\nload_paths: {len(articles)} documents in {elapsed:.2f} s = "
              f"{len(articles) / elapsed:.0f} documents/s ({errors} unreadable, {dated} dated)")
        for suffix in sorted(per_format):
            seconds = per_format[suffix]
            print(f"  {suffix:6} {counts[suffix]:5d} docs  {seconds:6.2f} s  "
                  f"{counts[suffix] / seconds if seconds else 0:8.0f} docs/s")

        if not args.no_memory:
            tracemalloc.start()
            load_paths([folder])
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            print(f"  peak traced memory during load_paths: {peak / 1e6:.1f} MB "
                  f"(input on disk: {size / 1e6:.1f} MB)")
        import resource

        print(f"  process peak RSS so far: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3:.0f} MB")

        print("\npeers, same files, same run:")
        raw = raw_bytes_peer(files)
        print(f"  read raw bytes of all files: {raw:.2f} s = {len(files) / raw:.0f} documents/s")
        html_files = [p for p in files if p.suffix == ".html"]
        ours_html = per_format[".html"]
        peer = libraries_peer(html_files)
        print(f"  HTML: trafilatura.extract + htmldate.find_date directly: {peer:.2f} s "
              f"({len(html_files) / peer:.0f} pages/s); load_paths on the same pages: "
              f"{ours_html:.2f} s ({len(html_files) / ours_html:.0f} pages/s), "
              f"ratio {ours_html / peer:.2f}x")
        with_metadata = metadata_peer(html_files)
        print(f"  HTML: trafilatura.extract(with_metadata=True) directly: {with_metadata:.2f} s "
              f"({len(html_files) / with_metadata:.0f} pages/s); ratio {ours_html / with_metadata:.2f}x")
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
