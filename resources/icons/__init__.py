"""The application icon: the hand-drawn SVG and the PNG, ICO and ICNS files rendered from it."""
