"""A mistyped command or flag gets a "did you mean" (facekit's Parser, with difflib), also
when argparse would otherwise first complain about the required flag that was meant."""

from __future__ import annotations

import pytest

from facekit.cli.exits import Exit
from facekit.cli.main import main


def usage_error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as stopped:
        main(list(argv))
    assert stopped.value.code == Exit.USAGE
    return capsys.readouterr().err.splitlines()[-1]


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["enroll", "people", "--grup", "team"], "unrecognized option --grup: did you mean --group?"),
        (["identify", "a.jpg", "--group", "g", "--treshold", "0.5"],
         "unrecognized option --treshold: did you mean --threshold?"),
        (["identify", "a.jpg", "--group", "g", "--treshold=0.5"],
         "unrecognized option --treshold: did you mean --threshold?"),
        (["groups", "ls", "--jsn"], "unrecognized option --jsn: did you mean --json?"),
        (["enrol", "people"], "invalid choice: 'enrol' (did you mean 'enroll'?)"),
        (["groups", "sho", "g"], "invalid choice: 'sho' (did you mean 'show'?)"),
        (["models", "fetsh"], "invalid choice: 'fetsh' (did you mean 'fetch'?)"),
    ],
)
def test_a_typo_names_what_was_meant(
    capsys: pytest.CaptureFixture[str], argv: list[str], expected: str
) -> None:
    assert usage_error(capsys, *argv).endswith(expected)


def test_without_a_close_match_argparse_speaks_as_before(capsys: pytest.CaptureFixture[str]) -> None:
    assert usage_error(capsys, "enroll", "people").endswith(
        "the following arguments are required: --group"
    )
    assert "did you mean" not in usage_error(capsys, "enroll", "people", "--group", "g", "--zzzzzz")
    assert "did you mean" not in usage_error(capsys, "frobnicate")


def test_abbreviations_and_values_are_not_typos(capsys: pytest.CaptureFixture[str]) -> None:
    # --thresh abbreviates --threshold (argparse accepts it); -0.5 is a value
    err = usage_error(capsys, "identify", "a.jpg", "--thresh", "-0.5")
    assert err.endswith("the following arguments are required: --group")
