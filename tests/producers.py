"""The PDF producers the blind held-out sets print their certificates with: headless Chromium
(through Playwright), WeasyPrint, LibreOffice Writer (flat ODF text and Word files), cairo
(the way design tools export) and Ghostscript (hand-written PostScript), with the drawing
bits they share (QR-like blocks, signatures, seals). Written for set 10; set 11 uses them too.
"""

from __future__ import annotations

import atexit
import os
import random
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path
from string import Template
from typing import Any, ClassVar
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent))
from chromium_printer import shared_browser

# --------------------------------------------------------------------------------------------
# Shared drawing bits: QR-like blocks, signatures, seals
# --------------------------------------------------------------------------------------------

Cells = list[tuple[int, int]]


def _qr_cells(seed: str, n: int = 25) -> Cells:
    """A deterministic QR-looking grid (random modules plus three finder patterns)."""
    rng = random.Random("qr:" + seed)
    on = {(r, c) for r in range(n) for c in range(n) if rng.random() < 0.48}
    for r0, c0 in ((0, 0), (0, n - 7), (n - 7, 0)):
        for r in range(-1, 8):
            for c in range(-1, 8):
                rr, cc = r0 + r, c0 + c
                if not (0 <= rr < n and 0 <= cc < n):
                    continue
                on.discard((rr, cc))
                ring = r in (0, 6) or c in (0, 6)
                core = 2 <= r <= 4 and 2 <= c <= 4
                if 0 <= r <= 6 and 0 <= c <= 6 and (ring or core):
                    on.add((rr, cc))
    return sorted(on)


def _qr_svg(seed: str, size: str = "90px", n: int = 25, color: str = "#111") -> str:
    rects = "".join(f'<rect x="{c}" y="{r}" width="1" height="1"/>' for r, c in _qr_cells(seed, n))
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="-1 -1 {n + 2} {n + 2}" '
        f'width="{size}" height="{size}" shape-rendering="crispEdges">'
        f'<rect x="-1" y="-1" width="{n + 2}" height="{n + 2}" fill="#fff"/>'
        f'<g fill="{color}">{rects}</g></svg>'
    )


Segment = tuple[float, float, float, float, float, float]


def _signature(seed: str, w: float, h: float) -> tuple[tuple[float, float], list[Segment]]:
    """Cubic curves that look like a hand-written signature inside a w x h box."""
    rng = random.Random("sig:" + seed)
    x, y = w * 0.04, h * (0.45 + 0.2 * rng.random())
    start = (x, y)
    segs: list[Segment] = []
    n = 6 + rng.randrange(3)
    step = w * 0.78 / n
    for _ in range(n):
        nx = x + step * rng.uniform(0.7, 1.3)
        ny = h * rng.uniform(0.3, 0.8)
        c1 = (x + step * rng.uniform(0.1, 0.9), h * rng.uniform(0.02, 0.98))
        c2 = (nx - step * rng.uniform(-0.4, 0.8), h * rng.uniform(0.02, 0.98))
        segs.append((c1[0], c1[1], c2[0], c2[1], nx, ny))
        x, y = nx, ny
    # the final flourish underneath
    segs.append((x + step, h * 0.95, w * 0.3, h * 1.0, w * 0.1, h * 0.85))
    return start, segs


def _signature_svg(seed: str, w: int = 200, h: int = 56, color: str = "#1d2c6b") -> str:
    (sx, sy), segs = _signature(seed, w, h)
    d = f"M{sx:.1f} {sy:.1f} " + " ".join(
        f"C{a:.1f} {b:.1f} {c:.1f} {d_:.1f} {e:.1f} {f:.1f}" for a, b, c, d_, e, f in segs
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" '
        f'viewBox="0 0 {w} {h}"><path d="{d}" fill="none" stroke="{color}" '
        f'stroke-width="1.6" stroke-linecap="round"/></svg>'
    )


def _seal_svg(size: int = 110, color: str = "#b08d2f", points: int = 24) -> str:
    """A rosette seal without any text in it."""
    import math

    c = size / 2
    outer, inner = c * 0.98, c * 0.86
    pts = []
    for i in range(points * 2):
        r = outer if i % 2 == 0 else inner
        a = math.pi * i / points
        pts.append(f"{c + r * math.cos(a):.1f},{c + r * math.sin(a):.1f}")
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}">'
        f'<polygon points="{" ".join(pts)}" fill="{color}"/>'
        f'<circle cx="{c}" cy="{c}" r="{c * 0.74:.1f}" fill="none" stroke="#fff" '
        f'stroke-width="2"/><circle cx="{c}" cy="{c}" r="{c * 0.6:.1f}" fill="none" '
        f'stroke="#fff" stroke-width="0.8"/></svg>'
    )


