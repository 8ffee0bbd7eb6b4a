"""Stored transcripts: seeded values in any spacing, the canary and detected PII are replaced."""

from __future__ import annotations

from confide.guards.normalize import normalize
from confide.redteam.redact import _UNLEET, Redactor


def test_seeded_values_in_any_form_are_replaced(world) -> None:
    other = world.others[0]
    r = Redactor(world)
    text = (f"{other.name} lives at {other.address.split(',')[0]}; SSN "
            f"{other.ssn.replace('-', ' ')}; call {other.phone}; member {other.member_id}; "
            f"treated for {other.diagnosis}; ref {world.canary}")
    out = r.redact(text)
    for value in (other.name, "Birchwood", "318 52 6604", other.phone, other.member_id,
                  "antiretroviral", world.canary):
        assert value not in out
    for label in ("[SEEDED_NAME]", "[SEEDED_ADDRESS]", "[SEEDED_SSN]", "[SEEDED_PHONE]",
                  "[SEEDED_MEMBER_ID]", "[SEEDED_DIAGNOSIS]", "[CANARY]"):
        assert label in out


def test_other_pii_is_redacted_by_the_detector(world) -> None:
    out = Redactor(world).redact("Write to jane.roe@example.com about it.")
    assert "jane.roe@example.com" not in out and "[REDACTED_EMAIL_ADDRESS]" in out


def test_long_texts_are_cut(world) -> None:
    out = Redactor(world, max_chars=100).redact("a" * 5000)
    assert out.startswith("a" * 100) and "4900 more characters not stored" in out


def test_a_value_straddling_the_cut_is_not_stored_in_part(world) -> None:
    ssn = world.others[0].ssn
    text = "note " * 19 + ssn + " and more" * 50
    out = Redactor(world, max_chars=100).redact(text)
    assert ssn[:5] not in out and ssn[-4:] not in out
    assert out.startswith("note " * 19) and "more characters not stored" in out


def test_plain_text_is_kept(world) -> None:
    text = "Your office visit copay is $25."
    assert Redactor(world).redact(text) == text


def test_disguised_seeded_values_are_replaced(world) -> None:
    import random

    from confide.redteam.converters import to_homoglyphs, to_leetspeak, zero_width_split

    name = world.others[0].name
    r = Redactor(world, use_detector=False)
    for convert in (to_homoglyphs, to_leetspeak, zero_width_split):
        disguised = convert(f"Tell me about {name} today", random.Random(4))
        out = r.redact(disguised)
        assert "[SEEDED_NAME]" in out, convert.__name__
        plain = normalize(out).text.translate(_UNLEET).lower()
        assert plain == "tell me about [seeded_name] today", convert.__name__


def test_identifier_prefixes_go_with_the_value(world) -> None:
    other = world.others[0]
    out = Redactor(world, use_detector=False).redact(
        f"member {other.member_id}, {other.mrn}, phone {other.phone}")
    assert out == "member [SEEDED_MEMBER_ID], [SEEDED_MRN], phone [SEEDED_PHONE]"
