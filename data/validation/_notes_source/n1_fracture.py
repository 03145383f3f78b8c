from common import doc

# ---------------------------------------------------------------- fracture 1-20

doc("Discharge Summary", "F", 84, """
    DISCHARGE SUMMARY
    Specialty: Care of the Elderly

    Presenting complaint: sudden onset thoracic back pain after lifting a bag of shopping out of the car boot. No fall, no head injury.

    Investigations: CT thoracic spine showed new T8 compression fracture, no retropulsion, no cord compression. Admitted for analgesia and mobilisation.
    Bloods: Ca 2.31, PTH 4.2, vit D 28, myeloma screen negative, TFTs normal.

    Background: hypertension, AF (on apixaban), OA both knees, cataracts.

    Progress: pain settled with regular paracetamol and low dose oxycodone. Seen by physio - independent with zimmer frame on discharge.

    Plan: FLS referral sent. Adcal D3 started; please start alendronic acid 70mg weekly in 2 weeks once vit D replete. DXA requested as outpatient.

    Medications on discharge: apixaban 5mg bd, amlodipine 5mg od, paracetamol 1g qds, oxycodone MR 5mg bd (review in 2/52), Adcal D3 one tab bd, laxido 1 sachet od.
    """, "fracture", "T8", "", "acute")

doc("Metabolic Bone Clinic Letter", "F", 71, """
    Dear Dr Okafor

    Re: Metabolic Bone Clinic review

    Diagnoses:
    1. Postmenopausal osteoporosis
    2. Previous vertebral fractures T12 and L1 (2022)
    3. Hypothyroidism

    Thank you for asking me to review this 71 year old lady who has now completed 5 years of alendronic acid. Repeat DXA today: L1-L4 T-score -3.1, total hip -2.4, femoral neck -2.6. She has had no further falls and no new back pain. Height today 154 cm.

    Given her ongoing high fracture risk I have recommended switching to zoledronic acid 5 mg IV once yearly, first infusion to be arranged via our day unit. Please check her adjusted calcium and renal function beforehand. Dental review advised.

    Yours sincerely

    Consultant in Metabolic Bone Disease
    """, "fracture", "T12;L1", "", "chronic")

doc("ED Provider Note", "F", 79, """
    ED PROVIDER NOTE
    CC: low back pain s/p fall

    HPI: 79F tripped on a rug at home this AM and fell from standing onto her buttocks. Immediate midline lumbar pain, worse w/ movement. No head strike, no LOC, not on anticoagulation. Denies saddle anesthesia, bowel/bladder changes, LE weakness.

    PMH: HTN, hypothyroidism, osteopenia
    Meds: lisinopril, levothyroxine
    Exam: TTP over upper lumbar midline. No step-off. Strength 5/5 BLE, sensation intact, reflexes symmetric.

    Imaging: L-spine XR - acute L1 compression fx w/ ~30% anterior height loss, posterior wall intact per radiology.

    A/P: Acute L1 compression fracture after mechanical fall from standing.
    - Pain control: APAP scheduled, oxycodone 2.5mg prn
    - TLSO for comfort, PT eval
    - Ortho spine consulted, nonoperative mgmt
    - Outpt DEXA, f/u PCP 1 wk
    """, "fracture", "L1", "moderate", "acute")

doc("Cardiology Referral Letter", "M", 77, """
    Dear Colleague

    I would be grateful if you could see this 77 year old gentleman who describes increasing breathlessness on exertion over the last 3 months, now after 100 yards on the flat. On examination there is an ejection systolic murmur radiating to the carotids. ECG sinus rhythm, LVH criteria.

    PMH: T2DM (diet controlled), osteoporotic L1 fracture 2019 - kyphoplasty, BPH, R cataract surgery
    Medications: tamsulosin 400mcg od, risedronate 35mg weekly, Adcal D3
    Allergies: NKDA

    Many thanks for your help.
    GP
    """, "fracture", "L1", "", "chronic", modality="DOC")