def _html(css: str, body: str, lang: str = "en") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<style>{css}</style></head><body>{body}</body></html>"
    )


def _t(template: str, **values: str) -> str:
    return Template(template).substitute(values)


# --------------------------------------------------------------------------------------------
# Producer: headless Chromium through Playwright (one browser for the whole process)
# --------------------------------------------------------------------------------------------


def _browser() -> Any:
    """The test process's one Chromium (shared with the other sets printed by it)."""
    return shared_browser()


def _chromium(html: str, out: Path, width: str, height: str) -> Path:
    page = _browser().new_page()
    try:
        page.set_content(html, wait_until="load")
        page.pdf(
            path=str(out),
            width=width,
            height=height,
            print_background=True,
            margin={"top": "0", "right": "0", "bottom": "0", "left": "0"},
        )
    finally:
        page.close()
    return out


# --------------------------------------------------------------------------------------------
# Producer: WeasyPrint
# --------------------------------------------------------------------------------------------


def _weasy(html: str, out: Path) -> Path:
    from weasyprint import HTML

    HTML(string=html).write_pdf(str(out))
    return out


# --------------------------------------------------------------------------------------------
# Producer: LibreOffice Writer headless (flat ODF text and Word documents written here)
# --------------------------------------------------------------------------------------------


def _lo_profile() -> Path:
    """A private LibreOffice profile for this process, removed when the process exits."""
    profile = Path(tempfile.gettempdir()) / f"heldout_lo_profile_{os.getpid()}"
    if not profile.exists():
        profile.mkdir(parents=True)
        atexit.register(shutil.rmtree, profile, True)
    return profile


def _soffice(source_name: str, payload: bytes, folder: Path) -> Path:
    work = Path(tempfile.mkdtemp(prefix="heldout_lo_"))
    try:
        src = work / source_name
        src.write_bytes(payload)
        profile = _lo_profile()
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation={profile.as_uri()}",
                "--headless",
                "--norestore",
                "--convert-to",
                "pdf:writer_pdf_Export",
                "--outdir",
                str(work),
                str(src),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        out = folder / (src.stem + ".pdf")
        shutil.move(work / (src.stem + ".pdf"), out)
        return out
    finally:
        shutil.rmtree(work, ignore_errors=True)


