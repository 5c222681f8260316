"""Fixtures for the assess tests: the built-in catalog is loaded once per session."""

from __future__ import annotations

import pytest

from wellcare.assess import Catalog, load_catalog


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog()