doc("Pain Clinic Letter", "F", 68, """
    PAIN MANAGEMENT CLINIC

    Diagnosis: chronic mechanical thoracolumbar back pain secondary to old wedge fractures of T11 and 12.

    Dear Dr Hughes,
    I reviewed Mrs Lawson today. She continues to describe a band-like ache across the thoracolumbar junction, worse after standing for more than 20 minutes, 6/10 on most days. She has tried physiotherapy, codeine and amitriptyline. Sleep is poor.

    We discussed the nature of persistent pain and the limited role of further interventions at this stage. She is keen to try our pain management programme and I have added her to the waiting list. I have suggested a slow taper of codeine by 15 mg every 2 weeks.

    Medications: co-codamol 30/500 2 qds, amitriptyline 20mg nocte, denosumab 60mg 6-monthly.
    """, "fracture", "T11;T12", "", "chronic")

doc("Physiotherapy Note", "F", 82, """
    PHYSIOTHERAPY - OUTPATIENT INITIAL ASSESSMENT

    S: Referred by GP for exercise advice. Known osteoporosis. Known crush fractures L1 through L3 on previous x-rays. Pain 4/10 at rest, 7/10 after housework. Lives alone, 1 fall in last year (tripped in garden).
    O: Increased thoracic kyphosis. Timed up and go 16 s. Reduced hip ext strength bilat 4/5. Walks with stick outdoors.
    A: Chronic back pain with osteoporotic vertebral fractures, falls risk.
    P: Osteoporosis-safe strength and balance programme, avoid loaded spinal flexion / twisting. Safe lifting advice given. Review 3/52.
    """, "fracture", "L1;L2;L3", "", "chronic")

doc("OPERATIVE NOTE", "F", 74, """
    OPERATIVE NOTE

    Procedure: Balloon kyphoplasty T12
    Pre-operative diagnosis: Acute osteoporotic T12 compression fracture with marrow oedema on STIR, failed 4 weeks conservative management.
    Post-operative diagnosis: Same
    Anaesthetic: GA. Antibiotics: cefazolin 2 g at induction.
    Position: prone on Jackson table, pressure areas checked.

    Procedure: Bipedicular approach under biplanar fluoroscopy. Stab incisions. Trocars advanced through both T12 pedicles into the fractured vertebral body. Inflatable bone tamps deployed, partial restoration of height. 3.5 ml PMMA each side under continuous lateral screening. No cement extravasation. Trocars removed, steristrips.

    EBL: minimal. Complications: none.
    Post-op: mobilise as comfort allows, analgesia as charted, bone health / FLS referral on discharge.
    """, "fracture", "T12", "", "acute", modality="OT")

doc("Fracture Liaison Service Letter", "F", 66, """
    FRACTURE LIAISON SERVICE

    Index fracture: left distal radius fracture (fall on outstretched hand on ice), managed in plaster.

    Dear Dr Singh,
    Mrs Patterson attended the FLS clinic today. DXA with vertebral fracture assessment was performed: lumbar spine T-score -2.7, total hip -2.1. Vertebral fracture assessment showed a grade 2 wedge fracture of T7. She was not aware of this and recalls no specific injury.

    FRAX (with BMD): major osteoporotic fracture 31%, hip 7.9%.
    Recommendation: start alendronic acid 70 mg weekly with calcium and vitamin D. Falls prevention leaflet given. We will review adherence by telephone at 4 months.
    """, "fracture", "T7", "moderate", "unspecified")

