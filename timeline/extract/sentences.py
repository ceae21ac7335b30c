"""Cheap, regex-based sentence splitting: line breaks, and end punctuation before a capital."""

from __future__ import annotations

import re
from datetime import date

from timeline.extract.live_blog import run_in_stamps
from timeline.extract.page_stamps import page_stamp_ends, wire_dateline_spans
from timeline.extract.vocabulary import word_lists

# A candidate end: terminal punctuation (with closing quotes/brackets) followed by space and
# something that can open a sentence, or a line break. (The lookahead up front changes no match,
# each starting with one of its characters; it lets the engine pass every other position at
# once, where the line break's optional blanks were tried at each: half the time.)
_BREAK = re.compile(r"""(?=[.!? \t\n])(?:[.!?]+["'”’)\]]*(?=[ \t]+["'“‘(\[`_]*[A-Z0-9])|[ \t]*\n\s*)""")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")

_WORDS = word_lists("sentences")  # extract/word_lists.toml
_REPORTING = word_lists("tense")["reporting_verbs"]
ABBREVIATIONS: frozenset[str] = _WORDS["abbreviations"]


# A sentence run into the next without its full stop, as a caption or a page's line breaks
# lost in extraction leave it: "member of the team for 12 years The charity was formed ...",
# "A diver at work near the wreck His partner followed on Monday".
# A lower-case word, then a capitalised opener and a lower-case word, is a new sentence,
# unless the word before leads into a title ("wrote in The Times", "told The Associated Press").
# (Also a capitalised preposition or quantifier: "... food and water Up to 10,000 troops will ...",
# "... left 2% forest Most live on $2 a day", a count in words "... the ferry Two crew died"; a
# title's words are all capitalised: "Gone With the Wind".
# Not "Today", "Now": names of programmes and magazines, "NBC's Today show".)
# ("... the ship sank Forty-one were rescued", "... Hundreds gathered outside"): a count's verb
_COUNTED_VERB = r"(?:were|are|have|had|remain|remained|[a-z]+ed)\b"
_RUN_ON_OPENERS = (r"(?:(?:The|A|An|It|He|She|They|We|This|These|Those|But|His|Her|Their|Its|Our|There|Also|Meanwhile"
                   r"|However|Elsewhere|In|At|On|For|After|Before|When|While|If|Once|Despite|From|With|Up|More"
                   r"|Most|All|Many|Some|Still|Later|Earlier|Each|Both|So|And|Then|Yet)[ \t]+[a-z]"
                   # ("... hit the ferry Two crew members died", "... via social media Eighty-five staff
                   # died"): a count in words before a plural (not "a category Four storm", "the
                   # Twenty-first Century Trust")
                   r"|(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve|Twenty|Thirty|Forty|Fifty|Several"
                   r"|(?:Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety)-(?:one|two|three|four|five|six|seven"
                   r"|eight|nine))[ \t]+(?:(?:[a-z]+[ \t]+)?[a-z]+s\b|[A-Z]{2,}[ \t]+[a-z]+s\b"
                   r"|(?:people|men|women|children|crew|staff|police)\b|" + _COUNTED_VERB + ")"
                   r"|(?:Hundreds|Thousands|Dozens)[ \t]+(?:of\b|" + _COUNTED_VERB + ")"
                   # ("... in the arms of a rescuer On Sunday, rescuers ...", "... the White House On
                   # Friday, Obama said"): a date opening the sentence a caption ran into
                   r"|(?:On|In|By|Since|Until|Late|Early|Earlier|Later|Last|Next)[ \t]+(?:(?:Mon|Tues|Wednes|Thurs"
                   r"|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October"
                   r"|November|December|\d{1,2}\b))")
_RUN_ON = re.compile(r"\b([a-z][a-z'’]*)[ \t]+(?=" + _RUN_ON_OPENERS + ")")
# What every run-on holds: a blank, then an opener. Few spans hold one, and looking for it is
# cheap (only a blank starts it), where _RUN_ON tries every word: about half of the splitting.
_BLANK_THEN_OPENER = re.compile(r"[ \t]" + _RUN_ON_OPENERS)
_INTO_A_TITLE = _WORDS["into_a_title"]
_BEFORE_A_LETTER = _WORDS["before_a_letter"]
_AN_ARTICLE = re.compile(r"An?[ \t]")
# What follows a letter "A", never the article's noun: a preposition, a joiner, a verb, a grade's or a
# rate's word ("rated A by Moody's", "room A on the left", "A levels", "$3m A year")
_NO_NOUN_AFTER_A = re.compile(
    r"An?[ \t]+(?:of|on|in|at|by|for|to|from|with|and|or|but|is|was|were|are|has|had|will|would|levels?|grades?"
    r"|year|day|week|month|head|share|barrel|litre|liter|gallon|pound|trip|ton|tonne)\b")
