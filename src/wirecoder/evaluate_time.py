"""Time evaluation: wirecoder's temporal resolver on TempEval-3 DATE expressions (read from `../shared`).

Two measures, each on the platinum test set (the final figure) and on TBAQ-cleaned (development):

- given extents: `resolve_expression` on the text of each gold DATE TIMEX3, with the document creation time
  (DCT) as anchor; correct when it equals the gold value at the gold's precision, as the project scorer compares
  dates. Gold values outside day/month/year are mapped into wirecoder's representation where one exists (a week
  to the month of its Thursday, a weekend to its Saturday, a season, quarter or half to its year, PRESENT_REF
  to the DCT); the rest (PAST_REF, FUTURE_REF, decades, centuries, values with X) count as wrong.
- end to end: `find_time_expressions` on the document text; a gold DATE is found when a system mention with a
  date overlaps it, and correct when the value matches too. Precision counts system mentions with a date, less
  those overlapping a gold TIME, DURATION or SET (other types, not scored here). This is DATE only; HeidelTime's
  TempEval-3 value F1 of 77.6 covers every type.

`python -m wirecoder.evaluate_time --shared ../shared` prints the table; `evaluate_time(shared)` returns it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wirecoder.models import ResolvedDate
from wirecoder.resolve.time import TimeMention, find_time_expressions, resolve_expression, week_moment

TEMPEVAL = Path("datasets") / "tempeval3"
HEIDELTIME_VALUE_F1 = 0.776  # TempEval-3 task A, platinum, all types


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """One annotated TIMEX3: its extent in the document text, type and normalised value."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class TimexDocument:
    """A document's text, creation date and gold time expressions."""

    name: str
    dct: dt.date
    text: str
    timexes: tuple[GoldTimex, ...]

    @property
    def dates(self) -> list[GoldTimex]:
        """The gold DATE expressions."""
        return [timex for timex in self.timexes if timex.type == "DATE"]


@dataclass(frozen=True, slots=True)
class GoldDate:
    """A gold value in wirecoder's representation (value None: it has none) and the kind of value it was."""

    value: str | None
    value_class: str


# ----------------------------------------------------------------------------------------------------------
# Reading the corpora


def load_timeml(path: Path) -> TimexDocument:
    """A TimeML file: the text of its TEXT element with the offsets of its TIMEX3 tags, and its DCT."""
    root = ET.parse(path).getroot()
    dct_timex = root.find("DCT/TIMEX3")
    text_element = root.find("TEXT")
    if dct_timex is None or text_element is None:
        raise ValueError(f"{path}: no DCT or TEXT element")
    parts: list[str] = []
    timexes: list[GoldTimex] = []
    collect_text(text_element, parts, timexes)
    return TimexDocument(path.stem, dt.date.fromisoformat(dct_timex.get("value", "")[:10]), "".join(parts),
                         tuple(timexes))


def collect_text(element: ET.Element, parts: list[str], timexes: list[GoldTimex]) -> None:
    """Append the element's text to `parts`, recording each TIMEX3 inside it with its offsets."""
    parts.append(element.text or "")
    for child in element:
        start = sum(map(len, parts))
        collect_text(child, parts, timexes)
        if child.tag == "TIMEX3":
            end = sum(map(len, parts))
            text = "".join(parts)[start:end]
            timexes.append(GoldTimex(start, end, text, child.get("type", ""), child.get("value", "")))
        parts.append(child.tail or "")


def load_column_file(path: Path) -> TimexDocument:
    """A platinum `.col` file: tokens joined by spaces, sentences by new lines; timex id, type, value in columns
    8 to 10; the DCT on the first line."""
    lines = path.read_text(encoding="utf-8").splitlines()
    dct = dt.date.fromisoformat(lines[0].split("\t")[9][:10])
    text, timexes, sentence, current = "", [], None, None
    for line in lines[1:]:
        columns = line.split("\t")
        if len(columns) < 10:
            continue
        if sentence is not None and columns[2] != sentence:
            text += "\n"
        elif sentence is not None:
            text += " "
        sentence = columns[2]
        start = len(text)
        text += columns[0]
        current = extend_timex(timexes, current, columns, start, len(text))
    golds = tuple(GoldTimex(start, end, text[start:end], kind, value) for _, start, end, kind, value in timexes)
    return TimexDocument(path.stem, dct, text, golds)


