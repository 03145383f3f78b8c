from common import doc

# ---------------------------------------------------------------- fracture 21-40

doc("GP Consultation Note", "F", 73, """
    Consultation - Dr R Walsh
    History: F/U back pain. XR thoracic spine report received: loss of height of the T9 vertebral body, moderate. Discussed with pt. Pain now 3/10, using paracetamol only. No falls.
    Examination: not examined today (telephone)
    Comment: DXA booked. Bloods for secondary causes (FBC, U&E, LFT, bone profile, TFT, myeloma screen, coeliac serology).
    Plan: start AdCal D3. Review with results.
    """, "fracture", "T9", "moderate", "unspecified")

doc("Orthopaedic Clinic Letter", "F", 65, """
    Orthopaedic Spinal Clinic

    Dear Dr Fraser,
    Mrs Boyd, 65, developed acute low back pain 10 days ago while lifting a garden planter. Her MRI lumbar spine shows a superior endplate fracture of L2 with surrounding oedema. Posterior elements intact, no canal compromise. Neurology normal.

    She has osteopenia on a DXA from 2024. Given this fracture, she will need reassessment of her bone health, and I have referred her to the fracture liaison service. Analgesia as required; no brace. Spinal clinic review in 6 weeks with standing x-rays.
    """, "fracture", "L2", "", "acute")

doc("Geriatrician Review", "F", 88, """
    Geriatric medicine - nursing home review

    Issues:
    1. Falls - 2 unwitnessed falls in October, no injury. Hip protectors in use.
    2. Chronic back pain - biconcave deformities of L1 and L2 on previous imaging, longstanding. Pain controlled on buprenorphine 5 microgram patch.
    3. Constipation - senna and laxido
    4. Osteoporosis - on zoledronate (given June)

    Plan: continue current, review postural BP, reduce doxazosin.
    """, "fracture", "L1;L2", "", "chronic")

doc("Transfer Letter", "M", 75, """
    Transfer letter (translated)

    Patient was admitted to our Department of Internal Medicine while on holiday with community acquired pneumonia, treated with ceftriaxone and clarithromycin, now afebrile.

    Diagnoses:
    - Community acquired pneumonia, right lower lobe
    - Osteoporotic fracture of Th12 (old)
    - Arterial hypertension
    - Benign prostatic hyperplasia

    Recommendation: continue oral antibiotics for 2 more days, follow up with family doctor, chest x-ray in 6 weeks.
    """, "fracture", "T12", "", "chronic")

doc("Discharge Summary", "F", 81, """
    DISCHARGE SUMMARY - Acute Medicine

    Primary diagnosis: new T11 compression fracture (osteoporotic)
    Secondary: known old L1 wedge fracture; hyponatraemia (Na 126, SIADH secondary to sertraline - stopped)

    MRI spine: T11 compression fracture with oedema on STIR; the L1 fracture shows no oedema.
    Patient mobilised with physio, pain improving on paracetamol and oramorph prn.

    Actions for GP: recheck Na in 1 week. Sertraline stopped - please review mood. Ensure FLS follow up (referral sent).
    """, "fracture", "T11;L1", "", "acute")

doc("Hospitalist Progress Note", "F", 85, """
    HOSPITALIST PROGRESS NOTE - HD#3

    S: Breathing easier. Ate breakfast.
    O: T 37.1, HR 82, BP 134/70, SpO2 95% 2L NC. Crackles R base, improving.
    Labs: WBC 11.2 (14.8), Cr 1.0.
    Imaging: CT chest w/ contrast - RLL consolidation, no PE. Stable mild compression deformity of T6, no acute fracture.

    A/P:
    #CAP - day 3 ceftriaxone/azithro, transition to PO cefpodoxime tomorrow
    #Osteoporosis w/ T6 compression deformity - not on tx; will recommend outpatient DEXA and consideration of bisphosphonate to PCP
    #HTN - continue amlodipine
    """, "fracture", "T6", "mild", "chronic")

