"""Every aggregate field of the one table has its texts on the privacy page and the dashboard."""

from __future__ import annotations

from wellcare.aggregate_format.schema import AGGREGATE_FIELDS, NONE, FieldKind


def test_every_field_has_its_texts(qapp) -> None:  # type: ignore[no-untyped-def]
    from wellcare.ui.dashboard.texts import metric_name
    from wellcare.ui.privacy.labels import band_names, category_name, field_name, field_short

    for field in AGGREGATE_FIELDS:
        assert field_name(field.id) != field.id and field_short(field.id) != field.id
        if field.kind is FieldKind.BAND:
            assert set(band_names()[field.id]) == set(field.categories) - {NONE}, field.id
        assert all(category_name(field.id, c) for c in field.categories)
        if field.concern:
            assert metric_name(field.concern_key) != field.concern_key
