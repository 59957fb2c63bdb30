"""Held-out set 7: completion certificates written as office documents, printed by LibreOffice.

Every certificate is a flat ODF text document (.fodt) assembled here the way people build them in
Writer/Word templates: text frames placed anywhere on the page (so the text order differs from
the reading order), tables of label/value pairs, tab stops with leaders, letter-spaced and
small-caps headings, Fontwork titles (exported as outlines, not text), headers and footers with
"Printed on" dates, date fields formatted in the document's language, form controls exported as
PDF form fields, pictures of labels, landscape pages and cover letters on a second page style.

All documents are converted in ONE headless LibreOffice run the first time any case is built;
the PDFs are cached in a temp folder keyed by a hash of the sources, and `build(folder)` copies
the right one under a realistic file name.  A couple of PDFs are post-processed with pypdf
(a font's /ToUnicode map replaced by junk) to imitate broken text layers.

All people, codes, partners and numbers are invented.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import hashlib
import io
import os
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, StreamObject

sys.path.insert(0, str(Path(__file__).resolve().parent))

from certfactory import Case, Expected

__all__ = ["HOLDOUT_CASES", "HOLDOUT_KINDS"]

HOLDOUT_CASES: list[Case] = []
HOLDOUT_KINDS: dict[str, str] = {}

_VERSION = "h7-1"  # bump to invalidate the PDF cache when the framework changes

# --------------------------------------------------------------------------------------------
# ODF building blocks
# --------------------------------------------------------------------------------------------

SANS = "DejaVu Sans"
SERIF = "DejaVu Serif"
MONO = "DejaVu Sans Mono"
COND = "DejaVu Sans Condensed"
NSANS = "Nimbus Sans"
NROMAN = "Nimbus Roman"
GOTHIC = "URW Gothic"
BOOKMAN = "URW Bookman"
CENTURY = "C059"
PALATINO = "P052"
SCRIPT = "Z003"
_FONTS = (SANS, SERIF, MONO, COND, NSANS, NROMAN, GOTHIC, BOOKMAN, CENTURY, PALATINO, SCRIPT)

_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "number": "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0",
    "form": "urn:oasis:names:tc:opendocument:xmlns:form:1.0",
    "ooo": "http://openoffice.org/2004/office",
    "loext": "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0",
}

_FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


class Raw(str):
    """XML that must not be escaped again."""

    __slots__ = ()


def _x(part: str) -> str:
    return part if isinstance(part, Raw) else escape(part)


def _text_props(
    *,
    size: str | None = None,
    font: str | None = None,
    bold: bool = False,
    italic: bool = False,
    color: str | None = None,
    ls: str | None = None,
    upper: bool = False,
    smallcaps: bool = False,
    shadow: bool = False,
    outline: bool = False,
    underline: bool = False,
    lang: str | None = None,
    scale: str | None = None,
) -> str:
    a: list[str] = []
    if size:
        a.append(f'fo:font-size="{size}"')
    if font:
        a.append(f'style:font-name="{font}"')
    if bold:
        a.append('fo:font-weight="bold"')
    if italic:
        a.append('fo:font-style="italic"')
    if color:
        a.append(f'fo:color="{color}"')
    if ls:
        a.append(f'fo:letter-spacing="{ls}"')
    if upper:
        a.append('fo:text-transform="uppercase"')
    if smallcaps:
        a.append('fo:font-variant="small-caps"')
    if shadow:
        a.append('fo:text-shadow="1.5pt 1.5pt"')
    if outline:
        a.append('style:text-outline="true"')
    if underline:
        a.append('style:text-underline-style="solid" style:text-underline-width="auto"')
    if lang:
        lg, _, ct = lang.partition("-")
        a.append(f'fo:language="{lg}" fo:country="{ct or "none"}"')
    if scale:
        a.append(f'style:text-scale="{scale}"')
    return f"<style:text-properties {' '.join(a)}/>" if a else ""


_TEXT_KEYS = {
    "size", "font", "bold", "italic", "color", "ls", "upper", "smallcaps", "shadow", "outline",
    "underline", "lang", "scale",
}


@dataclass
class _PageStyle:
    layout: str
    props: str
    header: list[str] = field(default_factory=list)
    footer: list[str] = field(default_factory=list)


class Doc:
    """A flat ODF text document built paragraph by paragraph."""

    def __init__(
        self,
        *,
        landscape: bool = False,
        width: str | None = None,
        height: str | None = None,
        margins: str | tuple[str, str, str, str] = "2cm",
        font: str = SANS,
        size: str = "11pt",
        lang: str = "en-US",
        border: str | None = None,
        bg: str | None = None,
    ) -> None:
        self.font, self.size, self.lang = font, size, lang
        self._auto: list[str] = []
        self._styles: dict[str, str] = {}
        self._anchored: list[str] = []
        self._body: list[str] = []
        self._forms: list[str] = []
        self._pages: dict[str, _PageStyle] = {}
        self._n = 0
        self.master(
            "Standard", landscape=landscape, width=width, height=height, margins=margins,
            border=border, bg=bg,
        )

    # -- styles --------------------------------------------------------------------------
    def master(
        self,
        name: str,
        *,
        landscape: bool = False,
        width: str | None = None,
        height: str | None = None,
        margins: str | tuple[str, str, str, str] = "2cm",
        border: str | None = None,
        bg: str | None = None,
    ) -> None:
        """A page style; a second one starts with `p(..., master=name)`."""
        w, h = ("29.7cm", "21cm") if landscape else ("21cm", "29.7cm")
        w, h = width or w, height or h
        mt, mr, mb, ml = (margins,) * 4 if isinstance(margins, str) else margins
        extra = f' fo:border="{border}" fo:padding="0.4cm"' if border else ""
        if bg:
            extra += f' fo:background-color="{bg}"'
        orient = "landscape" if landscape else "portrait"
        props = (
            f'<style:page-layout-properties fo:page-width="{w}" fo:page-height="{h}" '
            f'style:print-orientation="{orient}" fo:margin-top="{mt}" fo:margin-right="{mr}" '
            f'fo:margin-bottom="{mb}" fo:margin-left="{ml}"{extra}/>'
        )
        self._pages[name] = _PageStyle(f"pm{len(self._pages) + 1}", props)

    def header_footer(
        self, *, header: Sequence[str] = (), footer: Sequence[str] = (), master: str = "Standard"
    ) -> None:
        """Header/footer paragraphs (made with this document's `para`) of a page style."""
        self._pages[master].header = list(header)
        self._pages[master].footer = list(footer)

    def _style(self, family: str, props: str) -> str:
        key = family + props
        if key not in self._styles:
            self._n += 1
            name = f"{family[0].upper()}{self._n}"
            self._styles[key] = name
            self._auto.append(
                f'<style:style style:name="{name}" style:family="{family}">{props}</style:style>'
            )
        return self._styles[key]

    def pstyle(
        self,
        *,
        align: str | None = None,
        before: str | None = None,
        after: str | None = None,
        ml: str | None = None,
        mr: str | None = None,
        indent: str | None = None,
        bb: str | None = None,
        bt: str | None = None,
        border: str | None = None,
        pad: str | None = None,
        bg: str | None = None,
        lh: str | None = None,
        tabs: Sequence[tuple[str, str] | tuple[str, str, str]] = (),
        brk: bool = False,
        master: str | None = None,
        keep: bool = False,
        **text: object,
    ) -> str:
        a: list[str] = []
        if align:
            a.append(f'fo:text-align="{align}"')
        for attr, val in (
            ("fo:margin-top", before), ("fo:margin-bottom", after), ("fo:margin-left", ml),
            ("fo:margin-right", mr), ("fo:text-indent", indent), ("fo:border-bottom", bb),
            ("fo:border-top", bt), ("fo:border", border), ("fo:padding", pad),
            ("fo:background-color", bg), ("fo:line-height", lh),
        ):
            if val:
                a.append(f'{attr}="{val}"')
        if brk:
            a.append('fo:break-before="page"')
        if keep:
            a.append('fo:keep-with-next="always"')
        inner = ""
        if tabs:
            ts = []
            for t in tabs:
                pos, kind = t[0], t[1]
                lead = (
                    f' style:leader-style="dotted" style:leader-text="{t[2]}"' if len(t) > 2 else ""
                )
                ts.append(f'<style:tab-stop style:position="{pos}" style:type="{kind}"{lead}/>')
            inner = f"<style:tab-stops>{''.join(ts)}</style:tab-stops>"
        pp = f"<style:paragraph-properties {' '.join(a)}>{inner}</style:paragraph-properties>"
        bad = set(text) - _TEXT_KEYS
        if bad:
            raise TypeError(f"unknown style keys {bad}")
        props = pp + _text_props(**text)  # type: ignore[arg-type]
        if master:
            key = f"paragraph-master-{master}{props}"
            if key not in self._styles:
                self._n += 1
                name = f"M{self._n}"
                self._styles[key] = name
                self._auto.append(
                    f'<style:style style:name="{name}" style:family="paragraph" '
                    f'style:master-page-name="{master}">{props}</style:style>'
                )
            return self._styles[key]
        return self._style("paragraph", props)

    # -- content -------------------------------------------------------------------------
    def span(self, *parts: str, **text: object) -> Raw:
        name = self._style("text", _text_props(**text))  # type: ignore[arg-type]
        inner = "".join(_x(p) for p in parts)
        return Raw(f'<text:span text:style-name="{name}">{inner}</text:span>')

    def para(self, *parts: str, **props: object) -> Raw:
        name = self.pstyle(**props)  # type: ignore[arg-type]
        return Raw(f'<text:p text:style-name="{name}">{"".join(_x(p) for p in parts)}</text:p>')

    def p(self, *parts: str, **props: object) -> None:
        self._body.append(self.para(*parts, **props))

    def add(self, *raws: str) -> None:
        self._body.extend(raws)

    def frame(
        self,
        x: str,
        y: str,
        w: str,
        content: Sequence[str] | str,
        *,
        h: str | None = None,
        page: int = 1,
        border: str | None = None,
        fill: str | None = None,
        pad: str = "0cm",
        valign: str | None = None,
        z: int | None = None,
    ) -> None:
        """A text frame anchored to the page at (x, y) from its top-left corner."""
        g = self._graphic(border=border, fill=fill, pad=pad, valign=valign)
        body = content if isinstance(content, str) else "".join(content)
        hh = f' svg:height="{h}"' if h else ""
        zi = len(self._anchored) if z is None else z
        self._anchored.append(
            f'<draw:frame draw:style-name="{g}" text:anchor-type="page" '
            f'text:anchor-page-number="{page}" svg:x="{x}" svg:y="{y}" svg:width="{w}"{hh} '
            f'draw:z-index="{zi}"><draw:text-box fo:min-height="0.3cm">{body}</draw:text-box>'
            f"</draw:frame>"
        )

    def _graphic(
        self,
        *,
        border: str | None = None,
        fill: str | None = None,
        pad: str = "0cm",
        valign: str | None = None,
        page: bool = True,
    ) -> str:
        a = ['style:wrap="none"']
        if page:
            a.append(
                'style:vertical-pos="from-top" style:horizontal-pos="from-left" '
                'style:vertical-rel="page" style:horizontal-rel="page"'
            )
        else:
            a.append('style:vertical-pos="middle" style:vertical-rel="text"')
        a.append(f'fo:border="{border or "none"}" fo:padding="{pad}" draw:stroke="none"')
        if fill:
            a.append(f'draw:fill="solid" draw:fill-color="{fill}" fo:background-color="{fill}"')
        else:
            a.append('draw:fill="none"')
        if valign:
            a.append(f'draw:textarea-vertical-align="{valign}"')
        return self._style("graphic", f"<style:graphic-properties {' '.join(a)}/>")

    def rect(self, x: str, y: str, w: str, h: str, fill: str, *, page: int = 1) -> None:
        """A filled rectangle (side panel, ribbon) anchored to the page."""
        g = self._style(
            "graphic",
            f'<style:graphic-properties draw:fill="solid" draw:fill-color="{fill}" '
            f'draw:stroke="none" style:wrap="run-through" style:run-through="background" '
            f'style:vertical-pos="from-top" style:horizontal-pos="from-left" '
            f'style:vertical-rel="page" style:horizontal-rel="page"/>',
        )
        self._anchored.insert(
            0,
            f'<draw:rect draw:style-name="{g}" text:anchor-type="page" '
            f'text:anchor-page-number="{page}" svg:x="{x}" svg:y="{y}" svg:width="{w}" '
            f'svg:height="{h}" draw:z-index="0"/>',
        )

    def image(
        self,
        png: bytes,
        w: str,
        h: str,
        *,
        x: str | None = None,
        y: str | None = None,
        page: int = 1,
    ) -> Raw | None:
        """A picture: inline (returned, to put in a paragraph) or anchored at (x, y)."""
        data = base64.b64encode(png).decode()
        inner = f"<draw:image><office:binary-data>{data}</office:binary-data></draw:image>"
        if x is None or y is None:
            g = self._graphic(page=False)
            return Raw(
                f'<draw:frame draw:style-name="{g}" text:anchor-type="as-char" svg:width="{w}" '
                f'svg:height="{h}" draw:z-index="{len(self._anchored) + 50}">{inner}</draw:frame>'
            )
        g = self._graphic()
        self._anchored.append(
            f'<draw:frame draw:style-name="{g}" text:anchor-type="page" '
            f'text:anchor-page-number="{page}" svg:x="{x}" svg:y="{y}" svg:width="{w}" '
            f'svg:height="{h}" draw:z-index="{len(self._anchored)}">{inner}</draw:frame>'
        )
        return None

    def fontwork(
        self,
        text: str,
        x: str,
        y: str,
        w: str,
        h: str,
        *,
        font: str = SERIF,
        color: str = "#1f3a68",
        page: int = 1,
    ) -> None:
        """A WordArt/Fontwork title: drawn as outlines in the PDF, not as text."""
        g = self._style(
            "graphic",
            f'<style:graphic-properties draw:fill="solid" draw:fill-color="{color}" '
            f'draw:stroke="none" style:wrap="none" style:vertical-pos="from-top" '
            f'style:horizontal-pos="from-left" style:vertical-rel="page" '
            f'style:horizontal-rel="page"/>',
        )
        ps = self.pstyle(font=font, size="36pt", align="center")
        self._anchored.append(
            f'<draw:custom-shape text:anchor-type="page" text:anchor-page-number="{page}" '
            f'draw:z-index="{len(self._anchored)}" draw:name="Fontwork {len(self._anchored)}" '
            f'draw:style-name="{g}" svg:width="{w}" svg:height="{h}" svg:x="{x}" svg:y="{y}">'
            f'<text:p text:style-name="{ps}">{escape(text)}</text:p>'
            f'<draw:enhanced-geometry svg:viewBox="0 0 21600 21600" '
            f'draw:text-areas="0 0 21600 21600" draw:text-path="true" '
            f'draw:text-path-mode="shape" draw:text-path-scale="path" draw:type="non-primitive" '
            f'draw:enhanced-path="M 0 0 L 21600 0 N M 0 21600 L 21600 21600 N"/>'
            f"</draw:custom-shape>"
        )

    def table(
        self,
        widths: Sequence[float],
        rows: Sequence[Sequence[str | Sequence[str]]],
        *,
        border: str | None = "0.5pt solid #7f7f7f",
        pad: str = "0.12cm",
        cell: dict[str, object] | None = None,
        first_col: dict[str, object] | None = None,
        shade: str | None = None,
        align: str = "center",
        valign: str = "middle",
    ) -> Raw:
        """A table; widths in cm; a cell is text (one paragraph) or a list of paragraphs."""
        self._n += 1
        name = f"Tbl{self._n}"
        total = sum(widths)
        self._auto.append(
            f'<style:style style:name="{name}" style:family="table"><style:table-properties '
            f'style:width="{total}cm" table:align="{align}"/></style:style>'
        )
        cols = []
        for i, wd in enumerate(widths):
            cn = f"{name}.C{i}"
            self._auto.append(
                f'<style:style style:name="{cn}" style:family="table-column">'
                f'<style:table-column-properties style:column-width="{wd}cm"/></style:style>'
            )
            cols.append(f'<table:table-column table:style-name="{cn}"/>')
        cellstyles = {}
        for shaded in (False, True):
            cs = f"{name}.{'S' if shaded else 'A'}"
            bg = f' fo:background-color="{shade}"' if shaded and shade else ""
            self._auto.append(
                f'<style:style style:name="{cs}" style:family="table-cell">'
                f'<style:table-cell-properties fo:border="{border or "none"}" fo:padding="{pad}" '
                f'style:vertical-align="{valign}"{bg}/></style:style>'
            )
            cellstyles[shaded] = cs
        out = [f'<table:table table:name="{name}" table:style-name="{name}">', *cols]
        for row in rows:
            out.append("<table:table-row>")
            for ci, c in enumerate(row):
                props = dict(cell or {})
                if ci == 0 and first_col is not None:
                    props.update(first_col)
                content = self.para(c, **props) if isinstance(c, str) else "".join(c)
                cs = cellstyles[bool(shade) and ci == 0]
                out.append(
                    f'<table:table-cell table:style-name="{cs}" office:value-type="string">'
                    f"{content}</table:table-cell>"
                )
            out.append("</table:table-row>")
        out.append("</table:table>")
        return Raw("".join(out))

    def date(self, iso: str, fmt: Sequence[str], lang: str, shown: str) -> Raw:
        """A fixed date field rendered by LibreOffice with a data style in `lang`.

        fmt tokens: "d", "dd", "M", "MM", "MMM", "MMMM", "yyyy", anything else is literal text.
        """
        parts = []
        for t in fmt:
            parts.append(
                {
                    "d": "<number:day/>",
                    "dd": '<number:day number:style="long"/>',
                    "M": "<number:month/>",
                    "MM": '<number:month number:style="long"/>',
                    "MMM": '<number:month number:textual="true"/>',
                    "MMMM": '<number:month number:style="long" number:textual="true"/>',
                    "yyyy": '<number:year number:style="long"/>',
                }.get(t, f"<number:text>{escape(t)}</number:text>")
            )
        lg, _, ct = lang.partition("-")
        key = f"date{lang}{''.join(parts)}"
        if key not in self._styles:
            self._n += 1
            self._styles[key] = f"N{self._n}"
            self._auto.append(
                f'<number:date-style style:name="N{self._n}" number:language="{lg}" '
                f'number:country="{ct}">{"".join(parts)}</number:date-style>'
            )
        return Raw(
            f'<text:date style:data-style-name="{self._styles[key]}" '
            f'text:date-value="{iso}" text:fixed="true">{escape(shown)}</text:date>'
        )

    def field(
        self, name: str, value: str, w: str, h: str = "0.8cm", *, size: str = "12pt",
        font: str = SANS,
    ) -> Raw:
        """A form text field holding `value` (exported as a PDF form field)."""
        cid = f"control{len(self._forms) + 1}"
        self._forms.append(
            f'<form:text form:name={quoteattr(name)} '
            f'form:control-implementation="ooo:com.sun.star.form.component.TextField" '
            f'xml:id="{cid}" form:id="{cid}" form:current-value={quoteattr(value)} '
            f'form:value={quoteattr(value)} form:readonly="true"><form:properties>'
            f'<form:property form:property-name="DefaultControl" office:value-type="string" '
            f'office:string-value="com.sun.star.form.control.TextField"/></form:properties>'
            f"</form:text>"
        )
        g = self._style(
            "graphic",
            '<style:graphic-properties draw:textarea-vertical-align="middle" '
            'style:vertical-pos="middle" style:vertical-rel="text"/>'
            f'<style:paragraph-properties/>{_text_props(size=size, font=font)}',
        )
        return Raw(
            f'<draw:control draw:style-name="{g}" text:anchor-type="as-char" svg:width="{w}" '
            f'svg:height="{h}" draw:control="{cid}"/>'
        )

    # -- output --------------------------------------------------------------------------
    def xml(self) -> str:
        ns = " ".join(f'xmlns:{k}="{v}"' for k, v in _NS.items())
        fonts = "".join(
            f"<style:font-face style:name=\"{f}\" svg:font-family=\"'{f}'\"/>" for f in _FONTS
        )
        lg, _, ct = self.lang.partition("-")
        default = (
            '<style:default-style style:family="paragraph"><style:paragraph-properties '
            'fo:margin-top="0cm" fo:margin-bottom="0cm"/>'
            f'<style:text-properties style:font-name="{self.font}" fo:font-size="{self.size}" '
            f'fo:language="{lg}" fo:country="{ct or "none"}" fo:hyphenate="false"/>'
            "</style:default-style>"
            '<style:default-style style:family="graphic"><style:graphic-properties '
            'draw:shadow="hidden"/></style:default-style>'
        )
        layouts, masters = [], []
        hf_props = '<style:header-footer-properties fo:min-height="0cm" fo:margin-{}="0.3cm"/>'
        for name, ps in self._pages.items():
            hs = fs = hc = fc = ""
            if ps.header:
                hs = f"<style:header-style>{hf_props.format('bottom')}</style:header-style>"
                hc = f"<style:header>{''.join(ps.header)}</style:header>"
            if ps.footer:
                fs = f"<style:footer-style>{hf_props.format('top')}</style:footer-style>"
                fc = f"<style:footer>{''.join(ps.footer)}</style:footer>"
            layouts.append(
                f'<style:page-layout style:name="{ps.layout}">{ps.props}{hs}{fs}'
                "</style:page-layout>"
            )
            masters.append(
                f'<style:master-page style:name="{name}" style:page-layout-name="{ps.layout}">'
                f"{hc}{fc}</style:master-page>"
            )
        forms = ""
        if self._forms:
            forms = (
                '<office:forms form:automatic-focus="false" form:apply-design-mode="false">'
                '<form:form form:name="Standard" '
                'form:control-implementation="ooo:com.sun.star.form.component.Form">'
                f"{''.join(self._forms)}</form:form></office:forms>"
            )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<office:document {ns} office:version="1.3" '
            'office:mimetype="application/vnd.oasis.opendocument.text">\n'
            f"<office:font-face-decls>{fonts}</office:font-face-decls>\n"
            f"<office:styles>{default}</office:styles>\n"
            f"<office:automatic-styles>{''.join(layouts + self._auto)}</office:automatic-styles>\n"
            f"<office:master-styles>{''.join(masters)}</office:master-styles>\n"
            f"<office:body><office:text>{forms}\n"
            + "\n".join(self._anchored)
            + "\n"
            + "\n".join(self._body)
            + "\n</office:text></office:body></office:document>\n"
        )


