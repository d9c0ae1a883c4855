"""Finding and validating the configuration."""

from __future__ import annotations

from pathlib import Path

import pytest

from revtrack.config import load_config, parse_config
from revtrack.errors import ConfigError


def test_shipped_example_config_is_valid() -> None:
    """The config.yaml at the top of the repository loads as it is."""
    root_config = Path(__file__).resolve().parent.parent / "config.yaml"
    settings = load_config(root_config)
    assert settings.store == "./store"
    assert settings.store_path == root_config.parent / "store"


def test_precedence_flag_then_env_then_cwd_then_user_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--config beats $REVTRACK_CONFIG, which beats ./config.yaml, which beats the user dir."""
    user = tmp_path / "user-config" / "revtrack"
    user.mkdir(parents=True)
    (user / "config.yaml").write_text("store: from-user\n")
    assert load_config().store == "from-user"
    Path("config.yaml").write_text("store: from-cwd\n")
    assert load_config().store == "from-cwd"
    env = tmp_path / "env.yaml"
    env.write_text("store: from-env\n")
    monkeypatch.setenv("REVTRACK_CONFIG", str(env))
    assert load_config().store == "from-env"
    flag = tmp_path / "flag.yaml"
    flag.write_text("store: from-flag\n")
    assert load_config(flag).store == "from-flag"


def test_no_config_anywhere_gives_defaults() -> None:
    """A fresh machine with no config file still works, with a ./store."""
    assert load_config().store == "./store"


def test_empty_file_gives_defaults(tmp_path: Path) -> None:
    """An empty config file is the defaults, not an error."""
    assert parse_config("", tmp_path / "c.yaml").store == "./store"


def test_wrong_type_names_the_key(tmp_path: Path) -> None:
    """A value of the wrong type is reported with its dotted key."""
    with pytest.raises(ConfigError, match=r"key 'schedule\.max_fetches' is invalid"):
        parse_config("schedule:\n  max_fetches: lots\n", tmp_path / "c.yaml")


def test_nested_unknown_key_lists_allowed_keys(tmp_path: Path) -> None:
    """A misspelt nested key is named with the keys allowed beside it."""
    with pytest.raises(
        ConfigError,
        match=r"line 2: unknown key 'sources\.feedz' \(did you mean 'feeds'\?\); "
        r"allowed keys here are: articles, feeds",
    ):
        parse_config("sources:\n  feedz: []\n", tmp_path / "c.yaml")


def test_yaml_is_loaded_safely(tmp_path: Path) -> None:
    """A YAML tag that would construct Python objects is refused, never executed."""
    with pytest.raises(ConfigError, match="is not valid YAML"):
        parse_config("store: !!python/object/apply:os.system ['echo hi']\n", tmp_path / "c.yaml")


def test_top_level_must_be_a_mapping(tmp_path: Path) -> None:
    """A list at the top is explained."""
    with pytest.raises(ConfigError, match="must hold a mapping of keys"):
        parse_config("- a\n- b\n", tmp_path / "c.yaml")
