"""The interface's meaningful colours, chosen from the current palette rather than hard-coded.

BallotDesk follows the system's light or dark theme, so a colour that reads well on a white
window (dark red #a40000) is unreadable on a near-black one, and a pale tint behind the
palette's text colour (white, in a dark theme) is unreadable too. Every colour that carries a
meaning is therefore asked for here, by meaning (:class:`Tone`), at the moment it is drawn:

* :func:`foreground` — text in a tone, drawn straight on the palette's Window or Base colour;
* :func:`tint` — a tinted panel with its own background, border and text colour;
* :func:`badge` — a solid label (the "AMENDED" badge), its text on the tone's own colour.

The theme is read from the palette actually in use (its Window colour), because that is what
the colours are drawn on: the system's colour-scheme hint can say "dark" while the style still
paints a light window, and following the hint would then put pale text on white.

Every pair is at least :data:`MINIMUM_CONTRAST` (WCAG 2's 4.5:1 for body text) apart: the
tables are checked by ``tests/unit/test_tones.py``, and :func:`foreground` also checks the
palette's own background at run time and darkens or lightens the colour if an unusual theme
would bring it below the minimum. Colour only ever repeats what the words say.

Widgets that hold a style (:func:`style_text`, :func:`style_tint`, :func:`style_badge`) keep
following the theme: a small helper object re-applies the style when the palette changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

MINIMUM_CONTRAST = 4.5
"""WCAG 2 level AA for normal-size text: every tone meets it against what it is drawn on."""


class Tone(StrEnum):
    """What a colour means (never the only way it is said)."""

    OK = "ok"
    """Done, agreed, may vote, quorum met."""
    PROBLEM = "problem"
    """Refused, failed, differs: something must be put right."""
    WARNING = "warning"
    """Needs attention but is not wrong: may attend but not vote, waiting, a shortfall."""
    INFO = "info"
    """A neutral fact worth noticing: already registered."""
    MUTED = "muted"
    """No longer current: departed, left the roll."""


@dataclass(frozen=True)
class Tint:
    """A tinted panel: background, a stronger border in the same hue, and the text drawn on it."""

    background: str
    border: str
    text: str


# Foregrounds, drawn on the palette's Window or Base colour.
LIGHT_FOREGROUNDS: dict[Tone, str] = {
    Tone.OK: "#1b5e20",
    Tone.PROBLEM: "#a40000",
    Tone.WARNING: "#7a4f00",
    Tone.INFO: "#1f4e8c",
    Tone.MUTED: "#5f5f5f",
}
DARK_FOREGROUNDS: dict[Tone, str] = {
    Tone.OK: "#8fd694",
    Tone.PROBLEM: "#ff8a80",
    Tone.WARNING: "#f4c15d",
    Tone.INFO: "#8ab4f8",
    Tone.MUTED: "#a9adb3",
}

# Tinted panels: their text is drawn on their own background, whatever the palette's text is.
LIGHT_TINTS: dict[Tone, Tint] = {
    Tone.OK: Tint("#d7f2d0", "#1d6b24", "#0b3510"),
    Tone.PROBLEM: Tint("#fad4d4", "#a40000", "#4d0000"),
    Tone.WARNING: Tint("#ffefc2", "#a86b00", "#4a2e00"),
    Tone.INFO: Tint("#dce7f7", "#1f4e8c", "#0d2547"),
    Tone.MUTED: Tint("#ececec", "#5c5c5c", "#1e1e1e"),
}
DARK_TINTS: dict[Tone, Tint] = {
    Tone.OK: Tint("#1d3a22", "#5fbf6a", "#d4f5d6"),
    Tone.PROBLEM: Tint("#4a1c1c", "#ff6e6e", "#ffdad6"),
    Tone.WARNING: Tint("#3d300e", "#d9a23a", "#ffe6a8"),
    Tone.INFO: Tint("#1b2e4a", "#6d9eeb", "#d6e4fb"),
    Tone.MUTED: Tint("#35373b", "#8a8d91", "#e8eaed"),
}

LIGHT_BADGE_TEXT = "#ffffff"
"""A light-theme badge is the tone's (dark) foreground with white text on it."""