class _Odt:
    """A tiny flat-ODF (.fodt) writer: paragraphs with automatic styles, tables, page breaks."""

    NS = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
        'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
        'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"'
    )
    FONTS = (
        "DejaVu Sans",
        "DejaVu Serif",
        "Nimbus Sans",
        "Nimbus Roman",
        "C059",
        "P052",
        "URW Gothic",
        "Z003",
        "DejaVu Sans Condensed",
        "URW Bookman",
    )

    def __init__(
        self,
        width_cm: float,
        height_cm: float,
        margin_cm: float = 1.5,
        border: str | None = None,
        background: str | None = None,
        footer: str | None = None,
    ) -> None:
        self.width, self.height, self.margin = width_cm, height_cm, margin_cm
        self.border, self.background, self.footer = border, background, footer
        self.styles: list[str] = []
        self.body: list[str] = []
        self._n = 0
        self._pending_break = False

    def _name(self, prefix: str) -> str:
        self._n += 1
        return f"{prefix}{self._n}"

    @staticmethod
    def _text_props(
        size: float,
        bold: bool,
        italic: bool,
        color: str,
        font: str,
        spacing: float | None,
        upper: bool,
    ) -> str:
        props = (
            f'style:font-name="{font}" fo:font-size="{size}pt" fo:color="{color}" '
            f'fo:font-weight="{"bold" if bold else "normal"}" '
            f'fo:font-style="{"italic" if italic else "normal"}"'
        )
        if spacing:
            props += f' fo:letter-spacing="{spacing}pt"'
        if upper:
            props += ' fo:text-transform="uppercase"'
        return f"<style:text-properties {props}/>"

    def p(
        self,
        text: str | Sequence[tuple[str, bool]],
        size: float = 12,
        bold: bool = False,
        italic: bool = False,
        align: str = "center",
        color: str = "#000000",
        font: str = "DejaVu Sans",
        before: float = 0.0,
        after: float = 0.15,
        spacing: float | None = None,
        upper: bool = False,
    ) -> None:
        name = self._name("P")
        brk = ' fo:break-before="page"' if self._pending_break else ""
        self._pending_break = False
        self.styles.append(
            f'<style:style style:name="{name}" style:family="paragraph">'
            f'<style:paragraph-properties fo:text-align="{align}" fo:margin-top="{before}cm" '
            f'fo:margin-bottom="{after}cm"{brk}/>'
            + self._text_props(size, bold, italic, color, font, spacing, upper)
            + "</style:style>"
        )
        if isinstance(text, str):
            inner = escape(text)
        else:
            bold_name = self._name("T")
            self.styles.append(
                f'<style:style style:name="{bold_name}" style:family="text">'
                '<style:text-properties fo:font-weight="bold"/></style:style>'
            )
            inner = "".join(
                f'<text:span text:style-name="{bold_name}">{escape(t)}</text:span>'
                if b
                else escape(t)
                for t, b in text
            )
        self.body.append(f'<text:p text:style-name="{name}">{inner}</text:p>')

    def table(
        self,
        rows: Sequence[Sequence[str]],
        widths_cm: Sequence[float],
        size: float = 11,
        font: str = "DejaVu Sans",
        bold_first: bool = True,
        border: str = "0.5pt solid #9aa4b1",
        shade_first: str | None = "#eef2f6",
    ) -> None:
        tname = self._name("Tb")
        total = sum(widths_cm)
        self.styles.append(
            f'<style:style style:name="{tname}" style:family="table">'
            f'<style:table-properties style:width="{total}cm" table:align="center"/>'
            "</style:style>"
        )
        cols = []
        for w in widths_cm:
            cname = self._name("Col")
            self.styles.append(
                f'<style:style style:name="{cname}" style:family="table-column">'
                f'<style:table-column-properties style:column-width="{w}cm"/></style:style>'
            )
            cols.append(f'<table:table-column table:style-name="{cname}"/>')
        cell_plain, cell_shade = self._name("C"), self._name("C")
        for cname, bg in ((cell_plain, None), (cell_shade, shade_first)):
            bgp = f' fo:background-color="{bg}"' if bg else ""
            self.styles.append(
                f'<style:style style:name="{cname}" style:family="table-cell">'
                f'<style:table-cell-properties fo:padding="0.12cm" fo:border="{border}"{bgp}/>'
                "</style:style>"
            )
        pl, pb = self._name("P"), self._name("P")
        for pname, b in ((pl, False), (pb, bold_first)):
            self.styles.append(
                f'<style:style style:name="{pname}" style:family="paragraph">'
                '<style:paragraph-properties fo:text-align="start"/>'
                + self._text_props(size, b, False, "#1f2933", font, None, False)
                + "</style:style>"
            )
        xml_rows = []
        for row in rows:
            cells = []
            for i, value in enumerate(row):
                cstyle = cell_shade if i == 0 else cell_plain
                pstyle = pb if i == 0 else pl
                cells.append(
                    f'<table:table-cell table:style-name="{cstyle}" office:value-type="string">'
                    f'<text:p text:style-name="{pstyle}">{escape(value)}</text:p>'
                    "</table:table-cell>"
                )
            xml_rows.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
        self.body.append(
            f'<table:table table:name="{tname}" table:style-name="{tname}">'
            + "".join(cols)
            + "".join(xml_rows)
            + "</table:table>"
        )

    def page_break(self) -> None:
        self._pending_break = True

    def render(self) -> bytes:
        fonts = "".join(
            f'<style:font-face style:name="{f}" svg:font-family="&apos;{f}&apos;"/>'
            for f in self.FONTS
        )
        orient = "landscape" if self.width > self.height else "portrait"
        extra = ""
        if self.border:
            extra += f' fo:border="{self.border}" fo:padding="0.4cm"'
        if self.background:
            extra += f' fo:background-color="{self.background}"'
        footer_style = (
            '<style:footer-style><style:header-footer-properties fo:min-height="0.4cm" '
            'fo:margin-top="0.2cm"/></style:footer-style>'
            if self.footer
            else ""
        )
        footer = ""
        if self.footer:
            self.styles.append(
                '<style:style style:name="Foot" style:family="paragraph">'
                '<style:paragraph-properties fo:text-align="center"/>'
                '<style:text-properties style:font-name="DejaVu Sans" fo:font-size="7pt" '
                'fo:color="#666666"/></style:style>'
            )
            footer = (
                '<style:footer><text:p text:style-name="Foot">'
                f"{escape(self.footer)}</text:p></style:footer>"
            )
        doc = (
            '<?xml version="1.0" encoding="UTF-8"?>'
            f'<office:document {self.NS} office:version="1.2" '
            'office:mimetype="application/vnd.oasis.opendocument.text">'
            f"<office:font-face-decls>{fonts}</office:font-face-decls>"
            '<office:styles><style:style style:name="Standard" style:family="paragraph"/>'
            "</office:styles><office:automatic-styles>"
            '<style:page-layout style:name="pm1"><style:page-layout-properties '
            f'fo:page-width="{self.width}cm" fo:page-height="{self.height}cm" '
            f'style:print-orientation="{orient}" fo:margin-top="{self.margin}cm" '
            f'fo:margin-bottom="{self.margin}cm" fo:margin-left="{self.margin}cm" '
            f'fo:margin-right="{self.margin}cm"{extra}/>{footer_style}</style:page-layout>'
            + "".join(self.styles)
            + "</office:automatic-styles><office:master-styles>"
            f'<style:master-page style:name="Standard" style:page-layout-name="pm1">{footer}'
            "</style:master-page></office:master-styles>"
            "<office:body><office:text>" + "".join(self.body) + "</office:text></office:body>"
            "</office:document>"
        )
        return doc.encode("utf-8")


