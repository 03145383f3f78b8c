"""Stage 4, aggregate: patients, FLS eligibility, de-duplication across runs (state)."""