def extend_timex(timexes: list[list[Any]], current: str | None, columns: list[str], start: int, end: int) -> str | None:
    """Grow the open timex over this token, or open a new one; return the id now open (None outside a timex)."""
    timex_id = columns[7]
    if timex_id == "O":
        return None
    if timex_id == current:
        timexes[-1][2] = end
    else:
        timexes.append([timex_id, start, end, columns[8], columns[9]])
    return timex_id


def load_corpus(shared: Path, corpus: str) -> list[TimexDocument]:
    """The platinum test documents ("platinum") or the TBAQ-cleaned training documents ("tbaq")."""
    folder = shared / TEMPEVAL
    if corpus == "platinum":
        return [load_column_file(path) for path in sorted((folder / "te3-platinum_COL").glob("*.col"))]
    return [load_timeml(path) for path in sorted((folder / "TBAQ-cleaned").glob("*/*.tml"))]


# ----------------------------------------------------------------------------------------------------------
# Comparing values


def project_gold_value(value: str, dct: dt.date) -> GoldDate:
    """A TIMEX3 value in wirecoder's representation (see the module docstring)."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}(T.*)?", value):
        return GoldDate(value[:10], "day")
    if re.fullmatch(r"\d{4}(-\d{2})?", value):
        return GoldDate(value, "month" if "-" in value else "year")
    week = re.fullmatch(r"(\d{4})-W(\d{1,2})(-WE)?", value)
    if week:
        monday = dt.date.fromisocalendar(int(week[1]), int(week[2]), 1)
        if week[3]:
            return GoldDate((monday + dt.timedelta(days=5)).isoformat(), "weekend")
        return GoldDate(week_moment(monday).value, "week")
    part = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI|Q\d|H\d)", value)
    if part:
        return GoldDate(part[1], "season" if part[2].isalpha() else "quarter/half")
    if value == "PRESENT_REF":
        return GoldDate(dct.isoformat(), "present_ref")
    if value in ("PAST_REF", "FUTURE_REF"):
        return GoldDate(None, "past/future_ref")
    return GoldDate(None, "other")


def value_matches(gold: GoldDate, system: ResolvedDate | None) -> bool:
    """The system date equals the gold value at the gold's precision."""
    if gold.value is None or system is None:
        return False
    parts = gold.value.split("-")
    return system.value.split("-")[:len(parts)] == parts


def ratio(numerator: int, denominator: int) -> float | None:
    """numerator / denominator, None when there is nothing to divide by."""
    return numerator / denominator if denominator else None


def f1_score(precision: float | None, recall: float | None) -> float | None:
    """Harmonic mean of precision and recall."""
    return 2 * precision * recall / (precision + recall) if precision and recall else None


def given_extent_scores(documents: list[TimexDocument]) -> dict[str, Any]:
    """Accuracy of `resolve_expression` on the gold DATE extents, overall and by kind of gold value."""
    totals, correct, errors = Counter(), Counter(), []
    for document in documents:
        for timex in document.dates:
            gold = project_gold_value(timex.value, document.dct)
            system = resolve_expression(timex.text, document.dct)
            totals[gold.value_class] += 1
            if value_matches(gold, system):
                correct[gold.value_class] += 1
            else:
                errors.append(f"{document.name}\t{document.dct}\t{timex.text!r}\tgold {timex.value}\t"
                              f"system {system.value if system else None}")
    count = sum(totals.values())
    native = ("day", "month", "year")
    return {
        "dates": count,
        "correct": sum(correct.values()),
        "accuracy": ratio(sum(correct.values()), count),
        # over gold values that are already a day, month or year, with no mapping
        "day_month_year_accuracy": ratio(sum(correct[name] for name in native), sum(totals[name] for name in native)),
        "by_class": {name: {"dates": totals[name], "correct": correct[name]} for name in sorted(totals)},
        "errors": errors,
    }


def overlaps(first_start: int, first_end: int, second_start: int, second_end: int) -> bool:
    """Two extents share at least one character."""
    return first_start < second_end and second_start < first_end


