"""What marks a file as a BallotDesk meeting, and its format: read at every start, without sqlite-utils.

Opening a meeting only reads it; sqlite-utils (and the click, dateutil and pluggy it brings,
about a tenth of a second) is loaded when the first change is written, or after the window is
up (see ``MeetingStore.db``).
"""

APPLICATION_ID = 0x42444B31  # "BDK1"
SCHEMA_VERSION = 6
"""The file format this BallotDesk writes: the number of migrations in :mod:`ballotdesk.store.schema`."""
