"""An undated article whose dateline gives the day and month but no year ("GENEVA, Oct 12 -").

It shows as "12 October, year unknown" in the article list and the sources pane, and the
article date dialog asks for just the year; giving it dates the article (an undoable
SetArticleDate edit), which re-resolves the article's relative dates.
"""

from __future__ import annotations

from datetime import date

from timeline.domain.article import Article
from timeline.domain.calendar_words import MONTH_NAMES, day_text
from timeline.ingest.date_evidence import MonthDayHint
from timeline.ingest.datelines import year_less_dateline
from timeline.ui.i18n import tr


def year_less_hint(article: Article) -> MonthDayHint | None:
    """The dateline's day and month when the article has no date and its year is unknown."""
    if article.date is not None or article.error is not None:
        return None
    return year_less_dateline(article.text)


def day_month_text(hint: MonthDayHint) -> str:
    """'12 October'."""
    return f"{hint.day} {MONTH_NAMES[hint.month - 1]}"


def partial_day_text(hint: MonthDayHint) -> str:
    """'12 October, year unknown'."""
    return tr("{}, year unknown").format(day_month_text(hint))


def article_day_text(article: Article) -> str:
    """The article's date as the lists show it: the day, "undated", or "12 October, year unknown"."""
    hint = year_less_hint(article)
    return day_text(article.date) if hint is None else partial_day_text(hint)


def dateline_day(hint: MonthDayHint, year: int) -> date | None:
    """The dateline's day in the year the analyst gives; None when there is no such day (29 February)."""
    try:
        return date(year, hint.month, hint.day)
    except ValueError:
        return None