_DEITY = re.compile(r"\b(?:God|Lord|Jesus|Christ|Allah)\b")
# A heading in capitals run into the sentence after it: "STILL NO HANDLE ON THE FLOW RATE Allen told
# reporters ...": three or more words in capitals, then a capitalised word and a lower-case one.
# (not a live page's stamp and place, which date the text after them: "18 JANUARY, 2200 GMT, PORT
# ROYAL AIRPORT Crowds ...")
_STAMP_BEFORE = re.compile(r"\d")
_CAPITALS_IN_A_ROW = re.compile(r"[A-Z]{3}[A-Z'’&-]*[ \t]+[A-Z][A-Z'’&-]*[ \t]+[A-Z]")
_STAMP_REACH = 30
_CAPS_HEADING = re.compile(r"\b[A-Z]{3}[A-Z'’&-]*(?:[ \t]+[A-Z][A-Z'’&-]*){2,}[ \t]+"  # (from a word of 3 or more)
                           r"(?!(?:Plc|Ltd|Inc|Co|Corp|Llc|Limited|Group|Holdings)\b)"  # (a firm's name)
                           r"(?=[A-Z][a-z]+[ \t]+[a-z])")
# A list bullet (•) that a page's encoding turned into the word "cents": "First oil washes ashore
# cents Engineers admit rethink is needed" is two summary points (a price is a number's: "84 cents").
_BULLET = re.compile(r"(?<![\d.,])(?<![\d.,] )(?:^|[ \t]+)cents[ \t]+(?=[A-Z])", re.MULTILINE)
# A list's bullet between a page's summary points, as text extraction leaves them on one line:
# "• Ferry sinks off the cape • Crew of 12 rescued", with the asterisk of a plain-text or
# Markdown list ("\* Talks resume on Monday"; not a product, "5 * 3").
_SYMBOL_BULLET = re.compile(r"(?:^|(?<![\d*])[ \t]+)(?:•|·|\\?\*)[ \t]+(?=[\"“‘(]?[A-Z])", re.MULTILINE)


# A stock ticker in brackets that a line break cut after its exchange's dot: "(BP.", then "L)".
_TICKER_START = re.compile(r"\([A-Z]{1,6}\.$")
_TICKER_END = re.compile(r"[A-Z]{1,3}\)")


def split_sentences(text: str, article_date: date | None = None) -> list[tuple[int, int]]:
    """Half-open (start, end) spans of the sentences in `text`, whitespace trimmed, in order.
    `article_date` tells a live blog's stamps from years (live_blog.live_stamps)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for end, resume in _breaks(text, article_date):
        if end < start:
            continue  # a stamp's end inside a span already cut
        _append_run_ons(spans, text, start, end)
        start = resume
    _append_run_ons(spans, text, start, len(text))
    return spans


def _breaks(text: str, article_date: date | None) -> list[tuple[int, int]]:
    """(where a sentence ends, where the next may start), in order."""
    found: list[tuple[int, int]] = []
    for match in _BREAK.finditer(text):
        start, end = match.span()
        opening = text[start]  # (every break holds a character)
        if opening == "." and _is_abbreviation(text, start):
            continue
        if (opening not in ".!?" and _TICKER_END.match(text, end)
                and _TICKER_START.search(text, max(0, start - 8), start)):
            continue  # "the BP (BP.\nL) oil spill": a ticker a page's line break cut, inside its sentence
        found.append((end if opening in ".!?" else start, end))
    # Breaks the punctuation does not show, merged in once (most texts have none)
    more: list[tuple[int, int]] = []
    more += [(end, end) for end in page_stamp_ends(text)]  # "... oil giant Monday 14 June 2010 21.52 BST The board ..."
    more += [(start, start) for start in run_in_stamps(text, article_date)]  # "... plead for help 1400 Ansel Herz says"
    if "cents" in text:
        more += [(match.start(), match.end()) for match in _bullets(text)]
    if "*" in text or "•" in text or "·" in text:
        more += [(match.start(), match.end()) for match in _SYMBOL_BULLET.finditer(text)]
    more += [(start, start) for start in _run_into_datelines(text)]
    if "End Quote" in text:
        more += [(position, position) for position in _pull_quote_breaks(text)]
    more += [(start, start) for start in _repeated_name_breaks(text)]
    if _CAPITALS_IN_A_ROW.search(text):  # (what every heading holds: most texts have none)
        more += [(match.end(), match.end()) for match in _CAPS_HEADING.finditer(text)  # "STILL NO DEAL Talks ..."
                 if not _STAMP_BEFORE.search(text, max(0, match.start() - _STAMP_REACH), match.start())]
    return sorted(found + more) if more else found


# A wire story's byline before its dateline: "By Ann Lee and Tom Berg OSLO, July 29 (Reuters) -",
# "By Ann Lee, Energy Correspondent WASHINGTON, ...".
_BYLINE_BEFORE = re.compile(r"\bBy[ \t]+[A-Z][\w.'’-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w.'’-]*){1,6}"
                            r"(?:,[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,3})?[ \t]*$")


def _run_into_datelines(text: str) -> list[int]:
    """Where a wire story's lead starts after a summary its page ran into it on one line ("... up
    and running in 2013 PARIS, May 12 (Reuters) - The firm ..."): at its dateline, or its byline."""
    starts: list[int] = []
    for start, _end in wire_dateline_spans(text):
        line_start = text.rfind("\n", 0, start) + 1
        if not text[line_start:start].strip():
            continue
        byline = _BYLINE_BEFORE.search(text, line_start, start)
        if byline and _after_a_capitalised_word(text, byline.start()):
            byline = None  # "BP Shares Hit By Spill Fears LONDON ...": a headline's words, no byline
        starts.append(byline.start() if byline else start)
    return starts


