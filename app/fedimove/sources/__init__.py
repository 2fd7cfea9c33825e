"""Where the Twitter graph comes from: the data archive, the API, the signed-in x.com session."""
