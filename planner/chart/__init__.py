"""The chart's pure model (no Qt): day and week blocks, year strips, tints, offsets, drag snapping."""
