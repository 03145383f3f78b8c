"""Stage 2, nlp: spaCy + medspaCy pipeline built from the rule files in patterns/."""
