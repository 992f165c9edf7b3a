"""The PySide6 interface: a package per feature (its page, dialogs and table model), the main window in ``shell``.

What every feature uses stays at this level: the actions, the meeting context, the dialogs facade,
the page base and registry (``pages``), translation, tones, background work; ``widgets`` and
``models`` hold the widgets and model bases that several features share.
"""
