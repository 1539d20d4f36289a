"""Numbers in the journal and the PDF are written as the user's language writes them."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from companion.core.comparisons import OUTCOME_BY_KEY, compare
from companion.core.insights import JournalData, make_record
from companion.core.journal import Night
from companion.render.report_tables import nights_table
from companion.services.language import use_language
from companion.ui.journal.comparison_table import delta_text, difference_text
from companion.ui.journal.nights_list import NightsModel
from tests.fakes import BERLIN


def worked_example() -> Night:
    """DESIGN's worked night: 400 of 480 minutes asleep, an efficiency of 83.3 %."""
    evening = datetime(2024, 3, 4, 22, 30, tzinfo=BERLIN)
    return Night(
        date(2024, 3, 4),
        into_bed_at=evening,
        lights_out_at=evening + timedelta(minutes=15),
        sleep_onset_min=20,
        awakenings=2,
        waso_min=30,
        final_wake_at=evening + timedelta(hours=7, minutes=45),
        out_of_bed_at=evening + timedelta(hours=8),
    )


def efficiency_cell(model: NightsModel) -> str:
    return str(model.data(model.index(0, 4)))


@pytest.mark.parametrize(("language", "shown"), [("de", "83,3 %"), ("en", "83.3 %")])
def test_the_nights_list_and_the_pdf_table_write_efficiency_in_the_locale(
    qtbot, language: str, shown: str
) -> None:
    use_language(language)
    data = JournalData([make_record(worked_example(), {})])
    assert efficiency_cell(NightsModel(data)) == shown
    assert f"<td class='num'>{shown}</td>" in nights_table(data.records)


def test_the_comparison_table_writes_german_decimals_and_a_real_minus() -> None:
    c = compare(
        OUTCOME_BY_KEY["rls_intensity"], [2, 3, 2, 3, 2, 3, 2], [5, 4, 5, 4, 5, 4, 5], seed=1
    )
    use_language("en")
    english = delta_text(c), difference_text(c)
    use_language("de")
    german = delta_text(c), difference_text(c)
    assert english[0].startswith("−") and "." in english[0] and "," not in english[0]
    assert german[0] == english[0].replace(".", ",")
    assert "," in german[1] and "." not in german[1] and "−" in german[1]
