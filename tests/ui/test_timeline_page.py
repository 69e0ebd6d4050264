"""The timeline page as a user meets it: marks where their dates fall, filters, the list in step
with the chart, zooming and panning, lanes by person, and nothing left behind on lock."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QEvent, QIODevice, QPoint, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QWheelEvent
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication, QToolTip

from notebook import Notebook, dates
from notebook.model import Evidence, Incident, Interview, Participant, Threat
from notebook.timeline import MarkFilter
from tests.ui.witness import witness_case
from ui import timeline_layout as geometry
from ui.main_window import WINDOW_TITLE, MainWindow
from ui.models import RecordIdRole
from ui.session import Session
from ui.timeline_content import BY_PERSON
from ui.timeline_page import TimelinePage
from ui.timeline_paint import PAPER

DAY = geometry.MINUTES_PER_DAY
HOUR = geometry.MINUTES_PER_HOUR
YEAR = geometry.MINUTES_PER_YEAR
ALL = {
    "pressure", "rumours", "summons", "search", "photo", "call", "detention", "beating",
    "interview", "undated",
}  # fmt: skip
DATED = ALL - {"undated"}


@dataclass(frozen=True)
class Built:
    notebook: Notebook
    case_id: str
    ids: dict[str, str]  # short names of the records (and people) to their ids

    def keys(self, record_ids: Iterable[str]) -> set[str]:
        names = {record_id: key for key, record_id in self.ids.items()}
        return {names[record_id] for record_id in record_ids}


@pytest.fixture
def built(notebook: Notebook) -> Built:
    """A case with a protected witness, and marks dated to the day, month, year, about,
    uncertain, as an interval and not at all."""
    case, bakyt, kamil = witness_case(notebook)
    ids = {"bakyt": bakyt.id, "kamil": kamil.id}

    def add(key: str, record, *tags: str) -> None:
        ids[key] = notebook.add(record).id
        for tag in tags:
            notebook.tag(ids[key], tag)

    victim = Participant(person_id=bakyt.id, role="victim")
    add("pressure", Incident(case_id=case.id, title="Pressure", type="intimidation", date="2018"))
    add("rumours", Incident(case_id=case.id, title="Rumours", type="smear-campaign", date="2019~"))
    add(
        "summons",
        Incident(
            case_id=case.id,
            title="Summons",
            type="interrogation",
            date="2019-06",
            fact_status="disputed",
        ),
    )
    add(
        "search",
        Incident(
            case_id=case.id,
            title="Search",
            type="raid-or-search",
            date="2019-06-10",
            people=(victim,),
            fact_status="undisputed",
        ),
        "raid",
    )
    add(
        "photo",
        Evidence(case_id=case.id, title="Photo", evidence_kind="photo", acquired_on="2019-06-11"),
    )
    add(
        "call",
        Threat(
            case_id=case.id,
            title="Call",
            type="death-threat",
            date="2019-06-12",
            risk="high",
            perpetrator_id=kamil.id,
        ),
        "escalation",
    )
    add(
        "detention",
        Incident(
            case_id=case.id, title="Detention", type="detention", date="2019-07-01/2019-07-15"
        ),
    )
    add(
        "beating",
        Incident(
            case_id=case.id,
            title="Beating of Bakyt Osmonov",
            type="assault",
            date="2020-02?",
            people=(victim, Participant(person_id=kamil.id, role="witness")),
        ),
        "escalation",
    )
    add(
        "interview",
        Interview(case_id=case.id, interviewee_id=bakyt.id, title="Talk", date="2020-06-01"),
    )
    add("undated", Incident(case_id=case.id, title="Old grudge", type="harassment"))
    return Built(notebook, case.id, ids)


@pytest.fixture
def page(qtbot, built: Built) -> Iterator[TimelinePage]:
    session = Session()
    session.adopt(built.notebook)
    shown = TimelinePage(session, "en")
    qtbot.addWidget(shown)
    shown.resize(1400, 700)
    shown.show()
    shown.show_case(built.case_id, "en")
    yield shown
    session.lock()


def minute(edtf: str) -> int:
    """The first minute a date can mean, counted as the timeline counts."""
    return dates.sort_bounds(dates.parse(edtf))[0]


def shown_ids(page: TimelinePage) -> set[str]:
    return {mark.record_id for mark in page.canvas.content.marks}


def listed_ids(page: TimelinePage) -> list[str]:
    return [page.model.index(row, 0).data(RecordIdRole) for row in range(page.model.rowCount())]


def chosen_rows(page: TimelinePage) -> list[str]:
    return sorted(index.data(RecordIdRole) for index in page.list.selectionModel().selectedRows())


def row_of(page: TimelinePage, record_id: str) -> int:
    return listed_ids(page).index(record_id)


def x_of(page: TimelinePage, moment: float) -> float:
    """Where a minute is drawn, in the canvas's own x."""
    view = page.canvas.view
    return page.canvas.frame().plot_left + (moment - view.first_minute) / view.minutes_per_px


