"""Words and regular-expression pieces of English time expressions, for `resolve.time`.

Everything here is plain data; the patterns are assembled and compiled (once) in `resolve.time`.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "a couple of": 2, "couple of": 2,
}
# Quantities too vague to count with: "a few days ago" is found but left unresolved.
VAGUE_QUANTITIES = ("a few", "few", "several", "some", "many", "a number of")
ORDINALS: dict[str, int] = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
SEASON_START_MONTH: dict[str, int] = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}

# Full month names, or abbreviations with their full stop; bare "Mar" or "Dec" alone is too risky.
MONTH_WORD = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\b"
    r"|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\."
)
# Before a day number ("Jan 5") an abbreviation needs no full stop.
MONTH_BEFORE_DAY = MONTH_WORD + r"|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b"
WEEKDAY_WORD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
YEAR_NUMBER = r"(?<![\d$£€#.,/-])(?:1[6-9]|20)\d{2}(?![\d%]|s\b|'s\b|,\d|\.\d|-\d)"
PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
# "early December", "mid-March", "the end of 2012": the modifier belongs to the expression but keeps its value.
PERIOD_MODIFIER = (
    r"(?:(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|close|turn)\s+of|early|late|mid)"
)
NUMBER_WORD = "|".join(sorted((word.replace(" ", r"\s+") for word in NUMBER_WORDS), key=len, reverse=True))
VAGUE_WORD = "|".join(word.replace(" ", r"\s+") for word in VAGUE_QUANTITIES)
APPROXIMATELY = r"(?:about|around|nearly|almost|some|roughly|approximately|more\s+than|over|less\s+than|just|only|exactly)"

# Words before a month name that make "May" or "March" a month rather than a verb or a noun.
MONTH_LEAD_WORDS = frozenset({
    "in", "since", "until", "till", "by", "during", "from", "through", "before", "after", "of", "early", "late",
    "mid", "between", "and", "or", "to", "last", "this", "next", "past", "coming", "on", "throughout", "end",
    "beginning", "start", "middle",
})

# Tense cues that decide whether a bare "Saturday" or "in June" points back or ahead of publication.
FUTURE_CUES = frozenset({
    "will", "'ll", "shall", "scheduled", "due", "upcoming", "planned", "plans", "plan", "expected", "expects",
    "slated", "postponed", "rescheduled", "delayed", "set", "going", "tomorrow", "next", "until", "till", "ahead",
    "coming", "would",
})
PAST_CUES = frozenset({
    "was", "were", "had", "did", "killed", "died", "attacked", "wounded", "injured", "struck", "hit", "shot",
    "took", "came", "went", "began", "fought", "left", "held", "met", "saw", "fell", "broke", "won", "lost",
    "arrested", "abducted", "exploded", "happened", "occurred", "ago", "last", "yesterday", "since",
})
# Reporting verbs say when something was said, not when the reported thing happens: they are no tense cue.
NEUTRAL_PAST_VERBS = frozenset({
    "said", "announced", "reported", "claimed", "stated", "added", "warned", "confirmed", "noted", "urged",
    "asked", "vowed", "pledged", "promised", "called", "told", "declared", "agreed", "decided", "approved",
})

# A four-digit number after these words, or before these nouns, counts things rather than naming a year.
COUNT_LEAD_WORDS = frozenset({
    "than", "least", "about", "nearly", "almost", "over", "some", "around", "approximately", "roughly", "killed",
    "wounded", "injured", "arrested", "additional", "another", "estimated",
})
COUNTED_NOUNS = frozenset({
    "people", "persons", "troops", "soldiers", "police", "policemen", "members", "men", "women", "children",
    "civilians", "militants", "fighters", "families", "houses", "homes", "buildings", "dollars", "rupees", "euros",
    "pounds", "votes", "km", "kilometres", "kilometers", "miles", "metres", "meters", "feet", "tonnes", "tons",
    "refugees", "prisoners", "residents", "cases", "deaths", "vehicles", "acres", "hectares", "students",
})
