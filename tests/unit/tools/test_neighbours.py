"""The leave-one-set-out measure takes a set's keys out with it, their twins included."""

from __future__ import annotations

from tools.neighbours import own_keys


def test_a_set_leaves_with_its_keys_read_without_the_subject() -> None:
    # Ingest makes a twin without the subject for a key naming it before a noun; the twin is the
    # set's wording too, and would answer the set's question for it were it left in.
    own = own_keys(["Will my  cat mind a microneedling session?"], "microneedling")
    assert own == {"will my cat mind a microneedling session?", "will my cat mind a session?"}


def test_a_key_that_does_not_name_the_subject_has_no_twin() -> None:
    assert own_keys(["Will my cat mind the smell?"], "microneedling") == {
        "will my cat mind the smell?"
    }
