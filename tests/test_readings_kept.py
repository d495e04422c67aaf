"""The readings inference keeps on disk between runs (dxcheck.reading.infer, `Reader.persist`).

What the next run may rely on: a text read once is not read again (its readings come from the disk,
the same ones); what the disk holds is made into readings only for the texts a run asks for (an entry
holds up to 20,000 texts, a single plan needs a few dozen); a stored text whose readings have not
their shape is read again; the entry keeps the newest texts, those of this run last.
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


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("DXCHECK_NO_CACHE", raising=False)
    return tmp_path / "cache"


def _reader() -> infer.Reader:
    return infer.Reader(shipped_catalogue().select(), lexicon())


def _entry(reader: infer.Reader) -> Any:
    return disk.load(disk.path("readings", *reader._made_of))


def _never_read(self: infer.Reader, text: str, field_name: str) -> list[infer.Match]:
    raise AssertionError(f"read again: {text}")


def test_a_text_read_once_comes_from_the_disk_the_next_time(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = _reader()
    readings = [first.read_text(text) for text in TEXTS]
    assert any(readings), "the texts name items: something is read"
    first.persist()
    monkeypatch.setattr(infer.Reader, "_read_text", _never_read)
    again = _reader()
    assert [again.read_text(text) for text in TEXTS] == readings


def test_only_the_texts_asked_for_are_made_into_readings(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = _reader()
    for text in TEXTS:
        first.read_text(text)
    first.persist()
    made: list[Any] = []
    real = infer._match

    def counted(fields: list[Any]) -> infer.Match:
        made.append(fields)
        return real(fields)

    monkeypatch.setattr(infer, "_match", counted)
    again = _reader()
    assert made == []  # nothing made when the entry is read
    wanted = again.read_text(TEXTS[0])
    assert len(made) == len(wanted) > 0  # the one text's readings, no other's


def test_a_stored_text_whose_readings_have_not_their_shape_is_read_again(cache_home: Path) -> None:
    first = _reader()
    expected = [first.read_text(text) for text in TEXTS]
    first.persist()
    entry = _entry(first)
    spoilt = next(row for row in entry["read"] if row[1] == TEXTS[1] and row[2])
    spoilt[2][0][4] = ["no such kind", 1]  # a reading's kind it cannot have
    disk.store(disk.path("readings", *first._made_of), entry)
    again = _reader()
    assert [again.read_text(text) for text in TEXTS] == expected
    assert again._new == 1  # that one text read again, the others from the disk


def test_the_entry_keeps_the_newest_texts_those_of_this_run_last(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(infer, "_KEPT", 3)
    first = _reader()
    for text in TEXTS[:3]:
        first.read_text(text)
    first.persist()
    assert [row[1] for row in _entry(first)["read"]] == TEXTS[:3]
    second = _reader()
    second.read_text(TEXTS[0])  # asked for again: now among the newest
    second.read_text(TEXTS[3])  # new
    second.persist()
    assert [row[1] for row in _entry(second)["read"]] == [TEXTS[2], TEXTS[0], TEXTS[3]]


def test_an_audit_with_a_full_entry_of_other_plans_readings_says_the_same(tmp_path: Path) -> None:
    # Separate processes: in one process the reader of a framework set is built once and kept.
    plan = str(ROOT / "plans" / "kamisato.yaml")
    fresh = dx("audit", plan, "--format", "json", env={"XDG_CACHE_HOME": str(tmp_path / "fresh")})
    full = {"XDG_CACHE_HOME": str(tmp_path / "full")}
    assert (
        dx("compare", *(str(ROOT / "plans" / f"{name}.yaml") for name in ("eniwa", "furano", "ashibetsu", "kamisato")), env=full).returncode
        == 0
    )
    (entry,) = (tmp_path / "full" / "dxcheck").glob("readings-*.json")
    (kamisato,) = (tmp_path / "fresh" / "dxcheck").glob("readings-*.json")
    assert entry.stat().st_size > 2 * kamisato.stat().st_size  # the other plans' texts too
    again = dx("audit", plan, "--format", "json", env=full)  # its texts among the others', from the disk
    assert again.stdout == fresh.stdout
