"""The personal-data guard measured on a corpus of Swedish incident texts (issue 11, point 13):
it must find at least 99 % of the personal data and raise a false alarm on at most 2 % of the
ordinary texts. The measured figures are reported in docs/incidents.md; run this module with
``-s`` to see them."""

from hjo_safety.personal_data import find_personal_data, possible_names
from tests.est_incidents.guard_corpus import EITHER, NEGATIVES, POSITIVES

MIN_RECALL = 0.99
MAX_FALSE_ALARM_RATE = 0.02


def measure():
    missed = [(text, kind) for text, kind in POSITIVES if not find_personal_data(text)]
    wrong_kind = [
        (text, kind)
        for text, kind in POSITIVES
        if find_personal_data(text) and kind not in {f.kind for f in find_personal_data(text)}
    ]
    alarms = [(text, find_personal_data(text)) for text in NEGATIVES if find_personal_data(text)]
    names = [(text, possible_names(text)) for text in NEGATIVES if possible_names(text)]
    return {
        "recall": 1 - len(missed) / len(POSITIVES),
        "false_alarm_rate": len(alarms) / len(NEGATIVES),
        "missed": missed,
        "wrong_kind": wrong_kind,
        "alarms": alarms,
        "name_warnings": names,
    }


def test_the_corpus_is_big_enough_and_balanced():
    assert len(POSITIVES) + len(NEGATIVES) >= 200
    assert len(NEGATIVES) >= len(POSITIVES)
    assert len(set(NEGATIVES)) == len(NEGATIVES)
    assert len({text for text, _ in POSITIVES}) == len(POSITIVES)
    assert {kind for _, kind in POSITIVES} == {
        "personnummer",
        "samordningsnummer",
        "phone",
        "email",
        "vehicle",
    }


def test_recall_and_false_alarm_rate():
    result = measure()
    print(
        f"\npositives {len(POSITIVES)}, negatives {len(NEGATIVES)}: "
        f"recall {result['recall']:.1%}, false alarms {result['false_alarm_rate']:.1%}, "
        f"wrong kind {len(result['wrong_kind'])}, "
        f"name warnings on negatives {len(result['name_warnings'])}"
    )
    assert result["recall"] >= MIN_RECALL, result["missed"]
    assert result["false_alarm_rate"] <= MAX_FALSE_ALARM_RATE, result["alarms"]


def test_every_positive_is_found_as_its_kind():
    """Stricter than the target: today nothing is missed or mislabelled."""
    result = measure()
    assert not result["missed"], result["missed"]
    assert not result["wrong_kind"], result["wrong_kind"]


def test_the_municipality_switchboard_does_not_break_anything():
    for text in EITHER:
        find_personal_data(text)  # either answer is acceptable; it must not fail
