def R(modality, exam_name, text, finding, levels="", severity="", acuity="unspecified", sex=None, age=None):
    return dict(modality=modality, exam_name=exam_name, text=text, finding=finding,
                levels=levels, severity=severity, acuity=acuity, sex=sex, age=age)
