"""The main window: its shell, the controllers behind menus and docks, its actions and dialogs."""