# --------------------------------------------------------------------------------------------
# Pictures (labels, names or codes turned into images)
# --------------------------------------------------------------------------------------------


def text_png(
    text: str,
    *,
    px: int = 64,
    font: str = "DejaVuSans.ttf",
    color: tuple[int, int, int] = (0, 0, 0),
    bg: tuple[int, int, int] = (255, 255, 255),
    pad: int = 6,
) -> tuple[bytes, float]:
    """Render `text` to a PNG; return (png bytes, width/height ratio)."""
    f = ImageFont.truetype(str(_FONT_DIR / font), px)
    x0, y0, x1, y1 = f.getbbox(text)
    im = Image.new("RGB", (x1 - x0 + 2 * pad, y1 - y0 + 2 * pad), bg)
    ImageDraw.Draw(im).text((pad - x0, pad - y0), text, font=f, fill=color)
    buf = io.BytesIO()
    im.save(buf, "PNG", optimize=False)
    return buf.getvalue(), im.width / im.height


def pic(doc: Doc, text: str, height_cm: float, **kw: object) -> Raw:
    """An inline picture of `text`, `height_cm` tall."""
    png, ratio = text_png(text, **kw)  # type: ignore[arg-type]
    r = doc.image(png, f"{height_cm * ratio:.3f}cm", f"{height_cm:.3f}cm")
    assert r is not None
    return r


# --------------------------------------------------------------------------------------------
# Post-processing
# --------------------------------------------------------------------------------------------


_JUNK = "qZ#x7&Kp!w@3v%Jm^b*9Ty?L(nR)0e$"


