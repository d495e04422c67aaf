"""A folder of Word and PDF plans: `compare --documents DIR` reads them (and `compare DIR` says so when the
folder holds no YAML), and each document's import is kept in the signed disk cache by its content."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

import dxcheck
from conftest import ROOT, run_cli
from dxcheck.importer import DocumentError

PDFS = sorted((ROOT / "tests" / "data" / "import_blind4").glob("*.pdf"))[:2]


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two PDF plans in a folder, and a cache of this test's own."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("DXCHECK_NO_CACHE", raising=False)
    out = tmp_path / "pdfs"
    out.mkdir()
    for pdf in PDFS:
        shutil.copy(pdf, out / pdf.name)
    return out


def _entries(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "cache" / "dxcheck").glob("import-*.json"))


def test_a_folder_of_documents_is_compared_when_asked_and_the_hint_names_the_option(folder: Path) -> None:
    plain = run_cli("compare", str(folder))
    assert plain.exit_code == 2
    assert "計画書（.docx・.pdf）が 2 件あります" in plain.stderr
    assert "--documents" in plain.stderr
    explained = run_cli("explain", "dx/telework", str(folder))  # a folder of documents: compare --documents reads them
    assert f"計画書なら dxcheck compare --documents {folder}" in explained.stderr
    linted = run_cli("lint", str(folder))  # lint takes a document named: it says so (it said "no plan files")
    assert linted.exit_code == 2
    assert f"計画書（.docx・.pdf）が 2 件あります。計画書はファイルを指定してください（dxcheck lint {folder}/計画書.pdf）" in linted.stderr
    asked = run_cli("compare", "--documents", str(folder), "--format", "json")
    assert asked.exit_code == 0, asked.stderr
    files = [town["file"] for town in json.loads(asked.output)["towns"]]
    assert sorted(Path(f).name for f in files) == [p.name for p in PDFS]
    empty = folder.parent / "empty"
    empty.mkdir()
    none = run_cli("compare", "--documents", str(empty))
    assert none.exit_code == 2
    assert f"比較する計画書がありません（「{empty}」に *.docx・*.pdf がありません）" in none.stderr


def test_the_second_reading_of_a_document_comes_from_the_cache(folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = folder / PDFS[0].name
    cold = run_cli("audit", str(pdf), "--format", "json", "--accept-reading")
    assert len(_entries(tmp_path)) == 1

    read: list[str] = []

    def never(path: Path) -> None:
        read.append(path.name)
        raise DocumentError("読めません", "not read")  # what a document the importer cannot read gives

    monkeypatch.setattr("dxcheck.importer.import_document", never)
    warm = run_cli("audit", str(pdf), "--format", "json", "--accept-reading")
    assert (warm.exit_code, warm.output, warm.stderr) == (cold.exit_code, cold.output, cold.stderr)
    assert read == []
    # The importer is gone: compare reads the cached document, and the other one cannot be read at all.
    compared = run_cli("compare", "--documents", str(folder), "--format", "json", "--jobs", "1")
    assert [Path(t["file"]).name for t in json.loads(compared.output)["towns"]] == [pdf.name]
    assert read == [PDFS[1].name]


def test_a_changed_or_renamed_document_is_another_entry_and_a_forged_one_is_not_read(folder: Path, tmp_path: Path) -> None:
    pdf = folder / PDFS[0].name
    first = run_cli("audit", str(pdf), "--format", "json", "--accept-reading")
    [entry] = _entries(tmp_path)
    # Forged: the draft inside the entry changed (a town's name), the signature left as it was.
    forged = entry.read_bytes().replace(b"municipality", b"municipalitx", 1)
    assert forged != entry.read_bytes()
    entry.write_bytes(forged)
    again = run_cli("audit", str(pdf), "--format", "json", "--accept-reading")
    assert again.output == first.output  # read from the document again, not from the forged entry
    renamed = folder / "renamed.pdf"
    shutil.copy(pdf, renamed)
    run_cli("audit", str(renamed), "--format", "json", "--accept-reading")
    assert len(_entries(tmp_path)) == 2  # the draft's title may come from the name: a key of its own
    with pdf.open("ab") as stream:
        stream.write(b"\n% one more line\n")
    run_cli("audit", str(pdf), "--format", "json", "--accept-reading")
    assert len(_entries(tmp_path)) == 3


def test_no_cache_reads_the_document_every_time(folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for off in ("1", "yes", "TRUE"):
        monkeypatch.setenv("DXCHECK_NO_CACHE", off)
        run_cli("audit", str(folder / PDFS[0].name), "--format", "json", "--accept-reading")
        assert _entries(tmp_path) == []
    # 0, false, no, off and nothing leave the cache on (DXCHECK_NO_CACHE=0 turned it off: found by a hostile try)
    monkeypatch.setenv("DXCHECK_NO_CACHE", " False ")
    run_cli("audit", str(folder / PDFS[0].name), "--format", "json", "--accept-reading")
    assert len(_entries(tmp_path)) == 1


def test_a_document_whose_name_is_not_utf8_is_kept_as_any_other(folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A name from a Windows zip (CP932 bytes: 計画.pdf) is a str with lone surrogates: it names an entry
    as its bytes do, and the audit is the one the cache being off gives (it was an internal error)."""
    named = os.fsdecode(bytes(folder) + b"/" + "計画".encode("cp932") + b".pdf")
    shutil.copy(folder / PDFS[0].name, named)
    monkeypatch.setenv("DXCHECK_NO_CACHE", "1")
    uncached = run_cli("audit", named, "--format", "json", "--accept-reading")
    monkeypatch.delenv("DXCHECK_NO_CACHE")
    cold = run_cli("audit", named, "--format", "json", "--accept-reading")
    warm = run_cli("audit", named, "--format", "json", "--accept-reading")
    assert "内部エラー" not in cold.stderr + warm.stderr
    assert (cold.exit_code, cold.output, cold.stderr) == (uncached.exit_code, uncached.output, uncached.stderr)
    assert (warm.exit_code, warm.output, warm.stderr) == (uncached.exit_code, uncached.output, uncached.stderr)
    assert len(_entries(tmp_path)) == 1