class _Docx:
    """A minimal WordprocessingML writer: styled paragraphs and simple tables."""

    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def __init__(self, width_in: float, height_in: float, margin_in: float = 0.8) -> None:
        self.width, self.height, self.margin = width_in, height_in, margin_in
        self.parts: list[str] = []

    @staticmethod
    def _run(
        text: str,
        size: float,
        bold: bool,
        italic: bool,
        color: str,
        font: str,
        spacing: float | None,
        caps: bool,
    ) -> str:
        props = (
            f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>'
            + ("<w:b/>" if bold else "")
            + ("<w:i/>" if italic else "")
            + ("<w:caps/>" if caps else "")
            + f'<w:color w:val="{color.lstrip("#")}"/>'
            + (f'<w:spacing w:val="{int(spacing * 20)}"/>' if spacing else "")
            + f'<w:sz w:val="{int(size * 2)}"/>'
        )
        return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'

    def p(
        self,
        text: str | Sequence[tuple[str, bool]],
        size: float = 12,
        bold: bool = False,
        italic: bool = False,
        align: str = "center",
        color: str = "#000000",
        font: str = "DejaVu Sans",
        before: float = 0,
        after: float = 4,
        spacing: float | None = None,
        caps: bool = False,
        page_break: bool = False,
    ) -> None:
        runs = [(text, bold)] if isinstance(text, str) else list(text)
        body = "".join(
            self._run(t, size, b or bold, italic, color, font, spacing, caps) for t, b in runs
        )
        brk = "<w:pageBreakBefore/>" if page_break else ""
        self.parts.append(
            f'<w:p><w:pPr>{brk}<w:spacing w:before="{int(before * 20)}" '
            f'w:after="{int(after * 20)}"/><w:jc w:val="{align}"/></w:pPr>{body}</w:p>'
        )

    def table(
        self,
        rows: Sequence[Sequence[str]],
        widths_in: Sequence[float],
        size: float = 11,
        font: str = "DejaVu Sans",
    ) -> None:
        grid = "".join(f'<w:gridCol w:w="{int(w * 1440)}"/>' for w in widths_in)
        xml_rows = []
        for row in rows:
            cells = []
            for i, (value, w) in enumerate(zip(row, widths_in, strict=True)):
                run = self._run(value, size, i == 0, False, "#222222", font, None, False)
                cells.append(
                    f'<w:tc><w:tcPr><w:tcW w:w="{int(w * 1440)}" w:type="dxa"/></w:tcPr>'
                    f"<w:p>{run}</w:p></w:tc>"
                )
            xml_rows.append("<w:tr>" + "".join(cells) + "</w:tr>")
        borders = "".join(
            f'<w:{side} w:val="single" w:sz="4" w:color="A0A0A0"/>'
            for side in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
        self.parts.append(
            f'<w:tbl><w:tblPr><w:jc w:val="center"/><w:tblBorders>{borders}</w:tblBorders>'
            f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>" + "".join(xml_rows) + "</w:tbl>"
        )

    def render(self) -> bytes:
        tw, th, tm = (int(v * 1440) for v in (self.width, self.height, self.margin))
        orient = ' w:orient="landscape"' if self.width > self.height else ""
        document = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f"<w:document {self.W}><w:body>"
            + "".join(self.parts)
            + f'<w:sectPr><w:pgSz w:w="{tw}" w:h="{th}"{orient}/>'
            f'<w:pgMar w:top="{tm}" w:right="{tm}" w:bottom="{tm}" w:left="{tm}" '
            'w:header="0" w:footer="0" w:gutter="0"/></w:sectPr></w:body></w:document>'
        )
        content_types = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
        )
        rels = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
        )
        out = Path(tempfile.mkdtemp(prefix="heldout_docx_")) / "d.docx"
        try:
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
                for name, data in (
                    ("[Content_Types].xml", content_types),
                    ("_rels/.rels", rels),
                    ("word/document.xml", document),
                ):
                    zf.writestr(zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), data)
            return out.read_bytes()
        finally:
            shutil.rmtree(out.parent, ignore_errors=True)


