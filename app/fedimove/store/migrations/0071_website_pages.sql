-- Web pages the followed accounts published, as read once (one request per site per run,
-- then reused): the rel="me" links and the visible text, with when and how it went.
-- status 0 = no usable answer (unreachable, too slow, too big, not HTML).
CREATE TABLE website_pages (
    url TEXT PRIMARY KEY,
    status INTEGER NOT NULL,
    final_url TEXT NOT NULL DEFAULT '',
    me_links TEXT NOT NULL DEFAULT '[]',
    text TEXT NOT NULL DEFAULT '',
    fetched_at TEXT NOT NULL
) WITHOUT ROWID;
