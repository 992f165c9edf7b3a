"""The theme's colour tables: every tone readable (WCAG 4.5:1) on what it is drawn on, in both themes.

Only QColor (a plain value type) is used here, so no QApplication is needed; the GUI tests
check the same colours as real widgets draw them (tests/gui/test_theme.py).
"""

from __future__ import annotations

import pytest

from ballotdesk.ui.tones import (
    DARK_FOREGROUNDS,
    DARK_TINTS,
    LIGHT_BADGE_TEXT,
    LIGHT_FOREGROUNDS,
    LIGHT_TINTS,
    MINIMUM_CONTRAST,
    Tone,
    contrast_ratio,
    readable,
)

# Window, Base and AlternateBase colours of common light and dark themes (Fusion, Breeze, Adwaita,
# Windows 11, macOS), plus the extremes: a tone must read on all of its theme's backgrounds.
LIGHT_BACKGROUNDS = ("#ffffff", "#fcfcfc", "#f7f7f7", "#f0f0f0", "#efefef", "#eff0f1", "#e6e6e6", "#dcdcdc")
DARK_BACKGROUNDS = ("#000000", "#1e1e1e", "#202124", "#232629", "#2b2c30", "#2d2d2d", "#303030", "#353535",
                    "#3c3c3c")


def test_contrast_ratio_matches_wcag_reference_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21.0)  # order does not matter
    assert contrast_ratio("#3a7bd5", "#3a7bd5") == pytest.approx(1.0)
    # The well-known pair at the AA boundary: #767676 passes on white, #777777 just fails.
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#777777", "#ffffff") < MINIMUM_CONTRAST
    assert contrast_ratio("#ff0000", "#ffffff") == pytest.approx(4.0, abs=0.01)


def test_both_themes_define_every_tone():
    for table in (LIGHT_FOREGROUNDS, DARK_FOREGROUNDS, LIGHT_TINTS, DARK_TINTS):
        assert set(table) == set(Tone)


@pytest.mark.parametrize(("table", "backgrounds"), [(LIGHT_FOREGROUNDS, LIGHT_BACKGROUNDS),
                                                    (DARK_FOREGROUNDS, DARK_BACKGROUNDS)], ids=["light", "dark"])
def test_every_foreground_reads_on_its_themes_windows_and_lists(table, backgrounds):
    low = [(tone.value, colour, bg, round(contrast_ratio(colour, bg), 2))
           for tone, colour in table.items() for bg in backgrounds
           if contrast_ratio(colour, bg) < MINIMUM_CONTRAST]
    assert low == []


@pytest.mark.parametrize("tints", [LIGHT_TINTS, DARK_TINTS], ids=["light", "dark"])
def test_every_tint_has_readable_text_and_a_visible_border(tints):
    for tone, tint in tints.items():
        assert contrast_ratio(tint.text, tint.background) >= MINIMUM_CONTRAST, tone
        assert contrast_ratio(tint.border, tint.background) >= 3.0, tone  # WCAG 1.4.11, non-text contrast


def test_tints_are_pale_in_the_light_theme_and_deep_in_the_dark_one():
    """A pale panel in a dark window glares (and a deep one in a light window looks like an error)."""
    for tone in Tone:
        assert contrast_ratio(LIGHT_TINTS[tone].background, "#ffffff") < 1.4, tone
        assert contrast_ratio(DARK_TINTS[tone].background, "#000000") < 2.2, tone


def test_badges_read_in_both_themes():
    for tone in Tone:
        assert contrast_ratio(LIGHT_BADGE_TEXT, LIGHT_FOREGROUNDS[tone]) >= MINIMUM_CONTRAST, tone
        assert contrast_ratio(DARK_TINTS[tone].background, DARK_FOREGROUNDS[tone]) >= MINIMUM_CONTRAST, tone


def test_readable_leaves_a_good_colour_alone_and_mends_a_poor_one():
    assert readable("#a40000", "#ffffff").name() == "#a40000"
    for colour, background in (("#a40000", "#202124"), ("#8fd694", "#ffffff"), ("#ff8a80", "#4a4a4a"),
                               ("#777777", "#808080")):
        mended = readable(colour, background)
        assert contrast_ratio(mended, background) >= MINIMUM_CONTRAST, (colour, background)
    # It moves towards the contrasting end: lighter on a dark window, darker on a light one.
    assert readable("#a40000", "#202124").lightness() > 100
    assert readable("#8fd694", "#ffffff").lightness() < 120
