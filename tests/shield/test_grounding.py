"""Grounding: claims in the answer must be supported by the context."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from confide.guards.base import GuardContext
from confide.guards.grounding import GroundingGuard, drug_lexicon, extract_claims
from confide.verdict import Action, Channel

CONTEXT = (
    "Patient <PERSON_1> was discharged on 5 March 2024 from St Mary's Hospital. Take "
    "amoxicillin 500mg twice daily for 7 days. Follow-up with Dr. Patel on Tuesday, March 12 "
    "at 3:30 pm. Call the clinic at (555) 201-3344. Copay is $25 and coverage is 80%.",
)
GUARD = GroundingGuard()


def ctx(context: tuple[str, ...] = CONTEXT) -> GuardContext:
    return GuardContext(Channel.OUTPUT, "", context=context)


def flagged(text: str, guard: GroundingGuard = GUARD) -> list[str]:
    v = guard.check(text, ctx())
    return [text[e.start:e.end] for e in v.entities]


def test_supported_claims_in_other_formats_pass() -> None:
    for text in [
        "Take Amoxil 500 mg 2x daily for 7 days, starting 2024-03-05.",
        "Your follow-up with Dr Patel is on 12 March at 15:30.",
        "Your copay is $25.00 and we cover 80 percent.",
        "You were discharged from St Mary's Hospital on 03/05/2024; call 555.201.3344.",
        "Take 0.5 g of amoxicillin two times a day.",
        "Hello <PERSON_1>, how can I help you today?",
    ]:
        v = GUARD.check(text, ctx())
        assert v.action is Action.ALLOW and v.reasons == (), text
        assert v.scores["grounding"] == 0.0


def test_unsupported_dose_frequency_phone_flagged_with_spans() -> None:
    text = "Take amoxicillin 875 mg three times a day and call 555-201-9999."
    v = GUARD.check(text, ctx())
    assert v.action is Action.ALLOW  # flag only, by default
    assert "output.ungrounded" in v.reasons
    assert all(e.type == "UNGROUNDED_CLAIM" for e in v.entities)
    spans = [text[e.start:e.end] for e in v.entities]
    assert "875 mg" in spans and "three times a day" in spans and "555-201-9999" in spans
    assert "amoxicillin" not in spans
    assert 0.5 < v.scores["grounding"] <= 1.0


def test_unsupported_drug_name_date_time() -> None:
    spans = flagged("Dr. Jones will see you on Wednesday, 14 April at 4pm; bring your Lipitor.")
    assert any("Jones" in s for s in spans)
    assert "Wednesday" in spans and any("14 April" in s for s in spans)
    assert any(s.startswith("4pm") for s in spans) and "Lipitor" in spans


def test_no_context_says_nothing_unless_required() -> None:
    text = "Take 40 mg of atorvastatin."
    assert GUARD.check(text, ctx(())) .reasons == ()
    strict = GroundingGuard(require_context=True, action="escalate")
    v = strict.check(text, ctx(()))
    assert v.action is Action.ESCALATE and "output.ungrounded" in v.reasons


def test_block_option() -> None:
    assert GroundingGuard(action="block").check("Take 9 tablets.", ctx()).action is Action.BLOCK


def test_placeholders_are_not_claims() -> None:
    assert extract_claims("Dear <PERSON_1>, your number <PHONE_NUMBER_2> is saved.") == []


def test_drug_list_maps_brand_to_generic() -> None:
    spelling, _ = drug_lexicon()
    assert spelling["tylenol"] == spelling["paracetamol"] == "acetaminophen"
    assert len(spelling) > 200


def test_reasons_never_carry_text() -> None:
    v = GUARD.check("Take 875 mg of Zyrtec.", ctx())
    assert "875" not in repr(v.reasons) + repr(v.entities) and "Zyrtec" not in repr(v.reasons)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300), st.text(max_size=200))
def test_arbitrary_unicode_never_crashes(text: str, context: str) -> None:
    v = GUARD.check(text, ctx((context,)))
    for e in v.entities:
        assert 0 <= e.start < e.end <= len(text)
    assert 0.0 <= v.scores.get("grounding", 0.0) <= 1.0


def _drug_mentions_reference(t: str) -> list[tuple[int, int, str]]:
    """The plain longest-first scan that `_drug_mentions` must agree with."""
    import re
    from itertools import pairwise

    spelling, longest = drug_lexicon()
    words = list(re.finditer(r"[A-Za-z][A-Za-z\-]*", t))
    out, i = [], 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            span = words[i:i + n]
            if any(not t[a.end():b.start()].isspace() for a, b in pairwise(span)):
                continue
            key = " ".join(w.group().lower() for w in span)
            if key in spelling:
                out.append((span[0].start(), span[-1].end(), spelling[key]))
                i += n
                break
        else:
            i += 1
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["insulin", "Insulin", "glargine", "lispro", "acid", "folic",
                                 "valproic", "ms", "MS", "contin", "toprol", "xl", "plan", "b",
                                 "ferrous", "sulfate", "metoprolol", "Tylenol", "take", "the",
                                 "co-trimoxazole", "x"]),
                max_size=12),
       st.lists(st.sampled_from([" ", "  ", "\n", ", ", "-", ".", " / "]), min_size=12,
                max_size=12))
def test_drug_mentions_agree_with_the_plain_scan(words: list[str], seps: list[str]) -> None:
    from confide.guards.grounding import _drug_mentions

    text = "".join(w + s for w, s in zip(words, seps, strict=False))
    assert list(_drug_mentions(text)) == _drug_mentions_reference(text)
