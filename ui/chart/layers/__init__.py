"""The chart's layers, each a module of paint functions the painter calls in drawing order."""
