"""Fixed column orders of the output files (SPEC section 3). Add new columns at the end only."""

FINDINGS_COLUMNS = [
    "report_id", "patient_id", "exam_date", "modality", "finding", "levels", "severity", "genant_grade",
    "height_loss_pct", "acuity", "fracture_count", "non_fracture_causes", "exclusion_reason", "fls_eligible",
    "evidence", "nhs_number", "age", "sex", "exam_name", "referrer", "report_status", "decided_by", "source",
]
WORKLIST_COLUMNS = [
    "alert_id", "priority", "patient_id", "nhs_number", "age", "sex", "report_id", "exam_date", "modality",
    "exam_name", "referrer", "finding", "levels", "severity", "acuity", "evidence", "reason", "report_ids",
    "previously_reported",
]
REFERRER_COLUMNS = [
    "referrer", "report_id", "patient_id", "nhs_number", "age", "exam_date", "exam_name", "finding", "levels",
    "severity", "acuity", "evidence", "next_steps",
]
REJECTED_COLUMNS = ["source_file", "location", "report_id", "patient_id", "reason"]
