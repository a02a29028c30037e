"""The main window: its shell, the controllers behind its menus and docks, its actions and dialogs."""
