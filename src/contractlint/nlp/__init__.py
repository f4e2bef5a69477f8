"""Text analysis shared by the document builder, the rule compiler and the engine."""
