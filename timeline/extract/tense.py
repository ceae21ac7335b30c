"""The tense around a mention, read from the verbs of its sentence (HeidelTime's idea).

Without a part-of-speech tagger we look for tense cues: future markers ("will",
"scheduled", "until", ...) and past forms ("was", "said", "-ed" verbs). The cue nearest
before the mention in its sentence decides; failing that, the nearest one after it.
"""

from __future__ import annotations

import re

PAST = "past"
FUTURE = "future"
PRESENT = "present"

_FUTURE_CUES = (
    r"will|won't|wo\s+n't|shall|'ll|going\s+to|gonna|scheduled|schedule|expected|expects?"
    r"|plans?\s+to|planned\s+to|planning\s+to|set\s+to|due(?!\s+to\s+(?:the|a|an|its|his|her|their)\b)"
    r"|is\s+to|are\s+to|upcoming|intends?|aims?\s+to|hopes?\s+to|would|'d"
    r"|to\s+be\s+held|slated|poised|forthcoming|await(?:s|ing)?|tomorrow|later\s+this"
    r"|might|as\s+soon\s+as|in\s+time\s+for|ahead\s+of"
)
# Future only if nothing past follows: "until Wednesday" vs "until Thursday, they had not".
_WEAK_FUTURE_CUES = r"until|till|planned|planning"
_PAST_CUES = (
    r"was|were|had|did|didn't|said|told|met|went|came|made|took|gave|held|saw|left|began"
    r"|won|lost|got|sent|paid|put|fell|rose|sold|bought|brought|thought|found|led|ran"
    r"|spent|struck|broke|spoke|wrote|became|hit|cut|quit|shot|stood|knew|felt|kept|meant"
    r"|sought|caught|fought|taught|fled|built|dealt|heard|laid|drew|threw|flew|grew|withdrew"
    r"|chose|drove|rode|froze|stole|wore|swore|tore|forgot|overcame|understood|stuck|hung"
    r"|ago|yesterday|last|earlier|previously|ended|[a-z]{2,}ed(?<!need)(?<!speed)(?<!indeed)"
    r"(?<!hundred)(?<!proceed)(?<!exceed)(?<!succeed)(?<!united)(?<!limited)(?<!based)"
    r"(?<!red)(?<!bed)(?<!feed)(?<!seed)(?<!breed)"
)
_PRESENT_CUES = r"is|are|am|says|say|has|have|'s|'re"
_CUE = re.compile(
    # a participle after "be" ("will be held") takes the tense of its auxiliary
    rf"\b(?:(?P<future>{_FUTURE_CUES})|(?P<weak>{_WEAK_FUTURE_CUES})|(?<!\bbe )(?P<past>{_PAST_CUES})"
    rf"|(?P<present>{_PRESENT_CUES}))\b",
    re.IGNORECASE,
)


def sentence_tense(text: str, sentence_start: int, sentence_end: int, start: int, end: int) -> str | None:
    """'past', 'future', 'present' or None for the mention text[start:end] in its sentence."""
    before: str | None = None
    for match in _CUE.finditer(text, sentence_start, start):
        before = match.lastgroup
    after: str | None = None
    for match in _CUE.finditer(text, end, sentence_end):
        after = match.lastgroup
        if after != PRESENT:
            break
    if before == "weak":
        return PAST if after == PAST else FUTURE
    if before is not None and before != PRESENT:
        return before
    if after == "weak":
        after = FUTURE
    if after is not None and after != PRESENT:
        return after
    return before or after
