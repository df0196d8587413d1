"""Definition cards: one per metric, complete, referenced by every registered metric."""

import pytest

from retention_desktop.core.engine import definitions as d
from retention_desktop.core.engine import registry


def test_every_metric_card_exists_and_is_complete():
    registry.load_all()
    keys = {c.key for c in d.all_definitions()}
    for name, cards in registry.CARDS.items():
        assert cards, name
        assert set(cards) <= keys, name
    for card in d.all_definitions():
        assert card.name and card.formula and card.denominator and card.window
        assert card.unit in ("rate", "money", "count", "days", "ratio", "score")


def test_a_metric_is_defined_once():
    crr = d.get("crr")
    assert crr.formula == "(E - N) / S0"
    d.register(crr)  # identical re-registration is harmless
    with pytest.raises(ValueError, match="already registered"):
        d.register(d.Definition("crr", "CRR", "E / S0", "S0", "period", "other"))
    with pytest.raises(KeyError, match="no metric definition"):
        d.get("not-a-metric")
