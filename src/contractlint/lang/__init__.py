"""The rule language: grammar, typed syntax tree, parser and compiler."""
