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
APPROXIMATELY = (
    r"(?:about|around|nearly|almost|some|roughly|approximately|more\s+than|over|less\s+than|just|only|exactly)"
)

# Words before a month name that make "May" or "March" a month rather than a verb or a noun.
MONTH_LEAD_WORDS = frozenset({
    "in", "since", "until", "till", "by", "during", "from", "through", "before", "after", "of", "early", "late",
    "mid", "between", "and", "or", "to", "last", "this", "next", "past", "coming", "on", "throughout", "end",
    "beginning", "start", "middle",
})

# Tense cues that decide whether a bare "Saturday" or "in June" points back or ahead of publication.
FUTURE_CUES = frozenset({
    "will", "'ll", "shall", "scheduled", "due", "upcoming", "planned", "plans", "plan", "expected", "expects",
    "slated", "postponed", "rescheduled", "delayed", "tomorrow", "next", "coming", "would",
})
PAST_CUES = frozenset({
    "was", "were", "had", "did", "killed", "died", "attacked", "wounded", "injured", "struck", "hit", "shot",
    "took", "came", "went", "began", "fought", "left", "held", "met", "saw", "fell", "broke", "won", "lost",
    "arrested", "abducted", "exploded", "happened", "occurred", "ago", "last", "yesterday", "since",
})
# Reporting verbs: a date right after one is usually when it was said ("announced Wednesday"), so the search for
# a tense cue stops there.
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

# ----------------------------------------------------------------------------------------------------------
# The pattern of each construction (compiled case-insensitively by `resolve.time.time_rules`)

_YEAR = rf"(?P<year>{YEAR_NUMBER})"
_WEEKDAY_PREFIX = rf"(?:{WEEKDAY_WORD},?\s+)?"
_MODIFIER = rf"(?:{PERIOD_MODIFIER}[\s-]+)?"
_RELATION = r"(?:(?P<rel>last|this|next|past|coming|this\s+past|this\s+coming)\s+)?"
_UNIT_RELATION = (
    r"(?P<rel>last|this|next|past|previous|coming|current|the\s+(?:past|last|previous|coming|current|next)"
    r"|earlier\s+this|later\s+this|earlier\s+in\s+the|later\s+in\s+the|(?<=of\s)the)"
)
_DAY_SUFFIX = r"(?:st|nd|rd|th)?"

