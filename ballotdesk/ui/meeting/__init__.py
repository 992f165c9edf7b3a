"""The Meeting page (details, rules, tellers, the chair's PIN, personal data) and its Change PIN dialog."""
