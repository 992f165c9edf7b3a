"""The Meeting page (details, rules, tellers, PIN, privacy) and the dialogs that set a meeting up."""
