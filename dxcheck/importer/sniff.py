"""What kind of document a file is, by its bytes, and the limits against hostile input.

The extension is only a hint: a .docx that is really an old binary Word file, a PDF renamed .txt
or a zip bomb named .docx are told by their first bytes and their sizes, before anything is
decompressed or parsed.
"""

from __future__ import annotations

import time
import zipfile
from pathlib import Path
from typing import Literal

from dxcheck.importer.errors import DocumentError
from dxcheck.model.reports import own_core_properties

# A municipal plan is a few MB as PDF or docx; 64 MiB leaves room for plans full of figures.
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
# A docx: what its parts may decompress to, in all and for the document's XML, and how many parts.
MAX_UNZIPPED_BYTES = 256 * 1024 * 1024
MAX_DOCUMENT_XML_BYTES = 64 * 1024 * 1024
MAX_ZIP_ENTRIES = 5_000
MAX_COMPRESSION_RATIO = 200
MAX_PDF_PAGES = 2_000
# A PDF page may hold this many objects (text, paths, images) and characters: a dense A4 page of a real
# plan has a few thousand of each. A page of 1,000,000 one-letter text objects took 42 s and 700 MB
# (4,000,000: 193 s and 3.4 GB); it is now refused once PDFium has parsed it, before its text is built.
MAX_PAGE_OBJECTS = 100_000
MAX_PAGE_CHARACTERS = 50_000
# PDFium reads a PDF in a child process that may use this much more memory than dxcheck itself: PDFium
# aborts its process when an allocation fails, and the parent then says so (pdf_reader._bounded).
MAX_PDF_MEMORY = 1 << 30
# Reading a document (not counting structure inference) stops after this many seconds.
MAX_SECONDS = 60.0
# The blocks (paragraphs, headings, table rows) a document may give, and the policies and measures its
# draft may hold. A real plan of 150 pages gives a few thousand blocks and a few hundred measures; the
# structure and the draft's layout (ruamel.yaml, round trip) cost about 5 ms a part, so a .docx of
# 100,000 short paragraphs (333 KB) took 7 minutes and 1.5 GB before a draft too large to check.
MAX_BLOCKS = 30_000
MAX_DRAFT_PARTS = 1_000


def too_many_blocks(count: int, *, at_least: bool = False) -> DocumentError:
    """The error for a document beyond MAX_BLOCKS (`at_least`: said by a reader that stopped counting)."""
    if at_least:
        return DocumentError(
            f"段落・見出し・表の行が上限の {MAX_BLOCKS:,} 個を超えました（実際の計画は数千個）。計画の文書か確かめてください",
            f"more paragraphs, headings and table rows than the limit of {MAX_BLOCKS:,} (a real plan has a few thousand): check "
            "that this is a plan",
        )
    return DocumentError(
        f"段落・見出し・表の行が多すぎます（{count:,} 個、上限 {MAX_BLOCKS:,} 個。実際の計画は数千個）。計画の文書か確かめてください",
        f"too many paragraphs, headings and table rows ({count:,}; the limit is {MAX_BLOCKS:,}, a real plan has a few thousand): "
        "check that this is a plan",
    )


Kind = Literal["docx", "pdf", "text"]

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_OOXML = "EncryptionInfo".encode("utf-16-le")


class Deadline:
    """A time limit for reading one document."""

    def __init__(self, seconds: float = MAX_SECONDS) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def check(self) -> None:
        if time.monotonic() > self.end:
            raise DocumentError(
                f"文書の読み取りが {self.seconds:.0f} 秒を超えたため中止しました（文書が大きすぎるか、壊れている可能性があります）",
                f"reading the document took more than {self.seconds:.0f} s and was stopped (too large, or broken)",
            )


