"""Backups from the GUI: the automatic keeper behind the status bar and the File › Backups… dialog."""