# -- contrast -----------------------------------------------------------------------------------------


def _colour(value: QColor | str) -> QColor:
    return value if isinstance(value, QColor) else QColor(value)


def relative_luminance(colour: QColor | str) -> float:
    """WCAG 2's relative luminance: 0 for black, 1 for white (sRGB channels linearised)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    c = _colour(colour)
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF())


def contrast_ratio(first: QColor | str, second: QColor | str) -> float:
    """WCAG 2's contrast ratio of two colours, from 1 (the same) to 21 (black on white); order does not matter."""
    a, b = relative_luminance(first), relative_luminance(second)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


def readable(colour: QColor | str, background: QColor | str, minimum: float = MINIMUM_CONTRAST) -> QColor:
    """``colour`` itself if it meets ``minimum`` on ``background``, else the nearest shade of it that does.

    The shade moves towards black or white (whichever contrasts more with the background), so
    the hue survives as long as possible; black or white always reaches 4.5:1 on any colour.
    """
    fg, bg = _colour(colour), _colour(background)
    if contrast_ratio(fg, bg) >= minimum:
        return QColor(fg)
    black, white = QColor(0, 0, 0), QColor(255, 255, 255)
    target = black if contrast_ratio(black, bg) >= contrast_ratio(white, bg) else white
    steps = 20
    for step in range(1, steps + 1):
        t = step / steps
        mixed = QColor.fromRgbF(fg.redF() + (target.redF() - fg.redF()) * t,
                                fg.greenF() + (target.greenF() - fg.greenF()) * t,
                                fg.blueF() + (target.blueF() - fg.blueF()) * t)
        if contrast_ratio(mixed, bg) >= minimum:
            return mixed
    return target


# -- choosing by theme --------------------------------------------------------------------------------


def current_palette() -> QPalette:
    """The application's palette now (what the window behind a toned widget is painted with)."""
    return QGuiApplication.palette()


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the palette paints a dark window (its Window colour's lightness below the middle)."""
    palette = palette if palette is not None else current_palette()
    window = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)
    return window.lightness() < 128


def foreground(tone: Tone, palette: QPalette | None = None,
               role: QPalette.ColorRole = QPalette.ColorRole.Window) -> QColor:
    """Text in ``tone`` for drawing on the palette's ``role`` colour (Window for labels, Base for lists)."""
    palette = palette if palette is not None else current_palette()
    table = DARK_FOREGROUNDS if is_dark(palette) else LIGHT_FOREGROUNDS
    return readable(table[tone], palette.color(QPalette.ColorGroup.Active, role))


def tint(tone: Tone, palette: QPalette | None = None) -> Tint:
    """The tinted panel for ``tone`` in the palette's theme (pale in a light theme, deep in a dark one)."""
    return (DARK_TINTS if is_dark(palette if palette is not None else current_palette()) else LIGHT_TINTS)[tone]


def badge(tone: Tone, palette: QPalette | None = None) -> Tint:
    """A solid badge: the tone's foreground as background, with white (light) or the deep tint (dark) on it."""
    palette = palette if palette is not None else current_palette()
    if is_dark(palette):
        colour = DARK_FOREGROUNDS[tone]
        return Tint(colour, colour, DARK_TINTS[tone].background)
    colour = LIGHT_FOREGROUNDS[tone]
    return Tint(colour, colour, LIGHT_BADGE_TEXT)


# -- style sheets that follow the theme ----------------------------------------------------------------


def text_css(tone: Tone | None, palette: QPalette | None = None, *, bold: bool = False) -> str:
    """Style-sheet declarations for text in ``tone`` on the window (None: the palette's own text)."""
    parts = [f"color: {foreground(tone, palette).name()};"] if tone is not None else []
    if bold:
        parts.append("font-weight: bold;")
    return " ".join(parts)


