"""Tests for the controlled vocabularies and their shipped files."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from notebook import vocabularies
from notebook.errors import InvalidInput, NotebookError
from notebook.resources import resource_path
from notebook.vocabularies import (
    BrokenVocabulary,
    Term,
    UnknownVocabulary,
    Vocabulary,
    load,
    load_file,
    names,
    require,
)


def codes(words: str) -> set[str]:
    return set(words.split())


# Codes that other modules and stored notebooks rely on; each must stay shipped forever.
REQUIRED_CODES: dict[str, set[str]] = {
    "case_status": codes("open monitoring closed archived"),
    "sex": codes("female male other unknown"),
    "incident_types": codes(
        "threat death-threat arrest detention house-arrest interrogation ill-treatment torture "
        "raid-or-search surveillance criminal-charge court-hearing complaint-filed "
        "lawsuit-filed hospitalisation hunger-strike denial-of-legal-counsel "
        "denial-of-medical-care abduction enforced-disappearance killing attempted-killing "
        "assault sexual-violence intimidation harassment smear-campaign travel-ban confiscation "
        "dismissal-from-work property-damage fine conviction release appeal-filed "
        "denial-of-family-visits solitary-confinement forced-psychiatric-treatment "
        "threat-to-family hacking complaint-unanswered other"
    ),
    "incident_groups": codes(
        "pressure violence liberty rights-denied prosecution complaints other"
    ),
    "roles": codes("victim perpetrator witness defender official lawyer other"),
    "involvement": codes("direct ordered instigated complicit failed-to-act suspected unknown"),
    "perpetrator_types": codes(
        "state-security-service police military prosecutor court prison-staff local-authority "
        "government-official state-sponsored-group private-individual criminal-group "
        "armed-group business unknown"
    ),
    "source_reliability": codes("a b c d e f"),
    "fact_status": codes("undisputed disputed unsure"),
    "confidentiality": codes("public restricted confidential"),
    "threat_means": codes("weapon phone-call message in-person online letter via-family other"),
    "threat_channels": codes(
        "in-person phone sms messaging-app social-media email letter third-party other"
    ),
    "risk_levels": codes("low medium high critical"),
    "consent_scope": codes("none record-only share-anonymised share-named"),
    "link_kinds": codes("supports describes follows mentions"),
    "evidence_kinds": codes(
        "photo video audio document medical-record court-document screenshot message "
        "physical-object other"
    ),
}

CYRILLIC = re.compile(r"[а-яёңөү]", re.IGNORECASE)
KYRGYZ_LETTERS = re.compile(r"[ңөү]", re.IGNORECASE)


def shipped() -> list[Vocabulary]:
    return [load(name) for name in names()]


def write_vocabulary(folder: Path, name: str, content: object) -> Path:
    path = folder / f"{name}.json"
    text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path


def good_vocabulary(name: str = "colours") -> dict[str, object]:
    return {
        "vocabulary": name,
        "description": "Colours, for tests.",
        "terms": [
            {"code": "red", "en": "Red", "ru": "Красный", "ky": "Кызыл"},
            {"code": "dark-blue", "en": "Dark blue", "ru": "Тёмно-синий", "ky": "Кара көк"},
        ],
    }


# --- the shipped files -------------------------------------------------------------------


def test_exactly_the_designed_vocabularies_are_shipped() -> None:
    assert set(names()) == set(REQUIRED_CODES)
    assert "interview_languages" not in names()


@pytest.mark.parametrize("name", sorted(REQUIRED_CODES))
def test_every_shipped_vocabulary_loads_and_validates(name: str) -> None:
    vocabulary = load(name)
    assert vocabulary.name == name
    assert vocabulary.description.strip()
    assert vocabulary.terms
    assert len(set(vocabulary.codes)) == len(vocabulary.codes)


@pytest.mark.parametrize("name", sorted(REQUIRED_CODES))
def test_the_codes_other_modules_rely_on_exist(name: str) -> None:
    missing = REQUIRED_CODES[name] - set(load(name).codes)
    assert not missing, f"{name} lacks {sorted(missing)}"


def test_incident_types_offer_at_least_forty_acts() -> None:
    assert len(load("incident_types").codes) >= 40


def test_every_incident_type_names_a_group_that_exists() -> None:
    groups = load("incident_groups")
    for term in load("incident_types").terms:
        assert term.group in groups, (term.code, term.group)


def test_every_incident_group_gathers_at_least_one_incident_type() -> None:
    used = {term.group for term in load("incident_types").terms}
    assert set(load("incident_groups").codes) == used


def test_incident_groups_come_in_the_order_of_the_timeline_lanes() -> None:
    assert load("incident_groups").codes == (
        "pressure",
        "violence",
        "liberty",
        "rights-denied",
        "prosecution",
        "complaints",
        "other",
    )


def test_incident_types_fall_into_the_groups_their_meaning_suggests() -> None:
    types = load("incident_types")
    assert types.term("death-threat").group == "pressure"
    assert types.term("torture").group == "violence"
    assert types.term("release").group == "liberty"
    assert types.term("hunger-strike").group == "rights-denied"
    assert types.term("appeal-filed").group == "prosecution"
    assert types.term("refusal-to-investigate").group == "complaints"
    assert types.term("other").group == "other"


def test_only_incident_types_belong_to_groups() -> None:
    for vocabulary in shipped():
        if vocabulary.name != "incident_types":
            assert all(term.group == "" for term in vocabulary.terms), vocabulary.name


def test_every_code_is_lowercase_ascii_joined_by_hyphens() -> None:
    for vocabulary in shipped():
        for code in vocabulary.codes:
            assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", code), (vocabulary.name, code)


def test_every_interface_language_is_a_required_language() -> None:
    assert vocabularies.REQUIRED_LANGUAGES == ("en", "ru", "ky")


def test_every_vocabulary_has_english_russian_and_kyrgyz_labels() -> None:
    for vocabulary in shipped():
        for term in vocabulary.terms:
            assert term.labels["en"].strip(), (vocabulary.name, term.code)
            assert term.labels["ru"].strip(), (vocabulary.name, term.code)
            assert term.labels["ky"].strip(), (vocabulary.name, term.code)


@pytest.mark.parametrize("language", ["ru", "ky"])
def test_russian_and_kyrgyz_labels_and_notes_are_written_in_cyrillic(language: str) -> None:
    for vocabulary in shipped():
        for term in vocabulary.terms:
            assert CYRILLIC.search(term.label(language)), (vocabulary.name, term.code)
            if term.note(language) is not None:
                assert CYRILLIC.search(term.note(language) or ""), (vocabulary.name, term.code)


def test_kyrgyz_labels_are_not_russian_ones_copied() -> None:
    # A few short words are the same in both (Документ, Прокуратура, Мониторинг); most differ,
    # and the Kyrgyz notes use Kyrgyz letters.
    for vocabulary in shipped():
        same = [term.code for term in vocabulary.terms if term.labels["ky"] == term.labels["ru"]]
        assert len(same) <= max(1, len(vocabulary.terms) // 4), (vocabulary.name, same)
        for term in vocabulary.terms:
            if "ky" in term.notes:
                assert term.notes["ky"] != term.notes["ru"], (vocabulary.name, term.code)


def test_kyrgyz_letters_appear_in_kyrgyz_texts_and_never_in_russian_ones() -> None:
    terms = [term for vocabulary in shipped() for term in vocabulary.terms]
    russian = [text for term in terms for text in (term.labels["ru"], term.notes.get("ru", ""))]
    assert not [text for text in russian if KYRGYZ_LETTERS.search(text)]
    kyrgyz = [text for term in terms for text in (term.labels["ky"], term.notes.get("ky", ""))]
    with_letters = [text for text in kyrgyz if KYRGYZ_LETTERS.search(text)]
    assert len(with_letters) > len([text for text in kyrgyz if text]) / 3


def test_english_labels_and_notes_contain_no_cyrillic() -> None:
    for vocabulary in shipped():
        for term in vocabulary.terms:
            assert not CYRILLIC.search(term.label("en")), (vocabulary.name, term.code)
            assert not CYRILLIC.search(term.note("en") or ""), (vocabulary.name, term.code)


def test_a_note_in_one_language_has_its_counterpart_in_the_other() -> None:
    for vocabulary in shipped():
        for term in vocabulary.terms:
            assert set(term.notes) in (set(), {"en", "ru", "ky"}), (vocabulary.name, term.code)


def test_source_reliability_and_fact_status_explain_every_grade() -> None:
    for name in ("source_reliability", "fact_status"):
        for term in load(name).terms:
            assert term.note("en") and term.note("ru") and term.note("ky"), (name, term.code)


def test_other_and_unknown_come_last_in_every_list() -> None:
    for vocabulary in shipped():
        catch_alls = [code for code in vocabulary.codes if code in {"other", "unknown"}]
        if catch_alls:
            assert vocabulary.codes[-len(catch_alls) :] == tuple(catch_alls), vocabulary.name


def test_files_keep_a_stable_layout() -> None:
    for name in names():
        path = resource_path("vocabularies", name + ".json")
        text = path.read_text(encoding="utf-8")
        data = json.loads(text)
        assert list(data) == ["vocabulary", "description", "terms"], name
        for term in data["terms"]:
            assert list(term)[:4] == ["code", "en", "ru", "ky"], (name, term["code"])
        assert text.startswith('{\n  "vocabulary": '), name
        assert text.endswith("\n") and not text.endswith("\n\n"), name


# --- the API -----------------------------------------------------------------------------


def test_load_returns_the_same_cached_vocabulary_each_time() -> None:
    assert load("risk_levels") is load("risk_levels")


def test_load_refuses_an_unknown_vocabulary_naming_the_shipped_ones() -> None:
    with pytest.raises(UnknownVocabulary) as caught:
        load("interview_languages")
    assert isinstance(caught.value, LookupError)
    assert isinstance(caught.value, NotebookError)
    assert "interview_languages" in str(caught.value)
    assert "risk_levels" in str(caught.value)


def test_load_refuses_a_name_that_tries_to_leave_the_folder() -> None:
    with pytest.raises(UnknownVocabulary):
        load("../vocabularies/risk_levels")


def test_codes_keep_the_order_of_the_file() -> None:
    assert load("risk_levels").codes == ("low", "medium", "high", "critical")


def test_membership_is_by_code() -> None:
    risk = load("risk_levels")
    assert "high" in risk
    assert "High" not in risk
    assert "extreme" not in risk
    assert None not in risk


def test_term_gives_the_labels_and_notes_of_a_code() -> None:
    term = load("source_reliability").term("f")
    assert term.code == "f"
    assert "cannot be judged" in term.label("en")
    assert term.note("en")


def test_term_refuses_an_unknown_code() -> None:
    with pytest.raises(KeyError):
        load("risk_levels").term("extreme")


def test_label_is_given_in_the_requested_language() -> None:
    risk = load("risk_levels")
    assert risk.label("high") == "High"
    assert risk.label("high", "ru") == "Высокий"
    assert risk.label("high", "ky") == "Жогору"
    assert risk.label("high", "ky-KG") == "Жогору"
    assert risk.label("high", "ky_KG") == "Жогору"


def test_label_accepts_a_regional_language_tag() -> None:
    assert load("risk_levels").label("high", "ru_RU") == "Высокий"
    assert load("risk_levels").label("high", "ru-RU") == "Высокий"


def test_label_falls_back_to_english_then_to_the_code() -> None:
    risk = load("risk_levels")
    assert risk.label("high", "uk") == "High"
    assert risk.label("extreme", "ru") == "extreme"

    english_only = Term(code="x", labels={"en": "Ex"})
    assert english_only.label("ru") == "Ex"
    assert Term(code="bare", labels={}).label("ru") == "bare"
    assert english_only.note("ru") is None


def test_terms_cannot_be_changed_through_their_labels() -> None:
    term = load("risk_levels").term("low")
    with pytest.raises(TypeError):
        term.labels["en"] = "Changed"  # type: ignore[index]


def test_require_accepts_a_known_code() -> None:
    assert require("risk_levels", "critical", field="risk") == "critical"


def test_require_refuses_an_unknown_code_naming_the_field_and_the_choices() -> None:
    with pytest.raises(InvalidInput) as caught:
        require("risk_levels", "extreme", field="risk")
    message = str(caught.value)
    assert caught.value.field == "risk"
    assert "risk" in message
    assert "'extreme'" in message
    assert "low, medium, high, critical" in message


def test_require_refuses_a_label_in_place_of_a_code() -> None:
    with pytest.raises(InvalidInput):
        require("case_status", "Open", field="status")


def test_require_refuses_a_value_that_is_not_a_string() -> None:
    with pytest.raises(InvalidInput) as caught:
        require("sex", None, field="sex")  # type: ignore[arg-type]
    assert caught.value.field == "sex"


# --- malformed files ---------------------------------------------------------------------


def test_load_file_reads_a_well_formed_vocabulary(tmp_path: Path) -> None:
    vocabulary = load_file(write_vocabulary(tmp_path, "colours", good_vocabulary()))
    assert vocabulary.name == "colours"
    assert vocabulary.codes == ("red", "dark-blue")
    assert vocabulary.label("dark-blue", "ru") == "Тёмно-синий"


def test_a_term_without_a_group_has_an_empty_group(tmp_path: Path) -> None:
    vocabulary = load_file(write_vocabulary(tmp_path, "colours", good_vocabulary()))
    assert vocabulary.term("red").group == ""
    assert Term(code="x", labels={"en": "Ex"}).group == ""


def test_a_term_keeps_the_group_its_file_gives_it(tmp_path: Path) -> None:
    data = good_vocabulary()
    data["terms"][1]["group"] = "cool-colours"  # type: ignore[index]
    vocabulary = load_file(write_vocabulary(tmp_path, "colours", data))
    assert vocabulary.term("dark-blue").group == "cool-colours"
    assert vocabulary.term("dark-blue").labels == {
        "en": "Dark blue",
        "ru": "Тёмно-синий",
        "ky": "Кара көк",
    }
    assert vocabulary.term("red").group == ""


def test_terms_that_differ_only_in_group_are_told_apart() -> None:
    warm = Term(code="red", labels={"en": "Red"}, group="warm")
    assert warm != Term(code="red", labels={"en": "Red"}, group="cool")
    assert warm == Term(code="red", labels={"en": "Red"}, group="warm")
    assert hash(warm) == hash(Term(code="red", labels={"en": "Red"}, group="warm"))


def broken(change: str) -> dict[str, object]:
    data = good_vocabulary()
    terms: list[dict[str, str]] = data["terms"]  # type: ignore[assignment]
    if change == "upper-case code":
        terms[0]["code"] = "Red"
    elif change == "code with a space":
        terms[0]["code"] = "dark blue"
    elif change == "code with a trailing hyphen":
        terms[0]["code"] = "red-"
    elif change == "duplicate code":
        terms[1]["code"] = "red"
    elif change == "no Russian label":
        del terms[0]["ru"]
    elif change == "no Kyrgyz label":
        del terms[0]["ky"]
    elif change == "empty English label":
        terms[1]["en"] = "  "
    elif change == "misspelt key":
        terms[0]["nte_en"] = "typo"
    elif change == "group that is a label":
        terms[0]["group"] = "Warm colours"
    elif change == "empty group":
        terms[0]["group"] = ""
    elif change == "group that is not a string":
        terms[0]["group"] = ["warm"]  # type: ignore[assignment]
    elif change == "name differs from the file":
        data["vocabulary"] = "colors"
    elif change == "no terms":
        data["terms"] = []
    elif change == "no description":
        del data["description"]
    return data


@pytest.mark.parametrize(
    "change",
    [
        "upper-case code",
        "code with a space",
        "code with a trailing hyphen",
        "duplicate code",
        "no Russian label",
        "no Kyrgyz label",
        "empty English label",
        "misspelt key",
        "group that is a label",
        "empty group",
        "group that is not a string",
        "name differs from the file",
        "no terms",
        "no description",
    ],
)
def test_a_malformed_vocabulary_is_refused_with_the_file_named(tmp_path: Path, change: str) -> None:
    path = write_vocabulary(tmp_path, "colours", broken(change))
    with pytest.raises(BrokenVocabulary) as caught:
        load_file(path)
    assert caught.value.path == path
    assert str(path) in str(caught.value)


def test_a_file_that_is_not_json_is_refused_with_the_file_and_line_named(tmp_path: Path) -> None:
    path = write_vocabulary(tmp_path, "colours", '{\n  "vocabulary": "colours",\n  oops\n}')
    with pytest.raises(BrokenVocabulary) as caught:
        load_file(path)
    assert str(path) in str(caught.value)
    assert "line 3" in str(caught.value)


def test_a_broken_term_is_named_by_position_and_code(tmp_path: Path) -> None:
    path = write_vocabulary(tmp_path, "colours", broken("no Russian label"))
    with pytest.raises(BrokenVocabulary, match=r"term 1 \('red'\).*ru"):
        load_file(path)


def test_a_malformed_group_is_refused_naming_the_term_and_the_key(tmp_path: Path) -> None:
    path = write_vocabulary(tmp_path, "colours", broken("group that is a label"))
    with pytest.raises(BrokenVocabulary, match=r"term 1 \('red'\): 'group' must be") as caught:
        load_file(path)
    assert caught.value.path == path


@pytest.fixture
def shipped_from(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point the shipped-vocabulary loader at `tmp_path`, with fresh caches before and after."""
    monkeypatch.setattr(vocabularies, "resource_path", lambda *parts: tmp_path.joinpath(*parts[1:]))
    vocabularies._shipped_names.cache_clear()
    vocabularies._load_shipped.cache_clear()
    yield tmp_path
    vocabularies._shipped_names.cache_clear()
    vocabularies._load_shipped.cache_clear()


def test_a_broken_shipped_file_is_refused_by_load(shipped_from: Path) -> None:
    write_vocabulary(shipped_from, "colours", broken("duplicate code"))
    assert names() == ("colours",)
    with pytest.raises(BrokenVocabulary, match=r"colours\.json"):
        load("colours")