# A headline or caption run into its story with no full stop: the story opens on the name the
# headline has just used ("Janet Lee to miss concert Janet Lee said ...", "Ms Lee was found alive
# Ms Lee had ..."). A name of two words or more said again within a few words, after a word that
# ends a clause (not one that leads into a noun: "that Mr Obama is", "of Ann Lee and", nor a
# reporting verb: "said New York was") and before a lower-case word, opens a new sentence.
_REPEATED_NAME = re.compile(r"\b(?P<name>[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+)+)(?P<gap>(?:[ \t]+[^\s.!?]+){1,12}?)"
                            r"[ \t]+(?P<again>(?P=name))[ \t]+(?P<verb>[a-z]+)\b")
_LEADS_INTO_A_NAME = frozenset({
    "the", "a", "an", "and", "or", "but", "nor", "of", "that", "to", "for", "with", "by", "from", "in", "on", "at",
    "as", "than", "into", "onto", "about", "against", "between", "like", "via", "whom", "whose", "ensure",
    "his", "her", "its", "their", "our", "my", "your", "this", "these", "those", "each", "every", "some", "any",
    "no", "all", "both", "around", "across", "near", "through", "over", "under", "within", "outside", "inside",
    "throughout", "toward", "towards", "upon", "after", "before", "since", "during", "without", "beyond", "behind",
    "among", "amid", "beside", "where", "when", "while", "because", "if", "until", "who", "which", "what"})
# What opens the story's first clause after the name: a finite verb ("Ann Lee said", "... has",
# "... pledged"); a noun there means the name describes it ("Coast Guard commanders").
_FINITE_AFTER_A_NAME = frozenset({
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must",
    "should", "did", "does", "says", "said", "told", "tells", "put", "puts", "made", "makes", "took", "gave", "met",
    "left", "won", "lost", "led", "came", "went", "got", "began", "spoke"})


def _repeated_name_breaks(text: str) -> list[int]:
    """Where a story starts on the name its run-in headline or caption has just used."""
    starts: list[int] = []
    for match in _REPEATED_NAME.finditer(text):
        before = match.group("gap").split()[-1]
        verb = match.group("verb")
        if (before.islower() and not before.endswith((",", "'s", "’s")) and before not in _LEADS_INTO_A_NAME
                and before not in _REPORTING and (verb in _FINITE_AFTER_A_NAME or verb.endswith("ed"))):
            starts.append(match.start("again"))
    return starts


# A page's pull quote, its closing marker and who said it, run into the next sentence: '...
# for costs " End Quote Fred Lee Former president, Acme Oil He told the paper ...'. The
# attribution is the speaker's name and role; the next sentence opens on an opener, or on a
# name and its verb right after the role's last (lower-case) word ("BP chairman BP responded").
_END_QUOTE = re.compile(r"[\"”]?[ \t]*\bEnd Quote[ \t]+(?=[A-Z])")
_ATTRIBUTION_REACH = 160  # characters of a name and a role
# What opens the next sentence: an opener, a quotation, or a name (one or two words) and its
# verb right after the role's last word, in lower case or a title ("BP chairman BP responded",
# "BBC business editor Tony Hayward said"; not "Royal London Asset Management BP said")
_ROLE_END = r"\b(?:[a-z][a-z'’-]*|Editor|Secretary|Director|President|Officer|Minister|Governor|Chairman|Spokesman" \
            r"|Spokeswoman|Correspondent|Analyst|Senator|Congressman)[ \t]+"
