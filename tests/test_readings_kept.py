"""The readings inference keeps on disk between runs (dxcheck.reading.infer, `Reader.kept_for`).

An entry for each plan, named by the plan's text: what the next audit of the same plan may rely on is
that a text read once is not read again (its readings come from the disk, the same ones); that what
the disk holds is made into readings only for the texts asked for; that a stored text whose readings
have not their shape is read again; that an entry holds the texts of its plan and no other's, is
written only when a text was read afresh, and that a comparison neither reads nor writes one (the
entry for every plan that came before it grew to 22 MB after a comparison of a country, and every
audit then read it and wrote it again).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fault_helpers import dx

from conftest import ROOT
from dxcheck.catalogue.framework import shipped_catalogue
from dxcheck.files import cache as disk
from dxcheck.reading import infer
from dxcheck.reading.japanese import lexicon

TEXTS = [
    "マイナンバーカードの交付申請を支援し、普及を促進します。",
    "行政手続のオンライン化を進めます。",
    "テレワークの導入を検討します。",
    "オープンデータを公開します。",
]
PLAN = "the text of a plan: its entry is named by it\n"
OTHER = "the text of another plan\n"


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("DXCHECK_NO_CACHE", raising=False)
    return tmp_path / "cache"


def _reader() -> infer.Reader:
    return infer.Reader(shipped_catalogue().select(), lexicon())


def _where(reader: infer.Reader, plan: str) -> Path:
    where = disk.path("readings", reader._made_of_digest, plan)
    assert where is not None
    return where


def _audited(reader: infer.Reader, plan: str, texts: list[str]) -> list[list[infer.Match]]:
    """What an audit of `plan` does with the reader: its texts read within the plan's entry."""
    with reader.kept_for(plan):
        return [reader.read_text(text) for text in texts]


def _never_read(self: infer.Reader, text: str, field_name: str) -> list[infer.Match]:
    raise AssertionError(f"read again: {text}")


def test_a_text_read_once_comes_from_the_disk_the_next_time(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    readings = _audited(_reader(), PLAN, TEXTS)
    assert any(readings), "the texts name items: something is read"
    monkeypatch.setattr(infer.Reader, "_read_text", _never_read)
    assert _audited(_reader(), PLAN, TEXTS) == readings


def test_only_the_texts_asked_for_are_made_into_readings(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _audited(_reader(), PLAN, TEXTS)
    made: list[Any] = []
    real = infer._match

    def counted(fields: list[Any]) -> infer.Match:
        made.append(fields)
        return real(fields)

    monkeypatch.setattr(infer, "_match", counted)
    again = _reader()
    with again.kept_for(PLAN):
        assert made == []  # nothing made when the entry is read
        wanted = again.read_text(TEXTS[0])
    assert len(made) == len(wanted) > 0  # the one text's readings, no other's


def test_a_stored_text_whose_readings_have_not_their_shape_is_read_again(cache_home: Path) -> None:
    first = _reader()
    expected = _audited(first, PLAN, TEXTS)
    entry = disk.load(_where(first, PLAN))
    spoilt = next(row for row in entry["read"] if row[1] == TEXTS[1] and row[2])
    spoilt[2][0][4] = ["no such kind", 1]  # a reading's kind it cannot have
    disk.store(_where(first, PLAN), entry)
    again = _reader()
    assert _audited(again, PLAN, TEXTS) == expected
    assert again._new == 1  # that one text read again, the others from the disk
    mended = disk.load(_where(again, PLAN))
    assert next(row for row in mended["read"] if row[1] == TEXTS[1])[2][0][4][0] != "no such kind"  # and the entry made right


def test_an_entry_holds_its_plan_s_texts_and_no_other_s(cache_home: Path) -> None:
    reader = _reader()
    _audited(reader, PLAN, TEXTS[:2])
    _audited(reader, OTHER, TEXTS[2:])  # the same process: the other plan's entry is its own
    assert [row[1] for row in disk.load(_where(reader, PLAN))["read"]] == TEXTS[:2]
    assert [row[1] for row in disk.load(_where(reader, OTHER))["read"]] == TEXTS[2:]
    assert len(list((cache_home / "dxcheck").glob("readings-*.json"))) == 2


def test_an_entry_is_written_only_when_a_text_was_read_afresh(cache_home: Path) -> None:
    reader = _reader()
    _audited(reader, PLAN, TEXTS)
    where = _where(reader, PLAN)
    written = where.stat().st_ino
    _audited(_reader(), PLAN, TEXTS)  # every text from the entry
    assert where.stat().st_ino == written
    # A plan whose texts this process has read already (another plan held them): nothing read, nothing written.
    _audited(reader, OTHER, TEXTS)
    assert not _where(reader, OTHER).exists()
    # Edited: a new text read, so an entry for the new text of the plan, with every text it asked for.
    fresh = _reader()
    _audited(fresh, PLAN + "edited\n", [*TEXTS, "電子申請の手続を拡充します。"])
    assert len(disk.load(_where(fresh, PLAN + "edited\n"))["read"]) == len(TEXTS) + 1


def test_no_entry_is_kept_when_the_audit_fails(cache_home: Path) -> None:
    reader = _reader()

    def failing_audit() -> None:
        with reader.kept_for(PLAN):
            reader.read_text(TEXTS[0])
            raise RuntimeError("the audit failed")

    with pytest.raises(RuntimeError):
        failing_audit()
    assert not _where(reader, PLAN).exists()
    assert reader._asked is None  # and the reader is left as between plans
    assert reader._stored == {}
    assert _audited(reader, PLAN, TEXTS[:1]) == _audited(_reader(), OTHER, TEXTS[:1])


def _entries(home: Path) -> list[Path]:
    return sorted((home / "dxcheck").glob("readings-*.json"))


def test_an_audit_reads_its_own_entry_whatever_was_compared_before(tmp_path: Path) -> None:
    # Separate processes, as a user runs them: an audit, a comparison, the audit again.
    plans = [str(ROOT / "plans" / f"{name}.yaml") for name in ("eniwa", "furano", "ashibetsu", "kamisato")]
    home = tmp_path / "cache"
    env = {"XDG_CACHE_HOME": str(home)}
    fresh = dx("audit", plans[3], "--format", "json", env={"XDG_CACHE_HOME": str(tmp_path / "fresh")})
    assert dx("audit", plans[3], "--format", "json", env=env).stdout == fresh.stdout
    (entry,) = _entries(home)
    size, written = entry.stat().st_size, entry.stat().st_ino
    # Past PARALLEL_FROM plans a comparison runs in workers; below, in this process: neither writes an entry.
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(30):
        (folder / f"town-{number:02}.yaml").write_text(
            (ROOT / "plans" / "eniwa.yaml").read_text(encoding="utf-8") + f"# {number}\n", encoding="utf-8"
        )
    for compared in (plans, [str(folder)]):
        assert dx("compare", *compared, "--jobs", "2", env=env).returncode == 0
    assert _entries(home) == [entry]
    again = dx("audit", plans[3], "--format", "json", env=env)  # its texts from its entry, as they were
    assert again.stdout == fresh.stdout
    assert (entry.stat().st_size, entry.stat().st_ino) == (size, written)
    # Every plan audited: an entry each, none larger than the largest plan's own.
    assert dx("audit", *plans, "--format", "json", env=env).returncode in (0, 1)
    assert len(_entries(home)) == 4
    assert max(p.stat().st_size for p in _entries(home)) < 4 * size
