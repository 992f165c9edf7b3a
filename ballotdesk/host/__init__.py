"""Hosting a meeting on the hall's network: other devices call the host's services over HTTP.

Start with :class:`ballotdesk.host.server.HostServer` (the Qt host window) or ``ballotdesk host``.
"""
