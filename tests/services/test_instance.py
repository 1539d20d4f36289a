"""The command socket: a second launch's command reaches the running copy, and only ours."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from companion.services import instance as instance_module
from companion.services.instance import SingleInstance, socket_path


@pytest.fixture
def running(qapp: object, tmp_path: Path) -> Iterator[SingleInstance]:
    first = SingleInstance(tmp_path, tmp_path)
    assert first.claim()
    first.serve()
    yield first
    first.release()


def _forward_in_thread(data_dir: Path, command: str, options: dict[str, object]) -> list[bool]:
    """The second launch, in a thread: its wait for the reply must not block our event loop."""
    result: list[bool] = []
    second = SingleInstance(data_dir / "elsewhere", data_dir)
    thread = threading.Thread(target=lambda: result.append(second.forward(command, options)))
    thread.start()
    return result


def _hung_up(peer: socket.socket) -> bool:
    try:
        return peer.recv(64) == b""
    except BlockingIOError:
        return False


def test_a_second_launch_hands_its_command_to_the_running_copy(
    qtbot: QtBot, running: SingleInstance, tmp_path: Path
) -> None:
    with qtbot.waitSignal(running.command_received, timeout=5000) as received:
        result = _forward_in_thread(tmp_path, "checkin", {"night": "2026-11-20"})
    assert received.args == ["checkin", {"night": "2026-11-20"}]
    qtbot.waitUntil(lambda: result == [True], timeout=5000)  # and it was told so


def test_only_this_user_can_reach_the_socket_and_it_goes_with_the_app(
    running: SingleInstance, tmp_path: Path
) -> None:
    path = socket_path(tmp_path)
    assert path.stat().st_mode & 0o777 == 0o600
    running.release()
    assert not path.exists()


def test_a_line_that_is_not_a_command_gets_no_reply_and_the_next_one_still_works(
    qtbot: QtBot, running: SingleInstance, tmp_path: Path
) -> None:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as stranger:
        stranger.settimeout(5)
        stranger.connect(str(socket_path(tmp_path)))
        stranger.sendall(b"not json\n")
        stranger.setblocking(False)  # the copy answers from this thread's event loop
        qtbot.waitUntil(lambda: _hung_up(stranger), timeout=5000)  # and no "ok" came first
    with qtbot.waitSignal(running.command_received, timeout=5000) as received:
        _forward_in_thread(tmp_path, "journal", {})
    assert received.args == ["journal", {}]


def test_forwarding_with_no_copy_running_gives_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(instance_module, "FORWARD_TIMEOUT_S", 0.2)
    assert SingleInstance(tmp_path, tmp_path).forward("stretch", {}) is False