doc("Spine Clinic Note", "F", 76, """
    SPINE CLINIC
    HX: Osteoporosis. Spine films in 2023 showed a T12 fracture, treated conservatively. Now 3 months of R buttock pain radiating to lateral calf, worse walking, relieved sitting.
    EXAM: SLR neg. L5 dermatomal sensory change R. EHL 4+/5 R.
    MRI L-spine: L4/5 R lateral recess stenosis with compression of the traversing R L5 nerve root. Facet arthropathy L4/5.
    PLAN: R L5 nerve root injection (listed). If benefit short lived, discuss R L4/5 decompression.
    """, "fracture", "T12", "", "chronic")

doc("Neurosurgery Clinic Letter", "F", 77, """
    Neurosurgery Outpatients

    Dear Dr Ibrahim,
    I reviewed Mrs Kelly with her CT from this month. This confirms a healed compression fracture at the thoracolumbar junction with no instability. Her pain has largely settled and she has returned to her walking group. I do not think she requires any surgical input and I have discharged her from the neurosurgical clinic.

    She would benefit from bone health assessment if this has not already been done.
    """, "fracture", "", "", "chronic")

doc("GP Referral Letter", "F", 70, """
    Dear Fracture Liaison Nurse,

    Please see Mrs Doherty, 70, who was found on a chest x-ray taken for cough to have a T11 wedge fracture. She has never had a DXA. Risk factors: early menopause (age 41), ex-smoker 30 pack years, mother had hip fracture. She has had no back pain.

    Current meds: amlodipine 10 mg, salbutamol prn. eGFR 64.

    Kind regards
    GP Registrar
    """, "fracture", "T11", "", "unspecified", modality="DOC")

doc("OPERATIVE NOTE", "F", 72, """
    OPERATION NOTE
    Procedure: Left total knee replacement (cemented, cruciate retaining)
    Indication: end stage tricompartmental OA L knee
    Comorbidities: osteoporosis with previous L4 fracture, hypertension
    Anaesthesia: spinal + sedation. Tourniquet 250 mmHg, 68 min.

    Midline incision, medial parapatellar arthrotomy. Distal femoral cut 9 mm at 5 deg valgus. Proximal tibial cut perpendicular, 3 deg posterior slope. Osteophytes removed. Trial components - good balance flexion/extension. Cemented size 4 femur, size 3 tibia, 10 mm poly. Patella not resurfaced. Washout, layered closure, clips.

    Post op: FWB, VTE prophylaxis per protocol, check x-ray.
    """, "fracture", "L4", "", "chronic", modality="OT")

doc("Physiotherapy Ward Note", "M", 84, """
    PHYSIOTHERAPY - ward 7B
    Dx: acute osteoporotic T10 fracture, conservative management, no brace per spinal team.
    S: pt reports pain 5/10 moving, 2/10 rest. Slept in chair.
    O: bed mobility with 1 assist + log roll technique. Sit to stand x1 with frame. Mobilised 15 m with frame, SOB mild. Sats 94% RA.
    A: progressing. Not yet safe for stairs.
    P: continue daily, stairs assessment tomorrow, OT for home equipment.
    """, "fracture", "T10", "", "acute")

doc("Spine Clinic Letter", "F", 76, """
    Spinal Surgery Clinic

    Thank you for referring Mrs Grant. MRI shows L3 with approximately 30% compression, no marrow oedema, consistent with a chronic fracture. The discs are degenerate at L4/5 and L5/S1. There is no significant canal stenosis.

    Her pain is mechanical. I do not think vertebroplasty would help a fracture of this age. I have referred her for physiotherapy and to the osteoporosis service.
    """, "fracture", "L3", "moderate", "chronic")

doc("Medical Admission Clerking", "M", 80, """
    MEDICAL CLERKING
    PC: increasing SOB and ankle swelling
    HPC: 2/52 progressive SOBOE, orthopnoea 3 pillows, PND. Weight up 4 kg.
    PMH: IHD (CABG 2015), HFrEF (EF 30%), T2DM, osteoporosis - known severe anterior wedging of T8 on lateral CXR (2024).
    DH: bisoprolol, ramipril, furosemide 40 od, dapagliflozin, alendronic acid
    O/E: JVP +5, bibasal creps, pitting oedema to knees.
    Imp: decompensated HF
    Plan: IV furosemide 80 bd, daily weights, fluid restrict 1.5L, U&E daily, echo.
    """, "fracture", "T8", "severe", "chronic")

