"""The models of the CloudPirates API (generated from the OpenAPI description)."""
from ._generated.models import *  # noqa: F401,F403
from ._generated.models import __all__ as __all__