def end_to_end_scores(documents: list[TimexDocument]) -> dict[str, Any]:
    """Extent and value precision, recall and F1 of `find_time_expressions` against the gold DATE expressions."""
    counts = Counter()
    for document in documents:
        counts.update(score_document(document))
    extent_p, extent_r = ratio(counts["found"], counts["system"]), ratio(counts["found"], counts["gold"])
    value_p, value_r = ratio(counts["correct"], counts["system"]), ratio(counts["correct"], counts["gold"])
    return {
        "gold": counts["gold"], "system": counts["system"], "found": counts["found"], "correct": counts["correct"],
        "unresolved_mentions": counts["unresolved"],
        "extent_precision": extent_p, "extent_recall": extent_r, "extent_f1": f1_score(extent_p, extent_r),
        "value_precision": value_p, "value_recall": value_r, "value_f1": f1_score(value_p, value_r),
    }


def score_document(document: TimexDocument) -> Counter:
    """One document's counts: gold dates, scored system mentions, overlapping pairs, pairs with the right value."""
    golds = document.dates
    others = [timex for timex in document.timexes if timex.type != "DATE"]
    mentions: list[TimeMention] = []
    counts = Counter(gold=len(golds))
    for mention in find_time_expressions(document.text, document.dct):
        if mention.date is None:
            counts["unresolved"] += 1
        elif not any(overlaps(mention.span.start, mention.span.end, o.start, o.end) for o in others):
            mentions.append(mention)
    counts["system"] = len(mentions)
    unused = list(mentions)
    for gold in golds:
        match = next((m for m in unused if overlaps(m.span.start, m.span.end, gold.start, gold.end)), None)
        if match is None:
            continue
        unused.remove(match)
        counts["found"] += 1
        counts["correct"] += value_matches(project_gold_value(gold.value, document.dct), match.date)
    return counts


def evaluate_time(shared: Path, *, verbose: bool = True) -> dict[str, Any]:
    """Both measures on platinum and TBAQ-cleaned; prints the table when `verbose`."""
    result: dict[str, Any] = {}
    for corpus in ("platinum", "tbaq"):
        documents = load_corpus(shared, corpus)
        result[corpus] = {
            "documents": len(documents),
            "given_extent": given_extent_scores(documents),
            "end_to_end": end_to_end_scores(documents),
        }
    if verbose:
        print(format_table(result))
    return result


def format_table(result: dict[str, Any]) -> str:
    """The evaluation as a text table."""
    def show(value: float | None) -> str:
        return "-" if value is None else f"{value:.3f}"

    lines = [f"{'':<34}{'platinum':>10}{'tbaq':>10}"]
    def row(label: str, pick) -> None:
        lines.append(f"{label:<34}" + "".join(f"{pick(result[corpus]):>10}" for corpus in ("platinum", "tbaq")))

    row("documents", lambda r: r["documents"])
    row("DATE, given extent: n", lambda r: r["given_extent"]["dates"])
    row("  value accuracy", lambda r: show(r["given_extent"]["accuracy"]))
    row("  ... on day/month/year golds only", lambda r: show(r["given_extent"]["day_month_year_accuracy"]))
    classes = sorted({name for corpus in result.values() for name in corpus["given_extent"]["by_class"]})
    for name in classes:
        row(f"    {name} (correct/n)", lambda r, name=name: "{correct}/{dates}".format(
            **r["given_extent"]["by_class"].get(name, {"correct": 0, "dates": 0})))
    row("DATE, end to end: gold / system", lambda r: f"{r['end_to_end']['gold']}/{r['end_to_end']['system']}")
    for key in ("extent_precision", "extent_recall", "extent_f1", "value_precision", "value_recall", "value_f1"):
        row(f"  {key.replace('_', ' ')}", lambda r, key=key: show(r["end_to_end"][key]))
    row("  found but unresolved", lambda r: r["end_to_end"]["unresolved_mentions"])
    lines.append(f"HeidelTime, TempEval-3 value F1 (all types): {HEIDELTIME_VALUE_F1:.3f}; the above is DATE only.")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the time evaluation."""
    parser = argparse.ArgumentParser(prog="python -m wirecoder.evaluate_time", description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"), help="the shared data folder")
    parser.add_argument("--errors", choices=("platinum", "tbaq"), help="also list the given-extent errors of a set")
    args = parser.parse_args(argv)
    if not (args.shared / TEMPEVAL).is_dir():
        print(f"no TempEval-3 data at {args.shared / TEMPEVAL}", file=sys.stderr)
        return 1
    result = evaluate_time(args.shared)
    if args.errors:
        print("\n".join(result[args.errors]["given_extent"]["errors"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