doc("Discharge Summary", "M", 67, """
    DISCHARGE SUMMARY - General Surgery
    Diagnosis: acute uncomplicated appendicitis - laparoscopic appendicectomy

    PMH: RTC 1995 - L2 and L3 transverse process fractures, managed conservatively. Osteoporotic T12 wedge fracture 2022 (on alendronate). Asthma.

    Post op course uneventful. Tolerating diet day 1. Wounds clean.
    Discharge: home. Co-amoxiclav not required. Clips out day 10 practice nurse.
    """, "fracture", "T12", "", "chronic")

doc("Discharge Summary", "F", 83, """
    DISCHARGE SUMMARY
    Admitted with: back pain and reduced mobility
    Known old L1 fracture. CT this admission: L1 unchanged. Possible further fracture at T12 - outpatient MRI requested to clarify.

    Managed with analgesia and physio. Home with increased package of care (QDS).
    GP actions: chase MRI, review analgesia in 2 weeks. Continue risedronate.
    """, "fracture", "T12;L1", "", "chronic")

doc("Osteoporosis Clinic New Patient", "F", 79, """
    OSTEOPOROSIS CLINIC - NEW PATIENT
    Referral: GP, DXA result
    DXA: LS T -2.6, neck of femur T -2.2
    VFA: compression fractures L1-L2, grade 1
    Risk factors: prednisolone courses for asthma, low BMI (18.9), previous smoker.
    Assessment: established osteoporosis with vertebral fractures
    Plan: alendronate 70mg weekly, calcium/vit D, exercise leaflet, falls screen negative. Review 1 year.
    """, "fracture", "L1;L2", "mild", "unspecified")

doc("Discharge Summary", "M", 88, """
    DISCHARGE SUMMARY
    Dx: Aspiration pneumonia
    Other findings: CT thorax incidentally showed fractures of the twelfth thoracic and first lumbar vertebrae. No spinal tenderness on examination.

    Tx: IV co-amoxiclav 5 days, SALT assessment - modified diet level 6, thin fluids.
    Bone health: please consider DXA / bone protection in the community; patient and family informed of the spinal findings.
    """, "fracture", "T12;L1", "", "unspecified")

doc("Nursing Home Progress Note", "F", 92, """
    Progress note - RN
    Resident had a settled night. Severe pain on transfers this morning, PRN oxycodone 2.5 mg given 0710 with good effect.
    Known T5 crush fracture - GP aware, analgesia plan unchanged. Hoist transfers x2 staff. Pressure areas intact, repositioned 2 hourly. Eating 50% of meals.
    """, "fracture", "T5", "", "chronic")

doc("Orthopedic Spine Follow-up", "F", 71, """
    ORTHOPEDIC SPINE FOLLOW-UP
    Dx: T11 and T12 compression fxs after ground level fall
    Interval: pain improving, off opioids, using APAP prn. Ambulating without assistive device.
    XR T/L spine today: T11 and T12 compression fxs, unchanged compared with prior. No kyphotic progression.
    Plan: wean brace, PT for core strengthening, endocrine referral for osteoporosis mgmt. RTC 3 months.
    """, "fracture", "T11;T12", "", "chronic")

doc("Transcribed Dictation", "F", 87, """
    Transcribed dictation - Medicine for Older People clinic
    Dear doctor comma thank you for asking me to see this 87 year old lady with falls full stop She has a wedge fracture of L4 on her lumbar spine x-ray full stop new paragraph
    Her lying and standing blood pressures showed a postural drop of 30 systolic comma and I have reduced her doxazosin full stop I have also referred her for a DXA scan and to the falls prevention exercise class full stop
    Yours sincerely
    """, "fracture", "L4", "", "unspecified")
