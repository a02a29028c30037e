"""Translation: the UI language and its Qt translators, and dates, times and numbers per locale."""
