"""Translation: the UI language and its Qt translators, and dates, times and numbers per locale.

Every text a user reads goes through :func:`translate` (Qt's
``QCoreApplication.translate``): ``translate("Context", "Open &Recent")``, a plural with
its count, ``translate("Context", "%n team(s)", "", count)``, and placeholders filled
after translation, ``translate("Context", "Save {name}?").format(name=name)``.
``packaging/translations.py`` finds these calls (literal context, text and comment).
"""

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate
