"""Small reusable widgets for the ballot pages (and later the projector display)."""