doc("Rheumatology Outpatient Letter", "M", 63, """
    Rheumatology Outpatient Letter

    Diagnoses:
    1. Polymyalgia rheumatica, on prednisolone since 2023
    2. Glucocorticoid-induced osteoporosis with vertebral fractures at T6, T8 and L2 on thoracolumbar spine films in March

    Dear Dr Mensah,
    Mr Fielding's PMR symptoms remain controlled on prednisolone 6 mg daily, CRP 4. He has intermittent mid-back ache. Given the vertebral fractures we have started teriparatide 20 micrograms daily for 24 months; our specialist nurse has taught self-injection. We will aim to taper prednisolone by 1 mg monthly.

    Follow up 3 months.
    """, "fracture", "T6;T8;L2", "", "unspecified")

doc("Respiratory Clinic Letter", "M", 72, """
    Respiratory Clinic

    Dear Dr Clarke,
    I saw Mr Barnes, 72, with COPD (FEV1 38% predicted). He has had four courses of oral prednisolone in the last year for exacerbations.

    CXR today: hyperinflated lungs, no consolidation, no effusion. An incidental wedge fracture of a mid thoracic vertebra was noted by the reporting radiologist.

    Given his steroid exposure I have requested a DXA scan and would be grateful if you could consider bone protection. I have also switched him to Trimbow 2 puffs bd and referred to pulmonary rehabilitation.

    Yours sincerely
    """, "fracture", "", "", "unspecified")

doc("Discharge Summary - Orthogeriatrics", "F", 89, """
    Discharge Summary - Orthogeriatrics

    Diagnosis: Right intertrochanteric hip fracture - dynamic hip screw (day 1 post admission)

    Background: old T12 wedge fracture, Alzheimer's dementia (MMSE 19/30), CKD 3a, hypertension.

    Hospital course: Uneventful surgery. Post-op delirium managed conservatively. Hb 84 on day 2, transfused 1 unit. Mobilising with frame and 1 assist by discharge.

    Bone health: Vit D 22 - loading dose colecalciferol given. Plan IV zoledronate at 6 weeks post fracture via FLS.
    Discharge destination: intermediate care bed.
    """, "fracture", "T12", "", "chronic")

doc("Spine Clinic Letter", "M", 81, """
    Spine Clinic - dictated but not checked

    Thank you for referring this 81 year old man with 3 weeks of upper lumbar pain that started while gardening. His MRI shows a compression fracture of the first lumbar vertebra with bone marrow oedema in keeping with a recent injury, and a mild loss of height. There is no retropulsion and the canal is capacious. Neurologically he is intact.

    I have explained that the majority of these heal with time. I have not recommended a brace. He will continue regular analgesia and I have asked the fracture liaison nurse to see him regarding bone health. If the pain is not improving in six weeks we would discuss vertebral augmentation.
    """, "fracture", "L1", "mild", "acute")

doc("Residential Aged Care Transfer Summary", "F", 86, """
    RESIDENTIAL AGED CARE FACILITY - TRANSFER TO HOSPITAL

    Reason for transfer: worsening back pain, unable to weight bear since Sunday, requiring 2 assist for transfers.
    Imaging (community x-ray, Tue): XR T-spine - collapse of D12 vertebral body, new compared with films from last year.
    Hx: osteoporosis (not on tx - swallowing difficulties), vascular dementia, T2DM, previous CVA with L hemiparesis.
    Meds: metformin 500 bd, aspirin 100 mane, paracetamol 1g qid, oxycodone 2.5 mg prn (4 doses in 24h).
    GP: Dr A. Nguyen. NOK: daughter, aware.
    """, "fracture", "T12", "", "acute")

doc("Osteoporosis Clinic Letter", "F", 90, """
    Osteoporosis clinic follow-up

    Mrs Ahmed attends with her son. She is now 90 and remains at home with a twice daily package of care. Spine films were reviewed: vertebra plana T10 and mild wedging T9, both unchanged since 2023. No new fractures identified. She reports no falls since her last visit.

    She remains on denosumab 60 mg every 6 months, last given in clinic 4 weeks ago, and tolerating it well. Calcium 2.28. I have emphasised that denosumab must not be stopped without a plan. Next review 12 months.
    """, "fracture", "T9;T10", "severe", "chronic")

