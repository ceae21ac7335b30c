"""What each kind of file declares of its language or place becomes the article's locale hint,
cleaned (only a language tag or an address's scheme and host), the analyst's word first."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

from timeline.ingest import article_from_html, read_document
from timeline.ingest.locale_hints import choose_locale_hint, language_tag, web_address

BODY = "<p>The committee met in the capital and agreed the plan after a long debate among its members.</p>" * 3


def _page(tmp_path: Path, head: str, html_attributes: str = "") -> Path:
    path = tmp_path / "page.html"
    path.write_text(f"<html {html_attributes}><head><title>Plan agreed</title>{head}</head>"
                    f"<body><article>{BODY}</article></body></html>", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("attributes", "head", "hint"),
    [
        ('lang="en-GB"', "", "en-GB"),
        ('xml:lang="de-AT"', "", "de-AT"),
        ("", '<meta http-equiv="Content-Language" content="en-GB, fr">', "en-GB"),
        ("", '<meta property="og:locale" content="en_GB">', "en_GB"),
        ("", '<link rel="canonical" href="https://www.example.co.uk/news/plan-agreed?id=7">',
         "https://www.example.co.uk"),
        ("", '<meta property="og:url" content="http://news.example.de/plan">', "http://news.example.de"),
        # "en" tells nothing of the order; the address does, so the address is kept
        ('lang="en"', '<link rel="canonical" href="https://www.example.com.au/plan">', "https://www.example.com.au"),
        # a language with its country is declared by the page itself: it comes before the address
        ('lang="en-US"', '<link rel="canonical" href="https://www.example.co.uk/plan">', "en-US"),
        # nothing that tells: the first declaration is kept for the record
        ('lang="en"', "", "en"),
        ("", "", None),
    ],
)
def test_a_page_declares_its_language_or_address(tmp_path, attributes, head, hint):
    article = read_document(_page(tmp_path, head, attributes))
    assert article.error is None
    assert article.locale_hint == hint


@pytest.mark.parametrize(
    ("attributes", "head"),
    [
        ('lang="en GB"', ""),
        ('lang="<b>en</b>"', ""),
        ('lang="' + "x" * 500 + '"', ""),
        ("", '<link rel="canonical" href="javascript:alert(1)">'),
        ("", '<link rel="canonical" href="file:///etc/passwd">'),
        ("", '<meta property="og:url" content="https://exa mple.co.uk/">'),
        ("", '<meta property="og:url" content="https://[::1/">'),
    ],
)
def test_what_is_not_a_language_tag_or_a_web_address_is_not_kept(tmp_path, attributes, head):
    assert read_document(_page(tmp_path, head, attributes)).locale_hint is None


def test_cleaning_keeps_only_a_tag_or_a_scheme_and_host():
    assert language_tag(" en-GB ") == "en-GB"
    assert language_tag("de;q=0.9, en") == "de"
    assert language_tag("en-GB; drop table") == "en-GB"  # only the tag is kept
    assert language_tag(None) is None and language_tag(42) is None
    assert web_address("HTTPS://User:pw@WWW.Example.CO.UK:8080/a?b#c") == "https://www.example.co.uk"
    assert web_address("www.example.co.uk/a") is None  # no scheme: not an address we can read safely
    assert choose_locale_hint([None, "en", "https://a.example.com", "fr"]) == "fr"
    assert choose_locale_hint([None, ""]) is None


def test_an_email_declares_its_language_in_its_header(tmp_path):
    path = tmp_path / "note.eml"
    path.write_bytes(
        b"From: Desk <desk@example.org>\nSubject: Plan agreed\nDate: Mon, 1 Jul 2024 10:00:00 +0000\n"
        b"Content-Language: en-GB\nContent-Type: text/plain; charset=utf-8\n\n"
        b"The committee agreed the plan, signed 05/06/2024.\n"
    )
    assert read_document(path).locale_hint == "en-GB"


def test_an_html_email_declares_its_language_in_its_body(tmp_path):
    path = tmp_path / "note.eml"
    path.write_bytes(
        b"From: Desk <desk@example.org>\nSubject: Plan agreed\nDate: Mon, 1 Jul 2024 10:00:00 +0000\n"
        b"Content-Type: text/html; charset=utf-8\n\n"
        + f'<html lang="en-IE"><body><article>{BODY}</article></body></html>\n'.encode()
    )
    assert read_document(path).locale_hint == "en-IE"


def _docx(language: str | None, *, keep_styles: bool = True) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("The committee agreed the plan, signed 05/06/2024.")
    if language is not None:
        document.core_properties.language = language
    out = io.BytesIO()
    document.save(out)
    if keep_styles:
        return out.getvalue()
    # the same package without its styles part (and the relationship to it)
    source = zipfile.ZipFile(io.BytesIO(out.getvalue()))
    stripped = io.BytesIO()
    with zipfile.ZipFile(stripped, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/styles.xml":
                continue
            if item.filename == "word/_rels/document.xml.rels":
                data = data.replace(b'Target="styles.xml"', b'Target="missing.xml"')
                data = re.sub(rb"<Relationship [^>]*Target=\"missing.xml\"/>", b"", data)
            target.writestr(item, data)
    return stripped.getvalue()


def test_a_word_document_declares_its_language(tmp_path):
    path = tmp_path / "note.docx"
    path.write_bytes(_docx("en-GB"))
    assert read_document(path).locale_hint == "en-GB"
    # none in its properties: the language its text is written in by default (styles.xml)
    path.write_bytes(_docx(None))
    assert read_document(path).locale_hint == "en-US"
    # no styles part: nothing declared (python-docx's own template is not the document's)
    path.write_bytes(_docx(None, keep_styles=False))
    article = read_document(path)
    assert article.error is None and article.locale_hint is None


def _folder(tmp_path: Path, manifest: str) -> Path:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("The committee agreed the plan, signed 05/06/2024.\n", encoding="utf-8")
    (tmp_path / "manifest.toml").write_text(manifest, encoding="utf-8")
    return tmp_path


def test_a_manifest_declares_a_locale_per_article_and_for_its_folder(tmp_path):
    from timeline.ingest import load_paths

    folder = _folder(tmp_path, 'locale = "en-GB"\n\n[[article]]\nfile = "a.txt"\n'
                               'url = "https://www.example.com/plan"\n\n'
                               '[[article]]\nfile = "b.txt"\nlocale = "en-US"\n')
    hints = {a.article_id: a.locale_hint for a in load_paths([folder])}
    # a.txt: its address (.com) tells nothing, its folder's language does
    assert hints == {"a.txt": "en-GB", "b.txt": "en-US"}


def test_a_folder_locale_holds_for_files_the_manifest_does_not_list(tmp_path):
    from timeline.ingest import load_paths

    folder = _folder(tmp_path, 'locale = "de"\n')
    assert {a.locale_hint for a in load_paths([folder])} == {"de"}


def test_a_bad_locale_in_a_manifest_is_a_warning_not_a_hint(tmp_path):
    from timeline.ingest import load_paths

    folder = _folder(tmp_path, '[[article]]\nfile = "a.txt"\nlocale = "<script>"\nurl = "ftp://x.example.uk/"\n')
    article = next(a for a in load_paths([folder]) if a.article_id == "a.txt")
    assert article.locale_hint is None
    assert any("ignored locale" in w for w in article.warnings)
    assert any("ignored url" in w for w in article.warnings)


def test_the_analysts_sidecar_outranks_the_page(tmp_path):
    path = _page(tmp_path, "", 'lang="en-US"')
    (tmp_path / "page.html.meta.toml").write_text('locale = "en-GB"\n', encoding="utf-8")
    assert read_document(path).locale_hint == "en-GB"


def test_pasted_html_keeps_its_language():
    article = article_from_html(f'<html lang="en-NZ"><body><article>{BODY}</article></body></html>',
                                article_id="pasted-1")
    assert article.locale_hint == "en-NZ"


def test_a_folder_locale_holds_below_it_unless_a_nearer_manifest_says_otherwise(tmp_path):
    from timeline.ingest import load_paths

    for folder in ("uk", "uk/sport", "uk/us-desk"):
        (tmp_path / folder).mkdir(parents=True, exist_ok=True)
        (tmp_path / folder / "a.txt").write_text("The plan was signed 05/06/2024.\n", encoding="utf-8")
    (tmp_path / "uk" / "manifest.toml").write_text('locale = "en-GB"\n', encoding="utf-8")
    # a nearer manifest lists the file without a locale: the folder above still gives one
    (tmp_path / "uk" / "sport" / "manifest.toml").write_text('[[article]]\nfile = "a.txt"\ntitle = "Cup"\n',
                                                             encoding="utf-8")
    (tmp_path / "uk" / "us-desk" / "manifest.toml").write_text('locale = "en-US"\n', encoding="utf-8")
    hints = {a.article_id: (a.locale_hint, a.title) for a in load_paths([tmp_path])}
    assert hints == {"uk/a.txt": ("en-GB", "The plan was signed 05/06/2024."),
                     "uk/sport/a.txt": ("en-GB", "Cup"),
                     "uk/us-desk/a.txt": ("en-US", "The plan was signed 05/06/2024.")}
