"""Where the audit key comes from: the setting, else a key file made once with mode 0600."""

from __future__ import annotations

import logging
import stat
from concurrent.futures import ThreadPoolExecutor

import pytest

from tradepact.adapters.audit_key import load_audit_key
from tradepact.config import Settings


def test_without_configuration_a_key_file_is_made_once_in_the_data_directory(tmp_path):
    settings = Settings(data_dir=str(tmp_path / "var"))
    first = load_audit_key(settings)
    path = tmp_path / "var" / "audit.key"
    assert first.created and first.source == str(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = path.read_text()
    assert len(text.strip()) == 64 and first.key == text.strip().encode()
    again = load_audit_key(settings)
    assert (again.key, again.created) == (first.key, False)
    assert [p.name for p in (tmp_path / "var").iterdir()] == ["audit.key"]  # nothing aside
    assert first.key.decode() not in repr(first)


def test_servers_starting_together_all_get_the_one_key(tmp_path):
    settings = Settings(data_dir=str(tmp_path))
    with ThreadPoolExecutor(8) as pool:
        keys = list(pool.map(lambda _: load_audit_key(settings), range(16)))
    assert len({k.key for k in keys}) == 1
    assert sum(k.created for k in keys) == 1


def test_the_setting_wins_and_must_be_long_enough(tmp_path):
    settings = Settings(data_dir=str(tmp_path), audit_key="s" * 32)
    key = load_audit_key(settings)
    assert (key.key, key.source, key.created) == (b"s" * 32, "TRADEPACT_AUDIT_KEY", False)
    assert not (tmp_path / "audit.key").exists()
    with pytest.raises(ValueError, match="TRADEPACT_AUDIT_KEY holds 8 characters"):
        load_audit_key(Settings(data_dir=str(tmp_path), audit_key="s" * 8))
    assert "s" * 32 not in repr(settings)


def test_a_key_file_elsewhere_is_made_with_its_directories_and_read_as_text(tmp_path):
    path = tmp_path / "secrets" / "tp" / "key"
    made = load_audit_key(Settings(data_dir=str(tmp_path / "var"), audit_key_file=str(path)))
    assert made.created and path.exists() and not (tmp_path / "var" / "audit.key").exists()
    path.write_text(f"  {'h' * 40}\n")  # e.g. a mounted secret: whitespace does not count
    assert load_audit_key(Settings(audit_key_file=str(path))).key == b"h" * 40
    # The same key whether read from the file or given as TRADEPACT_AUDIT_KEY=$(cat file).
    assert load_audit_key(Settings(audit_key=path.read_text().strip())).key == b"h" * 40


def test_an_unusable_key_file_is_refused_and_an_exposed_one_warned_about(tmp_path, caplog):
    path = tmp_path / "audit.key"
    path.write_text("short\n")
    with pytest.raises(ValueError, match=r"audit key file .* holds 5 characters"):
        load_audit_key(Settings(data_dir=str(tmp_path)))
    path.write_text("x" * 64)
    path.chmod(0o644)
    with caplog.at_level(logging.WARNING):
        assert load_audit_key(Settings(data_dir=str(tmp_path))).key == b"x" * 64
    assert "can be read by others" in caplog.text


def test_discard_removes_only_a_key_file_made_just_now(tmp_path):
    settings = Settings(data_dir=str(tmp_path))
    made = load_audit_key(settings)
    load_audit_key(settings).discard()  # read, not made: kept
    assert (tmp_path / "audit.key").exists()
    made.discard()
    assert not (tmp_path / "audit.key").exists()
