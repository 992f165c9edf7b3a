"""Meeting › Host on the Network…: the chair's window, the devices joined, and the bridge to the server."""
