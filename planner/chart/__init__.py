"""The chart's pure model (no Qt): day/week blocks, year strips, tints, offsets, drag snapping."""
