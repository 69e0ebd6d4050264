"""Documents in the language the user picks: English, Russian or Kyrgyz wording, dates and
numbers, each profile only in the languages its forum takes, redaction the same in all."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from notebook import datetext
from notebook.errors import InvalidInput
from notebook.export import bundle, chronology, exhibits, profiles, wording
from notebook.export.facts import gather
from notebook.export.profiles import ExportOptions, UnsupportedLanguage, export_document
from notebook.model import (
    Case,
    Consent,
    Evidence,
    Incident,
    Interview,
    Participant,
    Person,
    Threat,
)
from notebook.notebook import Notebook
from notebook.resources import resource_path
from tests.conftest import create_test_notebook
from tests.core.docx_parts import all_text, field_instructions, parts
from tests.core.test_cli import Cli

OTHER_LANGUAGES = ("ru", "ky")
PROTECTED_FORMS = ("Гульнара Осмонова", "Осмонова", "Gulnara Osmonova")
PSEUDONYM = "Свидетель Б"
FILE_BYTES = 1234  # "1,234 bytes"; in Russian the few-form, "1 234 байта"

# The English fixed wording a reader would notice, document by document: none of it may be
# left in a document asked for in another language.
ENGLISH = {
    "common": (
        "Page ",
        "Reference:",
        "Protected people appear under pseudonyms",
        "date unknown",
        "Interview with",
        "Withheld",
        "consent:",
    ),
    "chronology": (
        "Chronology",
        "No.",
        "Event",
        "Place",
        "Actors",
        "Sources",
        "Fact status",
        "Confidentiality",
        "Reading this chronology",
        "Events are listed",
        "Dates are given as recorded",
        "earliest possible date",
        "These interviews are not cited above",
        "Entries marked",
        " of ",
    ),
    "exhibits": (
        "Schedule of exhibits",
        "Exhibit",
        "Description",
        "Date acquired",
        "Source",
        "Acquisition and custody",
        "Reading this schedule",
        "kept elsewhere",
        "no mark",
        "not recorded",
        "How acquired",
        "Custody",
        "intake",
        "export",
        "bytes",
        "fingerprint",
    ),
    "interview": (
        "INTERVIEW RECORD",
        "Transcript",
        "Case reference",
        "Interviewee",
        "Interviewer",
        "Interpreter",
        "Recipients",
        "Given:",
        "none recorded",
        "a pseudonym",
    ),
    "bundle-index": (
        "Evidence bundle",
        "Prepared on",
        "Checking this bundle",
        "This is a BagIt bag",
        "Contents",
        "What it is",
        "Chronology (CSV)",
        "Schedule of exhibits",
        "identifies a protected person",
    ),
}
# Latin words that may stay in any language's wording: names of programs, formats and files.
_LATIN_ALLOWED = re.compile(
    r"\{[a-z_]+\}|SHA-?256|sha256sum|shasum|certutil|-hashfile|-a\b|BagIt|RFC|Ed25519|zip"
    r"|Windows|macOS|Linux|Word|CSV|data/|signature/|tagmanifest\S*|manifest\S*|\S+\.(docx|csv)"
)


# -- fixtures -------------------------------------------------------------------------------------


def add_cyrillic_case(notebook: Notebook, folder: Path) -> dict[str, str]:
    """A case whose records are all in Cyrillic, so that any Latin word in its documents is
    fixed wording: a protected witness (three spellings), a threat, a confidential fact, an
    undated one, a stored file with custody events, an item kept elsewhere, one with no mark,
    an interview that may be shared and one whose consent keeps it out."""
    case = notebook.add(Case(title="Задержание в Бишкеке", reference="ОС-2024-1")).id
    witness = notebook.add(
        Person(
            case_id=case,
            name="Гульнара Осмонова",
            other_names=("Осмонова", "Gulnara Osmonova"),
            protected=True,
            pseudonym=PSEUDONYM,
            contact_notes="Через адвоката.",
        )
    ).id
    victim = notebook.add(Person(case_id=case, name="Азиз Каримов", occupation="правозащитник")).id
    officer = notebook.add(Person(case_id=case, name="Бакыт Токтоев")).id
    seen = notebook.add(
        Incident(
            case_id=case,
            title="Осмонова видела задержание",
            type="detention",
            date="2021-03-14",
            place="Бишкек",
            description="Осмонова видела, как его увели.",
            people=(
                Participant(person_id=victim, role="victim"),
                Participant(person_id=witness, role="witness"),
            ),
            fact_status="disputed",
            confidentiality="confidential",
        )
    ).id
    threat = notebook.add(
        Threat(
            case_id=case,
            title="Угроза по телефону",
            date="2021-02~",
            perpetrator_id=officer,
            risk="high",
            people=(Participant(person_id=victim, role="victim"),),
        )
    ).id
    notebook.add(Incident(case_id=case, title="Обыск в офисе", description="Дата неизвестна."))

    statement = folder / "Осмонова-заявление.txt"
    statement.write_bytes(("Заявление свидетеля. " * 200).encode()[:FILE_BYTES])
    filed = notebook.import_evidence(
        statement,
        Evidence(
            case_id=case,
            title="Заявление: Гульнара Осмонова",
            source="Гульнара Осмонова",
            acquired_on="2021-04-02",
            acquired_how="Передано лично",
            acquired_by="Адвокат",
        ),
        actor="Адвокат",
    ).id
    notebook.record_exports([filed], actor="Адвокат", purpose="суд")
    notebook.record_exports([filed], actor="Адвокат", purpose="суд")
    elsewhere = notebook.add(Evidence(case_id=case, title="Медицинская справка")).id
    unmarked = notebook.add(Evidence(case_id=case, title="Фото офиса")).id
    notebook.update(unmarked, exhibit_ref="")
    for evidence, fact in ((filed, seen), (elsewhere, threat)):
        notebook.link(evidence, fact, "supports")

    shared = notebook.add(
        Interview(
            case_id=case,
            interviewee_id=victim,
            date="2021-05",
            place="Бишкек",
            language="русский",
            consent=Consent(scope="share-anonymised"),
            transcript="В: Что случилось?\nО: Осмонова всё видела.",
            confidentiality="confidential",
        )
    ).id
    notebook.link(shared, seen, "describes")
    withheld = notebook.add(
        Interview(
            case_id=case,
            interviewee_id=witness,
            date="2021-04",
            consent=Consent(scope="record-only"),
            transcript="Осмонова рассказала всё.",
        )
    ).id
    notebook.link(withheld, seen, "describes")
    return {"case": case, "victim": victim, "shared": shared}


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Notebook, dict[str, str]]]:
    notebook = create_test_notebook(tmp_path_factory.mktemp("language") / "case.casenotebook")
    try:
        yield notebook, add_cyrillic_case(notebook, tmp_path_factory.mktemp("files"))
    finally:
        notebook.close()


def document(story, profile: str, language: str, **options: Any) -> bytes:
    notebook, ids = story
    chosen = ExportOptions(language=language, interview_id=ids["shared"], **options)
    return export_document(notebook, ids["case"], profile, chosen)


def visible_text(data: bytes) -> str:
    """What a reader sees: the body, headers and footers, without style names or properties."""
    return "\n".join(
        re.sub(r"<[^>]+>", "", xml.replace("<w:noBreakHyphen/>", "-"))
        for name, xml in parts(data).items()
        if re.fullmatch(r"word/(document|header\d*|footer\d*)\.xml", name)
    )


def english_in(text: str, *sections: str) -> list[str]:
    return [phrase for section in sections for phrase in ENGLISH[section] if phrase in text]


def csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


# -- which profile is made in which language ------------------------------------------------------


def test_each_profile_is_made_in_the_languages_its_forum_takes():
    assert profiles.languages("witness") == ("en",)  # a court of England and Wales
    assert profiles.languages("urgent-appeal") == ("en",)  # the UN: English, French, Spanish
    for profile in ("chronology", "exhibits", "interview"):
        assert profiles.languages(profile) == ("en", "ru", "ky")
    assert bundle.languages() == ("en", "ru", "ky")
    assert bundle.languages("interview") == ("en", "ru", "ky")
    assert bundle.languages("interview", "witness") == ("en",)


def test_the_command_line_offers_exactly_the_document_languages():
    from notebook import cli

    assert cli.DOCUMENT_LANGUAGES == wording.LANGUAGES
    assert set(wording.NAMES) == set(wording.LANGUAGES)


def _strings(value: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], str]]:
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _strings(inner, (*path, key))
    elif isinstance(value, list):
        for number, inner in enumerate(value):
            yield from _strings(inner, (*path, str(number)))
    elif isinstance(value, str):
        yield path, value


def _wording_file(language: str) -> dict[str, Any]:
    path = resource_path("templates", "wording", f"{language}.json")
    return json.loads(path.read_text(encoding="utf-8"))


def _plural_forms(path: tuple[str, ...]) -> bool:
    return path[-1] in ("one", "few", "many", "other")


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_every_language_has_each_english_wording_with_the_same_placeholders(language):
    english = {
        path: text for path, text in _strings(_wording_file("en")) if not _plural_forms(path)
    }
    other = dict(_strings(_wording_file(language)))
    missing = [".".join(path) for path in english if path not in other]
    assert missing == []
    for path, text in english.items():
        if path[0] in ("about", "language"):
            continue
        assert set(re.findall(r"\{\w+\}", other[path])) == set(re.findall(r"\{\w+\}", text)), path


@pytest.mark.parametrize("language", wording.LANGUAGES)
def test_every_counted_wording_has_a_form_for_any_number(language):
    words = wording.for_language(language)
    counted = {path[:-1] for path, _ in _strings(_wording_file("en")) if _plural_forms(path)}
    assert counted  # the sizes of files and the custody counts
    for path in counted:
        forms = words(*path)
        assert "other" in forms, path
        for number in (1, 2, 5, 21, 1234):
            said = words.counted(*path, count=number)
            assert path[-1] == "destroy" or words.number(number) in said, (path, said)


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_no_english_word_is_left_in_the_russian_or_kyrgyz_wording(language):
    left = []
    for path, text in _strings(_wording_file(language)):
        if path[0] in ("about", "language"):
            continue
        latin = re.findall(r"[A-Za-z]{2,}", _LATIN_ALLOWED.sub(" ", text))
        if latin:
            left.append((".".join(path), latin))
    assert left == []


def test_russian_plurals_follow_the_number():
    categories = {
        number: wording.plural_category("ru", number) for number in (1, 2, 5, 11, 21, 22, 112)
    }
    assert categories == {
        1: "one",
        2: "few",
        5: "many",
        11: "many",
        21: "one",
        22: "few",
        112: "many",
    }
    words = wording.for_language("ru")
    assert words.counted("facts", "custody", "counted", "view", count=2) == "2 просмотра"
    assert words.counted("facts", "custody", "counted", "view", count=25) == "25 просмотров"
    assert words.counted("exhibits", "size", count=1234) == "1\u00a0234\u00a0байта"


# -- documents in each language -------------------------------------------------------------------


MADE = [
    (profile, language)
    for profile in ("witness", "chronology", "urgent-appeal", "interview", "exhibits")
    for language in profiles.languages(profile)
]


@pytest.mark.parametrize(("profile", "language"), MADE)
def test_every_profile_is_built_in_every_language_it_is_made_in(story, profile, language):
    data = document(story, profile, language)
    assert field_instructions(data) == ["PAGE", "NUMPAGES"]
    tag = {"en": "en-GB", "ru": "ru-RU", "ky": "ky-KG"}[language]
    assert f'w:lang w:val="{tag}"' in parts(data)["word/styles.xml"]
    footer = "".join(
        re.sub(r"<[^>]+>", "", re.sub(r"<w:instrText[^>]*>[^<]*</w:instrText>", "", xml))
        for name, xml in parts(data).items()
        if "footer" in name
    )
    wanted = {"en": "Page 1 of 1", "ru": "Страница 1 из 1", "ky": "Бет 1 / 1"}[language]
    assert wanted in footer


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
@pytest.mark.parametrize("profile", ["chronology", "exhibits", "interview"])
def test_a_document_in_another_language_has_none_of_the_english_fixed_wording(
    story, profile, language
):
    text = visible_text(document(story, profile, language))
    assert english_in(text, "common", profile) == []


def test_the_english_list_of_fixed_wording_would_find_english(story):
    # The check above must be able to fail: the same lists find the English documents' words.
    for profile in ("chronology", "exhibits", "interview"):
        text = visible_text(document(story, profile, "en"))
        assert len(english_in(text, profile)) >= 5, profile


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_the_csv_files_speak_the_language_asked_for_but_keep_the_edtf_column(story, language):
    notebook, ids = story
    facts = gather(notebook, ids["case"], language=language)
    made = {"chronology": chronology.csv_bytes(facts), "exhibits": exhibits.csv_bytes(facts)}
    for section, data in made.items():
        rows = csv_rows(data)
        assert "date_edtf" in rows[0]
        assert english_in("\n".join(",".join(row) for row in rows), section) == []
    header = csv_rows(chronology.csv_bytes(facts))[0]
    assert header[:3] == [
        wording.for_language(language).text("chronology", "columns", "number"),
        wording.for_language(language).text("chronology", "columns", "date"),
        "date_edtf",
    ]


def test_a_russian_chronology_gives_dates_labels_and_counts_in_russian(story):
    text = visible_text(document(story, "chronology", "ru"))
    assert "14 марта 2021 г." in text
    assert "около февраля 2021 г." in text
    assert "дата неизвестна" in text
    assert "Записи с пометкой КОНФИДЕНЦИАЛЬНО: 1 из 3." in text
    assert "Азиз Каримов (пострадавший)" in text
    assert "Бакыт Токтоев (нарушитель)" in text
    assert "«июнь 2019 г.» — один из дней этого месяца" in text
    assert "Интервью: Азиз Каримов, май 2021 г." in text


def test_a_russian_schedule_writes_sizes_and_custody_in_russian(story):
    text = visible_text(document(story, "exhibits", "ru"))
    assert "1\u00a0234\u00a0байта" in text
    assert "2 экспорта" in text
    assert "(без номера)" in text
    assert "хранится вне блокнота" in text
    english = visible_text(document(story, "exhibits", "en"))
    assert "1,234\u00a0bytes" in english and "2 exports" in english


def test_a_kyrgyz_document_takes_its_dates_from_the_kyrgyz_date_words(story):
    text = visible_text(document(story, "chronology", "ky"))
    assert datetext.describe("2021-03-14", "ky") in text
    assert "Хронология" in text and "Бул хронологияны кантип окуу керек" in text


def test_the_interview_record_in_russian_marks_confidentiality_and_lists_its_particulars(story):
    text = visible_text(document(story, "interview", "ru"))
    assert "[КОНФИДЕНЦИАЛЬНО]" in text
    assert "ПРОТОКОЛ ИНТЕРВЬЮ" in text
    assert "Опрошенное лицо" in text and "Расшифровка" in text


# -- redaction holds whatever the language --------------------------------------------------------


@pytest.mark.parametrize(("profile", "language"), MADE)
def test_no_form_of_a_protected_name_reaches_a_document_in_any_language(story, profile, language):
    data = document(story, profile, language, witness_id=story[1]["victim"])
    text = all_text(data).casefold()
    assert [form for form in PROTECTED_FORMS if form.casefold() in text] == []
    assert PSEUDONYM.casefold() in text


@pytest.mark.parametrize("language", wording.LANGUAGES)
def test_no_form_of_a_protected_name_reaches_the_csv_in_any_language(story, language):
    notebook, ids = story
    facts = gather(notebook, ids["case"], language=language)
    text = (chronology.csv_bytes(facts) + exhibits.csv_bytes(facts)).decode("utf-8-sig")
    assert [form for form in PROTECTED_FORMS if form.casefold() in text.casefold()] == []


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_without_redaction_a_document_in_another_language_says_so_in_that_language(story, language):
    text = visible_text(document(story, "chronology", language, redact=False))
    said = wording.for_language(language).text("chronology", "not_redacted")
    assert said in text and "Гульнара Осмонова" in text


# -- refusals -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("profile", "language"), [("witness", "ru"), ("urgent-appeal", "ky")])
def test_a_profile_asked_for_in_a_language_it_is_not_made_in_is_refused_naming_its_own(
    story, profile, language
):
    with pytest.raises(UnsupportedLanguage) as refused:
        document(story, profile, language)
    assert refused.value.supported == ("en",)
    assert refused.value.field == "language"
    assert "en" in str(refused.value)


def test_a_language_no_document_is_made_in_is_refused(story):
    with pytest.raises(UnsupportedLanguage):
        document(story, "chronology", "fr")
    notebook, ids = story
    with pytest.raises(InvalidInput):
        gather(notebook, ids["case"], language="fr")


def test_facts_gathered_in_one_language_are_not_made_into_a_document_of_another(story):
    notebook, ids = story
    facts = gather(notebook, ids["case"], language="ru")
    with pytest.raises(ValueError, match="gathered in 'ru'"):
        profiles.document_bytes(facts, "chronology", ExportOptions(language="en"))


# -- evidence bundles -----------------------------------------------------------------------------


def _bundle_entry(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as archive:
        (entry,) = [item for item in archive.namelist() if item.endswith(name)]
        return archive.read(entry)


def test_a_russian_bundle_has_a_russian_index_chronology_and_schedule(story, tmp_path):
    notebook, ids = story
    out = tmp_path / "bundle.zip"
    options = bundle.BundleOptions(
        statements=("interview",),
        documents=ExportOptions(language="ru", interview_id=ids["shared"]),
    )
    bundle.build_bundle(notebook, ids["case"], out, options)
    index = visible_text(_bundle_entry(out, "data/index.docx"))
    assert "Пакет доказательств" in index and "Как проверить этот пакет" in index
    assert english_in(index, "common", "bundle-index") == []
    assert "Хронология" in visible_text(_bundle_entry(out, "chronology.docx"))
    assert "ПРОТОКОЛ ИНТЕРВЬЮ" in visible_text(_bundle_entry(out, "statements/interview.docx"))
    header = csv_rows(_bundle_entry(out, "schedule_of_exhibits.csv"))[0]
    assert header[0] == "Приложение"
    text = all_text(_bundle_entry(out, "data/index.docx")).casefold()
    assert [form for form in PROTECTED_FORMS if form.casefold() in text] == []


def test_a_bundle_carrying_a_statement_not_made_in_its_language_is_refused_and_not_written(
    story, tmp_path
):
    notebook, ids = story
    out = tmp_path / "bundle.zip"
    options = bundle.BundleOptions(statements=("witness",), documents=ExportOptions(language="ky"))
    with pytest.raises(UnsupportedLanguage) as refused:
        bundle.build_bundle(notebook, ids["case"], out, options)
    assert refused.value.supported == ("en",)
    assert list(tmp_path.iterdir()) == []


# -- the command line -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def cli(tmp_path_factory: pytest.TempPathFactory) -> tuple[Cli, dict[str, str]]:
    folder = tmp_path_factory.mktemp("cli") / "case.casenotebook"
    with create_test_notebook(folder) as notebook:
        ids = add_cyrillic_case(notebook, tmp_path_factory.mktemp("cli-files"))
    return Cli(folder), ids


def test_the_command_line_writes_a_document_in_the_language_asked_for(cli, tmp_path):
    run, ids = cli
    out = tmp_path / "chronology.docx"
    result = run.ok(
        "--json", "export", "statement", "--case", ids["case"], "--profile", "chronology",
        "--out", str(out), "--language", "ru",
    )  # fmt: skip
    assert result.json()["language"] == "ru"
    text = visible_text(out.read_bytes())
    assert "Как читать эту хронологию" in text
    assert english_in(text, "common", "chronology") == []


def test_the_command_line_writes_the_chronology_csv_in_kyrgyz(cli, tmp_path):
    run, ids = cli
    out = tmp_path / "chronology.csv"
    run.ok("export", "chronology", "--case", ids["case"], "--out", str(out), "--language", "ky")
    assert csv_rows(out.read_bytes())[0][:3] == ["№", "Күнү", "date_edtf"]


def test_the_command_line_is_english_unless_told(cli, tmp_path):
    run, ids = cli
    out = tmp_path / "chronology.csv"
    run.ok("export", "chronology", "--case", ids["case"], "--out", str(out))
    assert csv_rows(out.read_bytes())[0][:3] == ["No.", "Date", "date_edtf"]


@pytest.mark.parametrize(
    "argv",
    [
        ("statement", "--profile", "witness", "--language", "ru", "--out", "x.docx"),
        ("statement", "--profile", "urgent-appeal", "--language", "ky", "--out", "x.docx"),
        ("bundle", "--include", "witness", "--language", "ru", "--out", "x.zip"),
    ],
)
def test_the_command_line_refuses_a_language_a_document_is_not_made_in_and_writes_nothing(
    cli, tmp_path, argv
):
    run, ids = cli
    kind, *rest = argv
    rest = [str(tmp_path / word) if word.startswith("x.") else word for word in rest]
    before = run.state()
    result = run("export", kind, "--case", ids["case"], *rest)
    assert result.code == 1
    assert "--language" in result.err and "made only in en" in result.err
    assert "nothing was written" in result.err
    assert list(tmp_path.iterdir()) == []
    assert run.state() == before


def test_the_command_line_refuses_a_language_it_does_not_know(cli, tmp_path):
    run, ids = cli
    out = tmp_path / "chronology.csv"
    result = run(
        "export", "chronology", "--case", ids["case"], "--out", str(out), "--language", "fr"
    )
    assert result.code == 1 and "--language" in result.err
    assert not out.exists()