def point_on(page: TimelinePage, record_id: str, *, lane_row: int = 0) -> QPoint:
    """The middle of a mark as drawn (in its first lane, or the one asked for)."""
    canvas = page.canvas
    x0, x1 = canvas.spans_on_screen(record_id)[lane_row]
    frame = canvas.frame()
    x = min(max((x0 + x1) / 2, frame.plot_left + 1), frame.plot_left + frame.plot_width - 1)
    hits = [
        y
        for y in range(int(frame.lanes.top()), int(frame.lanes.bottom()))
        if canvas.record_at(QPointF(x, y)) == record_id
    ]
    assert hits, "the mark is not on screen"
    runs: list[list[int]] = []
    for y in hits:
        if runs and y == runs[-1][-1] + 1:
            runs[-1].append(y)
        else:
            runs.append([y])
    run = runs[min(lane_row, len(runs) - 1)]
    return QPoint(round(x), run[len(run) // 2])


def minute_under(page: TimelinePage, x: float) -> float:
    view = page.canvas.view
    return view.first_minute + (x - page.canvas.frame().plot_left) * view.minutes_per_px


def wheel(page: TimelinePage, at: QPointF, notches: float) -> None:
    canvas = page.canvas
    event = QWheelEvent(
        at,
        QPointF(canvas.mapToGlobal(at.toPoint())),
        QPoint(0, 0),
        QPoint(0, round(120 * notches)),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(canvas, event)


# -- where marks are drawn ------------------------------------------------------------------


@pytest.mark.parametrize(
    "window", [12 * HOUR, 180 * DAY, 8 * YEAR], ids=["hours", "months", "years"]
)
def test_a_day_is_1440_minutes_wide_and_starts_on_its_date_at_every_zoom(page, built, window):
    canvas = page.canvas
    first = minute("2019-06-10") + 6 * HOUR - window / 2
    canvas.zoom_to(first, first + window)
    minutes_per_px = window / canvas.frame().plot_width
    assert canvas.view.minutes_per_px == pytest.approx(minutes_per_px)
    [(left, right)] = canvas.spans_on_screen(built.ids["search"])
    assert right - left == pytest.approx(DAY / minutes_per_px)
    assert left == pytest.approx(
        canvas.frame().plot_left + (minute("2019-06-10") - first) / minutes_per_px
    )


@pytest.mark.parametrize(
    ("key", "first_day", "day_after"),
    [
        ("summons", "2019-06-01", "2019-07-01"),
        ("detention", "2019-07-01", "2019-07-16"),
        ("pressure", "2018-01-01", "2019-01-01"),
        ("beating", "2020-02-01", "2020-03-01"),
    ],
)
def test_a_month_a_year_or_an_interval_spans_all_the_time_it_could_mean(
    page, built, key, first_day, day_after
):
    page.canvas.zoom_to(minute("2017-11"), minute("2020-05"))
    [(left, right)] = page.canvas.spans_on_screen(built.ids[key])
    assert left == pytest.approx(x_of(page, minute(first_day)))
    assert right == pytest.approx(x_of(page, minute(day_after)))


def test_undated_marks_wait_in_the_tray_and_are_never_put_on_the_axis(qtbot, page, built):
    canvas = page.canvas
    undated = built.ids["undated"]
    for first in (minute("2019-06-10"), minute("2030")):
        canvas.zoom_to(first, first + 30 * DAY)
        assert canvas.spans_on_screen(undated) == []
        assert undated in canvas.record_ids_on_screen()
    assert all(item.mark.start is not None for item in canvas.layout_now().placed)
    chips = canvas.painter.tray_chips(canvas.frame(), canvas.content)
    [chip] = [chip for chip in chips if chip.mark and chip.mark.record_id == undated]
    centre = canvas.painter.chip_box(canvas.frame(), chip).center().toPoint()
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=centre)
    assert chosen_rows(page) == [undated]


def test_the_list_holds_every_mark_by_date_with_its_type_risk_and_status(page, built):
    assert listed_ids(page) == [
        built.ids[key]
        for key in (
            "pressure", "rumours", "summons", "search", "photo", "call", "detention",
            "beating", "interview", "undated",
        )
    ]  # fmt: skip
    headers = [
        page.model.headerData(column, Qt.Orientation.Horizontal)
        for column in range(page.model.columnCount())
    ]
    row = row_of(page, built.ids["call"])
    cells = {header: page.model.index(row, column).data() for column, header in enumerate(headers)}
    assert cells == {
        "Date": "12 June 2019",
        "Title": "Call",
        "What": "Death threat",
        "Risk": "High",
        "Status": "Unsure",
    }


# -- filters --------------------------------------------------------------------------------

FILTERS: list[tuple[str, Callable[[Built], MarkFilter], set[str], str]] = [
    ("group", lambda b: MarkFilter(groups=frozenset({"violence"})), {"beating"}, "types: Violence"),
    (
        "type",
        lambda b: MarkFilter(types=frozenset({"death-threat"})),
        {"call"},
        "types: Death threat",
    ),
    (
        "person",
        lambda b: MarkFilter(people=frozenset({b.ids["bakyt"]})),
        {"search", "beating", "interview"},
        "people: Bakyt Osmonov",
    ),
    (
        "tag",
        lambda b: MarkFilter(tags=frozenset({"escalation"})),
        {"call", "beating"},
        "tags: escalation",
    ),
    (
        "status",
        lambda b: MarkFilter(statuses=frozenset({"disputed"})),
        {"summons"},
        "fact status: Disputed",
    ),
    (
        "dates",
        lambda b: MarkFilter(start="2020", end=""),
        {"beating", "interview"},
        "dates: 2020 to …",
    ),
]


@pytest.mark.parametrize(
    ("what", "make", "expected", "described"), FILTERS, ids=[f[0] for f in FILTERS]
)
def test_a_filter_shows_only_its_marks_in_chart_and_list_and_says_so(
    page, built, what, make, expected, described
):
    page.set_filter(make(built))
    assert built.keys(shown_ids(page)) == expected
    assert built.keys(listed_ids(page)) == expected
    summary = page.summary.text()
    assert f"Showing {len(expected)} of {len(ALL)}" in summary
    assert described in summary
    assert page.clear_button.isEnabled()
    page.clear_button.click()
    assert built.keys(listed_ids(page)) == ALL
    assert page.summary.text() == f"Showing {len(ALL)} of {len(ALL)} · no filter"
    assert not page.clear_button.isEnabled()


MENU_CHOICES = [
    ("types_menu", ("group", "violence"), {"beating"}),
    ("types_menu", ("type", "death-threat"), {"call"}),
    ("people_menu", ("person", "kamil"), {"call", "beating"}),
    ("tags_menu", ("tag", "raid"), {"search"}),
    ("status_menu", ("status", "undisputed"), {"search"}),
]


@pytest.mark.parametrize(
    ("menu", "choice", "expected"), MENU_CHOICES, ids=[choice[0] for _, choice, _ in MENU_CHOICES]
)
def test_ticking_a_menu_choice_filters_and_unticking_it_shows_all_again(
    page, built, menu, choice, expected
):
    what, code = choice
    code = built.ids[code] if what == "person" else code
    [action] = [action for action in getattr(page, menu).actions() if action.data() == (what, code)]
    action.setChecked(True)
    assert built.keys(shown_ids(page)) == expected == built.keys(listed_ids(page))
    assert f"Showing {len(expected)} of {len(ALL)}" in page.summary.text()
    action.setChecked(False)
    assert built.keys(shown_ids(page)) == ALL


def test_set_filter_ticks_the_menu_choices_and_clearing_unticks_them(page, built):
    page.set_filter(
        MarkFilter(tags=frozenset({"escalation"}), people=frozenset({built.ids["kamil"]}))
    )
    ticked = {
        action.data()
        for menu in (page.types_menu, page.people_menu, page.tags_menu, page.status_menu)
        for action in menu.actions()
        if action.isChecked()
    }
    assert ticked == {("tag", "escalation"), ("person", built.ids["kamil"])}
    assert built.keys(shown_ids(page)) == {"call", "beating"}
    page.clear_filters()
    assert not any(
        action.isChecked()
        for menu in (page.types_menu, page.people_menu, page.tags_menu, page.status_menu)
        for action in menu.actions()
    )


def test_dates_typed_in_the_fields_filter_by_all_the_time_they_could_mean(qtbot, page, built):
    qtbot.keyClicks(page.start_field, "June 2019")
    qtbot.keyClick(page.start_field, Qt.Key.Key_Return)
    page.end_field.setText("July 2019")
    page.end_field.editingFinished.emit()
    assert (page.mark_filter.start, page.mark_filter.end) == ("2019-06", "2019-07")
    # "about 2019" may well be in June; the undated one may be anywhere, so it is left out.
    expected = {"rumours", "summons", "search", "photo", "call", "detention"}
    assert built.keys(shown_ids(page)) == expected == built.keys(listed_ids(page))
    assert "dates: June 2019 to July 2019" in page.summary.text()


def test_a_date_that_cannot_be_read_is_said_and_changes_nothing_else(qtbot, page, built):
    page.set_filter(MarkFilter(tags=frozenset({"escalation"})))
    before = (page.mark_filter, shown_ids(page), listed_ids(page))
    qtbot.keyClicks(page.start_field, "Junetember")
    qtbot.keyClick(page.start_field, Qt.Key.Key_Return)
    assert page.summary.text().startswith("That date was not understood")
    assert (page.mark_filter, shown_ids(page), listed_ids(page)) == before
    assert page.start_field.text() == "Junetember"
    page.clear_button.click()
    assert page.start_field.text() == ""
    assert built.keys(shown_ids(page)) == ALL
    assert not page.summary.text().startswith("That date")


def test_a_range_that_ends_before_it_starts_is_refused(page, built):
    page.start_field.setText("2020")
    page.end_field.setText("2019")
    page.apply()
    assert page.summary.text().startswith("That date range does not work")
    assert page.mark_filter.is_clear
    assert built.keys(shown_ids(page)) == ALL


# -- the list and the chart in step ---------------------------------------------------------


def test_choosing_a_row_chooses_its_mark_and_brings_it_into_view(page, built):
    canvas = page.canvas
    canvas.zoom_to(minute("2021-03-01"), minute("2021-03-02"))
    search = built.ids["search"]
    assert search not in canvas.record_ids_on_screen()
    page.list.selectRow(row_of(page, search))
    assert canvas.selected == {search}
    assert search in canvas.record_ids_on_screen()


def test_clicking_a_mark_chooses_its_row_and_clicking_nothing_chooses_nothing(qtbot, page, built):
    summons = built.ids["summons"]
    page.canvas.zoom_to(minute("2019-05-20"), minute("2019-07-20"))
    qtbot.mouseClick(page.canvas, Qt.MouseButton.LeftButton, pos=point_on(page, summons))
    assert page.canvas.selected == {summons}
    assert chosen_rows(page) == [summons]
    nowhere = QPoint(round(x_of(page, minute("2019-05-22"))), point_on(page, summons).y())
    qtbot.mouseClick(page.canvas, Qt.MouseButton.LeftButton, pos=nowhere)
    assert page.canvas.selected == frozenset()
    assert chosen_rows(page) == []


def test_a_double_click_on_a_mark_or_its_row_opens_its_record(qtbot, page, built):
    search = built.ids["search"]
    page.canvas.zoom_to(minute("2019-06-09"), minute("2019-06-12"))
    with qtbot.waitSignal(page.record_activated, timeout=1000) as opened:
        qtbot.mouseDClick(page.canvas, Qt.MouseButton.LeftButton, pos=point_on(page, search))
    assert opened.args == [search]
    cell = page.list.visualRect(page.model.index(row_of(page, built.ids["call"]), 0)).center()
    qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    with qtbot.waitSignal(page.record_activated, timeout=1000) as opened:
        qtbot.mouseDClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert opened.args == [built.ids["call"]]


def test_enter_opens_the_chosen_mark_and_does_nothing_when_none_is_chosen(qtbot, page, built):
    opened = []
    page.record_activated.connect(opened.append)
    qtbot.keyClick(page.canvas, Qt.Key.Key_Return)
    assert opened == []
    page.list.selectRow(row_of(page, built.ids["detention"]))
    qtbot.keyClick(page.canvas, Qt.Key.Key_Return)
    assert opened == [built.ids["detention"]]


# -- zooming and panning --------------------------------------------------------------------


@pytest.mark.parametrize("notches", [1, -2])
def test_the_wheel_zooms_about_the_moment_under_the_pointer(page, notches):
    canvas = page.canvas
    at = QPointF(canvas.frame().plot_left + 250, 200)
    before_zoom = canvas.view.minutes_per_px
    before_minute = minute_under(page, at.x())
    wheel(page, at, notches)
    assert canvas.view.minutes_per_px == pytest.approx(before_zoom / 1.25**notches)
    assert minute_under(page, at.x()) == pytest.approx(before_minute, abs=1)


def test_plus_and_minus_zoom_one_step_about_the_middle(qtbot, page):
    canvas = page.canvas
    middle = canvas.frame().plot_left + canvas.frame().plot_width / 2
    zoom, centre = canvas.view.minutes_per_px, minute_under(page, middle)
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.view.minutes_per_px == pytest.approx(zoom / 1.25)
    assert minute_under(page, middle) == pytest.approx(centre, abs=1)
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    assert canvas.view.minutes_per_px == pytest.approx(zoom * 1.25)


@pytest.mark.parametrize("key", [Qt.Key.Key_Home, Qt.Key.Key_0])
def test_home_fits_every_dated_mark_on_screen(qtbot, page, built, key):
    canvas = page.canvas
    canvas.zoom_to(minute("2021-03-01"), minute("2021-03-01") + 8 * HOUR)
    assert built.keys(canvas.record_ids_on_screen()) == {"undated"}
    qtbot.keyClick(canvas, key)
    assert built.keys(canvas.record_ids_on_screen()) == ALL
    frame = canvas.frame()
    for key_ in DATED:
        [(left, right)] = canvas.spans_on_screen(built.ids[key_])
        assert frame.plot_left <= left and right <= frame.plot_left + frame.plot_width


def test_dragging_pans_the_view_and_chooses_nothing(qtbot, page):
    canvas = page.canvas
    zoom, first = canvas.view.minutes_per_px, canvas.view.first_minute
    start, end = QPoint(500, 160), QPoint(620, 200)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(canvas, QPoint(540, 170))
    qtbot.mouseMove(canvas, end)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)
    assert canvas.view.minutes_per_px == zoom
    assert canvas.view.first_minute == pytest.approx(first - 120 * zoom)
    assert canvas.selected == frozenset()


def test_zooming_stops_at_six_hours_and_at_sixty_years_across(qtbot, page):
    canvas = page.canvas
    width = canvas.frame().plot_width
    for _ in range(60):
        qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.view.minutes_per_px * width == pytest.approx(geometry.NARROWEST_SPAN_MINUTES)
    canvas.zoom_by(1e-9)
    assert canvas.view.minutes_per_px * width == pytest.approx(geometry.WIDEST_SPAN_MINUTES)
    canvas.zoom_to(minute("2019-06-10"), minute("2019-06-10") + 1)
    assert canvas.view.minutes_per_px * width == pytest.approx(geometry.NARROWEST_SPAN_MINUTES)


# -- lanes ----------------------------------------------------------------------------------


def test_lanes_by_person_put_a_mark_in_the_lane_of_each_person_it_names(page, built):
    page.lanes.setCurrentIndex(page.lanes.findData(BY_PERSON))
    canvas = page.canvas
    assert [lane.title for lane in canvas.content.lanes] == [
        "Bakyt Osmonov",
        "Kamil Ruziev",
        "No one named",
    ]

    def lanes_of(key: str) -> list[int]:
        return sorted(item.lane for item in canvas.layout_now().places_of(built.ids[key]))

    assert lanes_of("beating") == [0, 1]
    assert lanes_of("search") == lanes_of("interview") == [0]
    assert lanes_of("call") == [1]
    assert lanes_of("photo") == lanes_of("pressure") == [2]
    assert len(canvas.spans_on_screen(built.ids["beating"])) == 2
    first, second = (
        point_on(page, built.ids["beating"]),
        point_on(page, built.ids["beating"], lane_row=1),
    )
    assert first.y() < second.y()


def test_a_people_filter_leaves_only_those_peoples_lanes(page, built):
    page.lanes.setCurrentIndex(page.lanes.findData(BY_PERSON))
    page.set_filter(MarkFilter(people=frozenset({built.ids["kamil"]})))
    assert [lane.title for lane in page.canvas.content.lanes] == ["Kamil Ruziev"]
    assert built.keys(page.canvas.record_ids_on_screen()) == {"call", "beating"}


# -- drawing --------------------------------------------------------------------------------


def drawn_text(page: TimelinePage, selected: set[str]) -> str:
    """The canvas as it would be painted now, as SVG (its words are left as text)."""
    canvas = page.canvas
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(canvas.width(), canvas.height()))
    painter = QPainter(generator)
    canvas.painter.paint(
        painter,
        canvas.frame(),
        canvas.content,
        canvas.layout_now(),
        canvas.view,
        selected=frozenset(selected),
    )
    painter.end()
    return bytes(buffer.data()).decode()


