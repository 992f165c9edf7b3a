"""Widgets and helpers several pages share: tables and buttons, date fields, figures and status in words, counts."""
