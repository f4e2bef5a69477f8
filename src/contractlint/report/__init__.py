"""Reporters: pure functions from finished results to text in one format each."""