@pytest.mark.parametrize("key", ["summons", "search", "call"])
def test_choosing_a_mark_never_cuts_its_label_short(page, built, key):
    page.canvas.zoom_to(minute("2019-05-25"), minute("2019-07-20"))
    labels = [">Summons<", ">Search<", ">Call<", ">Detention<"]
    assert all(label in drawn_text(page, set()) for label in labels)
    drawn = drawn_text(page, {built.ids[key]})
    assert all(label in drawn for label in labels)


def ink_between(page: TimelinePage, left: float, right: float) -> bool:
    """Whether anything is drawn in the row of year names between two x."""
    image = page.canvas.grab().toImage()
    top = page.canvas.frame().axis.top()
    paper = QColor(PAPER).rgb()
    return any(
        image.pixel(x, y) != paper
        for x in range(int(left) + 1, int(right) - 1)
        for y in range(int(top) + 3, int(top) + 18)
    )


def test_the_year_under_way_at_the_left_edge_is_named_only_where_its_name_fits(page):
    canvas = page.canvas
    frame = canvas.frame()
    minutes_per_px = 4 * YEAR / frame.plot_width
    # 2018 begins 12 px into the plot: no room for "2017" before it, and no half of it.
    canvas.zoom_to(
        minute("2018") - 12 * minutes_per_px,
        minute("2018") - 12 * minutes_per_px + 4 * YEAR,
    )
    assert not ink_between(page, frame.plot_left, x_of(page, minute("2018")))
    # 2018 begins 200 px in: "2017" is named at the left edge.
    canvas.pan_by(-188)
    assert ink_between(page, frame.plot_left, frame.plot_left + 60)


