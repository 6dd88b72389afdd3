"""Cue spans, intention verbs, headline colons, acronym and context targets (invented sentences; parser)."""

from __future__ import annotations

import pytest

from wirecoder.extract.statements import defined_acronyms, extract_statements
from wirecoder.models import Statement


def _statements(nlp, text: str) -> list[Statement]:
    return extract_statements(nlp(text))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param("The coach went on to say that the team had trained too little.", "went on to say",
                     id="went-on-to-say"),
        pytest.param("The senator appeared to suggest that the vote would be delayed.", "appeared to suggest",
                     id="appeared-to-suggest"),
        pytest.param("The mayor has repeatedly insisted that the bridge is safe.", "has repeatedly insisted",
                     id="auxiliary-and-adverb"),
        pytest.param("When pressed, the manager said the shop would close in May.", "said",
                     id="when-pressed-is-not-the-cue"),
        pytest.param('The harbour master said: "The port will reopen on Monday."', "said:",
                     id="colon-introducing-the-quotation"),
        pytest.param('The coach added:\n\n"We trained hard all week for the final."', "added:",
                     id="colon-before-a-quoted-paragraph"),
        pytest.param('"The roads will be cleared by noon," the mayor said wearily.', "said wearily",
                     id="adverb-after-the-verb"),
        pytest.param("The treasurer conceded reluctantly that the budget was short.", "conceded reluctantly",
                     id="adverb-before-the-content"),
        pytest.param("The engineer had to admit that the bridge was unsafe.", "had to admit",
                     id="semi-modal-have-to"),
        pytest.param("The minister was unable to explain why the funds had vanished.", "was unable to explain",
                     id="semi-modal-be-unable-to"),
        pytest.param("The council has\u00a0acknowledged that the survey was flawed.", "has\u00a0acknowledged",
                     id="no-break-space-after-auxiliary"),
    ],
)
def test_statements_cue_span_as_written(nlp, text, cue):
    assert cue in [statement.cue for statement in _statements(nlp, text)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param('"The fares will rise next year," the ministry said Thursday.', "said",
                     id="time-after-a-fronted-quotation-stays-out"),
        pytest.param("The mayor said only that the talks would resume.", "said",
                     id="focusing-adverb-stays-out"),
        pytest.param("The union said Thursday that the strike would continue.", "said",
                     id="time-phrase-between-cue-and-content-stays-out"),
    ],
)
def test_statements_cue_span_not_widened(nlp, text, cue):
    assert cue in [statement.cue for statement in _statements(nlp, text)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected_cues"),
    [
        pytest.param("The city council plans to repave the main road next spring.", [], id="plans-to"),
        pytest.param("The farmers want the canal dredged before the rains.", [], id="want-object"),
        pytest.param("The union intends to strike on Monday.", [], id="intends-to"),
        pytest.param("The union leader said the strike would go ahead.", ["said"], id="said-still-a-cue"),
    ],
)
def test_statements_intention_verbs_are_not_speech(nlp, text, expected_cues):
    assert [statement.cue for statement in _statements(nlp, text)] == expected_cues


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected_speaker"),
    [
        pytest.param("Okafor: The harbour will reopen by June.\n\nThe port authority met on Tuesday.", "Okafor",
                     id="name-colon-headline"),
        pytest.param("Analysis: The harbour will reopen by June.\n\nThe port authority met on Tuesday.", None,
                     id="section-label-is-not-a-speaker"),
    ],
)
def test_statements_headline_colon_attribution(nlp, text, expected_speaker):
    speakers = [statement.speaker for statement in _statements(nlp, text) if statement.cue == ":"]
    assert speakers == ([expected_speaker] if expected_speaker else [])


@pytest.mark.parametrize(
    ("text", "acronym", "expected"),
    [
        ("The Northern Farmers Union (NFU) met.", "NFU", "Northern Farmers Union"),
        ("Yesterday the Northern Farmers Union (NFU) met.", "NFU", "Northern Farmers Union"),
        ("Leaders of the Qamar-e-Watan Party\u2019s (QWP) youth wing left.", "QWP", "Qamar-e-Watan Party"),
        ("The Bank of the North (BN) said so.", "BN", "Bank of the North"),
    ],
)
def test_statements_defined_acronyms(text, acronym, expected):
    start, end = defined_acronyms(text)[acronym]
    assert text[start:end] == expected


