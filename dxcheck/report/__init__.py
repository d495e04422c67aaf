"""Reporters: each is a function of the results alone; none re-reads a plan."""