_AFTER_AN_ATTRIBUTION = re.compile(
    r"[ \t](?=" + _RUN_ON_OPENERS + r"|(?:Among|Since|Speaking|According|Mr|Mrs|Ms|Dr|Meanwhile|However|Elsewhere"
    r"|Earlier|Later)\b|The[ \t]+[A-Z][a-z])"  # (also "The Deepwater Horizon disaster ...")
    r"|" + _ROLE_END + r"(?=(?:(?!(?:It|He|She|They|We|The|This|There|An?)\b)[A-Z][\w'’-]*[ \t]+){1,2}"
    r"(?:said|says|told|tells|added|adds|has|have|had|is|was|were|will|would|responded)\b)"
    r"|(?<=[a-z])[ \t]*(?=[\"“][ \t]*[A-Z])")
# ... failing those, a capitalised word and a lower-case one after the role's lower-case word
# ("BBC business editor Speculation also continues"), tried last: a role may hold one.
_AFTER_A_ROLE = re.compile(r"\b[a-z][a-z'’-]*[ \t]+(?=[A-Z][a-z'’-]*[ \t]+[a-z])")


def _pull_quote_breaks(text: str) -> list[int]:
    """Where a pull quote's attribution starts ("End Quote ...") and where the sentence after it
    starts; no second break when that cannot be told within reach."""
    breaks: list[int] = []
    for match in _END_QUOTE.finditer(text):
        breaks.append(match.start())
        line_end = text.find("\n", match.end())
        reach = min(match.end() + _ATTRIBUTION_REACH, len(text) if line_end < 0 else line_end)
        # (past the first word of the name: "End Quote The Times" has no opener there)
        name_read = text.find(" ", match.end()) + 1 or reach
        after = _AFTER_AN_ATTRIBUTION.search(text, name_read, reach) or _AFTER_A_ROLE.search(text, name_read, reach)
        if after is not None:
            breaks.append(after.end())
    return breaks


def _bullets(text: str) -> list[re.Match[str]]:
    """_BULLET's matches, searched only in the lines holding "cents" (one never crosses a line;
    its opening look-behinds try every character of what is searched)."""
    found: list[re.Match[str]] = []
    position = text.find("cents")
    while position >= 0:
        start = text.rfind("\n", 0, position) + 1
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        found.extend(_BULLET.finditer(text, start, end))
        position = text.find("cents", end)
    return found


def _after_a_capitalised_word(text: str, position: int) -> bool:
    before = text[max(0, position - 40) : position].split()
    return bool(before) and before[-1][:1].isupper()


def _append_run_ons(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    """The span, split where a sentence ran into the next without its full stop."""
    if _BLANK_THEN_OPENER.search(text, start, end) is None:
        _append(spans, text, start, end)
        return
    for match in _RUN_ON.finditer(text, start, end):
        if match.group(1) in _INTO_A_TITLE or match.group(1).endswith(("'s", "’s")):
            continue  # ("the network's On the Record": a possessive leads into a name)
        if _AN_ARTICLE.match(text, match.end()) and (
                match.group(1) in _BEFORE_A_LETTER or _NO_NOUN_AFTER_A.match(text, match.end())):
            continue  # "the influenza A virus": a letter naming a kind; "rated A by", "A levels", "84 cents A trip"
        reverent = _DEITY.search(text, max(start, match.start() - 80), match.start())
        if reverent and text.startswith(("His ", "Her "), match.end()):
            continue  # "God had shown His mercy": the capital is reverence, no new sentence
        _append(spans, text, start, match.end(1))
        start = match.end()
    _append(spans, text, start, end)


def _is_abbreviation(text: str, dot: int) -> bool:
    before = _WORD_BEFORE.search(text, max(0, dot - 12), dot + 1)
    if before is None:
        return False
    word = before.group(1).lower()
    return word in ABBREVIATIONS or len(word) == 1


def _append(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start > 2 and text[end - 2].isspace() and (
            text[end - 1] == "“" or (text[end - 1] == '"' and text.count('"', 0, end - 1) % 2 == 0)):
        # "... during the fire-fighting. \"": a quote the next paragraph opens is none of this
        # one's. (After an odd number of quote marks in the text it closes a quotation begun
        # paragraphs before: 'said: " Roads are closed. / Hospitals have collapsed. "')
        end -= 1
        while end > start and text[end - 1].isspace():
            end -= 1
    if end > start:
        spans.append((start, end))
