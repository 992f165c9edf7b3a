"""The main window and what belongs to it alone: its menus, File commands, tool windows, tabs and guide."""
