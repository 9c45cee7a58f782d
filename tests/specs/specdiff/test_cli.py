"""``scripts/spec_diff.py`` as ``make spec-diff`` runs it: two files, or the changed
``openapi/*.yaml`` of a git tree against a revision; Markdown out; the exit status says
whether a breaking change was left unaccepted."""

from __future__ import annotations

import subprocess
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from tests.specs.specdiff.conftest import ROOT, base_spec


def write(path: Path, spec: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return path


def without_put(spec: dict[str, Any]) -> dict[str, Any]:
    del spec["paths"]["/things/{thingId}"]["put"]
    return spec


def with_listing(spec: dict[str, Any]) -> dict[str, Any]:
    spec["paths"]["/things"] = {"get": {"operationId": "listThings", "responses": {"200": {"description": "ok"}}}}
    return spec


def test_two_files_breaking_change_fails_unless_accepted(
    spec_diff: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ACCEPT_BREAKING", raising=False)
    before = write(tmp_path / "before.yaml", base_spec())
    after = write(tmp_path / "after.json", without_put(base_spec()))  # JSON is YAML too

    assert spec_diff.main([str(before), str(after)]) == 1
    out, err = capsys.readouterr()
    assert "**Breaking**\n\n- `PUT /things/{thingId}`: operation removed" in out
    assert "--accept-breaking" in err and "ACCEPT_BREAKING=1" in err

    assert spec_diff.main(["--accept-breaking", str(before), str(after)]) == 0
    monkeypatch.setenv("ACCEPT_BREAKING", "1")
    assert spec_diff.main([str(before), str(after)]) == 0
    assert "operation removed" in capsys.readouterr().out


def test_additive_change_passes(spec_diff: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = write(tmp_path / "a.yaml", base_spec())
    after = write(tmp_path / "b.yaml", with_listing(base_spec()))
    assert spec_diff.main([str(before), str(after)]) == 0
    out = capsys.readouterr().out
    assert "**Additive**\n\n- `GET /things`: operation added" in out and "Breaking" not in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("paths: [unclosed", "not valid YAML or JSON"),
        ("- a list\n", "not an OpenAPI document"),
        ("swagger: '2.0'\npaths: {}\n", "is Swagger 2.0"),
    ],
)
def test_bad_input_is_named_without_a_traceback(
    spec_diff: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    good = write(tmp_path / "good.yaml", base_spec())
    bad = tmp_path / "bad.yaml"
    bad.write_text(content, encoding="utf-8")
    assert spec_diff.main([str(good), str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("spec-diff: ") and message in err and "Traceback" not in err
    assert spec_diff.main([str(good), str(tmp_path / "missing.yaml")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_one_file_is_a_usage_error(spec_diff: ModuleType, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        spec_diff.main([str(write(tmp_path / "a.yaml", base_spec()))])
    assert exit_info.value.code == 2


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


@pytest.fixture
def repo(spec_diff: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git tree with two committed specs (and generator settings, which are no spec)."""
    root = tmp_path / "repo"
    write(root / "openapi" / "one.yaml", base_spec())
    write(root / "openapi" / "two.yaml", base_spec())
    write(root / "openapi" / "generator" / "one.yaml", {"package_name_override": "one"})
    _git(root, "init", "-q")
    _git(root, "add", "-A")
    _git(root, "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-q", "-m", "specs")
    monkeypatch.setattr(spec_diff, "ROOT", root)
    monkeypatch.delenv("ACCEPT_BREAKING", raising=False)
    return root


def test_working_tree_against_head_covers_changed_new_and_deleted_specs(
    spec_diff: ModuleType, repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert spec_diff.main([]) == 0
    assert "no openapi/*.yaml differs from HEAD" in capsys.readouterr().err

    write(repo / "openapi" / "one.yaml", with_listing(base_spec()))  # changed
    write(repo / "openapi" / "generator" / "one.yaml", {"package_name_override": "x"})  # not a spec
    write(repo / "openapi" / "three.yaml", base_spec())  # new, untracked
    assert spec_diff.main([]) == 0
    out = capsys.readouterr().out
    assert "#### `openapi/one.yaml` (HEAD → working tree)" in out
    assert "- `GET /things`: operation added" in out
    assert "#### `openapi/three.yaml` (HEAD → working tree)" in out
    assert "- `GET /things/{thingId}`, `PUT /things/{thingId}`: operation added" in out
    assert "generator" not in out and "two.yaml" not in out

    (repo / "openapi" / "two.yaml").unlink()  # deleted: every operation removed
    assert spec_diff.main([]) == 1
    assert "- `GET /things/{thingId}`, `PUT /things/{thingId}`: operation removed" in capsys.readouterr().out


def test_base_revision_and_a_missing_one(
    spec_diff: ModuleType, repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(repo / "openapi" / "one.yaml", without_put(base_spec()))
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-qam", "drop put")
    assert spec_diff.main(["--base", "HEAD~1"]) == 1
    out = capsys.readouterr().out
    assert "#### `openapi/one.yaml` (HEAD~1 → working tree)" in out and "operation removed" in out

    assert spec_diff.main(["--base", "HEAD~5"]) == 2
    assert "'HEAD~5' is not a commit in this clone" in capsys.readouterr().err


def test_make_target_passes_base_and_acceptance() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("\nspec-diff:", 1)[1].split("\n\n", 1)[0]
    assert "scripts/spec_diff.py --base $(or $(BASE),HEAD)" in recipe
    assert "$(if $(filter 1 yes true,$(ACCEPT_BREAKING)),--accept-breaking)" in recipe