def sniff(path: Path) -> tuple[Kind, bytes]:
    """The kind of document and its bytes; DocumentError for anything dxcheck cannot read."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DocumentError(f"ファイルを開けません（{exc.strerror}）", f"cannot open the file: {exc.strerror}") from None
    if path.is_dir():
        raise DocumentError("フォルダです。文書ファイルを指定してください", "a directory, not a document")
    if size > MAX_DOCUMENT_BYTES:
        raise DocumentError(
            f"ファイルが大きすぎます（{size / 2**20:.1f} MiB、上限 {MAX_DOCUMENT_BYTES // 2**20} MiB）",
            f"the file is too large ({size / 2**20:.1f} MiB; the limit is {MAX_DOCUMENT_BYTES // 2**20} MiB)",
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"ファイルを読めません（{exc.strerror}）", f"cannot read the file: {exc.strerror}") from None
    if not data.strip():
        raise DocumentError("文書が空です", "the document is empty")
    suffix = path.suffix.lower()
    if data.startswith(b"%PDF-") or (suffix == ".pdf" and b"%PDF-" in data[:1024]):
        return "pdf", data
    if suffix == ".pdf":
        raise DocumentError(
            "PDF ではありません（先頭に %PDF- がありません）。壊れているか、別の形式のファイルです",
            "not a PDF (no %PDF- header): the file is broken or of another format",
        )
    if data.startswith(OLE2):
        if _ENCRYPTED_OOXML in data[: 1 << 20] or b"EncryptedPackage" in data or "EncryptedPackage".encode("utf-16-le") in data:
            raise DocumentError(
                "パスワードで保護された（暗号化された）Word 文書は読めません。Word でパスワードを解除して保存し直してください",
                "the Word document is password-protected (encrypted); remove the password in Word and save it again",
            )
        if suffix in (".jtd", ".jtdc", ".jtt", ".jaw") or b"JustSystems" in data or "一太郎".encode("utf-16-le") in data:
            raise DocumentError(
                "一太郎の文書（.jtd）は読めません。一太郎で「Word 文書（.docx）」として保存してから読み込んでください",
                "Ichitaro (.jtd) documents are not read; save it as a Word document (.docx) in Ichitaro first",
            )
        raise DocumentError(
            "古い形式の Word 文書（.doc）は読めません。Word で開き「名前を付けて保存」→「Word 文書（.docx）」で保存してください",
            "old binary Word documents (.doc) are not read; open it in Word and save it as .docx",
        )
    if data.startswith(b"{\\rtf"):
        raise DocumentError(
            "RTF 形式は読めません。Word で「Word 文書（.docx）」として保存してください",
            "RTF is not read; save it as a Word document (.docx)",
        )
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06") or suffix in (".docx", ".docm", ".dotx"):
        check_docx_zip(path)
        return "docx", data
    return "text", data


def own_report_error() -> DocumentError:
    # A consultant's folder holds the reports written into it (`compare . -o 比較.docx`): read back as a plan,
    # the matrix's item titles were a town's measures, 確かさ 高, 合格 (the third walkthrough).
    return DocumentError(
        "dxcheck が書いた報告書です（文書の作成者 dxcheck、件名「国の枠組みとの照合」）。計画書ではないため読みません。"
        "計画書そのもの（.docx・.pdf）を指定するか、報告書は別のディレクトリに書いてください",
        "a report dxcheck wrote (its author is dxcheck, its subject 'checked against the national frameworks'), not a plan: "
        "it is not read; name the plan document itself, or write reports to another directory",
    )


def check_docx_zip(path: Path) -> None:
    """A docx is a zip: check its directory (sizes, entries, ratio) before decompressing anything."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    # NotImplementedError: an entry that asks for a zip version or feature Python's zipfile does not read
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
        # (zipfile's words are English: 「File is not a zip file」 in a Japanese message, the third walkthrough's)
        raise DocumentError(
            "Word 文書（.docx）が壊れているか、途中で切れています（zip として読めません）。Word で開けるか確かめ、保存し直してください",
            f"the Word document (.docx) is broken or truncated ({exc}); check that Word opens it and save it again",
        ) from None
    names = {i.filename for i in infos}
    core = next((i for i in infos if i.filename == "docProps/core.xml"), None)
    if core is not None and core.file_size <= 1 << 16:
        try:
            with zipfile.ZipFile(path) as archive:
                properties = archive.read(core).decode("utf-8", "replace")
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError):
            properties = ""
        if own_core_properties(properties):
            raise own_report_error()
    if "word/document.xml" not in names:
        other = "Excel" if "xl/workbook.xml" in names else "PowerPoint" if "ppt/presentation.xml" in names else None
        what = f"{other} のファイル" if other else "Word 文書ではない zip ファイル"
        raise DocumentError(
            f"{what}です（word/document.xml がありません）。計画の本文を Word 文書（.docx）か PDF にしてください",
            "not a Word document (no word/document.xml)" + (f": it is a {other} file" if other else ""),
        )
    if len(infos) > MAX_ZIP_ENTRIES:
        raise DocumentError(
            f"Word 文書の中のファイルが多すぎます（{len(infos):,} 個、上限 {MAX_ZIP_ENTRIES:,}）",
            f"the Word document holds too many parts ({len(infos):,}; the limit is {MAX_ZIP_ENTRIES:,})",
        )
    total = sum(i.file_size for i in infos)
    document = next(i for i in infos if i.filename == "word/document.xml")
    ratio = max((i.file_size / max(i.compress_size, 1) for i in infos), default=0)
    if total > MAX_UNZIPPED_BYTES or document.file_size > MAX_DOCUMENT_XML_BYTES or ratio > MAX_COMPRESSION_RATIO:
        raise DocumentError(
            f"Word 文書を展開すると大きくなりすぎます（展開後 {total / 2**20:,.0f} MiB、圧縮率 {ratio:,.0f} 倍）。"
            "zip 爆弾の可能性があるため読み込みません",
            f"the Word document would decompress to {total / 2**20:,.0f} MiB (ratio {ratio:,.0f}:1): refused as a possible zip bomb",
        )


def decode_text(data: bytes) -> tuple[str, str | None]:
    """Text bytes to str: UTF-8 (with or without BOM), UTF-16 with a BOM, or Shift_JIS (CP932);
    a note when it was not UTF-8."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "文字コード UTF-16 のテキストとして読みました"
    if b"\x00" in data[:4096]:
        raise DocumentError(
            "テキストでも PDF でも Word 文書でもないバイナリファイルです",
            "a binary file that is neither text, PDF nor a Word document",
        )
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp932"), "文字コード Shift_JIS（CP932）のテキストとして読みました"
    except UnicodeDecodeError:
        raise DocumentError(
            "テキストの文字コードが読めません（UTF-8 でも Shift_JIS でもありません）。UTF-8 で保存し直してください",
            "cannot decode the text (neither UTF-8 nor Shift_JIS); save it as UTF-8",
        ) from None
