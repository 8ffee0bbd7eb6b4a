"""Lookup errors shared by the services (a missing row is the same answer as a foreign one)."""


class NotFound(LookupError):
    """The object does not exist, or belongs to another tenant (no existence oracle)."""


class TenantNotFound(NotFound):
    """No active tenant with this id."""


class ApiKeyNotFound(NotFound):
    """No API key with this id in this tenant."""