def test_statements_brackets_without_matching_initials_are_not_acronyms():
    assert defined_acronyms("The Green Lantern Society (XYZ) met.") == {}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "target"),
    [
        pytest.param("Mayor Ana Ruiz condemned the smear campaign, without naming the Harbour Workers Union.",
                     "condemned", "the Harbour Workers Union", id="without-naming"),
        pytest.param("The governor accused the Northern Farmers Union (NFU) of blocking roads. "
                     "He also criticized the NFU for the delays.", "criticized", "Northern Farmers Union",
                     id="acronym-spelled-out"),
    ],
)
def test_statements_accusation_targets(nlp, text, cue, target):
    statement = next(s for s in _statements(nlp, text) if s.cue and s.cue.endswith(cue))
    assert statement.target == target


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The ministry said the road was closed; engineers had found cracks in the bridge.",
                     [("said", "the road was closed")], id="semicolon-ends-content"),
        pytest.param("The ministry said it was firmly opposed to the plan and warned the council to drop it.",
                     [("said", "it was firmly opposed to the plan"), ("warned", "to drop it")],
                     id="conjoined-second-cue"),
        pytest.param("The coach criticized the referee, even suggesting that the match was fixed.",
                     [("criticized", "the referee"), ("even suggesting", "the match was fixed")],
                     id="participle-after-adverb"),
        pytest.param("As the mayor noted on Monday, the bridge is older than the city itself.",
                     [("noted", "the bridge is older than the city itself")], id="as-clause"),
        pytest.param("The bank said on Friday it would cut 2,000 jobs.", [("said", "it would cut 2,000 jobs")],
                     id="time-before-clause-is-setting"),
        pytest.param("The senator wrote on social media that the bill was a disgrace.",
                     [("wrote", "the bill was a disgrace")], id="medium-before-clause-is-setting"),
    ],
)
def test_statements_content_boundaries(nlp, text, expected):
    assert [(s.cue, s.content) for s in _statements(nlp, text)] == expected


@pytest.mark.model
def test_statements_conjoined_cue_keeps_the_first_speaker(nlp):
    text = "The ministry said it was firmly opposed to the plan and warned the council to drop it."
    assert [s.speaker for s in _statements(nlp, text)] == ["ministry", "ministry"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "act", "target"),
    [
        pytest.param("The governor expressed support for the striking teachers.", "support",
                     "the striking teachers", id="expressed-support"),
        pytest.param("The leader extended condolences to the families of the victims.", "support",
                     "the families of the victims", id="extended-condolences"),
        pytest.param("The chief minister demanded that the federal government release the funds.", "demand",
                     "the federal government", id="demanded-that"),
        pytest.param("The opposition called on the election commission to delay the vote.", "demand",
                     "the election commission", id="called-on"),
        pytest.param("The minister asked the provinces to cooperate.", "demand", "the provinces", id="asked-to"),
        pytest.param("The party condemned the arrest of its leader by the police.", "accuse", "the police",
                     id="agent-inside-object"),
        pytest.param("The Foreign Office rejected the allegations made by India.", "deny", "India",
                     id="denial-of-whose-charge"),
        pytest.param("The ministry said the allegations levelled by the opposition were baseless.", "deny",
                     "the opposition", id="dismissed-charge-maker"),
    ],
)
def test_statements_act_targets(nlp, text, act, target):
    statement = _statements(nlp, text)[0]
    assert (statement.act, statement.target) == (act, target)


@pytest.mark.model
def test_statements_denial_targets_the_accuser(nlp):
    text = "The Interior Minister accused Ruritania of arming the rebels. Ruritania denied the charge."
    denial = next(s for s in _statements(nlp, text) if s.cue == "denied")
    assert denial.target == "Interior Minister"