# --------------------------------------------------------------------------------------------
# Producer: cairo (cairocffi PDFSurface), drawn the way design tools export
# --------------------------------------------------------------------------------------------


class _Cairo:
    def __init__(self, out: Path, width: float, height: float) -> None:
        import cairocffi as cairo

        self.cairo = cairo
        self.out = out
        self.w, self.h = width, height
        self.surface = cairo.PDFSurface(str(out), width, height)
        self.ctx = cairo.Context(self.surface)

    def color(self, rgb: str) -> None:
        v = rgb.lstrip("#")
        self.ctx.set_source_rgb(*(int(v[i : i + 2], 16) / 255 for i in (0, 2, 4)))

    def font(self, family: str, size: float, bold: bool = False, italic: bool = False) -> None:
        c = self.cairo
        self.ctx.select_font_face(
            family,
            c.FONT_SLANT_ITALIC if italic else c.FONT_SLANT_NORMAL,
            c.FONT_WEIGHT_BOLD if bold else c.FONT_WEIGHT_NORMAL,
        )
        self.ctx.set_font_size(size)

    def width_of(self, s: str, spacing: float = 0.0) -> float:
        return float(self.ctx.text_extents(s)[4]) + spacing * max(len(s) - 1, 0)

    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 12,
        family: str = "DejaVu Sans",
        bold: bool = False,
        italic: bool = False,
        align: str = "left",
        color: str = "#000000",
        spacing: float = 0.0,
    ) -> None:
        self.font(family, size, bold, italic)
        self.color(color)
        w = self.width_of(s, spacing)
        if align == "center":
            x -= w / 2
        elif align == "right":
            x -= w
        if not spacing:
            self.ctx.move_to(x, y)
            self.ctx.show_text(s)
            return
        for ch in s:  # tracked text is exported glyph by glyph
            self.ctx.move_to(x, y)
            self.ctx.show_text(ch)
            x += float(self.ctx.text_extents(ch)[4]) + spacing

    def wrap(
        self,
        x: float,
        y: float,
        s: str,
        max_w: float,
        size: float,
        leading: float,
        align: str = "left",
        **kw: Any,
    ) -> float:
        self.font(
            kw.get("family", "DejaVu Sans"), size, kw.get("bold", False), kw.get("italic", False)
        )
        lines: list[str] = []
        cur = ""
        for word in s.split():
            trial = f"{cur} {word}".strip()
            if self.width_of(trial) > max_w and cur:
                lines.append(cur)
                cur = word
            else:
                cur = trial
        lines.append(cur)
        for line in lines:
            self.text(x, y, line, size=size, align=align, **kw)
            y += leading
        return y

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        fill: str | None = None,
        stroke: str | None = None,
        lw: float = 1.0,
    ) -> None:
        self.ctx.rectangle(x, y, w, h)
        if fill:
            self.color(fill)
            if stroke:
                self.ctx.fill_preserve()
            else:
                self.ctx.fill()
        if stroke:
            self.color(stroke)
            self.ctx.set_line_width(lw)
            self.ctx.stroke()

    def line(
        self, x1: float, y1: float, x2: float, y2: float, color: str = "#000000", lw: float = 0.8
    ) -> None:
        self.color(color)
        self.ctx.set_line_width(lw)
        self.ctx.move_to(x1, y1)
        self.ctx.line_to(x2, y2)
        self.ctx.stroke()

    def circle(
        self,
        x: float,
        y: float,
        r: float,
        fill: str | None = None,
        stroke: str | None = None,
        lw: float = 1.0,
    ) -> None:
        import math

        self.ctx.new_sub_path()
        self.ctx.arc(x, y, r, 0, 2 * math.pi)
        if fill:
            self.color(fill)
            if stroke:
                self.ctx.fill_preserve()
            else:
                self.ctx.fill()
        if stroke:
            self.color(stroke)
            self.ctx.set_line_width(lw)
            self.ctx.stroke()

    def qr(self, x: float, y: float, size: float, seed: str, n: int = 25) -> None:
        m = size / n
        self.color("#111111")
        for r, c in _qr_cells(seed, n):
            self.ctx.rectangle(x + c * m, y + r * m, m, m)
        self.ctx.fill()

    def signature(
        self, x: float, y: float, w: float, h: float, seed: str, color: str = "#1d2c6b"
    ) -> None:
        (sx, sy), segs = _signature(seed, w, h)
        self.color(color)
        self.ctx.set_line_width(1.3)
        self.ctx.move_to(x + sx, y + sy)
        for a, b, c, d, e, f in segs:
            self.ctx.curve_to(x + a, y + b, x + c, y + d, x + e, y + f)
        self.ctx.stroke()

    def new_page(self) -> None:
        self.ctx.show_page()

    def finish(self) -> Path:
        self.surface.finish()
        return self.out


