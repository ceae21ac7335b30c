"""Each format's fixture reads into the right text, title, outlet and dated evidence."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.domain.article import Article


def test_saved_page_keeps_the_article_and_drops_menus_comments_and_footer(documents):
    page: Article = documents["saved_page.html"]

    assert page.error is None
    assert "warmly welcomed Chinese leader Xi Jinping" in page.text
    assert "broader talks on Tuesday" in page.text
    for noise in ("Subscribe", "Sport", "Most read", "Great article", "All rights reserved"):
        assert noise not in page.text
    assert (page.title, page.outlet) == ("Putin welcomes Xi to the Kremlin", "World News Daily")


def test_saved_page_date_comes_from_its_publication_tags_with_evidence(documents):
    page = documents["saved_page.html"]

    assert (page.date, page.date_source) == (date(2023, 3, 20), "html-meta")
    evidence = [c.evidence for c in page.candidates if c.source == "html-meta"]
    assert any("article:published_time" in e for e in evidence)
    assert any("datePublished" in e for e in evidence)
    assert not any("modified" in e for e in evidence)  # a later edit is not the publication
    assert page.warnings == ()  # the dateline's "March 20" agrees with the tags


def test_page_without_metadata_is_dated_by_its_wire_dateline(documents):
    page = documents["page_without_metadata.htm"]

    assert (page.date, page.date_source) == (date(2023, 3, 21), "dateline")
    assert page.title == "Talks continue"  # the <title> without its site suffix
    assert "Markets" not in page.text and "Terms" not in page.text
    (start, end), = page.metadata_spans
    assert page.text[start:end] == "MOSCOW, March 21, 2023 (Reuters) -"


def test_plain_email_gives_subject_sender_and_the_date_header_as_written(documents):
    mail = documents["briefing.eml"]

    assert mail.title == "Xi arrives in Moscow for three-day visit"
    assert mail.outlet == "World Desk Briefing"
    # 21:15 in Moscow is 18:15 UTC: still the 20th either way, and the sender's day is kept.
    assert (mail.date, mail.date_source) == (date(2023, 3, 20), "email-header")
    assert mail.candidates[0].evidence == "Date: Mon, 20 Mar 2023 21:15:00 +0300"
    assert "three-day state visit. Talks with Vladimir Putin are planned for Tuesday – the" in mail.text


def test_html_email_body_is_read_without_its_attachment(documents):
    mail = documents["html_body.eml"]

    assert mail.error is None
    assert "formal talks in the Kremlin on Tuesday" in mail.text
    assert "R0lGOD" not in mail.text
    assert (mail.date, mail.date_source) == (date(2023, 3, 21), "email-header")


def test_pdf_text_layer_title_and_creation_date(documents):
    pdf = documents["report.pdf"]

    assert pdf.error is None
    assert "welcomed Chinese leader Xi Jinping to the Kremlin on Monday." in pdf.text
    assert pdf.title == "Kremlin talks (PDF)"
    assert pdf.outlet == "wire report"  # from the manifest, which gives no date for it
    assert (pdf.date, pdf.date_source) == (date(2023, 3, 20), "dateline")
    assert [c.source for c in pdf.candidates] == ["dateline", "pdf-meta"]


@pytest.mark.parametrize("name", ["encrypted_no_password.pdf", "encrypted_aes_no_password.pdf"])
def test_pdf_restricted_without_a_user_password_still_reads(documents, name):
    pdf = documents[name]  # RC4, and AES-256 (through the 'cryptography' package)

    assert pdf.error is None and "Kremlin on Monday" in pdf.text


def test_docx_paragraphs_tables_and_core_properties(documents):
    doc = documents["report.docx"]

    assert doc.error is None
    assert doc.text.splitlines()[:2] == [
        "Xi backs Putin at start of visit",
        "Russian President Vladimir Putin received his Chinese counterpart Xi Jinping on "
        "Monday for a three-day state visit.",
    ]
    assert "Tuesday\tBroader talks" in doc.text
    assert doc.title == "Xi backs Putin (Word copy)"
    assert (doc.date, doc.date_source) == (date(2023, 3, 20), "docx-meta")
    assert doc.warnings == (
        "date taken from the Word document's creation date, which may be the day the text was "
        "pasted (Mon 20 Mar 2023): check it",
    )


def test_legacy_and_utf16_text_files(documents):
    assert documents["utf16_bom.txt"].text.endswith("on Monday. Привет.\n")
    assert documents["utf16_bom.txt"].date == date(2023, 3, 20)
    assert "“welcomed”" in documents["windows1252.txt"].text
    assert "5 €" in documents["windows1252.txt"].text
    assert documents["windows1252.txt"].title == "Élysée statement"
    assert documents["latin1.txt"].title == "Café talks in Zürich"
    for name in ("windows1252.txt", "latin1.txt"):
        assert documents[name].warnings == ("not valid UTF-8: encoding guessed as windows-1252",)
    assert documents["utf16_bom.txt"].warnings == ()


def test_markdown_heading_becomes_the_title_and_byline_the_date(documents):
    notes = documents["notes.md"]

    assert notes.title == "Analyst notes: the ICC warrant"
    assert (notes.date, notes.date_source) == (date(2023, 3, 17), "dateline")


def test_header_line_disagreeing_with_the_manifest(documents):
    article = documents["saved_with_header.txt"]

    assert (article.date, article.date_source) == (date(2023, 3, 20), "manifest")
    assert article.warnings == (
        "first line says Tue 2 Jul 2024 (likely the save date); using manifest date Mon 20 Mar 2023",
    )
    assert article.title == "Kremlin welcomes Xi"


def test_sidecar_gives_date_title_and_outlet(documents):
    article = documents["sidecar_dated.txt"]

    assert (article.date, article.date_source) == (date(2023, 3, 22), "sidecar")
    assert (article.title, article.outlet) == ("Xi leaves Moscow", "agency")
    assert article.candidates[0].evidence == 'sidecar_dated.txt.meta.toml: date = "2023-03-22"'


def test_wire_dateline_without_year_leaves_the_article_undated_with_a_reason(documents):
    article = documents["undated_wire.txt"]

    assert article.date is None and article.date_source is None
    assert article.warnings == (
        "dateline “MOSCOW, March 20 (Reuters) -” gives 20 March but no year; set the article's date",
    )
    assert article.title.startswith("Russian President Vladimir Putin welcomed Xi Jinping")


def test_page_declaring_latin1_is_read_as_browsers_do(tmp_path):
    from timeline.ingest import read_document

    body = "<p>“Talks”, said the minister – on Monday – in Zürich, after a long meeting.</p>" * 3
    html = f'<html><head><meta charset="ISO-8859-1"><title>Talks</title></head><body>{body}</body></html>'
    path = tmp_path / "page.html"
    path.write_bytes(html.encode("cp1252"))

    article = read_document(path)

    assert "“Talks”, said the minister – on Monday – in Zürich" in article.text


def test_email_exported_from_an_mbox_keeps_its_headers(tmp_path, documents_dir):
    from timeline.ingest import read_document

    path = tmp_path / "exported.eml"
    path.write_bytes(b"From briefing@example.org Mon Mar 20 21:15:00 2023\n"
                     + (documents_dir / "briefing.eml").read_bytes())

    article = read_document(path)

    assert article.title == "Xi arrives in Moscow for three-day visit"
    assert article.date == date(2023, 3, 20)


@pytest.mark.parametrize(
    ("name", "properties"),
    [("dateline_saved_later.pdf", "PDF creation date"),
     ("dateline_saved_later.docx", "Word document's creation date")],
)
def test_a_dateline_in_the_text_beats_a_later_file_property(documents, name, properties):
    article = documents[name]

    assert (article.date, article.date_source) == (date(2022, 8, 10), "dateline")
    assert [c.source for c in article.candidates] == ["dateline", name.split(".")[1] + "-meta"]
    (warning,) = article.warnings
    assert warning.startswith(f"{properties} says Mon 23 Nov 2026")
    assert "Wed 10 Aug 2022" in warning
    spans = [article.text[start:end] for start, end in article.metadata_spans]
    assert spans == ["Nairobi, 10 August 2022 -"]


def test_the_dateline_of_a_file_is_metadata_not_an_event(documents):
    from timeline.analysis import analyse

    article = documents["dateline_saved_later.pdf"]
    corpus = analyse([article])

    (start, end), = article.metadata_spans
    mentions = corpus.analyses[0].mentions
    assert not [m for m in mentions if start <= m.start < end]
    tuesday = next(m for m in mentions if m.text == "Tuesday")
    assert tuesday.value == "2022-08-09"  # resolved against the dateline, not the file's date
    assert not [e for e in corpus.events if "Nairobi" in e.label]


def test_pdf_words_come_apart_with_single_spaces_and_whole_words(documents):
    text = documents["dateline_saved_later.pdf"].text

    assert "\t" not in text and "  " not in text
    assert "Nairobi, 10 August 2022 - Kenyans voted on Tuesday" in text
    assert "officials said" in text  # the font's ﬃ ligature is spelled out
    assert "the commission's chairman said" in text  # the column's line-end hyphen is gone
    assert text.splitlines()[0] == "Kenya votes in close presidential race"
