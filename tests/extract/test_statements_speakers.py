"""Speakers read off whole invented reports: titles with places, datelines, double surnames, group
references, and attributions that are not statements (parser)."""

from __future__ import annotations

import pytest

from wirecoder.extract.statements import extract_statements
from wirecoder.models import Statement


def _statements(nlp, text: str) -> list[Statement]:
    return extract_statements(nlp(text))


def _speaker_of(nlp, text: str, content_start: str) -> str | None:
    """The speaker of the statement whose content opens with `content_start`."""
    found = [s for s in _statements(nlp, text) if s.content.startswith(content_start)]
    assert found, [s.content for s in _statements(nlp, text)]
    return found[0].speaker


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content_start", "expected"),
    [
        pytest.param("Kandahar Gov. Walid Sarwari said the bridge had been repaired within a week.",
                     "the bridge", "Walid Sarwari", id="place-before-gov-is-title"),
        pytest.param("Tuluá Mayor Camila Ortega Prieto said the market would stay closed until Friday.",
                     "the market", "Camila Ortega Prieto", id="place-before-mayor-is-title"),
        pytest.param("Regional head Oksana Melnyk said the shelter was full by midnight.",
                     "the shelter", "Oksana Melnyk", id="name-after-lowercase-title"),
        pytest.param("A local official in Goundam said the well had run dry in March.",
                     "the well", "local official in Goundam", id="town-after-official-is-not-speaker"),
    ],
)
def test_statements_speaker_after_title(nlp, text, content_start, expected):
    assert _speaker_of(nlp, text, content_start) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content_start", "expected"),
    [
        pytest.param("KANDAHAR, Afghanistan \u2014 Police in the province said on Friday they had detained "
                     "two men after a raid on a warehouse.", "they had detained", "Police in the province",
                     id="capital-dateline"),
        pytest.param("Nagpur, May 3 (PTI) Police seized a truck loaded with timber near the highway on "
                     "Sunday, officials said.\nThe driver fled on foot, the officials added.",
                     "Police seized", "officials", id="agency-dateline"),
    ],
)
def test_statements_dateline_place_is_never_the_speaker(nlp, text, content_start, expected):
    assert _speaker_of(nlp, text, content_start) == expected


@pytest.mark.model
def test_statements_double_surname_resolves_to_full_name(nlp):
    text = ("Interior Minister Tomas Aguirre Salcedo blamed the fire on arsonists.\n"
            "\"We will find the people who did this,\" Aguirre told reporters in the capital.")
    assert _speaker_of(nlp, text, "We will find") == "Tomas Aguirre Salcedo"


@pytest.mark.model
def test_statements_apposition_names_one_of_them(nlp):
    text = ("Two farmers told reporters that the river had flooded their fields. \"We lost the whole harvest "
            "in one night,\" said one of them, Obinna Eze.")
    assert _speaker_of(nlp, text, "We lost") == "Obinna Eze"


@pytest.mark.model
def test_statements_the_group_refers_to_the_named_organisation(nlp):
    text = ("The Liberation Front did not respond to a request for comment. The group has previously denied "
            "that it recruits children.")
    assert _speaker_of(nlp, text, "it recruits") == "Liberation Front"


@pytest.mark.model
def test_statements_pronoun_after_described_official(nlp):
    text = ("\"My son did nothing wrong,\" said Amina Yusuf, whose son was detained in May.\n"
            "A police official said the men had been held for questioning. He denied that anyone had been "
            "beaten in custody.")
    assert _speaker_of(nlp, text, "anyone had been") == "police official"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "absent_cue"),
    [
        pytest.param("State television did not mention the explosion in its evening bulletin.", "did not mention",
                     id="negated-mention"),
        pytest.param("A nurse, who asked not to be named, said eight people had been admitted.", "asked",
                     id="asked-not-to-be-named"),
        pytest.param("Rain fell across the valley for a third day.\n(Reporting by Lagos newsroom; Editing by "
                     "Africa desk)", "Reporting", id="credit-line"),
        pytest.param("The blast was the third in a series of attacks blamed on separatist rebels.", "blamed",
                     id="agentless-attributive-participle"),
    ],
)
def test_statements_attribution_that_is_not_a_statement(nlp, text, absent_cue):
    assert all(s.cue != absent_cue for s in _statements(nlp, text))


@pytest.mark.model
def test_statements_quote_after_posted_statement_is_a_follow_on(nlp):
    text = ("\"The talks have failed,\" spokesman Idris Kamara said in a statement posted on X. \"We will "
            "return to the capital and consult our members.\"")
    statements = _statements(nlp, text)
    follow_on = [s for s in statements if s.content.startswith("We will return")]
    assert [s.speaker for s in follow_on] == ["Idris Kamara"]
    assert all(s.cue != "posted" for s in statements)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "act"),
    [
        pytest.param('"This attack on our farmers will not go unanswered," the commander said.', "threaten",
                     id="will-not-go-unanswered"),
        pytest.param('"Those who burned the school will not escape justice," the governor said.', "threaten",
                     id="will-not-escape-justice"),
        pytest.param("The militia vowed to retaliate against the army for the raid.", "threaten",
                     id="vowed-to-retaliate"),
        pytest.param('"We will pursue the kidnappers wherever they go," the police chief said.', "threaten",
                     id="will-pursue"),
        pytest.param('"Release our sons or bring them before a judge," said Halima Ade.', "demand",
                     id="imperative-with-object"),
        pytest.param('"Think of what that means for the harvest," said Halima Ade.', "state",
                     id="arguing-imperative-is-no-demand"),
    ],
)
def test_statements_act_read_from_quoted_content(nlp, text, act):
    statements = _statements(nlp, text)
    assert statements and statements[0].act == act


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content_start", "expected"),
    [
        pytest.param("Police spokesman Ali Raza said in a statement that two men were held. \"Both carried "
                     "pistols,\" the statement said.", "Both carried", "Ali Raza", id="the-statement-is-its-issuer"),
        pytest.param("JNIM gave another account. In a video, the group claimed it had seized the town.",
                     "it had seized", "JNIM", id="untagged-acronym-subject-is-the-group"),
        pytest.param("Army spokesman Musa Bello said the road was open. The army later said the road was "
                     "closed again.", "the road was closed", "army", id="the-army-is-not-its-spokesman"),
    ],
)
def test_statements_speaker_of_documents_and_groups(nlp, text, content_start, expected):
    assert _speaker_of(nlp, text, content_start) == expected
