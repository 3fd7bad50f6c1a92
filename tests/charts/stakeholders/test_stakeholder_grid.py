"""The power/interest grid figure: dots where power and interest put them, none on top of another."""

from __future__ import annotations

import io
import itertools

from planner.charts.stakeholder_grid import (
    BAND_COLOURS,
    dot_positions,
    quadrant_at,
    short_name,
    stakeholder_grid_figure,
)
from planner.core.communication.entities import Engagement, Stakeholder
from planner.core.communication.grid import GapBand, Quadrant
from planner.exchange.demo import demo_project


def test_each_dot_lies_in_its_cell_and_no_two_coincide():
    people = list(demo_project().stakeholders.values())
    people.append(Stakeholder(11, "Eva Extra", power=4, interest=5))  # a third in Berger's and Krüger's cell
    places = dot_positions(people)
    for s in people:
        x, y = places[s.id]
        assert abs(x - s.interest) < 0.5 and abs(y - s.power) < 0.5
        assert quadrant_at(x, y).value == quadrant_at(s.interest, s.power).value
    for (a, pa), (b, pb) in itertools.combinations(places.items(), 2):
        assert abs(pa[0] - pb[0]) + abs(pa[1] - pb[1]) >= 0.2, (a, b)


def test_a_click_lands_in_the_quadrant_under_it():
    assert quadrant_at(4.2, 4.8) is Quadrant.MANAGE_CLOSELY
    assert quadrant_at(1.1, 4.8) is Quadrant.KEEP_SATISFIED
    assert quadrant_at(2.6, 1.0) is Quadrant.KEEP_INFORMED
    assert quadrant_at(2.4, 2.4) is Quadrant.MONITOR


def test_the_figure_names_every_stakeholder_and_quadrant_and_colours_dots_by_gap():
    people = [
        Stakeholder(
            1, "Dr. Katrin Vogel", power=5, interest=4, engagement=Engagement.LEADING, wanted=Engagement.LEADING
        ),
        Stakeholder(2, "Helga Schröder", power=3, interest=2, engagement=Engagement.RESISTANT),
    ]
    figure = stakeholder_grid_figure(people, highlight=2, chosen=Quadrant.KEEP_SATISFIED)
    axes = figure.axes[0]
    texts = {t.get_text() for t in axes.texts}
    assert {"Vogel", "Schröder", "Manage closely", "Keep satisfied", "Keep informed", "Monitor"} <= texts
    from matplotlib.colors import to_rgb

    (dots,) = axes.collections  # one scatter of every stakeholder, in ID order
    colours = [tuple(colour[:3]) for colour in dots.get_facecolor()]
    assert colours == [to_rgb(BAND_COLOURS[GapBand.ON_TARGET]), to_rgb(BAND_COLOURS[GapBand.FAR_SHORT])]
    png = io.BytesIO()
    figure.savefig(png, format="png")
    assert png.getvalue().startswith(b"\x89PNG")


def test_long_surnames_are_clipped_to_their_cell():
    assert short_name("Maximiliane Hohenzollern-Sigmaringen") == "Hohenzolle…"
    assert short_name("Nina Wolf") == "Wolf"
