"""Reading follows and lists from the user's own signed-in x.com session, in an embedded browser.

Only `parse`, `errors`, `pacing` and `recorder` are importable without QtWebEngine (the optional
`fedimove[xweb]` extra); `engine` tells whether it is installed, `browser` needs it.
"""
