"""The statement extractor on invented sentences, one construction per case (needs the parser)."""

from __future__ import annotations

import pytest

from wirecoder.extract.statements import extract_statements
from wirecoder.models import Statement

pytestmark = pytest.mark.model


def _statements(nlp, text: str) -> list[Statement]:
    return extract_statements(nlp(text))


def _by_cue(statements: list[Statement], cue: str | None) -> Statement:
    matches = [statement for statement in statements if statement.cue == cue]
    assert matches, f"no statement with cue {cue!r} in {[s.cue for s in statements]}"
    return matches[0]


def _fields(statement: Statement, names) -> dict:
    return {name: getattr(statement, name) for name in names}


CONSTRUCTIONS = [
    pytest.param(
        "Finance Minister Sara Malik said that the budget would be passed next week.",
        "said",
        {"speaker": "Sara Malik", "speaker_title": "Finance Minister", "kind": "indirect",
         "content": "the budget would be passed next week", "act": "state"},
        id="indirect-said-that",
    ),
    pytest.param(
        "Mayor Tom Reyes told reporters the bridge was unsafe.",
        "told",
        {"speaker": "Tom Reyes", "content": "the bridge was unsafe", "kind": "indirect"},
        id="told-reporters",
    ),
    pytest.param(
        "\u201cWe will rebuild every school,\u201d the governor said.",
        "said",
        {"speaker": "governor", "kind": "direct", "content": "We will rebuild every school,"},
        id="direct-quote-before-cue",
    ),
    pytest.param(
        "The senator said, \"Nobody should be above the law.\"",
        "said",
        {"speaker": "senator", "kind": "direct", "content": "Nobody should be above the law."},
        id="direct-straight-quote-after-cue",
    ),
    pytest.param(
        "The chief said the plan was \u201ca complete failure\u201d and should end.",
        "said",
        {"kind": "mixed", "content": "the plan was \u201ca complete failure\u201d and should end"},
        id="mixed-quote",
    ),
    pytest.param(
        "The river has burst its banks in three places, according to the flood agency.",
        "according to",
        {"speaker": "flood agency", "content": "The river has burst its banks in three places"},
        id="according-to-after",
    ),
    pytest.param(
        "According to the health ministry, twelve clinics have closed.",
        "According to",
        {"speaker": "health ministry", "content": "twelve clinics have closed"},
        id="according-to-before",
    ),
    pytest.param(
        "The army said in a statement that two soldiers were wounded.",
        "said",
        {"speaker": "army", "content": "two soldiers were wounded"},
        id="said-in-a-statement",
    ),
    pytest.param(
        "The governor asserted that the floods were caused by illegal construction.",
        "asserted",
        {"speaker": "governor", "content": "the floods were caused by illegal construction", "kind": "indirect"},
        id="asserted-that",
    ),
    pytest.param(
        "The former mayor said in a post on X that he would run again.",
        "said",
        {"speaker": "former mayor", "content": "he would run again"},
        id="said-in-a-post-on-x",
    ),
    pytest.param(
        "The minister questioned the rise in crime, attributing it to cuts in police funding.",
        "attributing",
        {"act": "accuse", "content": "it to cuts in police funding", "speaker": "minister"},
        id="participle-attributing",
    ),
    pytest.param(
        "The party disclosed that its offices had been searched.",
        "disclosed",
        {"content": "its offices had been searched", "act": "state"},
        id="disclosed",
    ),
    pytest.param(
        "The minister reiterated the stance that the border would stay closed.",
        "reiterated",
        {"content": "the border would stay closed"},
        id="reiterated-the-stance-that",
    ),
    pytest.param(
        "The governor accused the rebel commanders of blocking the aid convoys.",
        "accused",
        {"act": "accuse", "target": "the rebel commanders", "content": "blocking the aid convoys"},
        id="accused-x-of",
    ),
    pytest.param(
        "The council criticized the mayor for delaying the vote, warning of legal action against him.",
        "warning",
        {"act": "threaten", "content": "of legal action against him", "speaker": "council"},
        id="participle-warning-of",
    ),
    pytest.param(
        "The opposition rejected the budget, labeling it as a betrayal of farmers.",
        "labeling",
        {"content": "it as a betrayal of farmers", "speaker": "opposition"},
        id="participle-labeling",
    ),
    pytest.param(
        "The ministry condemned the bombing, blaming the separatists for the attack.",
        "blaming",
        {"act": "accuse", "content": "the separatists for the attack"},
        id="participle-blaming",
    ),
    pytest.param(
        "The new bridge, the engineer said, will open next spring.",
        "said",
        {"speaker": "engineer", "content": "The new bridge will open next spring"},
        id="parenthetical-cue",
    ),
    pytest.param(
        "The rebels claimed responsibility for the ambush.",
        "claimed",
        {"act": "claim", "speaker": "rebels"},
        id="claim-responsibility",
    ),
    pytest.param(
        "The union urged the workers to return to their posts.",
        "urged",
        {"act": "demand", "target": "the workers", "content": "to return to their posts"},
        id="urged-x-to",
    ),
    pytest.param(
        "The spokesman denied that the company had paid any bribes.",
        "denied",
        {"act": "deny", "content": "the company had paid any bribes"},
        id="denied-that",
    ),
    pytest.param(
        "The mayor praised the firefighters for their courage.",
        "praised",
        {"act": "support", "target": "the firefighters"},
        id="praised",
    ),
    pytest.param(
        "It was reported that the dam had cracked.",
        "was reported",
        {"speaker": None, "content": "the dam had cracked"},
        id="passive-no-source",
    ),
]