doc("ED Note", "F", 76, """
    ED NOTE
    PC: fall on getting up from a chair, back pain
    HPC: 76F, lost balance standing up from a kitchen chair and fell backwards onto her back. Mild thoracolumbar pain, mobilising. No neuro sx.
    PMH: osteoporosis, on alendronate. Known L2 compression fracture.
    O/E: mild tenderness T12-L2, no step. PNS intact.
    XR T/L spine: known L2 compression fracture, no new fracture.
    Imp: soft tissue injury back
    Plan: analgesia, d/c home with daughter, GP f/u
    """, "fracture", "L2", "", "chronic")

doc("ED Summary", "F", 80, """
    EMERGENCY DEPARTMENT SUMMARY
    PC: Mechanical fall from standing at home, back pain
    Hx: osteoporosis, hypertension, L TKR 2018
    Ix: XR L/S - T12 wedge # (new), approx 50% anterior height loss. No retropulsion on CT.
    Mx: Analgesia (paracetamol, oxycodone), physio review - safe on stairs with rail.
    Dx: T12 osteoporotic wedge fracture
    Dispo: home, GP to review in 1/52, referred to fracture liaison clinic.
    """, "fracture", "T12", "severe", "acute")

doc("Primary Care Visit Note", "F", 78, """
    PRIMARY CARE VISIT NOTE

    Reason for visit: annual wellness visit

    PMH:
    - Osteoporosis (T-score -2.9 femoral neck)
    - s/p kyphoplasty L1 2021 for compression fx
    - GERD
    - HLD

    Meds: denosumab q6mo (due next month), omeprazole 20mg, atorvastatin 20mg, Ca/vit D.
    ROS: neg for falls in past 12 mo. Mild chronic LBP, stable.
    Exam: BP 128/74, BMI 22.1. Kyphosis. Gait steady.
    A/P: Osteoporosis - continue denosumab, recheck DEXA next yr. Fall risk low. Colonoscopy UTD. Flu shot given.
    """, "fracture", "L1", "", "chronic")

doc("Medication Review", "F", 83, """
    STRUCTURED MEDICATION REVIEW - Practice pharmacist

    Problems:
    Osteoporosis - T11 vertebroplasty 2020, on denosumab since
    Hypertension
    Stage 3 CKD
    Recurrent UTI

    Review: Denosumab given regularly (last dose 5 months ago), calcium and vit D continued. BP at target. Nitrofurantoin prophylaxis stopped (eGFR 38). Discussed anticholinergic burden - oxybutynin switched to mirabegron.
    """, "fracture", "T11", "", "chronic")

doc("Endocrinology Letter", "F", 74, """
    Endocrinology Clinic

    Re: Primary hyperparathyroidism

    Adjusted calcium 2.78, PTH 14.6, 24h urine calcium high normal. Sestamibi localises a right inferior adenoma. DXA shows osteoporosis at the distal radius (T -3.4). Her spine radiographs show wedge fractures T7-9.

    She therefore meets criteria for parathyroidectomy and I have referred her to the endocrine surgeons. In the meantime she should keep well hydrated and avoid thiazides.
    """, "fracture", "T7;T8;T9", "", "unspecified")

doc("Hepatology Clinic Letter", "M", 58, """
    Hepatology clinic

    Mr Dunn has alcohol related liver disease (Child-Pugh A) and has now been abstinent for 7 months. He is attending AA.
    CT abdomen (for HCC surveillance, no focal liver lesion) incidentally showed an L3 compresion fracture, new since the 2024 CT.
    Vit D 18, testosterone low normal.

    Plan: vitamin D replacement, DXA, and I have asked the GP to start bone protection once renal function and calcium are checked. Continue 6-monthly ultrasound surveillance.
    """, "fracture", "L3", "", "acute")
