"""The projector: the full-screen hall display and the chair's panel that drives it."""