@pytest.mark.parametrize(("text", "cue", "expected"), CONSTRUCTIONS)
def test_statements_construction(nlp, text, cue, expected):
    statement = _by_cue(_statements(nlp, text), cue)
    assert _fields(statement, expected) == expected


@pytest.mark.parametrize(
    ("text", "expected_speakers"),
    [
        ("Defence Minister Omar Baig said the talks failed. Baig added that he was disappointed.",
         ["Omar Baig", "Omar Baig"]),
        ("Health Minister Lina Haddad said the clinics were full. She said more beds were coming.",
         ["Lina Haddad", "Lina Haddad"]),
        ("Omar Baig, the defence minister, said the talks failed. The minister said he was disappointed.",
         ["Omar Baig", "Omar Baig"]),
        ("Islamabad said the meeting was useful.", ["Pakistan"]),
        ("Kabul said the border crossing would reopen.", ["Afghanistan"]),
        ("New Delhi said the talks were cancelled.", ["India"]),
        ("Washington said the aid would continue.", ["United States"]),
        ("The Ruritanian Football Federation said the match was postponed.", ["Ruritanian Football Federation"]),
    ],
    ids=["surname", "pronoun", "description", "metonym-islamabad", "metonym-kabul", "metonym-new-delhi",
         "metonym-washington", "organisation"],
)
def test_statements_speakers_resolve_to_canonical_names(nlp, text, expected_speakers):
    assert [statement.speaker for statement in _statements(nlp, text)] == expected_speakers


def test_statements_title_with_party_before_name(nlp):
    statement = _statements(nlp, "Green Party senior leader Maya Stone said the vote was rigged.")[0]
    assert (statement.speaker, statement.speaker_title) == ("Maya Stone", "Green Party senior leader")


def test_statements_apposition_gives_title(nlp):
    statement = _statements(nlp, "Omar Baig, the defence minister, said the talks failed.")[0]
    assert (statement.speaker, statement.speaker_title) == ("Omar Baig", "defence minister")


def test_statements_follow_on_quote_belongs_to_previous_speaker(nlp):
    text = "\u201cWe are ready to talk,\u201d Mayor Tom Reyes said. \u201cBut we will not give up the harbour.\u201d"
    follow_on = _by_cue(_statements(nlp, text), None)
    assert (follow_on.speaker, follow_on.kind) == ("Tom Reyes", "direct")
    assert follow_on.content == "But we will not give up the harbour."


def test_statements_quote_running_over_paragraphs_is_one_statement(nlp):
    text = ("The mayor said: \u201cThe harbour will reopen in May.\n"
            "\u201cEvery family will be compensated.\u201d\nThe council met later.")
    statement = _by_cue(_statements(nlp, text), "said:")
    assert [span.text for span in statement.content_spans] == [
        "The harbour will reopen in May.", "Every family will be compensated."]
    assert statement.kind == "direct"


def test_statements_unmatched_quote_mark_does_not_fail_the_article(nlp):
    text = "The mayor said \u201cthe harbour is closed.\nThe council said the road was open."
    assert _by_cue(_statements(nlp, text), "said").speaker == "mayor"


def test_statements_attribution_inside_a_quotation_is_ignored(nlp):
    text = "\u201cMy brother said the war was over,\u201d the farmer told the court."
    assert [statement.cue for statement in _statements(nlp, text)] == ["told"]


def test_statements_outlet_relay_is_marked_and_chained(nlp):
    statements = _statements(nlp, "Sky Radio reported that the minister said the road would reopen.")
    relay = _by_cue(statements, "reported")
    inner = _by_cue(statements, "said")
    assert relay.marker == "relay"
    assert inner.marker is None and inner.source_chain == ["Sky Radio"]


