"""The Twitter data archive (ZIP or unzipped folder), read as a stream into core types.

`ArchiveReader(path)` is the entry point; `fedimove.jobs.import_archive` writes what it reads
into the workspace. Failures are the typed errors of `fedimove.core.archive_errors`.
"""

from fedimove.sources.archive.limits import DEFAULT_LIMITS, Limits
from fedimove.sources.archive.reader import ArchiveReader

__all__ = ["DEFAULT_LIMITS", "ArchiveReader", "Limits"]
