"""Primary and secondary suppression: no small count can be worked out from what is shown."""

from est_incidents.disclosure import released
from safety_statistics.suppression import HIDDEN, NONE_SHOWN, SHOWN, SMALL, Relation, suppress


def test_counts_under_five_are_small_and_shown_as_farre_an_5():
    status = suppress({"a": 0, "b": 4, "c": 5}, [])
    assert status == {"a": SMALL, "b": SMALL, "c": SHOWN}
    assert str(released(4, SMALL)) == "färre än 5"
    assert str(released(7, HIDDEN)) == "visas inte"
    assert str(released(7, SHOWN)) == "7"
    assert str(released(0, NONE_SHOWN)) == "–"
    assert [released(n, s).state for n, s in ((4, SMALL), (7, HIDDEN), (0, NONE_SHOWN))] == [
        SMALL,
        HIDDEN,
        NONE_SHOWN,
    ]


def test_a_single_small_cell_in_a_row_with_a_total_hides_the_smallest_other_cell():
    values = {"a": 3, "b": 12, "c": 8, "total": 23}
    status = suppress(values, [Relation(("a", "b", "c"), "total")])
    assert status == {"a": SMALL, "b": SHOWN, "c": HIDDEN, "total": SHOWN}


def test_a_small_total_with_all_other_members_shown_hides_a_member():
    values = {"a": 2, "b": 1, "total": 3}
    status = suppress(values, [Relation(("a", "b"), "total")])
    assert status["total"] == SMALL and status["a"] == SMALL and status["b"] == SMALL


def test_secondary_suppression_propagates_through_shared_totals():
    # A 2×2 table with row and column totals: hiding a cell for its row breaks its column.
    values = {
        ("r1", "c1"): 2, ("r1", "c2"): 10, ("r2", "c1"): 9, ("r2", "c2"): 11,
        "r1": 12, "r2": 20, "c1": 11, "c2": 21, "all": 32,
    }  # fmt: skip
    relations = [
        Relation((("r1", "c1"), ("r1", "c2")), "r1"),
        Relation((("r2", "c1"), ("r2", "c2")), "r2"),
        Relation((("r1", "c1"), ("r2", "c1")), "c1"),
        Relation((("r1", "c2"), ("r2", "c2")), "c2"),
        Relation(("r1", "r2"), "all"),
        Relation(("c1", "c2"), "all"),
    ]
    status = suppress(values, relations)
    for relation in relations:
        keys = [*relation.members, relation.total]
        assert sum(status[key] != SHOWN for key in keys) != 1, relation
    assert status[("r1", "c1")] == SMALL


def test_a_known_sum_without_a_shown_total_still_gets_a_second_hidden_member():
    status = suppress({"x": 3, "y": 40, "z": 9}, [Relation(("x", "y", "z"), None)])
    assert status == {"x": SMALL, "y": SHOWN, "z": HIDDEN}


def test_always_hidden_members_count_as_hidden():
    status = suppress(
        {"x": 3, "y": 40, "u": 6}, [Relation(("x", "y", "u"), None)], always_hidden=["u"]
    )
    assert status == {"x": SMALL, "y": SHOWN, "u": HIDDEN}
