"""The exception tree of ceinbox; only the CLI turns these into exit codes.

CeinboxError                 exit 1: something went wrong that is not the user's input
├── StoreUnavailable         the database stayed locked or unreachable (not the file's fault)
├── ConfigError              exit 2: config.yaml or a profile is invalid
│   └── ProfileError         a user profile (YAML) is invalid
├── RefusedInput             exit 2: a file that cannot be read as a certificate
│   ├── EmptyFile
│   ├── NotAPdf
│   ├── CorruptPdf           truncated or damaged beyond repair
│   ├── EncryptedPdf         needs a password
│   ├── HostilePdf           too big, too slow or too deep to read safely
│   └── NotACertificate      a readable PDF that is clearly something else (an invoice)
├── ItemError                exit 1: a review command cannot be carried out on an item
│   ├── ItemNotFound
│   ├── InvalidTransition    the item's status does not allow it
│   ├── ItemIncomplete       a required field is missing
│   ├── InvalidValue         an edited value is malformed
│   └── CannotTeach          no layout profile can be derived from an item's certificate
├── CatalogError             exit 2: a catalog file cannot be imported (one line per bad row)
└── ExamError                exit 1: an exam cannot be recorded (a duplicate, a future date)
    └── ExamNotFound
"""

from __future__ import annotations


class CeinboxError(Exception):
    """Base of every error ceinbox raises on purpose."""

    exit_code = 1


class StoreUnavailable(CeinboxError):
    """The database stayed locked or unreachable through every retry; try again later."""


class ConfigError(CeinboxError):
    """The configuration cannot be used; the message names the key."""

    exit_code = 2


class ProfileError(ConfigError):
    """A profile file is invalid; the message names the file and the key."""


class RefusedInput(CeinboxError):
    """A file that ceinbox will not read; the message says why in one line."""

    exit_code = 2


class EmptyFile(RefusedInput):
    """The file has no bytes."""


class NotAPdf(RefusedInput):
    """The file is not a PDF at all."""


class CorruptPdf(RefusedInput):
    """The PDF is truncated or damaged beyond repair."""


class EncryptedPdf(RefusedInput):
    """The PDF needs a password to open."""


class HostilePdf(RefusedInput):
    """The PDF exceeds the time, memory or structure limits."""


class NotACertificate(RefusedInput):
    """The PDF reads fine but is clearly not a completion certificate."""


class ItemError(CeinboxError):
    """A review command cannot be carried out on an item."""


class ItemNotFound(ItemError):
    """No item has that id."""


class InvalidTransition(ItemError):
    """The item's status does not allow this change."""


class ItemIncomplete(ItemError):
    """The item still misses a required field."""


class CannotTeach(ItemError):
    """A layout profile cannot be derived (or saved) from an item's certificate."""


class InvalidValue(ItemError):
    """An edited value is malformed."""


class CatalogError(CeinboxError):
    """A catalog file cannot be imported; `problems` holds one line per bad row."""

    exit_code = 2

    def __init__(self, *problems: str) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


class ExamError(CeinboxError):
    """An exam cannot be recorded or removed."""


class ExamNotFound(ExamError):
    """No exam has that id."""