def tint_css(tone: Tone, palette: QPalette | None = None, *, border: str = "1px", extra: str = "") -> str:
    """Declarations for a tinted panel: background, text and a ``border``-wide border in the tone."""
    t = tint(tone, palette)
    return (f"background: {t.background}; color: {t.text}; border: {border} solid {t.border}; {extra}").strip()


def badge_css(tone: Tone, palette: QPalette | None = None, *, extra: str = "") -> str:
    """Declarations for a solid badge in ``tone``."""
    b = badge(tone, palette)
    return f"background: {b.background}; color: {b.text}; {extra}".strip()


_WATCHER_NAME = "ballotdesk_palette_watcher"
_FOLLOWER_NAME = "ballotdesk_theme_follower"


class _PaletteWatcher(QObject):
    """Says when the application's palette changes (one per application, its child).

    Widgets with a style sheet receive no PaletteChange of their own when the application
    palette changes (the sheet fixes their palette), so they cannot notice a theme switch
    themselves. The application's ``paletteChanged`` signal is the one notice that reaches
    Python without a filter on every event of the application; it is emitted after the new
    palette is in place, for a system theme switch and for ``QApplication.setPalette`` alike.
    """

    changed = Signal()

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        self.setObjectName(_WATCHER_NAME)
        app.paletteChanged.connect(self.changed)


def _watcher() -> _PaletteWatcher | None:
    """The application's watcher, made on first use (None before a QGuiApplication exists)."""
    app = QCoreApplication.instance()
    if not isinstance(app, QGuiApplication):
        return None
    found = app.findChild(_PaletteWatcher, _WATCHER_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
    return found if isinstance(found, _PaletteWatcher) else _PaletteWatcher(app)


class _ThemeFollower(QObject):
    """Re-applies a widget's toned style sheet when the palette changes (a child of the widget).

    A style sheet is a fixed string, so without this a label styled in a light theme would keep
    its dark-red text after the system switched to dark. Being the widget's child, it goes (and
    its connection with it) when the widget goes; it finds the widget as its parent rather than
    keeping a reference, so it never keeps an unparented dialog alive.
    """

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.setObjectName(_FOLLOWER_NAME)
        self.render: Callable[[QPalette], str] = lambda _palette: ""
        watcher = _watcher()
        if watcher is not None:
            watcher.changed.connect(self.apply)

    @Slot()
    def apply(self) -> None:
        """Set the sheet for the current palette, unless it is already the one shown."""
        widget = self.parent()
        if not isinstance(widget, QWidget):
            return
        sheet = self.render(current_palette())
        if widget.styleSheet() != sheet:
            widget.setStyleSheet(sheet)


def follow_theme(widget: QWidget, render: Callable[[QPalette], str]) -> None:
    """Style ``widget`` with ``render(palette)`` now and again whenever the application palette changes."""
    follower = widget.findChild(_ThemeFollower, _FOLLOWER_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
    if not isinstance(follower, _ThemeFollower):
        follower = _ThemeFollower(widget)
    follower.render = render
    follower.apply()


def style_text(widget: QWidget, tone: Tone | None, *, bold: bool = False) -> None:
    """Colour ``widget``'s text in ``tone`` (None: the palette's text), following the theme."""
    follow_theme(widget, lambda palette: text_css(tone, palette, bold=bold))


def style_tint(widget: QWidget, tone: Tone, *, border: str = "1px", extra: str = "") -> None:
    """Make ``widget`` a tinted panel in ``tone`` (``extra``: padding, radius), following the theme."""
    follow_theme(widget, lambda palette: tint_css(tone, palette, border=border, extra=extra))


def style_badge(widget: QWidget, tone: Tone, *, extra: str = "") -> None:
    """Make ``widget`` a solid badge in ``tone``, following the theme."""
    follow_theme(widget, lambda palette: badge_css(tone, palette, extra=extra))