def _junk_cmap() -> bytes:
    """A /ToUnicode CMap that maps every one-byte code to a wrong character."""
    entries = [f"<{c:02X}> <{ord(_JUNK[(c * 7) % len(_JUNK)]):04X}>" for c in range(256)]
    body = []
    for i in range(0, 256, 100):
        chunk = entries[i : i + 100]
        body.append(f"{len(chunk)} beginbfchar\n" + "\n".join(chunk) + "\nendbfchar")
    return (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Junk-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n"
        + "\n".join(body)
        + "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    ).encode()


def _garble_font(font_part: str) -> Callable[[Path], None]:
    """Replace the /ToUnicode map of every font whose name contains `font_part` by junk."""

    def post(pdf: Path) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            writer = PdfWriter(clone_from=PdfReader(pdf))
            cmap = StreamObject()
            cmap.set_data(_junk_cmap())
            ref = writer._add_object(cmap)
            hit = 0
            for page in writer.pages:
                fonts = page["/Resources"].get_object().get("/Font")
                if fonts is None:
                    continue
                for fref in fonts.get_object().values():
                    font = fref.get_object()
                    if font_part in str(font.get("/BaseFont", "")):
                        font[NameObject("/ToUnicode")] = ref
                        hit += 1
            if not hit:
                raise RuntimeError(f"no font {font_part!r} in {pdf.name}")
            with pdf.open("wb") as fh:
                writer.write(fh)

    return post


# --------------------------------------------------------------------------------------------
# Registry, one LibreOffice run for all cases, cache
# --------------------------------------------------------------------------------------------

_SOURCES: dict[str, Callable[[], str]] = {}
_FILENAMES: dict[str, str] = {}
_POST: dict[str, Callable[[Path], None]] = {}


def E(
    course: str | None,
    start: str | None,
    end: str | None,
    code: str | None,
    learner: str | None,
    issuer: str | None,
    review: bool = False,
    credits: tuple[float, str] | None = None,
) -> Expected:
    return Expected(course, start, end, code, learner, issuer, review, credits)


def case(
    name: str,
    kind: str,
    filename: str,
    expected: Expected,
    note: str,
    *,
    post: Callable[[Path], None] | None = None,
) -> Callable[[Callable[[], str]], Callable[[], str]]:
    """Register a certificate; the decorated function returns the .fodt source."""
    assert name.startswith("h7-") and name not in HOLDOUT_KINDS, name
    assert kind in ("known", "foreign", "unknown", "unclear"), kind

    def deco(fn: Callable[[], str]) -> Callable[[], str]:
        _SOURCES[name] = fn
        _FILENAMES[name] = filename
        if post is not None:
            _POST[name] = post
        HOLDOUT_KINDS[name] = kind
        HOLDOUT_CASES.append(Case(name, expected, lambda folder: _build(name, folder), note))
        return fn

    return deco


def _soffice() -> str:
    deadline = time.monotonic() + 600
    while True:
        exe = shutil.which("soffice") or shutil.which("libreoffice")
        if exe:
            return exe
        if time.monotonic() > deadline:
            raise RuntimeError("LibreOffice (soffice) is not installed")
        time.sleep(5)


@cache
def _sources() -> dict[str, str]:
    return {name: fn() for name, fn in _SOURCES.items()}


@cache
def _rendered() -> Path:
    sources = _sources()
    digest = hashlib.sha256(_VERSION.encode())
    digest.update(Path(__file__).read_bytes())  # post-processing and framework changes too
    for name in sorted(sources):
        digest.update(name.encode() + b"\0" + sources[name].encode() + b"\0")
    key = digest.hexdigest()[:20]
    out = Path(tempfile.gettempdir()) / f"ceinbox-h7-{key}"
    done = out / ".done"
    if done.exists():
        return out
    lock = Path(tempfile.gettempdir()) / f"ceinbox-h7-{key}.lock"
    with lock.open("w") as lk:
        fcntl.flock(lk, fcntl.LOCK_EX)
        try:
            if done.exists():
                return out
            _convert_all(sources, out)
            done.touch()
        finally:
            fcntl.flock(lk, fcntl.LOCK_UN)
    return out


def _convert_all(sources: dict[str, str], out: Path) -> None:
    exe = _soffice()
    work = Path(tempfile.mkdtemp(prefix="ceinbox-h7-work-"))
    try:
        src = work / "src"
        pdfs = work / "pdf"
        src.mkdir()
        pdfs.mkdir()
        for name, xml in sources.items():
            (src / f"{name}.fodt").write_text(xml, encoding="utf-8")
        profile = work / "profile"
        env = dict(os.environ, HOME=str(work), SAL_USE_VCLPLUGIN="svp")
        cmd = [
            exe,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--nologo",
            "--convert-to",
            "pdf:writer_pdf_Export",
            "--outdir",
            str(pdfs),
            *sorted(str(p) for p in src.glob("*.fodt")),
        ]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600, env=env)
        missing = [n for n in sources if not (pdfs / f"{n}.pdf").exists()]
        if missing:
            raise RuntimeError(
                f"LibreOffice did not convert {missing}: rc={proc.returncode} "
                f"{proc.stdout[-2000:]} {proc.stderr[-2000:]}"
            )
        for name, post in _POST.items():
            post(pdfs / f"{name}.pdf")
        tmp_out = Path(tempfile.mkdtemp(prefix=out.name + ".", dir=out.parent))
        for pdf in pdfs.glob("*.pdf"):
            shutil.copyfile(pdf, tmp_out / pdf.name)
        with contextlib.suppress(FileNotFoundError):
            shutil.rmtree(out)
        tmp_out.rename(out)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _build(name: str, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    dst = folder / _FILENAMES[name]
    shutil.copyfile(_rendered() / f"{name}.pdf", dst)
    return dst


def write_sources(folder: Path) -> None:
    """Debug helper: write every .fodt source into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, xml in _sources().items():
        (folder / f"{name}.fodt").write_text(xml, encoding="utf-8")


# --------------------------------------------------------------------------------------------
# Shared bits
# --------------------------------------------------------------------------------------------

THIN = "0.5pt solid #7f7f7f"
RULE = "0.6pt solid #444444"
NOB = "none"

# ============================================================================================
# Cases
# ============================================================================================

# ---- known issuers --------------------------------------------------------------------------

_UDEMY_UC = "UC-7d3f9a2e-41b8-4c6e-9f0a-2b5c8e1d4a67"


@case(
    "h7-udemy-uc",
    "known",
    f"Udemy-{_UDEMY_UC}.pdf",
    E(
        "Kubernetes for Network Engineers: Practical Labs with Calico and Cilium",
        None, "2024-03-03", _UDEMY_UC, "Tomasz Wierzbicki", "Udemy",
        credits=(22.5, "hours"),
    ),
    "landscape, every block a page-anchored frame added bottom-up (text order != reading "
    "order); title wraps over 2 lines at 30pt; 'Certificate no:' + ude.my URL carry the code; "
    "'Reference Number: 0004' decoy; 'Mar. 3, 2024'; '22.5 total hours'",
)
def _udemy() -> str:
    d = Doc(landscape=True, margins="0cm")
    d.frame("1.8cm", "14.6cm", "20cm", [
        d.para("Tomasz Wierzbicki", size="28pt", bold=True, font=NSANS),
        d.para(d.span("Date ", bold=True), "Mar. 3, 2024", before="0.3cm", size="11pt"),
        d.para(d.span("Length ", bold=True), "22.5 total hours", size="11pt"),
    ])
    d.frame("1.8cm", "6.0cm", "22cm", [
        d.para(
            "Kubernetes for Network Engineers: Practical Labs with Calico and Cilium",
            size="30pt", bold=True, font=NSANS, lh="115%",
        ),
        d.para(
            d.span("Instructors ", bold=True), "Rafael Quintero-Haas, Ingrid Solvang",
            before="0.5cm", size="11pt",
        ),
    ])
    d.frame("1.8cm", "5.0cm", "20cm", [
        d.para("CERTIFICATE OF COMPLETION", size="10pt", color="#6a6f73", ls="0.08cm"),
    ])
    d.frame("16.5cm", "1.4cm", "11.6cm", [
        d.para(f"Certificate no: {_UDEMY_UC}", size="8pt", align="end", color="#3b3f43"),
        d.para(f"Certificate url: ude.my/{_UDEMY_UC}", size="8pt", align="end",
               color="#3b3f43"),
        d.para("Reference Number: 0004", size="8pt", align="end", color="#3b3f43"),
    ])
    d.frame("1.8cm", "1.3cm", "8cm", [
        d.para("udemy", size="26pt", bold=True, color="#a435f0", font=NSANS),
    ])
    d.p("")
    return d.xml()


@case(
    "h7-coursera-course",
    "known",
    "Coursera 8KQ2ZT4MWX7P.pdf",
    E(
        "Introducción a la Ciberseguridad para Redes Empresariales",
        None, "2025-06-18", "8KQ2ZT4MWX7P", "Valentina Ruiz Echeverría", "Coursera",
    ),
    "Coursera course layout: shaded right panel drawn as a rectangle with a letter-spaced "
    "'COURSE CERTIFICATE'; date 'Jun 18, 2025' printed above the name; Spanish title and "
    "accented name; code only inside 'coursera.org/verify/…'",
)
def _coursera() -> str:
    d = Doc(landscape=True, margins="0cm")
    d.rect("21.2cm", "0cm", "8.5cm", "21cm", "#e9eef6")
    d.frame("21.7cm", "3.2cm", "7.5cm", [
        d.para("COURSE", size="20pt", align="center", ls="0.12cm", color="#1f3a68", bold=True),
        d.para("CERTIFICATE", size="20pt", align="center", ls="0.12cm", color="#1f3a68",
               bold=True),
    ])
    d.frame("1.8cm", "1.5cm", "10cm", [
        d.para("coursera", size="28pt", color="#0056d2", bold=True, font=NSANS),
    ])
    d.frame("1.8cm", "4.4cm", "18.5cm", [
        d.para("Jun 18, 2025", size="11pt", color="#333333"),
        d.para("Valentina Ruiz Echeverría", size="30pt", before="0.6cm", font=NROMAN),
        d.para("has successfully completed", size="11pt", before="0.4cm"),
        d.para("Introducción a la Ciberseguridad para Redes Empresariales", size="20pt",
               bold=True, before="0.3cm"),
        d.para(
            "an online non-credit course authorized by Universidad Austral del Plata and "
            "offered through Coursera",
            size="9pt", before="0.5cm", color="#444444",
        ),
    ])
    d.frame("1.8cm", "15.0cm", "9cm", [
        d.para("Lucía Ferreyra Ortiz", size="20pt", font=SCRIPT, bb=RULE),
        d.para("Lucía Ferreyra Ortiz", size="8pt", before="0.1cm", bold=True),
        d.para("Profesora Titular, Departamento de Ingeniería Informática", size="8pt"),
        d.para("Universidad Austral del Plata", size="8pt"),
    ])
    d.frame("21.7cm", "16.6cm", "7.5cm", [
        d.para("Verify at:", size="8pt", align="center"),
        d.para("coursera.org/verify/8KQ2ZT4MWX7P", size="8pt", align="center", bold=True),
        d.para(
            "Coursera has confirmed the identity of this individual and their participation "
            "in the course.",
            size="7pt", align="center", before="0.2cm", color="#555555",
        ),
    ])
    d.p("")
    return d.xml()


@case(
    "h7-linkedin-learning",
    "known",
    "CertificateOfCompletion_Learning Python for Network Automation 2024.pdf",
    E(
        "Learning Python for Network Automation (2024)",
        None, "2024-03-14", "AbVq7r3XJt0kPzL2mW9sYcHe5nQd", "Aurélien Dufresne",
        "LinkedIn Learning",
    ),
    "'Congratulations, <name>' printed larger than the course title; date with time "
    "'Mar 14, 2024 at 09:41AM UTC'; skills line and address as distractors; mixed-case "
    "Certificate ID bottom right in a frame",
)
def _linkedin() -> str:
    d = Doc(landscape=True, margins=("1.6cm", "2cm", "1.2cm", "2cm"))
    d.frame("2cm", "1.4cm", "8cm", [
        d.para(d.span("Linked", bold=True, color="#0a66c2"),
               d.span("in", bold=True, color="#0a66c2"), " ",
               d.span("Learning", color="#0a66c2"), size="18pt", font=NSANS),
    ])
    d.frame("17.2cm", "18.3cm", "10.5cm", [
        d.para("Certificate ID: AbVq7r3XJt0kPzL2mW9sYcHe5nQd", size="8pt", align="end",
               color="#555555"),
    ])
    d.p("Certificate of Completion", align="center", size="12pt", before="2.2cm",
        color="#555555", ls="0.05cm")
    d.p("Congratulations, Aurélien Dufresne", align="center", size="30pt", before="0.6cm",
        font=NSANS)
    d.p("Learning Python for Network Automation (2024)", align="center", size="18pt",
        bold=True, before="0.8cm")
    d.p("Course completed on Mar 14, 2024 at 09:41AM UTC", align="center", size="10pt",
        before="0.3cm", color="#555555")
    d.p(
        "By continuing to learn, you have expanded your perspective, sharpened your skills, "
        "and made yourself even more in demand.",
        align="center", size="10pt", before="0.9cm", ml="4cm", mr="4cm",
    )
    d.p("Top skills covered", align="center", size="9pt", bold=True, before="0.6cm")
    d.p("Python (Programming Language) • Network Automation • REST APIs", align="center",
        size="9pt")
    d.p("Mirela Voss-Tanaka", align="start", size="16pt", font=SCRIPT, before="1.2cm")
    d.p("Head of Content Strategy, Learning", size="8pt")
    d.p("LinkedIn Learning", size="8pt", before="0.3cm")
    d.p("1000 W Maude Ave", size="8pt")
    d.p("Sunnyvale, CA 94085", size="8pt")
    return d.xml()


@case(
    "h7-cisco-u-encor",
    "known",
    "Cisco_U_Certificate_ENCOR.pdf",
    E(
        "Implementing and Operating Cisco Enterprise Network Core Technologies (ENCOR) v1.2",
        None, "2024-02-29", None, "Kalani Akana-Whitfield", "Cisco U.",
        credits=(64, "CE"),
    ),
    "title forced over two lines with '(ENCOR) v1.2' alone on the second; label/value table "
    "without borders; exam '350-401' and 'Cisco ID CSCO11873402' decoys, no certificate code; "
    "footer 'Printed on 2025-01-07' decoy",
)
def _cisco_u() -> str:
    d = Doc(margins=("1.5cm", "1.5cm", "1.2cm", "1.5cm"))
    d.header_footer(footer=[d.para("Cisco U. · u.cisco.com · Printed on 2025-01-07",
                                   size="7pt", color="#777777", align="center")])
    d.p(d.span("Cisco U.", bold=True, color="#049fd9"), size="22pt", font=NSANS)
    d.p("Certificate of Completion", size="30pt", before="2.5cm", align="center",
        font=SERIF)
    d.p("This certifies that", size="11pt", before="1cm", align="center")
    d.p("Kalani Akana-Whitfield", size="24pt", before="0.4cm", align="center", bold=True)
    d.p("has successfully completed the Cisco U. learning path", size="11pt",
        before="0.6cm", align="center")
    d.p(
        "Implementing and Operating Cisco Enterprise Network Core Technologies",
        Raw("<text:line-break/>"), "(ENCOR) v1.2",
        size="13pt", bold=True, font=COND, before="0.4cm", align="center",
    )
    d.add(d.table(
        [6.5, 6.5],
        [
            ["Completion date", "29 February 2024"],
            ["Continuing Education credits", "64"],
            ["Associated exam", "350-401 ENCOR"],
            ["Cisco ID", "CSCO11873402"],
        ],
        border=None,
        cell={"size": "10pt", "before": "0.1cm"},
        first_col={"color": "#6b6b6b", "align": "end"},
    ))
    d.p("", before="2cm")
    d.p("Cisco Systems, Inc. · 170 West Tasman Drive · San Jose, CA 95134", size="8pt",
        align="center", color="#777777")
    return d.xml()


@case(
    "h7-netacad-itn-es",
    "known",
    "Certificado_CCNA_ITN_Mateo_Villalobos.pdf",
    E(
        "CCNA: Introducción a las redes",
        None, "2024-03-14", None, "Mateo Villalobos Rincón", "Cisco Networking Academy",
    ),
    "Spanish NetAcad course-completion wording with the course name in bold INSIDE the "
    "sentence; double page border; bottom row of values above small caption lines "
    "(Instructor / Academia / Fecha); abbreviated Spanish month '14 mar 2024'",
)
def _netacad() -> str:
    d = Doc(landscape=True, margins="1.3cm", border="3pt double #1b5c8a")
    d.p("Cisco Networking Academy", size="14pt", bold=True, color="#1b5c8a", before="0.6cm",
        align="center", font=NSANS)
    d.p("Certificado de Finalización del Curso", size="26pt", align="center",
        before="0.8cm", font=SERIF)
    d.p("Mateo Villalobos Rincón", size="30pt", align="center", before="0.8cm",
        font=SCRIPT)
    d.p(
        "ha logrado exitosamente la credencial de nivel estudiante por haber completado el "
        "curso ",
        d.span("CCNA: Introducción a las redes", bold=True),
        ", administrado por el instructor que suscribe. El estudiante fue capaz de:",
        size="11pt", align="center", before="0.6cm", ml="2.5cm", mr="2.5cm",
    )
    for line in (
        "Configurar conmutadores y dispositivos finales para el acceso a redes locales y "
        "remotas.",
        "Explicar cómo los protocolos de red permiten que los dispositivos accedan a recursos.",
        "Implementar esquemas de direccionamiento IPv4 e IPv6 básicos.",
    ):
        d.p("• " + line, size="9pt", ml="5cm", mr="4cm", before="0.05cm")
    cap = {"size": "8pt", "align": "center", "color": "#555555", "before": "0.08cm"}
    val = {"size": "11pt", "align": "center", "bb": RULE}
    d.p("", before="0.8cm")
    d.add(d.table(
        [6.5, 10.5, 5.5],
        [[
            [d.para("Ana Gabriela Soto", **val), d.para("Instructor", **cap)],
            [d.para("Instituto Tecnológico del Valle — Cali, Colombia", **val),
             d.para("Academia", **cap)],
            [d.para("14 mar 2024", **val), d.para("Fecha", **cap)],
        ]],
        border=None, pad="0.3cm",
    ))
    return d.xml()


@case(
    "h7-clp-ensdwi-de",
    "known",
    "Teilnahmebestaetigung_ENSDWI_Oeztuerk.pdf",
    E(
        "Implementing Cisco SD-WAN Solutions (ENSDWI) v3.0",
        "2024-06-10", "2024-06-14", "NWA-2024-0610-117", "Emre Öztürk",
        "Cisco Learning Partner", credits=(40, "CE"),
    ),
    "two pages: a German cover letter recommending ANOTHER course (SDWSCS, 8.–10. Juli 2024, "
    "24 CE-Credits) first, then a landscape certificate on a second page style; range "
    "'vom 10. bis 14. Juni 2024'; label<TAB>value lines with dotted leaders; Instructor ID "
    "decoy; 'Gedruckt am' footer",
)
def _clp_de() -> str:
    d = Doc(margins=("2cm", "2cm", "2cm", "2.5cm"), lang="de-DE")
    d.master("Cert", landscape=True, margins="1.5cm", border="1.5pt solid #005073")
    d.header_footer(
        master="Cert",
        footer=[d.para("Gedruckt am 18.06.2024 · NetWerk Akademie Rhein-Main GmbH",
                       size="7pt", color="#777777", align="center")],
    )
    d.p("NetWerk Akademie Rhein-Main GmbH", size="16pt", bold=True, color="#005073")
    d.p("Cisco Learning Partner · Mainzer Landstraße 211 · 60326 Frankfurt am Main",
        size="8pt", color="#555555", bb=THIN, after="1.2cm")
    for line in ("Herrn", "Emre Öztürk", "Datenwerk Logistik AG", "Hanauer Str. 44",
                 "63067 Offenbach am Main"):
        d.p(line, size="10pt")
    d.p("Frankfurt am Main, 17. Juni 2024", align="end", size="10pt", before="1cm")
    d.p("Ihre Teilnahmebestätigung", bold=True, size="11pt", before="1cm")
    d.p("Sehr geehrter Herr Öztürk,", before="0.6cm")
    d.p(
        "vielen Dank für Ihre Teilnahme an unserem Training. Anbei erhalten Sie Ihre "
        "Teilnahmebestätigung. Passend dazu empfehlen wir Ihnen unseren Aufbaukurs "
        "„Implementing Cisco SD-WAN Security and Cloud Solutions (SDWSCS) v1.0“ vom 8. bis "
        "10. Juli 2024 (Kursnummer DE-SDWSCS-0708, 24 CE-Credits). Als ehemaliger "
        "Teilnehmer erhalten Sie 10 % Rabatt.",
        before="0.3cm", lh="135%", align="justify",
    )
    d.p("Mit freundlichen Grüßen", before="0.6cm")
    d.p("Sabine Kröger", before="1cm")
    d.p("Kundenbetreuung", size="9pt")
    # page 2: the certificate
    d.p("NetWerk Akademie Rhein-Main GmbH · Cisco Learning Partner", master="Cert",
        size="10pt", color="#005073", align="center", bold=True)
    d.p("Teilnahmebestätigung", size="32pt", align="center", ls="0.15cm", before="0.8cm",
        font=PALATINO, color="#005073")
    d.p("Herr Emre Öztürk", size="24pt", align="center", before="0.8cm", bold=True)
    d.p("hat an der autorisierten Cisco-Schulung", align="center", before="0.4cm")
    d.p("Implementing Cisco SD-WAN Solutions (ENSDWI) v3.0", size="18pt", bold=True,
        align="center", before="0.3cm")
    d.p("vom 10. bis 14. Juni 2024 in Frankfurt am Main teilgenommen.", align="center",
        before="0.3cm")
    tabs = [("11cm", "left", "."), ]
    rows = (
        ("Trainer", "Dr. Henrik Vogelsang (Instructor ID 448201)"),
        ("Zertifikatsnummer", "NWA-2024-0610-117"),
        ("Cisco Continuing Education Credits", "40"),
        ("Kursdauer", "5 Tage"),
    )
    for i, (k, v) in enumerate(rows):
        d.p(f"{k}:", Raw("<text:tab/>"), v, tabs=tabs, ml="4.5cm", size="10pt",
            before="0.9cm" if i == 0 else "0.1cm")
    return d.xml()


@case(
    "h7-cisco-live-emea",
    "known",
    "CiscoLive_EMEA_2025_Certificate_of_Attendance.pdf",
    E(
        "Cisco Live EMEA 2025", "2025-02-09", "2025-02-14", None, "Priyanka Raghunathan",
        "Cisco Live", credits=(17, "CE"),
    ),
    "white text on a dark page background; letter-spaced 'CISCO LIVE' and a 30pt "
    "'Certificate of Attendance' larger than the event name; range '9–14 February 2025' with "
    "an en dash; Attendee ID and Cisco ID decoys, no code",
)
def _cisco_live() -> str:
    d = Doc(landscape=True, margins="1.8cm", bg="#0d274d")
    w = "#ffffff"
    d.p("CISCO LIVE", size="14pt", ls="0.4cm", color="#00bceb", align="center", bold=True,
        before="0.4cm")
    d.p("Certificate of Attendance", size="34pt", color=w, align="center", before="1.2cm",
        font=NSANS)
    d.p("This certifies that", size="11pt", color=w, align="center", before="0.8cm")
    d.p("Priyanka Raghunathan", size="26pt", color=w, align="center", before="0.3cm",
        bold=True)
    d.p("attended", size="11pt", color=w, align="center", before="0.4cm")
    d.p("Cisco Live EMEA 2025", size="22pt", color="#00bceb", align="center", bold=True,
        before="0.2cm")
    d.p("RAI Amsterdam, 9–14 February 2025", size="12pt", color=w, align="center",
        before="0.2cm")
    d.p("Continuing Education Credits earned: 17", size="11pt", color=w, align="center",
        before="0.8cm")
    d.p("Attendee ID: CL25EM-88341   ·   Cisco ID: CSCO10348876", size="8pt",
        color="#9fb3c8", align="center", before="1.6cm")
    return d.xml()


@case(
    "h7-pluralsight-course",
    "known",
    "pluralsight-certificate-designing-resilient-microservices-azure.pdf",
    E(
        "Designing Resilient Microservices on Azure: Patterns for Retries, Circuit Breakers "
        "and Bulkheads",
        None, "2023-11-07", None, "Oluwaseun Adebayo-Martins", "Pluralsight",
    ),
    "portrait with a dark side panel (rectangle + frame); long title with colon wrapping "
    "over 3 lines; labels ABOVE values ('Completed on' / '7 Nov 2023'); author name as "
    "distractor; no code",
)
def _pluralsight() -> str:
    d = Doc(margins="0cm")
    d.rect("0cm", "0cm", "6.2cm", "29.7cm", "#1b1b2f")
    d.frame("0.8cm", "2cm", "4.8cm", [
        d.para("PLURALSIGHT", size="13pt", bold=True, color="#f15b2a", ls="0.05cm"),
        d.para("Certificate", size="20pt", color="#ffffff", before="1cm"),
        d.para("of Completion", size="20pt", color="#ffffff"),
    ])
    d.frame("7.4cm", "4cm", "12.8cm", [
        d.para("This certifies that", size="11pt", color="#555555"),
        d.para("Oluwaseun Adebayo-Martins", size="21pt", bold=True, before="0.3cm"),
        d.para("has completed the course", size="11pt", color="#555555", before="0.8cm"),
        d.para(
            "Designing Resilient Microservices on Azure: Patterns for Retries, Circuit "
            "Breakers and Bulkheads",
            size="20pt", before="0.3cm", lh="120%",
        ),
        d.para("Completed on", size="8pt", color="#777777", before="1.5cm", upper=True,
               ls="0.05cm"),
        d.para("7 Nov 2023", size="13pt"),
        d.para("Author", size="8pt", color="#777777", before="0.6cm", upper=True,
               ls="0.05cm"),
        d.para("Sven Halvorsen", size="13pt"),
    ])
    d.p("")
    return d.xml()


@case(
    "h7-ine-learning-path",
    "known",
    "INE_Certificate_of_Completion.pdf",
    E(
        "Advanced Cloud Security: AWS, Azure and GCP Threat Detection",
        None, "2024-04-02", "INE-7C3A19F2E0", "Dimitra Konstantinou", "INE",
        credits=(48, "CPE"),
    ),
    "heading letter-spaced 0.3cm (text layer 'C E R T I F …'); bottom row of "
    "values ABOVE their labels (date / CPE Credits / instructor with 'ID 10442' decoy); "
    "Certificate ID in a corner frame",
)
def _ine() -> str:
    d = Doc(landscape=True, margins="1.5cm", border="4pt solid #111111")
    d.frame("19cm", "17.4cm", "8.6cm", [
        d.para("Certificate ID: INE-7C3A19F2E0", size="8pt", align="end", color="#444444"),
    ])
    d.p("INE", size="40pt", bold=True, align="center", before="0.4cm", font=NSANS)
    d.p("CERTIFICATE OF COMPLETION", size="16pt", ls="0.3cm", align="center",
        before="0.5cm")
    d.p("This certifies that", size="11pt", align="center", before="0.8cm")
    d.p("Dimitra Konstantinou", size="28pt", align="center", before="0.2cm", font=SERIF)
    d.p("has successfully completed the learning path", size="11pt", align="center",
        before="0.4cm")
    d.p("Advanced Cloud Security: AWS, Azure and GCP Threat Detection", size="18pt",
        bold=True, align="center", before="0.2cm")
    cap = {"size": "8pt", "align": "center", "color": "#666666", "bt": THIN,
           "before": "0.05cm"}
    val = {"size": "12pt", "align": "center"}
    d.p("", before="1.2cm")
    d.add(d.table(
        [6, 4, 7],
        [[
            [d.para("April 2, 2024", **val), d.para("Date", **cap)],
            [d.para("48", **val), d.para("CPE Credits", **cap)],
            [d.para("Hassan Farouk", **val), d.para("Instructor (ID 10442)", **cap)],
        ]],
        border=None, pad="0.4cm",
    ))
    return d.xml()


@case(
    "h7-cbt-nuggets-secplus",
    "known",
    "certificate.pdf",
    E(
        "CompTIA Security+ (SY0-701) Online Training",
        None, "2024-01-19", "CBT-24-0119-55821", "Rhiannon McAllister-Byrne", "CBT Nuggets",
    ),
    "label/value table with shaded label column; ISO completion date; 'Certificate #' next to "
    "an 'Account #' decoy; exam code inside the title; footer 'Printed on 2024-02-02'",
)
def _cbt() -> str:
    d = Doc(margins="2cm")
    d.header_footer(footer=[d.para("Printed on 2024-02-02 · cbtnuggets.com", size="8pt")])
    d.p(d.span("CBT", bold=True, color="#f26522"), d.span(" Nuggets", color="#333333"),
        size="24pt", font=NSANS)
    d.p("Certificate of Completion", size="28pt", before="2cm", font=GOTHIC)
    d.p("This certificate is presented to the learner below for completing the course.",
        size="10pt", before="0.4cm", after="0.8cm", color="#555555")
    d.add(d.table(
        [5, 12],
        [
            ["Learner", "Rhiannon McAllister-Byrne"],
            ["Course", "CompTIA Security+ (SY0-701) Online Training"],
            ["Trainer", "Keith Barnwell"],
            ["Completed", "2024-01-19"],
            ["Certificate #", "CBT-24-0119-55821"],
            ["Account #", "558210"],
        ],
        shade="#f1f1f1", cell={"size": "11pt"}, first_col={"bold": True},
    ))
    return d.xml()


@case(
    "h7-skillsoft-percipio",
    "known",
    "Skillsoft_Certificate_1f0c6b2e.pdf",
    E(
        "Cisco CCNA 200-301: Network Fundamentals – Cabling, Switching and IPv4 Addressing",
        None, "2024-03-14", None, "Beatriz Magalhães", "Skillsoft", credits=(2.4, "CPE"),
    ),
    "small-caps heading (big and small capitals land on two text lines: 'C C' / 'ERTIFICATE "
    "OF OMPLETION'); 'Completion date: 03/14/2024' (14 settles the "
    "order); two bottom frames side by side (date | NASBA CPE credits: 2.4); exam number in "
    "the long title; no code",
)
def _skillsoft() -> str:
    d = Doc(landscape=True, margins="1.6cm")
    d.frame("2cm", "16.2cm", "11cm", [
        d.para("Completion date: 03/14/2024", size="10pt"),
        d.para("Field of study: Information Technology", size="9pt", color="#555555"),
    ])
    d.frame("16.5cm", "16.2cm", "11cm", [
        d.para("NASBA CPE credits: 2.4", size="10pt", align="end"),
        d.para("Delivery method: QAS Self-study", size="9pt", align="end", color="#555555"),
    ])
    d.p(d.span("skillsoft", bold=True, color="#00857c"), d.span("  percipio",
        color="#555555"), size="20pt", font=NSANS)
    d.p("Certificate of Completion", size="30pt", smallcaps=True, align="center",
        before="1.4cm", font=CENTURY)
    d.p("This is to certify that", align="center", before="0.8cm")
    d.p("Beatriz Magalhães", size="26pt", align="center", before="0.3cm", italic=True,
        font=CENTURY)
    d.p("has successfully completed", align="center", before="0.4cm")
    d.p("Cisco CCNA 200-301: Network Fundamentals – Cabling, Switching and IPv4 Addressing",
        size="16pt", bold=True, align="center", before="0.3cm", ml="2cm", mr="2cm")
    return d.xml()


# ---- foreign issuers: vendors ---------------------------------------------------------------


@case(
    "h7-aws-classroom",
    "foreign",
    "AWS_Training_Certificate_Cloud_Practitioner_Essentials.pdf",
    E(
        "AWS Cloud Practitioner Essentials", None, "2024-03-03", None, "Kenji Watanabe-Roth",
        None,
    ),
    "labels in bordered boxes with the value right of each box; '3 Mar 2024'; 'Course ID: "
    "134' and an instructor decoy; no code",
)
def _aws_classroom() -> str:
    d = Doc(margins="2cm")
    d.rect("0cm", "0cm", "21cm", "1.2cm", "#232f3e")
    d.rect("0cm", "1.2cm", "21cm", "0.25cm", "#ff9900")
    d.p(d.span("aws", bold=True), " training and certification", size="16pt", before="1.2cm",
        font=NSANS, color="#232f3e")
    d.p("Certificate of Completion", size="30pt", before="2cm", font=NSANS)
    d.p("This is to certify that", size="11pt", before="0.8cm")
    d.p("Kenji Watanabe-Roth", size="24pt", bold=True, before="0.2cm")
    d.p("has successfully completed", size="11pt", before="0.6cm", after="0.6cm")
    box = {"size": "9pt", "bold": True, "color": "#232f3e", "border": "0.8pt solid #232f3e",
           "pad": "0.12cm", "align": "center"}
    rows = []
    for k, v in (
        ("Course", "AWS Cloud Practitioner Essentials"),
        ("Course ID", "134"),
        ("Date", "3 Mar 2024"),
        ("Instructor", "Maribel Esquivel"),
        ("Location", "Virtual classroom"),
    ):
        rows.append([[d.para(k, **box)], [d.para(v, size="12pt", ml="0.3cm")]])
    d.add(d.table([4, 13], rows, border=None, pad="0.12cm", align="left"))
    d.p("Amazon Web Services, Inc. · aws.amazon.com/training", size="8pt", before="3cm",
        color="#777777")
    return d.xml()


@case(
    "h7-aws-saa",
    "foreign",
    "AWS Certified Solutions Architect - Associate certificate.pdf",
    E(
        "AWS Certified Solutions Architect – Associate", None, "2024-03-03",
        "7QK3M1YB2JE41PSW", "Chidi Okafor-Lindqvist", None,
    ),
    "AWS certification layout: Issue Date (the date) vs Expiration Date (decoy) in two "
    "corner frames; 'Validation Number' next to 'Validate at' URL without the code; "
    "Candidate ID decoy; 'Mar 03, 2024'",
)
def _aws_saa() -> str:
    d = Doc(landscape=True, margins="0cm")
    d.rect("0cm", "0cm", "29.7cm", "3.2cm", "#232f3e")
    d.frame("2cm", "1cm", "12cm", [d.para("aws certified", size="22pt", bold=True,
                                           color="#ffffff", font=NSANS)])
    d.frame("2cm", "17.2cm", "11cm", [
        d.para(d.span("Issue Date", bold=True), Raw("<text:tab/>"), "Mar 03, 2024",
               size="9pt", tabs=[("3.6cm", "left")]),
        d.para(d.span("Expiration Date", bold=True), Raw("<text:tab/>"), "Mar 03, 2027",
               size="9pt", tabs=[("3.6cm", "left")]),
    ])
    d.frame("15.5cm", "17.2cm", "12.2cm", [
        d.para(d.span("Validation Number", bold=True), "  7QK3M1YB2JE41PSW", size="9pt",
               align="end"),
        d.para("Validate at: http://aws.amazon.com/verification", size="9pt", align="end"),
    ])
    d.frame("2cm", "6cm", "25.7cm", [
        d.para("Chidi Okafor-Lindqvist", size="32pt", font=NSANS, align="center"),
        d.para("AWS Certified Solutions Architect – Associate", size="22pt", bold=True,
               align="center", before="1cm", color="#232f3e"),
        d.para("Candidate ID: AWS01923847", size="9pt", align="center", before="2.2cm",
               color="#666666"),
    ])
    d.p("")
    return d.xml()


@case(
    "h7-microsoft-azure-network",
    "foreign",
    "Microsoft_Certified_Azure_Network_Engineer_Associate.pdf",
    E(
        "Microsoft Certified: Azure Network Engineer Associate", None, "2024-08-12",
        "8A4F2C-9D1E7B", "Sigríður Jónsdóttir", None,
    ),
    "dates are Writer date FIELDS (MMMM d, yyyy) — achievement vs 'Valid until' decoy; "
    "'Certification number' vs MCID and exam AZ-700 decoys; title with colon; Icelandic name",
)
def _microsoft() -> str:
    d = Doc(landscape=True, margins="2cm")
    for i, c in enumerate(("#f25022", "#7fba00", "#00a4ef", "#ffb900")):
        d.rect(f"{2 + (i % 2) * 0.55}cm", "1.6cm" if i < 2 else "2.15cm", "0.5cm", "0.5cm", c)
    d.frame("3.4cm", "1.6cm", "10cm", [d.para("Microsoft", size="20pt", color="#737373",
                                              font=NSANS)])
    us = ("MMMM", " ", "d", ", ", "yyyy")
    d.p("Sigríður Jónsdóttir", size="30pt", align="center", before="3.2cm", font=NSANS)
    d.p("has successfully completed the requirements to be recognized as a", align="center",
        before="0.6cm", size="11pt")
    d.p("Microsoft Certified: Azure Network Engineer Associate", size="22pt", bold=True,
        align="center", before="0.4cm")
    d.p(
        "Date of achievement: ", d.date("2024-08-12", us, "en-US", "August 12, 2024"),
        "     Valid until: ", d.date("2025-08-12", us, "en-US", "August 12, 2025"),
        align="center", before="1cm", size="10pt",
    )
    d.p("Certification number: 8A4F2C-9D1E7B", align="center", size="10pt", before="0.2cm")
    d.p("MCID: 993812004   ·   Exam passed: AZ-700", align="center", size="8pt",
        before="1.6cm", color="#666666")
    d.p("Ravindra Chauhan-Mills", align="end", size="14pt", font=SCRIPT, before="1cm")
    d.p("Corporate Vice President, Worldwide Learning", align="end", size="8pt")
    return d.xml()


@case(
    "h7-fortinet-fcp",
    "foreign",
    "Fortinet_FCP_Network_Security_Certificate.pdf",
    E(
        "Fortinet Certified Professional – Network Security", None, "2024-05-21",
        "LK3P8QZ21A", "Aleksandra Kowalczyk-Berg", None,
    ),
    "label/value table with every cell boxed; ISO dates: achievement vs 'Valid through' "
    "decoy; 'Certification validation number' with a separate verify URL; Candidate ID decoy",
)
def _fortinet() -> str:
    d = Doc(margins="2.2cm")
    d.p(d.span("F", color="#da291c", bold=True), d.span("ORTINET", bold=True), size="22pt",
        font=NSANS, ls="0.05cm")
    d.p("Training Institute", size="10pt", color="#555555")
    d.p("Certificate of Achievement", size="28pt", before="2cm", font=PALATINO)
    d.p("This certifies that", before="0.8cm")
    d.p("Aleksandra Kowalczyk-Berg", size="22pt", bold=True, before="0.2cm")
    d.p("has achieved the certification", before="0.5cm")
    d.p("Fortinet Certified Professional – Network Security", size="17pt", bold=True,
        color="#da291c", before="0.2cm", after="1cm")
    d.add(d.table(
        [7, 9.6],
        [
            ["Date of achievement", "2024-05-21"],
            ["Valid through", "2026-05-21"],
            ["Certification validation number", "LK3P8QZ21A"],
            ["Candidate ID", "FTNT-4488129"],
        ],
        border="0.6pt solid #333333", cell={"size": "10pt"}, first_col={"bold": True},
        align="left",
    ))
    d.p("Verify this certification at https://training.fortinet.com/verify", size="8pt",
        before="0.4cm", color="#555555")
    return d.xml()


@case(
    "h7-redhat-rhcsa",
    "foreign",
    "RedHat_RHCSA_240-118-573.pdf",
    E(
        "Red Hat Certified System Administrator", None, "2024-01-14", "240-118-573",
        "Ibrahim Al-Khatib", None,
    ),
    "title printed twice: as an all-caps letter-spaced heading and inside the sentence; "
    "'Certification ID' also carried in the verify URL (?certId=); exam EX200 decoy; "
    "'January 14, 2024'",
)
def _redhat() -> str:
    d = Doc(landscape=True, margins="1.8cm")
    d.rect("0cm", "0cm", "1.2cm", "21cm", "#ee0000")
    d.p(d.span("Red Hat", bold=True), size="20pt", font=NSANS)
    d.p("Red Hat Certified System Administrator", upper=True, ls="0.12cm", size="18pt",
        align="center", before="1.6cm", bold=True)
    d.p("This is to certify that", align="center", before="1cm")
    d.p("Ibrahim Al-Khatib", size="28pt", align="center", before="0.3cm", font=NROMAN)
    d.p(
        "has met all the requirements and is hereby designated a Red Hat Certified System "
        "Administrator.",
        align="center", before="0.5cm", ml="3cm", mr="3cm",
    )
    d.p("Version: Red Hat Enterprise Linux 9   ·   Exam: EX200", align="center",
        size="9pt", before="0.3cm", color="#555555")
    d.p("Certification ID: 240-118-573", align="center", before="1cm", size="10pt")
    d.p("Date: January 14, 2024", align="center", size="10pt")
    d.p("Verify at https://rhtapps.redhat.com/verify?certId=240-118-573", align="center",
        size="8pt", before="1cm", color="#555555")
    return d.xml()


@case(
    "h7-juniper-jncia",
    "foreign",
    "JNCIA-Junos_certificate.pdf",
    E(
        "Juniper Networks Certified Associate, Junos (JNCIA-Junos)", None, "2023-09-30",
        "JPR-0073AK29", "Fernanda Okoye-Lima", None,
    ),
    "grid of values with their labels UNDER them (old caption style); 'Certified since' vs "
    "'Expires'; Certification number vs Candidate ID and exam JN0-105 decoys; title with "
    "comma and parentheses",
)
def _juniper() -> str:
    d = Doc(landscape=True, margins="1.6cm", border="2pt solid #84b135")
    d.p("JUNIPER", size="20pt", bold=True, font=NSANS, color="#1a1a1a", ls="0.1cm")
    d.p("NETWORKS", size="9pt", ls="0.2cm", color="#84b135")
    d.p("Awarded to", align="center", before="1.2cm", size="11pt")
    d.p("Fernanda Okoye-Lima", align="center", size="28pt", font=SERIF, before="0.2cm")
    d.p("for successfully completing the requirements of", align="center", before="0.5cm")
    d.p("Juniper Networks Certified Associate, Junos (JNCIA-Junos)", size="19pt",
        bold=True, align="center", before="0.2cm", after="1.2cm")
    val = {"size": "12pt", "align": "center", "bb": RULE}
    cap = {"size": "7pt", "align": "center", "color": "#666666", "upper": True,
           "before": "0.05cm"}
    d.add(d.table(
        [5.5, 5.5, 5.5, 5.5],
        [[
            [d.para("2023-09-30", **val), d.para("Certified since", **cap)],
            [d.para("2026-09-30", **val), d.para("Expires", **cap)],
            [d.para("JPR-0073AK29", **val), d.para("Certification number", **cap)],
            [d.para("JUN-44718 / JN0-105", **val), d.para("Candidate ID / Exam", **cap)],
        ]],
        border=None, pad="0.3cm",
    ))
    return d.xml()


@case(
    "h7-comptia-secplus",
    "foreign",
    "CompTIA_Security+_ce_Certificate.pdf",
    E(
        "CompTIA Security+ ce", None, "2023-11-20", "9RTW3KQ1LM", "Alessandro Ferri", None,
    ),
    "Verification Code vs the long 'CompTIA ID' decoy; Certification Date vs Expiration Date "
    "decoy in a right-aligned frame; 'ce' suffix in the title",
)
def _comptia() -> str:
    d = Doc(landscape=True, margins="2cm")
    d.frame("17cm", "15.2cm", "10.7cm", [
        d.para("Certification Date: November 20, 2023", size="9pt", align="end"),
        d.para("Expiration Date: November 20, 2026", size="9pt", align="end"),
        d.para("Verification Code: 9RTW3KQ1LM", size="9pt", align="end", bold=True),
        d.para("Verify at: http://verify.CompTIA.org", size="9pt", align="end"),
    ])
    d.frame("2cm", "15.2cm", "10cm", [
        d.para("CompTIA ID: COMP001022334455", size="9pt"),
        d.para("Pia Lindemann-Cruz", size="16pt", font=SCRIPT, before="0.5cm"),
        d.para("President and CEO", size="8pt"),
    ])
    d.p("CompTIA", size="26pt", bold=True, color="#c8102e", font=NSANS)
    d.p("Alessandro Ferri", size="30pt", align="center", before="1.6cm", font=CENTURY)
    d.p("has successfully met the requirements for", align="center", before="0.5cm")
    d.p("CompTIA Security+ ce", size="26pt", bold=True, align="center", before="0.3cm")
    return d.xml()


# ---- foreign issuers: universities, conferences, training centres ---------------------------


@case(
    "h7-university-extensao-pt",
    "foreign",
    "certificado_extensao_5C1E8A27.pdf",
    E(
        "Segurança em Redes de Computadores: Firewalls, VPNs e Detecção de Intrusões",
        "2025-05-21", "2025-06-18", "5C1E-8A27-B3F0-9D64", "João Pedro Damasceno Araújo",
        None, credits=(40, "hours"),
    ),
    "Brazilian university extension course: one justified sentence holding name, quoted "
    "title, range 'no período de 21 de maio a 18 de junho de 2025' and 'carga horária de 40 "
    "horas'; place/date line 'Brasília, 27 de junho de 2025' decoy; verification code + URL",
)
def _univ_pt() -> str:
    d = Doc(landscape=True, margins="2cm", lang="pt-BR", border="1pt solid #2e5e4e")
    d.p("UNIVERSIDADE FEDERAL DO PLANALTO CENTRAL", size="15pt", bold=True, align="center",
        color="#2e5e4e")
    d.p("Pró-Reitoria de Extensão e Cultura", size="10pt", align="center")
    d.p("CERTIFICADO", size="34pt", align="center", before="1cm", ls="0.3cm", font=SERIF)
    d.p(
        "Certificamos que ", d.span("João Pedro Damasceno Araújo", bold=True),
        " participou do curso de extensão “Segurança em Redes de Computadores: Firewalls, "
        "VPNs e Detecção de Intrusões”, realizado no período de 21 de maio a 18 de junho de "
        "2025, na modalidade a distância, com carga horária de 40 horas.",
        align="justify", size="13pt", before="1cm", lh="150%", ml="1cm", mr="1cm",
    )
    d.p("Brasília, 27 de junho de 2025.", align="end", before="0.8cm", mr="1cm")
    d.p("Profa. Dra. Marta Kellner Sobral", align="center", before="1.2cm", size="10pt",
        bt=THIN, ml="8cm", mr="8cm")
    d.p("Pró-Reitora de Extensão", align="center", size="8pt")
    d.p(
        "Código de verificação: 5C1E-8A27-B3F0-9D64 — autenticidade em "
        "https://certificados.ufpc.edu.br/validar",
        size="7pt", before="0.6cm", align="center", color="#555555",
    )
    return d.xml()


@case(
    "h7-conference-securenet",
    "foreign",
    "SecureNet_Summit_2023_Attendance_Certificate.pdf",
    E(
        "SecureNet Summit 2023", "2023-06-12", "2023-06-16", "SNS23-0412", "Isabella Moretti",
        None, credits=(32, "CPE"),
    ),
    "conference attendance: range 'June 12 - June 16, 2023'; all-caps 'RECOMMENDED FOR 32 "
    "CPE CREDITS'; 'Session recordings available until September 30, 2023' decoy; "
    "'Certificate No.' in the footer",
)
def _conference() -> str:
    d = Doc(landscape=True, margins=("0cm", "2cm", "1.5cm", "2cm"))
    d.rect("0cm", "0cm", "29.7cm", "3.4cm", "#3b1f5c")
    d.header_footer(footer=[d.para(
        "Certificate No. SNS23-0412   ·   SecureNet Events Ltd., 18 Rua do Alecrim, Lisbon",
        size="8pt", align="center", color="#666666")])
    d.frame("2cm", "1cm", "25.7cm", [
        d.para("SECURENET SUMMIT 2023 · LISBON", size="18pt", bold=True, color="#ffffff",
               align="center", ls="0.1cm"),
    ])
    d.p("Certificate of Attendance", size="32pt", align="center", before="4.6cm",
        font=PALATINO)
    d.p("This is to certify that", align="center", before="0.6cm")
    d.p("Isabella Moretti", size="26pt", bold=True, align="center", before="0.2cm")
    d.p("attended", align="center", before="0.4cm")
    d.p("SecureNet Summit 2023", size="20pt", align="center", before="0.2cm",
        color="#3b1f5c", bold=True)
    d.p("June 12 - June 16, 2023 · Centro de Congressos, Lisbon, Portugal", align="center",
        before="0.2cm", size="11pt")
    d.p("RECOMMENDED FOR 32 CPE CREDITS", align="center", before="0.8cm", size="12pt",
        bold=True, color="#3b1f5c")
    d.p("Session recordings available until September 30, 2023", align="center",
        before="0.8cm", size="9pt", color="#666666")
    return d.xml()


@case(
    "h7-letter-leeds",
    "foreign",
    "Completion letter - Okonkwo-Hale.pdf",
    E(
        "Designing and Operating Resilient Data Centre Fabrics with VXLAN EVPN: Underlay, "
        "Overlay and Multi-Site Interconnect",
        "2024-03-04", "2024-03-06", "PTC/2024/0311", "Ngozi Okonkwo-Hale", None,
    ),
    "a letter: the quoted title wraps over lines INSIDE a justified sentence; range 'from 4 to "
    "6 March 2024'; letter date '11 March 2024' decoy; name only in the address block and "
    "'Participant:' line (salutation uses surname); reference with slashes",
)
def _letter_leeds() -> str:
    d = Doc(margins=("2cm", "2.2cm", "2cm", "2.5cm"), lang="en-GB", font=SERIF, size="11pt")
    d.p("Pennine Technical Centre", size="18pt", bold=True, align="end", font=NSANS,
        color="#1d4f73")
    d.p("Unit 4, Kirkstall Forge · Leeds LS5 3BF · training@penninetc.co.uk", size="8pt",
        align="end", color="#555555", after="1.5cm")
    for line in ("Ms Ngozi Okonkwo-Hale", "Harrowgate Data Services Ltd", "12 Station Road",
                 "York YO24 1AB"):
        d.p(line)
    d.p("11 March 2024", before="1cm")
    d.p("Participant: Ngozi Okonkwo-Hale", before="0.8cm", bold=True)
    d.p("Certificate reference: PTC/2024/0311", bold=True)
    d.p("Dear Ms Okonkwo-Hale,", before="0.8cm")
    d.p(
        "This letter confirms that you successfully completed the instructor-led course "
        "“Designing and Operating Resilient Data Centre Fabrics with VXLAN EVPN: Underlay, "
        "Overlay and Multi-Site Interconnect”, held at our Leeds training centre from 4 to 6 "
        "March 2024. You attended all sessions and completed every practical lab.",
        before="0.4cm", align="justify", lh="140%",
    )
    d.p(
        "Please quote the certificate reference above in any correspondence. We hope to "
        "welcome you back soon.",
        before="0.4cm", align="justify", lh="140%",
    )
    d.p("Yours sincerely,", before="0.8cm")
    d.p("Gareth Pemberton-Shaw", before="1.2cm")
    d.p("Training Manager", size="9pt")
    return d.xml()


@case(
    "h7-fr-attestation",
    "foreign",
    "Attestation_de_fin_de_formation_Lefevre-Dumas.pdf",
    E(
        "Administration avancée des pare-feux Stormshield : haute disponibilité et VPN IPsec",
        "2024-04-03", "2024-04-05", "FR-2024-0173", "Hélène Lefèvre-Dumas", None,
        credits=(21, "hours"),
    ),
    "French attestation: 'du 3 au 5 avril 2024'; date of birth 'née le 12/07/1988' and "
    "'Fait à Lyon, le 8 avril 2024' decoys; «guillemets» title with ' : '; label<TAB>value "
    "lines; 'd'une durée de 21 heures'",
)
def _fr() -> str:
    d = Doc(margins="2.2cm", lang="fr-FR")
    d.p("FORMATIO RÉSEAUX SARL", size="14pt", bold=True, color="#203864")
    d.p("Organisme de formation · 27 quai Perrache · 69002 Lyon · N° déclaration d'activité "
        "84 69 15523 69", size="7pt", color="#555555", bb=THIN, after="1.4cm")
    d.p("ATTESTATION DE FIN DE FORMATION", size="20pt", bold=True, align="center",
        ls="0.05cm")
    d.p("N° d'attestation : FR-2024-0173", size="10pt", align="center", before="0.2cm",
        after="1cm")
    d.p("Je soussignée, Claire Vasseur, directrice de Formatio Réseaux SARL, atteste que :",
        lh="140%")
    tabs = [("4.2cm", "left")]
    for k, v in (
        ("Stagiaire", "Madame Hélène Lefèvre-Dumas"),
        ("Née le", "12/07/1988 à Nantes"),
        ("Entreprise", "Transports Rhodaniens SA"),
    ):
        d.p(f"{k}", Raw("<text:tab/>"), v, tabs=tabs, ml="1cm", before="0.15cm")
    d.p(
        "a suivi la formation « Administration avancée des pare-feux Stormshield : haute "
        "disponibilité et VPN IPsec » du 3 au 5 avril 2024, d'une durée de 21 heures, en "
        "présentiel dans nos locaux de Lyon.",
        before="0.5cm", lh="140%", align="justify",
    )
    d.p("Objectifs atteints : configurer un cluster haute disponibilité, déployer des "
        "tunnels VPN IPsec site à site et nomades.", before="0.3cm", lh="140%", size="10pt")
    d.p("Fait à Lyon, le 8 avril 2024", before="1.2cm", align="end")
    d.p("Claire Vasseur", before="0.8cm", align="end", font=SCRIPT, size="16pt")
    d.p("Directrice", align="end", size="9pt")
    return d.xml()


@case(
    "h7-de-teilnahme-fontwork",
    "foreign",
    "Teilnahmebescheinigung_Grossmann-Weiss.pdf",
    E(
        "Netzwerksicherheit mit freien Werkzeugen – Grundlagen und Praxis",
        "2024-03-12", "2024-03-14", "TB-24-03-0088", "Lukas Großmann-Weiß", None,
        credits=(24, "hours"),
    ),
    "heading 'Teilnahmebescheinigung' is a Fontwork shape (outlines, no text); 'geboren am "
    "03.05.1985' and 'Ausgestellt am 15.03.2024' decoys; range 'vom 12. bis 14. März 2024'; "
    "'Dauer: 24 Stunden'",
)
def _de() -> str:
    d = Doc(margins="2.2cm", lang="de-DE")
    d.fontwork("Teilnahmebescheinigung", "3cm", "3.2cm", "15cm", "2.4cm", font=CENTURY,
               color="#7a1f1f")
    d.p("Bildungswerk Nordhessen e. V. · Kölnische Straße 48 · 34117 Kassel", size="8pt",
        color="#555555", align="center")
    d.p("", before="4.2cm")
    d.p("Herr", align="center")
    d.p("Lukas Großmann-Weiß", size="22pt", bold=True, align="center", before="0.2cm")
    d.p("geboren am 03.05.1985", align="center", size="9pt", color="#555555")
    d.p("hat vom 12. bis 14. März 2024 an dem Seminar", align="center", before="0.8cm")
    d.p("„Netzwerksicherheit mit freien Werkzeugen – Grundlagen und Praxis“",
        size="15pt", bold=True, align="center", before="0.3cm", ml="1cm", mr="1cm")
    d.p("teilgenommen.", align="center", before="0.3cm")
    d.p("Inhalte: Paketfilter mit nftables, IDS mit Suricata, VPN mit WireGuard, "
        "Protokollauswertung", size="9pt", align="center", before="0.8cm", ml="2cm", mr="2cm")
    d.add(d.table(
        [8, 8],
        [["Dauer: 24 Stunden", "Bescheinigungs-Nr.: TB-24-03-0088"],
         ["Kassel, Ausgestellt am 15.03.2024", "Seminarleitung: Dr. Jana Wollenweber"]],
        border=None, cell={"size": "10pt"}, pad="0.15cm",
    ))
    return d.xml()


# ---- foreign issuers: other languages -------------------------------------------------------


@case(
    "h7-it-attestato",
    "foreign",
    "Attestato_Bernardi_Zanetti.pdf",
    E(
        "Gestione dei Sistemi Linux in Ambiente Enterprise", "2024-06-03", "2024-06-07",
        "ITF-24-1187", "Giulia Bernardi Zanetti", None,
    ),
    "Italian, landscape, blocks in frames added out of order; 'dal 3 al 7 giugno 2024'; "
    "'Bologna, 10 giugno 2024' decoy; letter-spaced heading",
)
def _it() -> str:
    d = Doc(landscape=True, margins="0cm", lang="it-IT")
    d.frame("2cm", "16.5cm", "12cm", [
        d.para("Bologna, 10 giugno 2024", size="10pt"),
        d.para("Codice attestato: ITF-24-1187", size="10pt", before="0.2cm"),
    ])
    d.frame("3cm", "6.8cm", "23.7cm", [
        d.para("Si attesta che", align="center", size="12pt"),
        d.para("Giulia Bernardi Zanetti", align="center", size="28pt", font=PALATINO,
               italic=True, before="0.3cm"),
        d.para("ha partecipato al corso", align="center", size="12pt", before="0.5cm"),
        d.para("Gestione dei Sistemi Linux in Ambiente Enterprise", align="center",
               size="20pt", bold=True, before="0.3cm"),
        d.para("tenutosi dal 3 al 7 giugno 2024 presso la sede di Bologna", align="center",
               size="12pt", before="0.3cm"),
    ])
    d.frame("17cm", "16.5cm", "10.7cm", [
        d.para("Il Direttore didattico", align="center", size="9pt"),
        d.para("Ing. Paolo Castellucci", align="center", size="15pt", font=SCRIPT,
               before="0.3cm"),
    ])
    d.frame("2cm", "2cm", "25.7cm", [
        d.para("ACCADEMIA INFORMATICA EMILIANA", align="center", size="12pt", bold=True,
               color="#2b5f2b"),
        d.para("ATTESTATO DI PARTECIPAZIONE", align="center", size="24pt", ls="0.25cm",
               before="0.8cm", font=SERIF),
    ])
    d.p("")
    return d.xml()


@case(
    "h7-nl-certificaat",
    "foreign",
    "Certificaat ITIL4 Foundation - S. van der Velde-Bakker.pdf",
    E(
        "ITIL® 4 Foundation", None, "2023-11-14", "NL-ITIL-23-5521",
        "Sanne van der Velde-Bakker", None,
    ),
    "Dutch; both dates are Writer date fields in nl-NL ('14 november 2023'); 'Geldig tot' "
    "decoy three years later; registered sign in the title; lowercase 'van der' name particle",
)
def _nl() -> str:
    d = Doc(margins="2.5cm", lang="nl-NL", border="0.75pt solid #e87722")
    nl = ("d", " ", "MMMM", " ", "yyyy")
    d.p("Kennispunt IT Opleidingen B.V.", size="12pt", bold=True, color="#e87722",
        align="center", before="0.5cm")
    d.p("CERTIFICAAT", size="36pt", align="center", before="2cm", font=GOTHIC, ls="0.1cm")
    d.p("Hierbij verklaren wij dat", align="center", before="1.4cm")
    d.p("Sanne van der Velde-Bakker", size="24pt", align="center", before="0.3cm",
        bold=True)
    d.p("met goed gevolg de training", align="center", before="0.6cm")
    d.p("ITIL® 4 Foundation", size="22pt", align="center", before="0.3cm", color="#e87722")
    d.p("heeft afgerond op ", d.date("2023-11-14", nl, "nl-NL", "14 november 2023"), ".",
        align="center", before="0.3cm")
    d.p("Certificaatnummer: NL-ITIL-23-5521", align="center", before="2.5cm", size="10pt")
    d.p("Geldig tot: ", d.date("2026-11-14", nl, "nl-NL", "14 november 2026"),
        align="center", size="10pt")
    d.p("Utrecht · www.kennispunt-it.nl", align="center", before="2cm", size="8pt",
        color="#777777")
    return d.xml()


@case(
    "h7-pl-zaswiadczenie",
    "foreign",
    "zaswiadczenie_17-03-2024-WAW.pdf",
    E(
        "Bezpieczeństwo sieci bezprzewodowych w przedsiębiorstwie", "2024-03-04",
        "2024-03-06", "17/03/2024/WAW", "Grzegorz Wąsowicz-Żak", None,
    ),
    "Polish: genitive month 'w dniach 4–6 marca 2024 r.'; date of birth 'urodzony 14.02.1990 "
    "r.' and 'Warszawa, 8 marca 2024 r.' decoys; the code '17/03/2024/WAW' looks like a "
    "date",
)
def _pl() -> str:
    d = Doc(margins="2.2cm", lang="pl-PL")
    d.p("Centrum Szkoleń Sieciowych NETKOM sp. z o.o.", size="11pt", bold=True)
    d.p("ul. Grzybowska 87, 00-844 Warszawa", size="8pt", color="#555555")
    d.p("Warszawa, 8 marca 2024 r.", align="end", before="0.4cm", size="10pt")
    d.p("ZAŚWIADCZENIE", size="30pt", align="center", before="2cm", bold=True,
        color="#b22222", ls="0.15cm")
    d.p("o ukończeniu szkolenia", size="14pt", align="center")
    d.p("Nr zaświadczenia: 17/03/2024/WAW", size="10pt", align="center", before="0.3cm")
    d.p("Pan", align="center", before="1.4cm")
    d.p("Grzegorz Wąsowicz-Żak", size="22pt", align="center", bold=True, before="0.2cm")
    d.p("urodzony 14.02.1990 r. w Poznaniu", align="center", size="10pt")
    d.p("ukończył szkolenie", align="center", before="0.6cm")
    d.p("„Bezpieczeństwo sieci bezprzewodowych w przedsiębiorstwie”", size="16pt",
        bold=True, align="center", before="0.2cm")
    d.p("zorganizowane w dniach 4–6 marca 2024 r. w Warszawie.", align="center",
        before="0.3cm")
    d.p("Program szkolenia: WPA3-Enterprise, 802.1X i RADIUS, segmentacja sieci gości, "
        "wykrywanie nieautoryzowanych punktów dostępowych.", size="9pt", align="center",
        before="0.8cm", ml="1cm", mr="1cm")
    d.p("Kierownik szkolenia", align="end", before="2cm", size="9pt")
    d.p("mgr inż. Dorota Pawlikowska", align="end", size="10pt")
    return d.xml()


@case(
    "h7-tr-katilim",
    "foreign",
    "Katilim_Belgesi_Ilkay_Isikgor.pdf",
    E(
        "Siber Güvenlik Operasyon Merkezi (SOC) Analistliği", None, "2023-10-15",
        "TR-SOC-2023-0419", "İlkay Işıkgör", None,
    ),
    "Turkish dotted/dotless i in name and title ('İlkay Işıkgör'); one date '15 Ekim 2023 "
    "tarihinde'; honorific 'Sayın' before the name; title inside a bordered box paragraph",
)
def _tr() -> str:
    d = Doc(landscape=True, margins="1.8cm", lang="tr-TR", border="2pt solid #c8102e")
    d.p("Boğaziçi Siber Akademi", size="14pt", bold=True, align="center", color="#c8102e")
    d.p("KATILIM BELGESİ", size="30pt", align="center", before="0.8cm", font=SERIF)
    d.p("Sayın ", d.span("İlkay Işıkgör", bold=True, size="22pt"), align="center",
        before="0.9cm", size="14pt")
    d.p("15 Ekim 2023 tarihinde düzenlenen", align="center", before="0.6cm")
    d.p("Siber Güvenlik Operasyon Merkezi (SOC) Analistliği", size="18pt", bold=True,
        align="center", before="0.3cm", border="0.8pt solid #c8102e", pad="0.25cm",
        ml="4cm", mr="4cm")
    d.p("eğitimini başarıyla tamamlamıştır.", align="center", before="0.3cm")
    d.p("Belge No: TR-SOC-2023-0419", align="start", before="1.6cm", size="9pt")
    d.p("Eğitmen: Dr. Selin Karaosmanoğlu", align="start", size="9pt")
    return d.xml()


@case(
    "h7-el-vevaiosi",
    "foreign",
    "Βεβαίωση_Παρακολούθησης_Αλεξίου.pdf",
    E(
        "Διαχείριση Δικτύων: Δρομολόγηση και Μεταγωγή σε Εταιρικά Περιβάλλοντα",
        "2024-05-12", "2024-05-16", "EK-2024-0512", "Νικηφόρος Αλεξίου", None,
    ),
    "Greek: genitive month 'από 12 έως 16 Μαΐου 2024'; «» title; 'Αθήνα, 20 Μαΐου 2024' "
    "decoy; label/value table with Greek labels; Greek file name",
)
def _el() -> str:
    d = Doc(margins="2.2cm", lang="el-GR", font=SERIF)
    d.p("ΚΕΝΤΡΟ ΕΠΑΓΓΕΛΜΑΤΙΚΗΣ ΚΑΤΑΡΤΙΣΗΣ «ΔΙΚΤΥΟΝ»", size="12pt", bold=True,
        align="center")
    d.p("Λεωφ. Συγγρού 142, 176 71 Καλλιθέα", size="8pt", align="center", color="#555555")
    d.p("ΒΕΒΑΙΩΣΗ ΠΑΡΑΚΟΛΟΥΘΗΣΗΣ", size="22pt", align="center", before="2cm", bold=True,
        color="#0d5eaf")
    d.p("Βεβαιώνεται ότι ο", align="center", before="1cm")
    d.p("Νικηφόρος Αλεξίου", size="22pt", align="center", before="0.2cm")
    d.p("παρακολούθησε το πρόγραμμα κατάρτισης", align="center", before="0.5cm")
    d.p("«Διαχείριση Δικτύων: Δρομολόγηση και Μεταγωγή σε Εταιρικά Περιβάλλοντα»",
        size="15pt", bold=True, align="center", before="0.2cm", ml="1cm", mr="1cm")
    d.p("που πραγματοποιήθηκε από 12 έως 16 Μαΐου 2024.", align="center", before="0.3cm",
        after="1cm")
    d.add(d.table(
        [6, 8],
        [
            ["Αριθμός βεβαίωσης", "EK-2024-0512"],
            ["Τρόπος διεξαγωγής", "Δια ζώσης"],
            ["Εκπαιδευτής", "Σπυρίδων Μαυρογένης"],
        ],
        border=THIN, cell={"size": "10pt"}, first_col={"bold": True},
    ))
    d.p("Αθήνα, 20 Μαΐου 2024", align="end", before="1.5cm")
    d.p("Ο Διευθυντής", align="end", size="9pt", before="0.2cm")
    return d.xml()


@case(
    "h7-ru-sertifikat",
    "foreign",
    "sertifikat_0457-25.pdf",
    E(
        "Администрирование сетей на базе MikroTik RouterOS", "2025-05-21", "2025-06-18",
        "0457-25", "Белозёрова Ксения Андреевна", None, credits=(72, "hours"),
    ),
    "Russian: surname-first name; range 'с 21 мая по 18 июня 2025 г.'; 'Дата выдачи: 20 июня "
    "2025 г.' decoy; 'в объёме 72 часов'; registration number short and date-like",
)
def _ru() -> str:
    d = Doc(landscape=True, margins="1.6cm", lang="ru-RU", border="3pt double #8b6b2e")
    d.p("АНО ДПО «Учебный центр „Сетевые технологии“»", size="12pt", align="center",
        bold=True)
    d.p("СЕРТИФИКАТ", size="34pt", align="center", before="0.7cm", ls="0.3cm", font=SERIF,
        color="#8b6b2e")
    d.p("Настоящим подтверждается, что", align="center", before="0.7cm")
    d.p("Белозёрова Ксения Андреевна", size="24pt", align="center", before="0.2cm",
        italic=True, font=SERIF)
    d.p("прошла обучение по программе повышения квалификации", align="center",
        before="0.5cm")
    d.p("«Администрирование сетей на базе MikroTik RouterOS»", size="17pt", bold=True,
        align="center", before="0.2cm")
    d.p("с 21 мая по 18 июня 2025 г. в объёме 72 часов", align="center", before="0.3cm")
    tabs = [("18cm", "left")]
    d.p("Регистрационный номер: 0457-25", Raw("<text:tab/>"), "Дата выдачи: 20 июня 2025 г.",
        tabs=tabs, before="1.4cm", size="10pt", ml="1.5cm")
    d.p("Директор", Raw("<text:tab/>"), "О. В. Старостина", tabs=tabs, before="0.4cm",
        size="10pt", ml="1.5cm")
    return d.xml()


@case(
    "h7-vi-chungnhan",
    "foreign",
    "GiayChungNhan_TranMinhKhoi.pdf",
    E(
        "Quản trị mạng doanh nghiệp với Cisco CCNA", "2024-03-04", "2024-03-29",
        "VNC-2403-118", "Trần Minh Khôi", None,
    ),
    "Vietnamese: national motto header; numeric range 'từ ngày 04/03/2024 đến ngày "
    "29/03/2024' (29 settles day-first); date of birth '09/11/1996' decoy; place/date "
    "'ngày 30 tháng 3 năm 2024' decoy; label<TAB>value lines",
)
def _vi() -> str:
    d = Doc(margins="2cm", lang="vi-VN", font=SERIF)
    d.p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, align="center", size="11pt")
    d.p("Độc lập - Tự do - Hạnh phúc", align="center", size="11pt", underline=True)
    d.p("GIẤY CHỨNG NHẬN", size="28pt", bold=True, align="center", before="2cm",
        color="#b00000")
    d.p("TRUNG TÂM ĐÀO TẠO MẠNG SÀI GÒN chứng nhận", align="center", before="0.6cm",
        after="0.8cm")
    tabs = [("5.5cm", "left")]
    for k, v in (
        ("Ông:", "Trần Minh Khôi"),
        ("Ngày sinh:", "09/11/1996"),
        ("Đã hoàn thành khóa học:", "Quản trị mạng doanh nghiệp với Cisco CCNA"),
        ("Thời gian:", "từ ngày 04/03/2024 đến ngày 29/03/2024"),
        ("Xếp loại:", "Giỏi"),
        ("Số hiệu:", "VNC-2403-118"),
    ):
        d.p(k, Raw("<text:tab/>"), d.span(v, bold=k == "Ông:"), tabs=tabs, ml="1cm",
            before="0.2cm")
    d.p("TP. Hồ Chí Minh, ngày 30 tháng 3 năm 2024", align="end", before="1.4cm",
        italic=True)
    d.p("GIÁM ĐỐC", align="end", bold=True, before="0.2cm", mr="1.5cm")
    d.p("Lê Hoàng Phúc", align="end", before="1.6cm", mr="1.3cm")
    return d.xml()


# ---- foreign issuers: Writer template features ----------------------------------------------


@case(
    "h7-form-fields",
    "foreign",
    "Kestrel_Certificate_WS-0927-014.pdf",
    E(
        "Wireshark for Network Troubleshooting", None, "2024-09-27", "WS-0927-014",
        "Rosalind Achterberg", None,
    ),
    "Writer template whose four values are form controls: exported as PDF form fields, the "
    "values are only in the AcroForm fields/widgets, the page text holds just the labels",
)
def _form_fields() -> str:
    d = Doc(landscape=True, margins="2cm", border="1pt solid #2f4f4f")
    d.p("Kestrel IT Training · Utrecht", size="12pt", bold=True, color="#2f4f4f",
        align="center")
    d.p("Certificate of Completion", size="30pt", align="center", before="1cm",
        font=PALATINO)
    d.p("", before="1cm")
    tabs = [("6cm", "left")]
    for label, name, value, w in (
        ("Participant", "participant", "Rosalind Achterberg", "12cm"),
        ("Course", "course", "Wireshark for Network Troubleshooting", "15cm"),
        ("Date of completion", "date", "2024-09-27", "6cm"),
        ("Certificate number", "certno", "WS-0927-014", "6cm"),
    ):
        d.p(f"{label}:", Raw("<text:tab/>"), d.field(name, value, w), tabs=tabs, ml="2cm",
            before="0.35cm", size="12pt")
    d.p("Trainer: Joost Hagemeijer", ml="2cm", before="1.2cm", size="10pt")
    return d.xml()


@case(
    "h7-label-pictures",
    "foreign",
    "7c1d0e5a-93b4-4f2a-8e61-0b9f3d2a7c55.pdf",
    E(
        "VMware vSphere 8: Install, Configure, Manage", "2025-05-21", "2025-06-18",
        "CZ-VMW-25-0618-03", "Marek Dvořák", None,
    ),
    "the labels of the label/value table (Participant, Course, Dates, Certificate ID) are "
    "PICTURES; values are text; range '21 May - 18 Jun 2025'; UUID file name",
)
def _label_pictures() -> str:
    d = Doc(margins="2cm")
    d.p("Brno Datacentre Academy", size="16pt", bold=True, color="#00475e")
    d.p("Certificate of Completion", size="28pt", before="2.5cm", align="center",
        font=SERIF)
    d.p("This certifies that the participant named below completed the evening course.",
        align="center", before="0.5cm", after="1cm", size="10pt")
    rows = []
    for label, value in (
        ("Participant", "Marek Dvořák"),
        ("Course", "VMware vSphere 8: Install, Configure, Manage"),
        ("Dates", "21 May - 18 Jun 2025"),
        ("Certificate ID", "CZ-VMW-25-0618-03"),
    ):
        img = pic(d, label, 0.42, px=48, font="DejaVuSans-Bold.ttf", color=(0, 71, 94),
                  bg=(232, 241, 244))
        rows.append([[d.para(img)], [d.para(value, size="12pt")]])
    d.add(d.table([5, 12], rows, border=THIN, shade="#e8f1f4"))
    d.p("Lecturer: Ing. Tereza Holubová", before="1.5cm", size="10pt")
    return d.xml()


@case(
    "h7-old-style-captions",
    "foreign",
    "HTI_certificate_2023_0612.pdf",
    E(
        "Wireless LAN Design and Site Surveys for Healthcare and Education Campuses",
        "2023-06-12", "2023-06-16", "HTI-23-0612-07", "Liam O'Sullivan-Reyes", None,
        credits=(30, "hours"),
    ),
    "old style: every value sits on a rule with a small caption UNDER it (Name of participant,"
    " Title of course, Date(s) of course); the title is forced over two lines above its "
    "caption; range '12–16 June 2023'; 'Serial No.'; 'Credit hours: 30'",
)
def _old_style() -> str:
    d = Doc(margins="2.5cm", font=BOOKMAN, border="4pt double #5a3e1b")
    d.p("Harbourside Technical Institute", size="20pt", align="center", italic=True,
        color="#5a3e1b", before="0.6cm")
    d.p("CERTIFICATE", size="30pt", align="center", before="1.2cm", ls="0.2cm")
    d.p("This is to certify that", align="center", before="1cm", size="10pt")
    val = {"align": "center", "size": "15pt", "bb": "0.5pt solid #5a3e1b", "before": "0.5cm",
           "ml": "1.5cm", "mr": "1.5cm"}
    cap = {"align": "center", "size": "7pt", "italic": True, "before": "0.05cm"}
    d.p("Liam O'Sullivan-Reyes", **val)
    d.p("Name of participant", **cap)
    d.p("has satisfactorily completed the course", align="center", before="0.6cm",
        size="10pt")
    d.p("Wireless LAN Design and Site Surveys for Healthcare", Raw("<text:line-break/>"),
        "and Education Campuses", **{**val, "size": "12pt", "ml": "0.3cm", "mr": "0.3cm"})
    d.p("Title of course", **cap)
    d.p("12–16 June 2023", **val)
    d.p("Date(s) of course", **cap)
    d.p("Credit hours: 30", align="center", before="1cm", size="10pt")
    d.p("Serial No. HTI-23-0612-07", align="center", size="10pt")
    d.p("Principal", align="end", before="2cm", size="9pt", mr="1cm")
    return d.xml()


@case(
    "h7-summer-school-shadow",
    "foreign",
    "ISSNS2024_Certificate_Attendance.pdf",
    E(
        "International Summer School on Network Security 2024", "2024-07-01", "2024-07-12",
        "ISSNS24-0193", "Ana Beatriz Fonseca Lopes", None, credits=(3.0, "CEU"),
    ),
    "the school name is printed with a text SHADOW (LibreOffice draws the glyphs twice, so "
    "the text layer doubles every letter); '1–12 July 2024'; 'Awarded 3.0 CEUs'",
)
def _summer_school() -> str:
    d = Doc(landscape=True, margins="1.8cm")
    d.p("Universidade Atlântica de Ciências Aplicadas", size="13pt", align="center",
        bold=True, color="#004b87")
    d.p("Certificate of Attendance", size="24pt", align="center", before="1cm", font=SERIF)
    d.p("This is to certify that", align="center", before="0.6cm")
    d.p("Ana Beatriz Fonseca Lopes", size="24pt", align="center", before="0.2cm", bold=True)
    d.p("attended the", align="center", before="0.4cm")
    d.p("International Summer School on Network Security 2024", size="20pt",
        align="center", shadow=True, color="#004b87", bold=True, before="0.2cm")
    d.p("held in Porto from 1–12 July 2024 and was awarded 3.0 CEUs.", align="center",
        before="0.4cm")
    d.p("Certificate ID: ISSNS24-0193", align="center", before="1.2cm", size="9pt")
    d.p("Prof. Rui Valadares · Scientific Coordinator", align="center", before="0.8cm",
        size="9pt")
    return d.xml()


# ---- unknown issuers ------------------------------------------------------------------------


@case(
    "h7-keep-learning",
    "unknown",
    "learnloop-certificate.pdf",
    E(
        "Python Essentials for Network Engineers", None, "2024-03-03", "LL-93F2-0A71",
        "Amara Nwosu-Fontaine", None,
    ),
    "gamified badge: 'Keep learning!' (44pt) and 'Congratulations!' (30pt) both larger than "
    "the course (16pt); '3rd of March 2024'; code printed alone and inside the verify URL; "
    "an 'Up next' block with ANOTHER course and a later date",
)
def _keep_learning() -> str:
    d = Doc(margins="2cm")
    d.rect("0cm", "0cm", "21cm", "9cm", "#ffe8d6")
    d.frame("2cm", "1.6cm", "17cm", [
        d.para("learnloop", size="14pt", bold=True, color="#d9480f"),
        d.para("Keep learning!", size="44pt", bold=True, align="center", before="0.8cm",
               font=NSANS),
        d.para("Congratulations!", size="30pt", align="center", before="0.3cm"),
    ])
    d.p("", before="8cm")
    d.p("Amara Nwosu-Fontaine", size="14pt", align="center", bold=True)
    d.p("you completed", align="center", size="10pt", before="0.3cm")
    d.p("Python Essentials for Network Engineers", size="16pt", align="center",
        before="0.2cm")
    d.p("on the 3rd of March 2024", align="center", size="10pt", before="0.2cm")
    d.p("Credential ID: LL-93F2-0A71", align="center", size="10pt", before="1cm")
    d.p("Verify at https://learnloop.example/verify/LL-93F2-0A71", align="center",
        size="8pt", color="#666666")
    d.p("Up next for you", size="9pt", bold=True, before="2cm", color="#d9480f")
    d.p("Advanced Python for Network Automation — starts on the 15th of April 2024",
        size="9pt")
    return d.xml()


@case(
    "h7-webinar-netops-guild",
    "unknown",
    "webinar_certificate_ZTNA.pdf",
    E(
        "Zero Trust Network Access in Practice", None, "2024-03-03", "NOG-ZT-7712",
        "Søren Kierkegaard-Holm", None, credits=(1.5, "hours"),
    ),
    "webinar: 'Live session: 03/03/2024' (same either way) vs 'Recording available until "
    "31/03/2024' decoy; header with 'Printed on'; 'Duration: 1.5 hours'",
)
def _webinar() -> str:
    d = Doc(margins="2cm")
    d.header_footer(header=[d.para("NetOps Guild · community webinars · Printed on "
                                   "04/03/2024", size="8pt", color="#777777", align="end")])
    d.p("Certificate of Participation", size="26pt", before="2cm", font=GOTHIC,
        align="center")
    d.p("Awarded to", align="center", before="1cm")
    d.p("Søren Kierkegaard-Holm", size="22pt", align="center", bold=True)
    d.p("", before="1cm")
    tabs = [("5cm", "left")]
    for k, v in (
        ("Webinar", "Zero Trust Network Access in Practice"),
        ("Live session", "03/03/2024, 17:00–18:30 CET"),
        ("Duration", "1.5 hours"),
        ("Host", "Ilse Vandermeulen"),
        ("Certificate ID", "NOG-ZT-7712"),
    ):
        d.p(d.span(k, bold=True), Raw("<text:tab/>"), v, tabs=tabs, ml="2cm",
            before="0.2cm")
    d.p("Recording available until 31/03/2024 for registered members.", size="9pt",
        before="1cm", ml="2cm", color="#555555")
    return d.xml()


@case(
    "h7-study-group-plain",
    "unknown",
    "certificate (1).pdf",
    E(
        "CCNA 200-301 Study Sprint", "2024-01-08", "2024-02-26", None, "Björn Åkesson", None,
    ),
    "home-made certificate typed with default formatting by a volunteer study group; ISO "
    "range '2024-01-08 to 2024-02-26'; exam number inside the title; no code",
)
def _study_group() -> str:
    d = Doc(margins="2cm", font=NROMAN, size="12pt")
    d.p("CERTIFICATE", align="center", size="24pt", bold=True, before="3cm")
    d.p("The Subnet Society (volunteer study group)", align="center", before="0.5cm")
    d.p("", before="1.5cm")
    d.p("Awarded to Björn Åkesson for completing the 8-week study group "
        "“CCNA 200-301 Study Sprint”.", align="center")
    d.p("Dates: 2024-01-08 to 2024-02-26", align="center", before="0.5cm")
    d.p("Signed: Mod team (u/packetpusher, u/vlan_hopper)", align="center", before="2cm",
        size="10pt")
    return d.xml()


# ---- values that are not (readable) text, or genuinely ambiguous -----------------------------


def _template_png() -> bytes:
    """A partner's landscape certificate background with the heading and course baked in."""
    w, h = 1188, 840  # 29.7 x 21 cm at ~101 dpi
    im = Image.new("RGB", (w, h), (255, 255, 255))
    dr = ImageDraw.Draw(im)
    for i, c in enumerate(((0, 80, 115), (120, 170, 200), (0, 80, 115))):
        dr.rectangle((18 + i * 8, 18 + i * 8, w - 19 - i * 8, h - 19 - i * 8), outline=c,
                     width=3 if i != 1 else 1)
    serif = ImageFont.truetype(str(_FONT_DIR / "DejaVuSerif.ttf"), 46)
    bold = ImageFont.truetype(str(_FONT_DIR / "DejaVuSans-Bold.ttf"), 27)
    for text, font, y, col in (
        ("CERTIFICATE OF ATTENDANCE", serif, 120, (0, 80, 115)),
        ("Implementing Cisco Application Centric", bold, 430, (20, 20, 20)),
        ("Infrastructure (DCACI) v1.1", bold, 470, (20, 20, 20)),
    ):
        x0, _, x1, _ = dr.textbbox((0, 0), text, font=font)
        dr.text(((w - (x1 - x0)) // 2, y), text, font=font, fill=col)
    buf = io.BytesIO()
    im.save(buf, "PNG", optimize=False)
    return buf.getvalue()


@case(
    "h7-clp-template-picture",
    "known",
    "Certificate_DCACI_Demirci.pdf",
    E(
        "Implementing Cisco Application Centric Infrastructure (DCACI) v1.1", "2024-10-07",
        "2024-10-11", "NPA-24-1007-021", "Yusuf Demirci", "Cisco Learning Partner",
        review=True, credits=(40, "CE"),
    ),
    "partner template: a full-page background PICTURE carries the heading AND the course "
    "title; only partner, name, '7–11 October 2024', Certificate ID and CE credits are typed "
    "in frames over it — the course must be read from the picture",
)
def _clp_template() -> str:
    d = Doc(landscape=True, margins="0cm")
    d.image(_template_png(), "29.7cm", "21cm", x="0cm", y="0cm")
    d.frame("3cm", "4.9cm", "23.7cm", [
        d.para("Nordic Packet Academy AB · Cisco Learning Partner", align="center",
               size="12pt", color="#005073", bold=True),
        d.para("This is to certify that", align="center", size="11pt", before="0.6cm"),
        d.para("Yusuf Demirci", align="center", size="28pt", font=SERIF, before="0.2cm"),
        d.para("has attended the Cisco authorized instructor-led training", align="center",
               size="11pt", before="0.4cm"),
    ])
    d.frame("3cm", "13.3cm", "23.7cm", [
        d.para("7–11 October 2024 · Stockholm", align="center", size="12pt"),
        d.para("Cisco Continuing Education credits: 40", align="center", size="10pt",
               before="0.3cm"),
    ])
    d.frame("3cm", "17.4cm", "23.7cm", [
        d.para("Certificate ID: NPA-24-1007-021", align="end", size="9pt"),
        d.para("Instructor: Linnea Ekström (CCSI #33104)", align="end", size="9pt"),
    ])
    d.p("")
    return d.xml()


@case(
    "h7-es-name-garbage-font",
    "foreign",
    "Certificado_ES-ADM-2024-00931.pdf",
    E(
        "Administración de Redes Linux: Servicios DNS, DHCP y Samba", "2024-11-04",
        "2024-11-22", "ES-ADM-2024-00931", "María José Ibáñez Cortés", None, review=True,
        credits=(30, "hours"),
    ),
    "the learner's name is set in a script font whose /ToUnicode map was replaced by junk — "
    "visible on the page, garbage in the text layer; the rest is clean Spanish ('del 4 al 22 de "
    "noviembre de 2024', place/date field 'Madrid, 25 de noviembre de 2024' decoy)",
    post=_garble_font("Z003"),
)
def _es() -> str:
    d = Doc(landscape=True, margins="1.8cm", lang="es-ES", border="1.2pt solid #7b2d26")
    d.p("Grupo Formativo Meseta, S.L.", size="13pt", bold=True, color="#7b2d26",
        align="center")
    d.p("Certificado de Aprovechamiento", size="28pt", align="center", before="0.8cm",
        font=PALATINO)
    d.p("Se certifica que D.ª", align="center", before="0.8cm")
    d.p("María José Ibáñez Cortés", size="30pt", font=SCRIPT, align="center", before="0.2cm")
    d.p("ha superado con aprovechamiento el curso", align="center", before="0.4cm")
    d.p("Administración de Redes Linux: Servicios DNS, DHCP y Samba", size="17pt",
        bold=True, align="center", before="0.2cm")
    d.p("impartido del 4 al 22 de noviembre de 2024, con una duración de 30 horas.",
        align="center", before="0.3cm")
    es = ("d", " de ", "MMMM", " de ", "yyyy")
    d.p("Nº de certificado: ES-ADM-2024-00931", before="1.2cm", size="10pt", ml="1cm")
    d.p("Madrid, ", d.date("2024-11-25", es, "es-ES", "25 de noviembre de 2024"),
        size="10pt", ml="1cm")
    return d.xml()


@case(
    "h7-u-ambiguous-date",
    "unclear",
    "Certificate_of_Completion_4471.pdf",
    E(
        "Introduction to Network Programmability with NETCONF and RESTCONF", None,
        "2023-05-04", "4471", "Hyun-woo Castellanos", None, review=True,
    ),
    "only date is 'Date: 05/04/2023' and nothing on the page (language, address, other "
    "dates) settles day/month order",
)
def _u_ambig() -> str:
    d = Doc(landscape=True, margins="2cm", font=SERIF)
    d.p("Skyline Tech Institute", size="14pt", bold=True, align="center", font=NSANS)
    d.p("Certificate of Completion", size="30pt", align="center", before="1.2cm")
    d.p("Presented to", align="center", before="0.8cm")
    d.p("Hyun-woo Castellanos", size="26pt", align="center", before="0.2cm", italic=True)
    d.p("for completing", align="center", before="0.4cm")
    d.p("Introduction to Network Programmability with NETCONF and RESTCONF", size="17pt",
        bold=True, align="center", before="0.2cm")
    d.add(d.table(
        [8, 8],
        [["Date: 05/04/2023", "Certificate No.: 4471"]],
        border=None, cell={"size": "11pt", "align": "center"}, pad="0.2cm",
    ))
    return d.xml()


@case(
    "h7-u-two-codes",
    "unclear",
    "Helix_Cloud_Academy_certificate.pdf",
    E(
        "Terraform for Multi-Cloud Networking", None, "2024-09-09", "7F2K-91QD",
        "Noor Al-Hashimi", None, review=True,
    ),
    "two different identifiers under equally strong labels: 'Certificate ID: 7F2K-91QD' (top "
    "right frame) and 'Credential ID: CR-558201-A' (bottom), same size and weight",
)
def _u_two_codes() -> str:
    d = Doc(margins="2cm")
    d.frame("12cm", "1.5cm", "7cm", [d.para("Certificate ID: 7F2K-91QD", size="10pt",
                                            bold=True, align="end")])
    d.p("Helix Cloud Academy", size="16pt", bold=True, color="#0b7285")
    d.p("Certificate of Completion", size="28pt", before="3cm", align="center",
        font=GOTHIC)
    d.p("Noor Al-Hashimi", size="24pt", align="center", before="1cm")
    d.p("has completed", align="center", before="0.4cm")
    d.p("Terraform for Multi-Cloud Networking", size="18pt", bold=True, align="center",
        before="0.2cm")
    d.p("September 9, 2024", align="center", before="0.6cm")
    d.p("Credential ID: CR-558201-A", size="10pt", bold=True, align="center", before="4cm")
    return d.xml()


@case(
    "h7-u-fontwork-title",
    "unclear",
    "OrbitalSkills_Certificate.pdf",
    E(
        "Cloud Native Security Fundamentals", None, "2024-10-02", "OS-24-4471",
        "Kwame Mensah-Adjei", None, review=True,
    ),
    "the course title exists only as a Fontwork (WordArt) shape, exported as outlines — no "
    "text for it in the PDF; everything else is plain text",
)
def _u_fontwork() -> str:
    d = Doc(landscape=True, margins="2cm")
    d.fontwork("Cloud Native Security Fundamentals", "4.5cm", "8.4cm", "20.7cm", "2.2cm",
               font=SANS, color="#5f3dc4")
    d.p("Orbital Skills", size="14pt", bold=True, color="#5f3dc4")
    d.p("Certificate of Achievement", size="26pt", align="center", before="0.8cm")
    d.p("awarded to", align="center", before="0.5cm")
    d.p("Kwame Mensah-Adjei", size="22pt", bold=True, align="center", before="0.2cm")
    d.p("for completing the course", align="center", before="0.4cm")
    d.p("", before="3.2cm")
    d.p("Date: 2024-10-02   ·   ID: OS-24-4471", align="center", size="10pt")
    return d.xml()


@case(
    "h7-u-lpi-code-garbage",
    "unclear",
    "LPIC-1_certificate.pdf",
    E(
        "LPIC-1 Certified Linux Administrator", None, "2024-06-18", "wq8rt5zm3k",
        "Rafaela Nogueira Brandão", None, review=True,
    ),
    "the Verification Code is set in a monospace font whose /ToUnicode map was replaced by junk "
    "(garbage in the text layer); LPI ID decoy in a normal font; 'Valid until' decoy",
    post=_garble_font("DejaVuSansMono"),
)
def _u_lpi() -> str:
    d = Doc(landscape=True, margins="2cm", border="1pt solid #333333")
    d.p("Linux Professional Institute", size="14pt", bold=True, color="#1a1a1a")
    d.p("This certifies that", align="center", before="1.6cm")
    d.p("Rafaela Nogueira Brandão", size="26pt", align="center", before="0.2cm",
        font=SERIF)
    d.p("has achieved the certification", align="center", before="0.4cm")
    d.p("LPIC-1 Certified Linux Administrator", size="22pt", bold=True, align="center",
        before="0.2cm")
    tabs = [("6cm", "left")]
    d.p("", before="1.2cm")
    for k, v in (("Date", "2024-06-18"), ("Valid until", "2029-06-18"),
                 ("LPI ID", "LPI000412345")):
        d.p(k, Raw("<text:tab/>"), v, tabs=tabs, ml="6cm", size="10pt")
    d.p("Verification Code", Raw("<text:tab/>"), d.span("wq8rt5zm3k", font=MONO),
        tabs=tabs, ml="6cm", size="10pt")
    d.p("Verify at https://www.lpi.org/verify", size="8pt", align="center", before="1cm")
    return d.xml()


@case(
    "h7-u-date-picture",
    "unclear",
    "Nordlys_Kompetanse_kursbevis.pdf",
    E(
        "Routing Essentials with Junos OS", None, "2024-10-14", "NK-7730-118",
        "Ingrid Solheim-Bakke", None, review=True,
    ),
    "the completion date is only a rubber-stamp PICTURE next to its typed label; no other "
    "date on the page",
)
def _u_date_picture() -> str:
    d = Doc(margins="2.2cm")
    d.p("Nordlys Kompetanse AS", size="15pt", bold=True, color="#1c5d99")
    d.p("Certificate of Completion", size="28pt", align="center", before="3cm",
        font=CENTURY)
    d.p("awarded to", align="center", before="0.8cm")
    d.p("Ingrid Solheim-Bakke", size="24pt", align="center", before="0.2cm")
    d.p("for completing the course", align="center", before="0.5cm")
    d.p("Routing Essentials with Junos OS", size="18pt", bold=True, align="center",
        before="0.2cm")
    stamp = pic(d, "14 October 2024", 0.9, px=56, font="DejaVuSansMono-Bold.ttf",
                color=(178, 34, 34), bg=(255, 250, 250), pad=10)
    d.p("Date of completion:  ", stamp, align="center", before="1.4cm")
    d.p("Certificate no. NK-7730-118", align="center", before="0.6cm", size="10pt")
    return d.xml()
