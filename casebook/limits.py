"""Every cap on input size, named in one place."""

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_FRONT_MATTER_BYTES = 256 * 1024
MAX_YAML_NODES = 20_000
MAX_YAML_DEPTH = 32
MAX_TAGS_PER_FACET = 50
MAX_TITLE_CHARS = 300
MAX_QUERY_CHARS = 1_000
MAX_FUZZY_EDITS = 2
MAX_RENDER_CHARS = 256 * 1024  # shown as Markdown; the rest of a case body as plain text
MAX_RENDER_INLINE_WORK = 20_000_000  # Markdown syntax characters x paragraph length
MAX_SNIPPET_CHARS = 300
MAX_PACK_FILES = 5_000
MAX_PACK_BYTES = 200 * 1024 * 1024
MAX_BACKUP_BYTES = 1024 * 1024 * 1024  # a backup file of the user's own work, unpacked
LOCK_TIMEOUT_S = 30.0
SQLITE_BUSY_TIMEOUT_MS = 10_000
MAX_PACK_RATIO = 100
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
MAX_NAME_CHARS = 200
MAX_NOTE_CHARS = 100_000
TEAM_TRANSFER_BYTES = 500 * 1024 * 1024  # a team library's download; the setting team_max_mb
TEAM_FILE_BYTES = 50 * 1024 * 1024  # a larger file in a team library is never committed
MAX_DOCUMENT_BYTES = 100 * 1024 * 1024  # a Word, OpenDocument or PDF file a case is drafted from