@pytest.mark.model
def test_statements_condemnation_takes_the_target_accused_just_before(nlp):
    text = ("Senator John Miller accused the Harbour Workers Union of blocking the port. "
            "Miller condemned the smear campaign against the city council.")
    condemned = next(s for s in _statements(nlp, text) if s.cue == "condemned")
    assert condemned.target == "the Harbour Workers Union"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Analysts said the deal would collapse, citing the weak economy and rising debt.",
                     [("said", "Analysts"), ("citing", "Analysts")], id="trailing-citing-is-its-own"),
        pytest.param("Criticising the mayor, the governor said the roads were a disgrace.", [("said", "governor")],
                     id="fronted-participle-only-frames"),
    ],
)
def test_statements_participles(nlp, text, expected):
    assert [(s.cue, s.speaker) for s in _statements(nlp, text)] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param("The council refused to discuss the plan, saying it was premature.", "saying",
                     id="participle-cue"),
        pytest.param("The senator declined to discuss whether the bill would pass.", "to discuss",
                     id="infinitive-to-is-written"),
    ],
)
def test_statements_cue_includes_infinitive_marker(nlp, text, cue):
    assert cue in [s.cue for s in _statements(nlp, text)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        pytest.param("The governor expressed support for the striking teachers.", "expressed support for",
                     "the striking teachers", id="support-for"),
        pytest.param("Residents have expressed deep concern about the new highway.",
                     "have expressed deep concern about", "the new highway", id="concern-about"),
    ],
)
def test_statements_voiced_stance_cue_and_content(nlp, text, cue, content):
    statement = _statements(nlp, text)[0]
    assert (statement.cue, statement.content) == (cue, content)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The source, who spoke on condition of anonymity, gave no figures.", [],
                     id="anonymity-is-no-statement"),
        pytest.param("Troops shelled the ridge on Monday, the colonel said, without giving casualty figures.",
                     [("said", "Troops shelled the ridge on Monday")], id="a-without-aside-is-not-the-content"),
        pytest.param("The state radio quoted an army spokesman as denying that troops had fired on the crowd.",
                     [("denying", "troops had fired on the crowd")], id="quoted-as-denying"),
    ],
)
def test_statements_cue_and_content(nlp, text, expected):
    assert [(statement.cue, statement.content) for statement in _statements(nlp, text)] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "act"),
    [
        pytest.param("The movement said none of its members were involved in the raid.", "deny",
                     id="no-involvement"),
        pytest.param('"We appeal to residents not to believe rumours," the adviser said.', "demand",
                     id="we-appeal"),
        pytest.param("The commander vowed that operations against the rebels would be intensified.", "threaten",
                     id="more-force-against-someone"),
        pytest.param("The governor ordered the police to find the abducted pupils.", "demand", id="ordered-to"),
        pytest.param("The insurgents claimed in a post that their fighters had killed four soldiers.", "claim",
                     id="claim-of-an-attack"),
        pytest.param("The group claimed it had stormed the camp and killed a dozen guards.", "claim",
                     id="claim-of-conjoined-attacks"),
        pytest.param("The minister vowed to dismantle the gang's networks.", "threaten", id="vowed-to-dismantle"),
        pytest.param("A spokesman told the radio that the movement was not behind the killing.", "deny",
                     id="not-behind"),
    ],
)
def test_statements_acts_read_from_the_content(nlp, text, act):
    assert [statement.act for statement in _statements(nlp, text)] == [act]


@pytest.mark.model
def test_statements_speaker_of_a_relative_clause_after_an_apposition(nlp):
    text = '"They burned every house," said Amina Bello, a teacher who said she fled with her children.'
    assert {statement.speaker for statement in _statements(nlp, text)} == {"Amina Bello"}


@pytest.mark.model
def test_statements_quoted_speaker_says_the_trailing_participle_too(nlp):
    text = ("The agency quoted a police spokesman as denying that officers had opened fire, saying the shots "
            "came from the crowd.")
    speakers = {statement.cue: statement.speaker for statement in _statements(nlp, text)}
    assert speakers == {"denying": "police spokesman", "saying": "police spokesman"}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        pytest.param("No group has claimed responsibility for the blast.", id="nobody-claims"),
        pytest.param("Thousands took to the streets to demand justice for the victims.", id="a-crowd's-purpose"),
        pytest.param("Three of the wounded were stated to be in critical condition.", id="raised-passive"),
    ],
)
def test_statements_none(nlp, text):
    assert _statements(nlp, text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param("Sindh's minister for prisons, Amina Qureshi, said the jail would be rebuilt.", "Amina Qureshi",
                     id="possessive-place-tagged-as-a-person"),
        pytest.param("Deputy Inspector General of Police, Swat, Tariq Aziz said the road was reopened.", "Tariq Aziz",
                     id="the-apposition-that-names-a-person"),
        pytest.param("The convoy was hit near the border, according to Brig. Gen. Saad Malik, an army spokesman.",
                     "Saad Malik", id="abbreviated-titles"),
    ],
)
def test_statements_speakers_named_in_apposition(nlp, text, speaker):
    assert [statement.speaker for statement in _statements(nlp, text)] == [speaker]