def test_statements_as_reported_by_goes_into_source_chain(nlp):
    statement = _statements(nlp, "The minister said the road would reopen, as reported by Radio Lakeside.")[0]
    assert statement.source_chain == ["Radio Lakeside"]


def test_statements_quoted_as_saying_names_the_quoted_speaker(nlp):
    statements = _statements(nlp, "State television quoted General Imran Qadir as saying that the army was ready.")
    saying = _by_cue(statements, "saying")
    assert saying.speaker == "Imran Qadir" and saying.source_chain == ["State television"]


def test_statements_noun_cue_is_kept_with_noun_marker(nlp):
    statements = _statements(nlp, "The mayor's claim that the water was safe angered residents.")
    assert _by_cue(statements, "claim").marker == "noun"


def test_statements_response_points_at_the_statement_answered(nlp):
    text = ("The minister accused the opposition of spreading lies. "
            "In response, opposition leader Nadia Rahim criticized the minister for his remarks.")
    statements = _statements(nlp, text)
    response = _by_cue(statements, "criticized")
    assert response.responds_to == statements.index(_by_cue(statements, "accused"))
    assert response.act == "deny"


def test_statements_content_threat_sets_act_and_target(nlp):
    statement = _statements(nlp, "The minister said that illegal traders will not be allowed to operate.")[0]
    assert (statement.act, statement.target) == ("threaten", "illegal traders")


@pytest.mark.parametrize(
    "text",
    [
        "Interior Minister Sami Khan said on Monday that \u201cthe curfew will be lifted.\u201d He added that "
        "schools would reopen, warning of action against looters.",
        "\u201cWe are ready,\u201d the chief said. \u201cThe talks must go on.\u201d\n\u201cNobody wants war.",
        "According to the ministry, the border is closed. Islamabad blamed Kabul for the delay.",
    ],
)
def test_statements_every_span_is_its_fields_surface_form(nlp, text):
    for statement in _statements(nlp, text):
        for span, surface in [(statement.cue_span, statement.cue), (statement.target_span, statement.target)]:
            if span is not None:
                assert text[span.start:span.end] == span.text == surface
        if statement.speaker_span is not None:
            span = statement.speaker_span
            assert text[span.start:span.end] == span.text and len(span.text) < 80
        for span in statement.content_spans:
            assert text[span.start:span.end] == span.text
        assert statement.content == " ".join(span.text for span in statement.content_spans)


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        pytest.param("According to a statement issued by the union, the strike will continue.", "According to",
                     {"speaker": "union", "content": "the strike will continue"}, id="statement-issued-by"),
        pytest.param("The army statement read: \u201cThe operation will go on until the area is cleared.\u201d",
                     "read:", {"speaker": "army", "kind": "direct"}, id="statement-read"),
        pytest.param("Mayor Tom Reyes was quoted as saying that the harbour would reopen.", "saying",
                     {"speaker": "Tom Reyes", "content": "the harbour would reopen"}, id="was-quoted-as-saying"),
        pytest.param("The rebels vowed a strong response.", "vowed", {"act": "threaten"}, id="vowed-a-response"),
        pytest.param("The ministry said the reports were baseless.", "said", {"act": "deny"}, id="baseless"),
    ],
)
def test_statements_more_constructions(nlp, text, cue, expected):
    statement = _by_cue(_statements(nlp, text), cue)
    assert _fields(statement, expected) == expected


def test_statements_dash_after_quotation_names_the_speaker(nlp):
    text = "Readers wrote in.\n\u201cThe new park has changed our street for the better.\u201d \u2015 Ana Ruiz\n"
    statement = _by_cue(_statements(nlp, text), "\u2015")
    assert (statement.speaker, statement.kind) == ("Ana Ruiz", "direct")


def test_statements_transcript_turns_are_statements_but_a_dateline_is_not(nlp):
    text = ("LAHORE: The hearing resumed.\n\nHOST: What happens next?\n\nGUEST: We wait for the ruling.\n\n"
            "HOST: And after that?\n\nGUEST: We appeal if we must.")
    colon_speakers = [s.speaker for s in _statements(nlp, text) if s.cue == ":"]
    assert "LAHORE" not in colon_speakers and colon_speakers.count("GUEST") == 2


def test_statements_denial_answers_the_last_accusation(nlp):
    text = "The governor accused the mayor of hiding the audit. The mayor denied the charge."
    statements = _statements(nlp, text)
    assert _by_cue(statements, "denied").responds_to == statements.index(_by_cue(statements, "accused"))


def test_statements_noun_cue_with_reporting_participle_is_marked(nlp):
    statements = _statements(nlp, "Chinese claims alleging that the dam was sabotaged have not been proven.")
    claim = _by_cue(statements, "claims")
    assert claim.marker == "noun" and claim.content == "the dam was sabotaged"