ISO_DATE = r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d-])"
NUMERIC_DATE = r"(?<![\d/.])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d/]|\.\d)"
MONTH_DAY = (
    rf"{_WEEKDAY_PREFIX}{_MODIFIER}(?P<month>{MONTH_BEFORE_DAY})\s*(?P<day>\d{{1,2}}){_DAY_SUFFIX}\b(?![:.]\d)"
    rf"(?:,?\s+{_YEAR}|\s+(?P<yearrel>last|this|next)\s+year\b)?"
)
DAY_MONTH = (
    rf"{_WEEKDAY_PREFIX}(?:the\s+)?(?<!\d)(?P<day>\d{{1,2}}){_DAY_SUFFIX}\s+(?:of\s+)?(?P<month>{MONTH_BEFORE_DAY})"
    rf"(?:,?\s+{_YEAR}|\s+(?P<yearrel>last|this|next)\s+year\b)?"
)
MONTH = (
    rf"{_MODIFIER}{_RELATION}(?P<month>{MONTH_WORD})"
    rf"(?:(?:,?\s+|\s+of\s+){_YEAR}|\s+(?P<yearrel>last|this|next)\s+year\b)?"
)
YEAR = rf"{_MODIFIER}(?:(?:fiscal|the\s+year|calendar)\s+)?{_YEAR}"
DAY_WORD = (
    r"(?P<word>(?:early\s+|late\s+)?(?:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow"
    rf"|(?:today|tonight|yesterday|tomorrow)(?:\s+{PART_OF_DAY})?"
    r"|(?:this|last)\s+(?:morning|afternoon|evening|night)))\b"
)
WEEKDAY = rf"(?:(?:early|late)\s+)?{_RELATION}(?P<weekday>{WEEKDAY_WORD})(?:\s+{PART_OF_DAY}\b)?"
# "the day before" only when nothing follows: "the day before the vote" counts from the vote, not a known date.
ANAPHOR = (
    r"(?P<word>(?:the\s+)?(?:previous|preceding|prior)\s+(?:day|night|evening|morning)"
    r"|(?:the\s+)?day\s+before(?!\s+\w)"
    r"|(?:a|one|the)\s+day\s+(?:earlier|later)|(?:a|one)\s+day\s+(?:before|after)(?!\s+\w)"
    r"|the\s+(?:following|next)\s+(?:day|morning|night|evening)|the\s+day\s+after(?!\s+\w)"
    r"|(?:earlier|later)\s+(?:that|the\s+same|in\s+the)\s+day|the\s+same\s+day|that\s+(?:same\s+)?day)\b"
)
COUNT = (
    rf"(?:{APPROXIMATELY}\s+)?(?P<count>\d+|{NUMBER_WORD}|{VAGUE_WORD})\s+"
    r"(?P<unit>days?|weeks?|months?|years?|decades?)\s+"
    r"(?P<pointer>ago|earlier|later|from\s+now|hence|before(?!\s+\w)|after(?!\s+\w))"
)
RELATIVE_UNIT = (
    rf"{_MODIFIER}(?:{_UNIT_RELATION}\s+(?:fiscal\s+)?|the\s+(?:fiscal|full)\s+|(?<=of\s))"
    r"(?P<unit>week|month|year)\b(?!'s\s+(?:first|second|third|fourth))"
)
WEEKEND = (
    r"(?:(?P<rel>this\s+past|this|last|next|past|coming|the\s+past|the\s+last|the\s+coming|the)\s+)weekend\b"
)
SEASON = (
    r"(?:the\s+(?=(?:early|late|mid)[\s-]))?(?:(?:early|late|mid)[\s-]+)?"
    r"(?:(?P<rel>last|this|next|past|coming|the)\s+)?(?P<season>spring|summer|autumn|fall|winter)\b"
    rf"(?:(?:\s+of)?\s+{_YEAR})?"
)
YEAR_AGO = r"(?:the\s+)?year-(?:ago|earlier)(?:\s+period)?\b(?!\s+quarter)"
QUARTER = (
    r"(?:(?P<det>the|this|last|next|its|this\s+year's|last\s+year's|the\s+year-(?:ago|earlier))\s+)?"
    rf"(?:{_YEAR}\s+)?"
    r"(?:(?P<qmod>latest|current|previous|past|year-ago|year-earlier|same|corresponding)[\s-]+)?"
    r"(?:(?P<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+)?(?:fiscal[\s-]+)?quarter\b"
    r"(?:\s+of\s+(?P<ofyear>(?:1[6-9]|20)\d{2}))?"
)
PRESENT = r"\b(?:now|currently|at\s+present|nowadays|at\s+the\s+moment|these\s+days)\b"
UNRESOLVED = (
    r"\b(?:recently|lately|in\s+recent\s+(?:days|weeks|months|years)|recent\s+(?:days|weeks|months|years)"
    r"|(?<=in\s)the\s+past|the\s+future|previously|formerly)\b"
    r"|(?<![\w'])(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(?:1[6-9]|20)\d0s|'\d0s)\b"
    r"|\b(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)|nineteenth|twentieth|twenty-first)\s+century\b"
)

# Trigger words: each rule is only tried near one of its own (see `resolve.time.rule_matches`).
MONTH_TRIGGER = r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
YEAR_TRIGGER = r"\b(?:1[6-9]|20)\d\d\b"
DAY_WORD_TRIGGER = rf"\b(?:today|tonight|yesterday|tomorrow|{PART_OF_DAY})\b"
ANAPHOR_TRIGGER = r"\b(?:day|morning|night|evening)\b"
COUNT_TRIGGER = r"\b(?:ago|earlier|later|before|after|now|hence)\b"
UNRESOLVED_TRIGGER = r"recent|lately|past|future|previously|formerly|\d0s\b|century"
