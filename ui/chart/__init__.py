"""The overlap chart: one painter for screen, paper and files, the widget, printing, export."""