# --------------------------------------------------------------------------------------------
# Producer: Ghostscript pdfwrite from PostScript written here
# --------------------------------------------------------------------------------------------


class _PS:
    """PostScript pages using URW base35 fonts, re-encoded for the characters the text uses."""

    FONTS: ClassVar[dict[str, str]] = {
        "sans": "NimbusSans-Regular",
        "sans-b": "NimbusSans-Bold",
        "sans-i": "NimbusSans-Italic",
        "serif": "NimbusRoman-Regular",
        "serif-b": "NimbusRoman-Bold",
        "serif-i": "NimbusRoman-Italic",
        "bookman": "URWBookman-Light",
        "bookman-d": "URWBookman-Demi",
        "gothic": "URWGothic-Book",
        "gothic-d": "URWGothic-Demi",
        "palatino": "P052-Roman",
        "palatino-b": "P052-Bold",
        "schoolbook": "C059-Roman",
        "schoolbook-b": "C059-Bold",
        "chancery": "Z003-MediumItalic",
        "mono": "NimbusMonoPS-Regular",
    }

    def __init__(self, width: float, height: float) -> None:
        self.w, self.h = width, height
        self.pages: list[list[tuple[str, Any]]] = [[]]

    def text(
        self,
        x: float,
        y: float,
        s: str,
        font: str = "sans",
        size: float = 12,
        align: str = "left",
        color: str = "#000000",
    ) -> None:
        self.pages[-1].append(("text", (x, y, s, font, size, align, color)))

    def raw(self, ps: str) -> None:
        self.pages[-1].append(("raw", ps))

    def _rgb(self, color: str) -> str:
        v = color.lstrip("#")
        return " ".join(f"{int(v[i : i + 2], 16) / 255:.3f}" for i in (0, 2, 4))

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        fill: str | None = None,
        stroke: str | None = None,
        lw: float = 1.0,
    ) -> None:
        by = self.h - y - h
        if fill:
            self.raw(f"{self._rgb(fill)} setrgbcolor {x} {by} {w} {h} rectfill")
        if stroke:
            self.raw(
                f"{self._rgb(stroke)} setrgbcolor {lw} setlinewidth {x} {by} {w} {h} rectstroke"
            )

    def line(
        self, x1: float, y1: float, x2: float, y2: float, color: str = "#000000", lw: float = 0.8
    ) -> None:
        self.raw(
            f"{self._rgb(color)} setrgbcolor {lw} setlinewidth newpath {x1} {self.h - y1} moveto "
            f"{x2} {self.h - y2} lineto stroke"
        )

    def circle(
        self,
        x: float,
        y: float,
        r: float,
        fill: str | None = None,
        stroke: str | None = None,
        lw: float = 1.0,
    ) -> None:
        path = f"newpath {x} {self.h - y} {r} 0 360 arc closepath"
        if fill:
            self.raw(f"{self._rgb(fill)} setrgbcolor {path} fill")
        if stroke:
            self.raw(f"{self._rgb(stroke)} setrgbcolor {lw} setlinewidth {path} stroke")

    def qr(self, x: float, y: float, size: float, seed: str, n: int = 25) -> None:
        m = size / n
        rects = " ".join(
            f"{x + c * m:.2f} {self.h - y - (r + 1) * m:.2f} {m:.2f} {m:.2f} rectfill"
            for r, c in _qr_cells(seed, n)
        )
        self.raw(f"0 0 0 setrgbcolor {rects}")

    def signature(
        self, x: float, y: float, w: float, h: float, seed: str, color: str = "#1d2c6b"
    ) -> None:
        (sx, sy), segs = _signature(seed, w, h)

        def pt(px: float, py: float) -> str:
            return f"{x + px:.1f} {self.h - (y + py):.1f}"

        curves = " ".join(f"{pt(a, b)} {pt(c, d)} {pt(e, f)} curveto" for a, b, c, d, e, f in segs)
        self.raw(
            f"{self._rgb(color)} setrgbcolor 1.2 setlinewidth 1 setlinecap newpath "
            f"{pt(sx, sy)} moveto {curves} stroke"
        )

    def new_page(self) -> None:
        self.pages.append([])

    def render(self) -> bytes:
        from fontTools.agl import UV2AGL

        extra = sorted(
            {
                ch
                for page in self.pages
                for kind, item in page
                if kind == "text"
                for ch in item[2]
                if ord(ch) > 126
            }
        )
        if len(extra) > 120:
            raise ValueError("too many distinct non-ASCII characters for one encoding")
        codes = {ch: 128 + i for i, ch in enumerate(extra)}
        enc = " ".join(f"dup {code} /{UV2AGL[ord(ch)]} put" for ch, code in codes.items())
        enc += " dup 39 /quotesingle put dup 96 /grave put"
        lines = [
            "%!PS-Adobe-3.0",
            f"%%BoundingBox: 0 0 {int(self.w)} {int(self.h)}",
            "/reenc { /new exch def findfont dup length dict begin",
            " { 1 index /FID ne { def } { pop pop } ifelse } forall",
            f" /Encoding StandardEncoding 256 array copy {enc} def",
            " currentdict end new exch definefont pop } def",
        ]
        for key, name in self.FONTS.items():
            lines.append(f"/{name} /H10-{key} reenc")
        lines.append(f"<< /PageSize [{self.w} {self.h}] >> setpagedevice")

        def ps_str(s: str) -> str:
            out = []
            for ch in s:
                if ch in codes:
                    out.append(f"\\{codes[ch]:03o}")
                elif ch in "()\\":
                    out.append("\\" + ch)
                else:
                    out.append(ch)
            return "(" + "".join(out) + ")"

        for page in self.pages:
            for kind, item in page:
                if kind == "raw":
                    lines.append(item)
                    continue
                x, y, s, font, size, align, color = item
                lines.append(f"/H10-{font} {size} selectfont {self._rgb(color)} setrgbcolor")
                lit = ps_str(s)
                by = self.h - y
                if align == "left":
                    lines.append(f"{x} {by} moveto {lit} show")
                else:
                    div = "2 div" if align == "center" else ""
                    lines.append(f"{lit} dup stringwidth pop {div} neg {x} add {by} moveto show")
            lines.append("showpage")
        return ("\n".join(lines) + "\n").encode("latin-1")


def _ghostscript(doc: _PS, out: Path) -> Path:
    work = Path(tempfile.mkdtemp(prefix="heldout_gs_"))
    try:
        src = work / "cert.ps"
        src.write_bytes(doc.render())
        subprocess.run(
            [
                "gs",
                "-q",
                "-dNOPAUSE",
                "-dBATCH",
                "-dSAFER",
                "-sDEVICE=pdfwrite",
                f"-sOutputFile={out}",
                str(src),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        return out
    finally:
        shutil.rmtree(work, ignore_errors=True)