def _twin(pdf: Path, other: Path) -> None:
    """`other`: the same size and modification time as `pdf`, another content (a comment after the end)."""
    data = pdf.read_bytes()
    pdf.write_bytes(data + b"\n% copy A\n")
    other.write_bytes(data + b"\n% copy B\n")
    status = pdf.stat()
    os.utime(other, ns=(status.st_atime_ns, status.st_mtime_ns))


@pytest.mark.parametrize("how", ["renamed over it", "written in place"])
def test_a_document_replaced_while_it_is_read_is_not_kept(folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str) -> None:
    """Hashed, then replaced by a file of the same size and mtime (`cp -p`, `rsync -t`) before the importer
    read it: what was read is not what was hashed, and keeping it would give the other file's reading to
    every later copy of this content (found by a hostile try, 2 times in 4)."""
    pdf = folder / PDFS[0].name
    other = tmp_path / "other.pdf"
    _twin(pdf, other)
    import dxcheck.importer

    real = dxcheck.importer.import_document

    def replaced_first(path: Path) -> object:
        status = path.stat()
        if how == "renamed over it":
            os.replace(other, path)
        else:
            path.write_bytes(other.read_bytes())
        os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns))
        assert (path.stat().st_size, path.stat().st_mtime_ns) == (status.st_size, status.st_mtime_ns)
        return real(path)

    monkeypatch.setattr("dxcheck.importer.import_document", replaced_first)
    run_cli("audit", str(pdf), "--format", "json", "--accept-reading")
    assert _entries(tmp_path) == []
    monkeypatch.setattr("dxcheck.importer.import_document", real)
    run_cli("audit", str(pdf), "--format", "json", "--accept-reading")
    assert len(_entries(tmp_path)) == 1  # left alone, it is kept


def test_the_key_holds_all_of_dxchecks_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The reading uses the models and the era table as well as dxcheck.importer, and a source checkout
    changes them without a new version: a change to any module, at any depth, is another key."""
    from dxcheck.files import import_cache

    code = tmp_path / "pkg"
    (code / "model").mkdir(parents=True)
    (code / "importer.py").write_text("A = 1\n")
    (code / "model" / "fiscal.py").write_text('ERAS = [("R", 2019)]\n')
    before = import_cache.reader_settings(code, "limits")
    (code / "model" / "fiscal.py").write_text('ERAS = [("R", 2020)]\n')
    import_cache.reader_settings.cache_clear()
    assert import_cache.reader_settings(code, "limits") != before
    # …and the read path hands it dxcheck's package, not the importer's folder
    seen: list[Path] = []

    def settings(where: Path, limits: str) -> str:
        seen.append(where)
        return "settings"

    monkeypatch.setattr(import_cache, "reader_settings", settings)
    monkeypatch.setenv("DXCHECK_NO_CACHE", "1")
    run_cli("audit", str(PDFS[0]), "--format", "json", "--accept-reading")
    assert seen == [Path(dxcheck.__file__).parent]
