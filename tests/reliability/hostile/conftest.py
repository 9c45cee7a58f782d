"""The Tencent route fixtures (an in-process FaceFusion app on loopback, its clock, a
registered material), shared with the hostile-input tests."""

from tests.emulator.tencent.test_routes import (  # noqa: F401  (fixtures)
    app,
    clock,
    http,
    material,
    template,
)
