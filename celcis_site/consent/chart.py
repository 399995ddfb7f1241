"""The consent report's bar chart as plain SVG geometry: bars, axes with ticks, and a legend.

Worked out here so the admin needs no chart library and no third party. Each
category has its own colour; accepted bars are filled, rejected bars are
outlined in the same colour (told apart without relying on colour, and with no
hatching, which shimmers when the chart is scaled). The table under the chart
is its text alternative.
"""

import math
from dataclasses import dataclass

# Category colours, in the order the categories are listed (GOV.UK palette, AA against white).
PALETTE = ["#4b2a6b", "#1d70b8", "#00703c", "#b58840", "#d4351c"]
PLOT_HEIGHT = 160
MARGIN_LEFT, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_RIGHT = 44, 28, 12, 8
MAX_X_LABELS = 8
# The chart is drawn this wide (or narrower), so it shows at about its own size and its labels stay legible.
TARGET_WIDTH = 880
MAX_BAR_WIDTH = 10


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    colour: str
    accepted: bool
    label: str


@dataclass(frozen=True)
class Tick:
    position: float
    label: str


@dataclass(frozen=True)
class LegendEntry:
    colour: str
    accepted: bool
    label: str


def _kind(accepted):
    return "accepted" if accepted else "rejected"


def nice_step(peak, ticks=4):
    """A round step (1, 2 or 5 times a power of ten) giving at most `ticks` steps up to `peak`."""
    raw = max(peak / ticks, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    return next(step * magnitude for step in (1, 2, 5, 10) if step * magnitude >= raw)


def bar_chart(days, categories):
    """Grouped bars, oldest day on the left: per category (name, slug), accepted then rejected."""
    ordered = list(reversed(days))
    slots = max(len(ordered), 1) * (2 * len(categories) + 1)
    bar_width = max(min(MAX_BAR_WIDTH, (TARGET_WIDTH - MARGIN_LEFT - MARGIN_RIGHT) / slots), 2)
    peak = max((n for day in ordered for pair in day.counts.values() for n in pair), default=0)
    step = nice_step(peak)
    top = max(step * math.ceil(peak / step), step)
    colours = {slug: PALETTE[index % len(PALETTE)] for index, (_, slug) in enumerate(categories)}
    group_width = bar_width * 2 * len(categories) + bar_width
    bars, x_ticks = [], []
    label_every = max(math.ceil(len(ordered) / MAX_X_LABELS), 1)
    for index, day in enumerate(ordered):
        x = MARGIN_LEFT + index * group_width + bar_width / 2
        if index % label_every == 0:
            x_ticks.append(Tick(x + (group_width - bar_width) / 2, f"{day.day.day} {day.day:%b}"))
        for name, slug in categories:
            for accepted, value in zip((True, False), day.counts[slug], strict=True):
                height = round(value / top * PLOT_HEIGHT, 1)
                bars.append(
                    Bar(
                        x=x,
                        y=MARGIN_TOP + PLOT_HEIGHT - height,
                        width=round(bar_width * 0.8, 1),
                        height=height,
                        colour=colours[slug],
                        accepted=accepted,
                        label=f"{day.day:%d %b}: {value} {_kind(accepted)} {name.lower()}",
                    )
                )
                x += bar_width
    y_ticks = [
        Tick(MARGIN_TOP + PLOT_HEIGHT - value / top * PLOT_HEIGHT, str(value))
        for value in range(0, top + 1, step)
    ]
    legend = [
        LegendEntry(colours[slug], accepted, f"{name} {_kind(accepted)}")
        for name, slug in categories
        for accepted in (True, False)
    ]
    width = MARGIN_LEFT + max(group_width * len(ordered), group_width) + MARGIN_RIGHT
    return {
        "bars": bars,
        "x_ticks": x_ticks,
        "y_ticks": y_ticks,
        "legend": legend,
        "width": width,
        "height": MARGIN_TOP + PLOT_HEIGHT + MARGIN_BOTTOM,
        "axis_left": MARGIN_LEFT,
        "axis_bottom": MARGIN_TOP + PLOT_HEIGHT,
        "axis_right": width - MARGIN_RIGHT,
        "peak": peak,
    }
