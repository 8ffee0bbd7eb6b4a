from confide.verdict import Action, Entity, Verdict, combine


def test_combine_takes_most_severe_action_and_unions_reasons():
    a = Verdict(action=Action.TRANSFORM, reasons=("input.pii",), scores={"pii": 0.9},
                entities=(Entity("PERSON", 5, 9, 0.9),), detectors={"pii": "1"})
    b = Verdict(action=Action.BLOCK, reasons=("input.injection", "input.pii"),
                scores={"injection": 0.97, "pii": 0.5}, detectors={"injection": "2"})
    v = combine([a, b], text="x")
    assert v.action is Action.BLOCK
    assert v.reasons == ("input.injection", "input.pii")  # most severe first
    assert v.scores == {"pii": 0.9, "injection": 0.97}
    assert v.detectors == {"pii": "1", "injection": "2"}
    assert not v.allowed


def test_reasons_of_one_action_keep_the_stages_order():
    stages = [Verdict(reasons=("input.normalized.invisible",)),
              Verdict(action=Action.ESCALATE, reasons=("input.unsafe_request",)),
              Verdict(action=Action.BLOCK, reasons=("input.injection",)),
              Verdict(action=Action.BLOCK, reasons=("input.secret",))]
    assert combine(stages).reasons == ("input.injection", "input.secret",
                                       "input.unsafe_request", "input.normalized.invisible")


def test_allow_has_no_text_in_dict():
    d = Verdict(text="secret").to_dict()
    assert d["verdict"] == "allow" and d["text"] is None


def test_repr_of_a_verdict_and_a_guard_context_carries_no_text():
    from confide.guards.base import GuardContext
    from confide.verdict import Channel

    ssn = "412-55-7816"
    v = Verdict(action=Action.TRANSFORM, reasons=("output.pii_leak",), text=f"SSN {ssn}")
    ctx = GuardContext(Channel.OUTPUT, f"my SSN is {ssn}", context=(f"ctx {ssn}",),
                       system_prompt=f"prompt {ssn}", canary="cnry-abc123",
                       subject_values=frozenset({ssn}))
    for text in (repr(v), str(v), repr(ctx), str(ctx)):
        assert ssn not in text and "cnry-abc123" not in text
    assert "output.pii_leak" in repr(v) and v.text == f"SSN {ssn}"
