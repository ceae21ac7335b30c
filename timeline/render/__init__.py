"""Painting the timeline with QPainter: one paint function for the screen and every export."""
