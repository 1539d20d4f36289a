from companion.store.ui_state import load_ui_state, save_ui_state, state_file


def test_state_round_trips_privately(tmp_path):
    save_ui_state(tmp_path, "journal-window", {"width": 900, "tab": "charts"})
    assert load_ui_state(tmp_path, "journal-window") == {"width": 900, "tab": "charts"}
    assert state_file(tmp_path, "journal-window").stat().st_mode & 0o777 == 0o600


def test_missing_or_damaged_state_is_simply_forgotten(tmp_path):
    assert load_ui_state(tmp_path, "journal-window") == {}
    state_file(tmp_path, "journal-window").write_text("{not json")
    assert load_ui_state(tmp_path, "journal-window") == {}
