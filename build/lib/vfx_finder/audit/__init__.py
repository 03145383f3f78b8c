"""The RCR vertebral fracture reporting audit and the FLS figures (``vfx-finder audit``)."""