# -- in the window --------------------------------------------------------------------------


def window_for(qtbot, session: Session, tmp_path: Path) -> MainWindow:
    window = MainWindow(session, default_folder=tmp_path / "new.casenotebook")
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_timeline_section_shows_the_page_and_locking_empties_it(qtbot, tmp_path, built):
    session = Session()
    window = window_for(qtbot, session, tmp_path)
    session.adopt(built.notebook)
    timeline = window.workspace.timeline
    assert window.workspace.views.currentWidget() is timeline
    assert built.keys(listed_ids(timeline)) == ALL
    assert built.keys(timeline.canvas.record_ids_on_screen()) == ALL
    timeline.list.selectRow(0)
    window.lock_action.trigger()
    assert timeline.model.rowCount() == 0
    assert timeline.canvas.content.marks == []
    assert timeline.canvas.record_ids_on_screen() == set()
    assert timeline.canvas.selected == frozenset()
    menus = (timeline.types_menu, timeline.people_menu, timeline.tags_menu, timeline.status_menu)
    assert [action for menu in menus for action in menu.actions()] == []
    assert timeline.summary.text() == ""


def test_the_tooltip_may_name_people_but_the_window_title_names_nothing(qtbot, tmp_path, built):
    session = Session()
    window = window_for(qtbot, session, tmp_path)
    session.adopt(built.notebook)
    timeline = window.workspace.timeline
    beating = built.ids["beating"]
    timeline.list.selectRow(row_of(timeline, beating))
    at = point_on(timeline, beating)
    canvas = timeline.canvas
    QApplication.sendEvent(canvas, QHelpEvent(QEvent.Type.ToolTip, at, canvas.mapToGlobal(at)))
    assert QToolTip.text().splitlines()[:2] == [
        "Beating of Bakyt Osmonov",
        "February 2020 (uncertain)",
    ]
    QToolTip.hideText()
    assert window.windowTitle().replace("[*]", "") == WINDOW_TITLE


def test_a_chosen_date_range_is_shown_in_words_and_reads_back_the_same(page):
    page.set_filter(MarkFilter(start="2019-06", end="2020~"))
    assert page.start_field.text() == "June 2019"
    assert page.end_field.text() == "about 2020"
    page.apply()
    assert (page.mark_filter.start, page.mark_filter.end) == ("2019-06", "2020~")
