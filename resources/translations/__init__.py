"""The app's translations: Qt Linguist sources (.ts) and the compiled catalogues (.qm)."""
