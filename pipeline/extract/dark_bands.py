"""Light print on dark bands, turned dark on light before Tesseract reads a scan.

Certificates often set the issuer's name or the event in white on a dark header or footer
band. Binarised, such a band is one black block that Tesseract's layout analysis takes for
a picture, so its words are lost (the issuer with them). Each band found is inverted in
place: its print becomes dark on light, like the rest of the page.
"""

from __future__ import annotations

from typing import Any

# The picture is examined at 1/_STEP of its size (one pixel stands for _STEP × _STEP).
_STEP = 8
# A pixel this dark (0-255) is band, and a row is band where most of its width is.
_DARK = 96
_ROW_SHARE = 0.6
# At 300 dpi, 5 reduced rows are 40 pixels (about 10 pt): a thinner band holds no line of text.
_MIN_ROWS = 5
# Light pixels inside a band: its print. A band without them is a plain band or a margin.
_LIGHT = 160
_MIN_LIGHT_SHARE = 0.01
# The closing's size in reduced pixels: light letters up to about 7 × 8 pixels thick inside
# a band count as band.
_CLOSING = 7


def invert_dark_bands(image: Any) -> Any:
    """The greyscale picture with each wide dark band holding light print inverted."""
    from PIL import Image, ImageFilter, ImageOps

    width, height = image.size
    small = image.resize((max(1, width // _STEP), max(1, height // _STEP)), Image.Resampling.BOX)
    columns, rows = small.size
    pixels = small.load()
    dark_rows = [
        sum(1 for x in range(columns) if pixels[x, y] < _DARK) >= _ROW_SHARE * columns
        for y in range(rows)
    ]
    bands = [(first, last) for first, last in _runs(dark_rows) if last - first + 1 >= _MIN_ROWS]
    if not bands:
        return image
    # The band itself, its light letters included (a closing fills holes up to a few cells),
    # and not the page beside or under it: a photo's dark table top around a tilted sheet
    # shares rows with the sheet, whose dark-on-light print must stay as it is.
    dark = small.point(lambda value: 255 if value < _DARK else 0)
    closed = dark.filter(ImageFilter.MaxFilter(_CLOSING)).filter(ImageFilter.MinFilter(_CLOSING))
    result, inverted = image, ImageOps.invert(image)
    for first, last in bands:
        inside = Image.new("L", small.size, 0)
        inside.paste(closed.crop((0, first, columns, last + 1)), (0, first))
        mask = inside.resize((width, height), Image.Resampling.NEAREST)
        histogram = image.histogram(mask=mask)
        if sum(histogram[_LIGHT:]) < _MIN_LIGHT_SHARE * max(1, sum(histogram)):
            continue  # no print in it: a plain band, a photo's margin, a table top
        result = Image.composite(inverted, result, mask)  # (bands share no rows)
    return result


def _runs(flags: list[bool]) -> list[tuple[int, int]]:
    """(first, last) index of each run of True."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for index, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = index
        elif not flag and start is not None:
            runs.append((start, index - 1))
            start = None
    return runs
