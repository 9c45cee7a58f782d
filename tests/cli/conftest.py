"""The Tencent fixtures (the emulator's FaceFusion routes served on loopback, the template
and user photos), shared from the Tencent client tests' conftest."""

from tests.unit.tencent.conftest import (  # noqa: F401  (fixtures)
    template_photo,
    tencent_server,
    user_photos,
)
