"""The engine: evaluate compiled rules against a Document and return one verdict per rule."""
