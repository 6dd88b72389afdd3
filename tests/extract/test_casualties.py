"""Casualty figures from invented sentences: pure regular expressions, no model."""

from __future__ import annotations

import pytest

from wirecoder.extract.casualties import (
    FigureGroup,
    best_count,
    find_figure_groups,
    parse_number,
    side_of,
    vague_kinds,
)
from wirecoder.models import CasualtyFigure, TextSpan


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("7", 7),
        ("1,250", 1250),
        ("seven", 7),
        ("Seventeen", 17),
        ("twenty-one", 21),
        ("thirty four", 34),
        ("a dozen", 12),
        ("two dozen", 24),
        ("a hundred", 100),
        ("dozens", None),
        ("several", None),
        ("scores", None),
        ("", None),
    ],
)
def test_parse_number(words, expected):
    assert parse_number(words) == expected


@pytest.mark.parametrize(
    ("group", "expected"),
    [
        ("militants", "attackers"),
        ("suspected gunmen", "attackers"),
        ("policemen", "victims"),
        ("army personnel", "victims"),
        ("people", "unknown"),
        ("others", "unknown"),
        (None, "unknown"),
    ],
)
def test_side_of(group, expected):
    assert side_of(group) == expected


KILLED = [
    pytest.param("Nine soldiers were killed in the ambush.", 9, id="number word"),
    pytest.param("At least 25 villagers died in the attack.", 25, id="at least"),
    pytest.param("Between 10 and 12 people were killed.", 10, id="between: the first figure"),
    pytest.param("Some 8-10 guards were killed.", 8, id="range: the first figure"),
    pytest.param("A dozen shoppers were killed in the market.", 12, id="a dozen"),
    pytest.param("Two dozen pilgrims were killed.", 24, id="two dozen"),
    pytest.param("Dozens of people were killed.", None, id="dozens is not a number"),
    pytest.param("Six rangers, including a captain, were killed.", 6, id="breakdown not added"),
    pytest.param("Four constables and three passers-by were killed.", 7, id="two groups summed"),
    pytest.param("Two guards, one driver and five rebels were killed.", 8, id="three groups summed"),
    pytest.param("One trooper and three insurgents were killed in the firefight.", 4, id="victims and attackers"),
    pytest.param("The raiders struck the camp, killing eleven recruits.", 11, id="active object"),
    pytest.param("The gunmen opened fire, killing both.", 2, id="killing both"),
    pytest.param("Gunmen shot dead a teacher outside the school.", 1, id="singular object"),
    pytest.param("A watchman was shot dead at the gate.", 1, id="singular subject"),
    pytest.param("Farid Ahmed was gunned down near his home.", 1, id="named victim"),
    pytest.param("The clash left 14 fighters dead.", 14, id="left dead"),
    pytest.param("The death toll rose to 30 on Tuesday.", 30, id="toll update"),
    pytest.param("The bomber was killed and four guards died.", 4, id="bomber not counted"),
    pytest.param("The blast caused no casualties.", 0, id="no casualties"),
    pytest.param("On 12 May, 3 porters were killed.", 3, id="date number not a count"),
    pytest.param("A 15-year-old boy was killed by stray fire.", 1, id="age not a count"),
    pytest.param("The farmer and his son were shot dead.", 2, id="named conjuncts"),
    pytest.param("Five miners were abducted and later shot dead.", 5, id="same subject carried over"),
    pytest.param("Two raiders were killed on the spot while another died in hospital.", 3, id="another adds"),
    pytest.param("Mortar fire killed four herders and wounded their father.", 4,
                 id="a second verb after 'and' is no terse count"),
    pytest.param("They are angry because their children were killed.", None, id="their children are no count"),
]


@pytest.mark.parametrize(("text", "expected"), KILLED)
def test_killed_count(text, expected):
    assert best_count(find_figure_groups(text), "killed") == expected


WOUNDED = [
    pytest.param("Three soldiers were killed and 12 others injured.", 12, id="others injured"),
    pytest.param("A porter sustained injuries in the blast.", 1, id="sustained injuries"),
    pytest.param("The bomb went off, injuring a passer-by.", 1, id="active singular"),
    pytest.param("One guard killed 5 injured in the explosion.", 5, id="terse note"),
    pytest.param("An ambulance carrying the wounded was hit.", None, id="the wounded is a noun"),
    pytest.param("Nobody was hurt.", 0, id="explicit zero"),
    pytest.param("Mortar fire killed four herders and wounded their father.", 1, id="their one relative"),
    pytest.param("Four people died.", None, id="not stated"),
]


