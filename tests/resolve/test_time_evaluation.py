"""The TempEval-3 time evaluation: reading TimeML and column files, mapping gold values, scoring."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecoder.evaluate_time import (
    GoldDate,
    evaluate_time,
    load_column_file,
    load_timeml,
    project_gold_value,
    score_document,
    value_matches,
)
from wirecoder.models import ResolvedDate

DCT = dt.date(2013, 3, 22)  # a Friday

INVENTED_TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>invented-1</DOCID>
<DCT><TIMEX3 tid="t0" type="TIME" value="2013-03-22" functionInDocument="CREATION_TIME">2013-03-22</TIMEX3></DCT>
<TEXT>
The ferry <EVENT eid="e1">sank</EVENT> <TIMEX3 tid="t1" type="DATE" value="2013-03-20">Wednesday</TIMEX3>, \
and divers searched for <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3> &amp; more.
</TEXT>
</TimeML>
"""

INVENTED_COLUMNS = "\n".join([
    "DCT_2013-03-22\tO\tO\tO\tO\tO\tO\ttmx0\tDATE\t2013-03-22",
    "",
    "Storms\tt1\t1\tstorm\tO\tO\tO\tO\tO\tO",
    "hit\tt2\t1\thit\tO\tO\tO\tO\tO\tO",
    "last\tt3\t1\tlast\tO\tO\tO\ttmx1\tDATE\t2013-W11",
    "week\tt4\t1\tweek\tO\tO\tO\ttmx1\tDATE\t2013-W11",
    ".\tt5\t1\t.\tO\tO\tO\tO\tO\tO",
    "",
    "Now\tt6\t2\tnow\tO\tO\tO\ttmx2\tDATE\tPRESENT_REF",
    "calm\tt7\t2\tcalm\tO\tO\tO\tO\tO\tO",
])


@pytest.mark.parametrize(("value", "expected"), [
    ("2013-03-20", GoldDate("2013-03-20", "day")),
    ("2013-03-20TEV", GoldDate("2013-03-20", "day")),
    ("2013-02", GoldDate("2013-02", "month")),
    ("2012", GoldDate("2012", "year")),
    ("2013-W11", GoldDate("2013-03", "week")),
    ("2013-W5", GoldDate("2013-01", "week")),  # 28 January to 3 February: its Thursday is in January
    ("2013-W11-WE", GoldDate("2013-03-16", "weekend")),
    ("2012-SU", GoldDate("2012", "season")),
    ("1998-Q3", GoldDate("1998", "quarter/half")),
    ("PRESENT_REF", GoldDate("2013-03-22", "present_ref")),
    ("PAST_REF", GoldDate(None, "past/future_ref")),
    ("199X", GoldDate(None, "other")),
    ("2012-XX-XX", GoldDate(None, "other")),
])
def test_time_evaluation_projects_gold_values(value, expected):
    assert project_gold_value(value, DCT) == expected


@pytest.mark.parametrize(("gold", "system", "expected"), [
    (GoldDate("2013-03", "month"), ResolvedDate("2013-03-20", "day"), True),
    (GoldDate("2013-03-20", "day"), ResolvedDate("2013-03", "month"), False),
    (GoldDate("2013", "year"), ResolvedDate("2013", "year"), True),
    (GoldDate(None, "other"), ResolvedDate("2013", "year"), False),
    (GoldDate("2013", "year"), None, False),
])
def test_time_evaluation_compares_at_gold_precision(gold, system, expected):
    assert value_matches(gold, system) is expected


def test_time_evaluation_reads_timeml_offsets(tmp_path):
    path = tmp_path / "invented.tml"
    path.write_text(INVENTED_TIMEML, encoding="utf-8")
    document = load_timeml(path)
    assert document.dct == DCT
    assert [(t.text, t.type, t.value) for t in document.timexes] == [
        ("Wednesday", "DATE", "2013-03-20"), ("two days", "DURATION", "P2D")]
    assert all(document.text[t.start:t.end] == t.text for t in document.timexes)
    assert "&amp;" not in document.text


def test_time_evaluation_reads_column_files(tmp_path):
    path = tmp_path / "invented.col"
    path.write_text(INVENTED_COLUMNS, encoding="utf-8")
    document = load_column_file(path)
    assert document.dct == DCT
    assert document.text == "Storms hit last week .\nNow calm"
    assert [(t.text, t.value) for t in document.timexes] == [("last week", "2013-W11"), ("Now", "PRESENT_REF")]


def test_time_evaluation_scores_a_document_end_to_end(tmp_path):
    path = tmp_path / "invented.col"
    path.write_text(INVENTED_COLUMNS, encoding="utf-8")
    counts = score_document(load_column_file(path))
    assert (counts["gold"], counts["system"], counts["found"], counts["correct"]) == (2, 2, 2, 2)


@pytest.mark.shared
def test_time_evaluation_platinum_given_extent_meets_target(shared_dir):
    result = evaluate_time(shared_dir, verbose=False)
    assert result["platinum"]["given_extent"]["accuracy"] >= 0.85
    assert result["platinum"]["end_to_end"]["value_f1"] >= 0.85