@pytest.mark.parametrize(("text", "expected"), WOUNDED)
def test_wounded_count(text, expected):
    assert best_count(find_figure_groups(text), "wounded") == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Four aid workers were kidnapped from their car.", "abducted", 4),
        ("Police arrested 19 suspects in the raid.", "arrested", 19),
        ("Two dozen protesters were detained.", "arrested", 24),
    ],
)
def test_other_kinds(text, kind, expected):
    assert best_count(find_figure_groups(text), kind) == expected


def test_number_span_is_the_number_as_written():
    text = "Witnesses said seven porters were killed."
    figure = find_figure_groups(text, offset=100)[0].figures[0]
    assert (figure.span.start, figure.span.end, figure.span.text) == (115, 120, "seven")


def test_put_the_toll_at_keeps_its_source():
    groups = find_figure_groups("Police said 30 people were killed, while hospital officials put the toll at 25.")
    sources = {figure.value: figure.source for group in groups for figure in group.figures}
    assert sources[25] == "hospital officials"


def _group(value: int, group: str | None, source: str | None = None, **flags) -> FigureGroup:
    figure = CasualtyFigure("killed", value, TextSpan(0, 1, "x"), group=group, source=source)
    return FigureGroup("killed", (figure,), **flags)


@pytest.mark.parametrize(
    ("groups", "expected"),
    [
        pytest.param([_group(7, "soldiers"), _group(7, "soldiers")], 7, id="restated toll not added"),
        pytest.param([_group(5, "soldiers"), _group(3, "militants")], 8, id="victims plus attackers"),
        pytest.param([_group(12, "people"), _group(15, None, toll_update=True)], 15, id="toll update wins"),
        pytest.param([_group(30, "people", "police"), _group(25, "people", "hospital")], 25,
                     id="sources conflict: lowest"),
        pytest.param([_group(4, "soldiers"), _group(2, "soldiers", additive=True)], 6, id="also killed adds"),
        pytest.param([], None, id="nothing stated"),
    ],
)
def test_best_count(groups, expected):
    assert best_count(groups, "killed") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Several people were killed in the blast.", {"killed"}),
        ("The blast killed dozens.", {"killed"}),
        ("The clash caused heavy casualties on both sides.", {"killed"}),
        ("The death toll was not yet known.", {"killed"}),
        ("Many others were injured.", {"wounded"}),
        ("Five people were killed.", set()),
    ],
)
def test_vague_kinds(text, expected):
    assert vague_kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("A crowd beat to death a man accused of theft.", 1, id="beat to death, object after"),
        pytest.param("Villagers beat two suspected thieves to death.", 2, id="beat someone to death"),
        pytest.param("Two herders were stoned to death near the well.", 2, id="passive to death"),
        pytest.param("The blast wounded 14 people, one of whom later died.", 1, id="one of whom later died"),
        pytest.param('Officials said the strikes killed "around 20 fighters".', 20, id="quoted object"),
        pytest.param("The group said its fighters had stormed the camp and killed more than 30 soldiers.", 30,
                     id="qualified object after a second verb"),
        pytest.param("Troops neutralised five gunmen in the raid.", 5, id="neutralised"),
        pytest.param("A monitor, a war monitor, put the death toll at six.", 6, id="toll given by a source"),
        pytest.param("Gunmen shot a customs officer, Inspector Tariq Mehmood, dead near the port.", 1,
                     id="shot someone dead, with an apposition"),
        pytest.param("Two men on a motorbike shot and killed the principal of the village school.", 1,
                     id="one victim named by a singular noun"),
        pytest.param("Soldiers killed the same day were buried in their villages.", None,
                     id="the same day is no victim"),
        pytest.param("A trader and his nephew were shot dead outside their shop.", 2, id="and his companion"),
        pytest.param("A cleric along with his bodyguard were gunned down on Friday.", 2, id="along with his companion"),
        pytest.param("The group's spokesman, along with four other fighters, was killed in the raid.", 5,
                     id="the head of an along-with subject"),
        pytest.param("The body of a kidnapped engineer was found in a ditch on Monday.", 1, id="a body found"),
        pytest.param("Police said the bodies of three shepherds, all shot, were recovered near the border.", 3,
                     id="bodies recovered, with an apposition"),
        pytest.param("The governing body of the university met on Monday.", None, id="no dead body"),
        pytest.param("On February 24, two farmers were shot dead in their fields.", 2, id="a date's day is no count"),
        pytest.param("On Feb. 3, five soldiers were killed.", 5, id="an abbreviated month's day is no count"),
        pytest.param("A rights group said two men were shot dead in the slum.", 2, id="the speaker is no victim"),
    ],
)
def test_more_killed_constructions(text, expected):
    assert best_count(find_figure_groups(text), "killed") == expected


def test_neutralising_several_is_unknown():
    assert vague_kinds("Jets struck the camp, neutralising several fighters.") == {"killed"}
