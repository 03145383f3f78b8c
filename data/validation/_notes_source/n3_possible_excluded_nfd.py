from common import doc

# ---------------------------------------------------------------- possible_fracture (15)

doc("ED Note", "F", 78, """
    ED NOTE
    PC: thoracic back pain x 5 days, started after a coughing bout
    HPC: no trauma. Pain worse on movement and deep inspiration. No fevers, no weight loss. No neuro sx.
    PMH: COPD, osteoporosis (alendronate stopped 2023), HTN
    O/E: focal tenderness over lower thoracic spine. Chest clear. Neuro exam normal.
    XR T-spine: subtle change at T10, no obvious collapse.
    Impression: ?T10 crush fracture - MRI requested.
    Plan: analgesia, home, MRI as outpatient (request sent), GP letter.
    """, "possible_fracture", "T10", "", "unspecified")

doc("ED Discharge Summary", "F", 81, """
    ED DISCHARGE SUMMARY
    PC: low back pain post lifting washing basket
    Obs: NAD. Mobilising independently with stick.
    Exam: tender upper lumbar, PNS intact, no saddle anaesthesia
    Imp: mechanical back pain ?crush # L1 - for MRI (OP)
    Mx: paracetamol, oxycodone 5mg prn, GP r/v 1/52
    """, "possible_fracture", "L1", "", "unspecified")

doc("GP Consultation Note", "F", 74, """
    Consultation
    History: 3/52 mid back pain after bending to pick up grandson, no improvement. Lost ?3cm height over 5 years per pt. Early menopause. Prev prednisolone courses.
    Examination: thoracic kyphosis, tender mid thoracic spinous processes, no neuro deficit.
    Assessment: likely osteoporotic vertebral fracture
    Plan: XR thoracic spine + DXA requested, bloods, co-codamol 8/500, safety netting re red flags.
    """, "possible_fracture", "", "", "unspecified")

doc("Physiotherapy Note", "M", 79, """
    PHYSIOTHERAPY - MSK
    S: 4/52 LBP, no clear trauma. Long-term prednisolone for polymyalgia. Night pain disturbing sleep.
    O: reduced lumbar ROM all directions, tender over upper lumbar spinous processes. Neuro screen NAD.
    A: possible osteoporotic vertebral fracture (red flags: steroids, age, night pain). Not suitable for manual therapy at present.
    P: discussed with GP by phone today - GP to arrange XR. Gentle walking advice. Will re-book after imaging.
    """, "possible_fracture", "", "", "unspecified")

doc("Discharge Summary", "F", 85, """
    DISCHARGE SUMMARY - Respiratory
    Diagnosis: infective exacerbation of bronchiectasis

    Investigations: CXR - no new consolidation. Possible T7 wedge fracture, not further evaluated during this admission.
    Sputum: Pseudomonas aeruginosa (sensitive to cipro).

    Treatment: IV piperacillin-tazobactam 7 days, chest physio.
    GP actions: please arrange a dedicated thoracic spine x-ray and DXA.
    """, "possible_fracture", "T7", "", "unspecified")

doc("Spine Clinic Letter", "M", 66, """
    Spinal Clinic

    Dear Dr Ross,
    Mr Achebe reports 6 weeks of upper lumbar pain after a long drive. His MRI is equivocal for a subtle L3 superior endplate fracture; a fracture cannot be excluded. There is no oedema elsewhere, the discs are well preserved and there is no stenosis.

    I have arranged a CT of L3 to clarify and asked for a DXA. He will continue ibuprofen and paracetamol. I will write with the results.
    """, "possible_fracture", "L3", "", "unspecified")

doc("Hospitalist H&P", "F", 82, """
    HOSPITALIST ADMISSION H&P
    CC: back pain, unable to ambulate
    HPI: 82F w/ hx of osteoporosis (not on tx) presents w/ 3d of worsening mid-low back pain after bending to lift a laundry basket. No fall. Unable to walk d/t pain.
    Exam: point tenderness at thoracolumbar jxn. Neuro grossly intact.
    A/P:
    #Back pain - suspect T12 compression fx. MRI T/L spine ordered. Pain control, PT/OT.
    #Osteoporosis - will need tx, endocrine consult
    #HTN - cont home meds
    DVT ppx: enoxaparin. Code: full.
    """, "possible_fracture", "T12", "", "unspecified")

doc("Osteoporosis Clinic Letter", "F", 69, """
    Osteoporosis Clinic

    DXA today: lumbar spine T-score -2.2, femoral neck -2.5.
    VFA: equivocal deformity of T9; query fracture, to be reviewed with a lateral thoracic spine radiograph.

    I have requested the x-ray. Meanwhile she should start alendronic acid 70mg weekly, and calcium and vitamin D, as her hip T-score alone supports treatment. Follow up by letter once imaging reported.
    """, "possible_fracture", "T9", "", "unspecified")

doc("ED Note", "F", 77, """
    ED NOTE
    77 yr old F, slipped in bathroom, fell from standing onto bottom. Lumbar pain.
    Ex: tender L2 region, neuro intact, walking with pain.
    XR L-spine: probable L2 compression fracture on my review, awaiting formal radiology report.
    Imp: back pain after fall, probable L2 fracture
    Plan: analgesia, admit to CDU for physio assessment, review formal report in AM.
    """, "possible_fracture", "L2", "", "unspecified")

doc("Pain Clinic Letter", "F", 70, """
    PAIN CLINIC

    Dear Dr Chandra,
    Mrs O'Neill has 2 months of thoracolumbar pain on a background of rheumatoid arthritis on long term prednisolone. The MRI is suggestive of a T11 insufficiency fracture; the radiologist recommends CT for confirmation.

    I have not offered an injection. Her analgesia has been rationalised (stop tramadol, start low dose buprenorphine patch). I have asked her rheumatologist to review her bone protection.
    """, "possible_fracture", "T11", "", "unspecified")

doc("GP Home Visit Note", "F", 88, """
    Home visit
    Hx: daughter concerned, mum hunched over more, new mid back pain 1/52. No falls reported. Housebound.
    O/E: kyphotic, tender around T8, moving all limbs, bladder/bowels OK
    Imp: ?osteoporotic collapse of T8 - for x-ray
    Plan: XR via community radiology, regular paracetamol, review after imaging.
    """, "possible_fracture", "T8", "", "unspecified")

doc("Rheumatology Letter", "F", 62, """
    Rheumatology

    Dear Dr Evans,
    I saw Mrs Carter with her SLE, currently quiescent on hydroxychloroquine and prednisolone 7.5 mg. She describes new upper lumbar pain after a sneeze 2 weeks ago. Examination reveals tenderness over L1. This could be a fracture at L1 given her steroid exposure; I have requested MRI to clarify.

    Her DXA in 2024 showed osteopenia. I will review after the MRI.
    """, "possible_fracture", "L1", "", "unspecified")

doc("Orthopaedic On-call Note", "M", 90, """
    Ortho on-call - referral from ED
    90M, fell from standing in care home, R hip pain. XR R hip/pelvis: no fracture.
    Noted on the CT abdomen/pelvis scout: cannot exclude fracture of the D11 vertebral body; dedicated CT thoracic spine requested.
    No spinal tenderness reported but pt has dementia, hard to assess.
    Plan: not for ortho admission re hip. Med team to f/u CT T-spine.
    """, "possible_fracture", "T11", "", "unspecified")

doc("Geriatric Medicine Clinic Letter", "F", 84, """
    Medicine for Older People - outpatient letter

    Impression: new low back pain, possible new T12 fracture.
    She has osteoporosis on denosumab. Pain began a week ago without a fall. There is percussion tenderness at the thoracolumbar junction. I have requested an MRI of the thoracolumbar spine. If the MRI is unremarkable we will treat this as mechanical pain.

    Medications unchanged.
    """, "possible_fracture", "T12", "", "acute")

doc("Telephone Consultation Note", "F", 79, """
    Telephone consultation - rheumatology nurse specialist
    Pt rang re: thoracic pain after hugging her grandson. Community XR report read to her: "anterior loss of contour at T6 which may represent an early compression fracture; suggest correlation".
    Advised: regular paracetamol, avoid heavy lifting. Discussed with consultant - MRI to be requested. Pt happy with plan.
    """, "possible_fracture", "T6", "", "unspecified")

# ---------------------------------------------------------------- excluded (15)

doc("Trauma Discharge Summary", "M", 34, """
    MAJOR TRAUMA CENTRE - DISCHARGE SUMMARY
    Mechanism: high-speed MVC, restrained driver, vehicle rollover, prolonged extrication.
    Injuries:
    1. L1 burst fracture with 40% canal compromise - posterior instrumented fixation T12 to L2
    2. Left sternoclavicular joint sprain
    3. Seatbelt abrasion abdomen (CT: no solid organ injury)
    Neurology: ASIA E throughout.
    Rehab: TLSO not required post fixation. Driving restricted. Spinal clinic 6 weeks with standing x-rays.
    """, "excluded")

doc("ED Note", "M", 58, """
    ED NOTE
    PC: fall from ladder at home (~3 m) while clearing gutters
    HPC: landed on feet then back. Thoracolumbar pain. No LOC. GCS 15.
    O/E: tender T12, no step. Neuro intact.
    CT T/L spine: T12 compression fracture, 20% height loss, posterior elements intact.
    Imp: T12 compression fracture after fall from height
    Plan: spinal team review - TLSO, mobilise, admit for pain control.
    """, "excluded")

doc("Orthopaedic Clinic Letter", "M", 45, """
    Orthopaedic Spine Clinic

    Dear Dr Sato,
    Mr Hale, a roofer, fell from a roof approximately 5 metres onto his back 6 weeks ago. He sustained an L2 wedge fracture with no posterior ligamentous injury, managed in a TLSO brace. He also fractured his right calcaneus (managed by foot and ankle team).

    Standing x-rays today show no progression of the kyphosis. He may wean the brace over the next 2 weeks. He is not yet fit to return to work at height. Review 3 months.
    """, "excluded")

doc("Spinal Injuries Unit Discharge Summary", "M", 22, """
    SPINAL INJURIES UNIT - DISCHARGE SUMMARY
    Mechanism: diving injury, dived into shallow end of a swimming pool.
    Diagnosis: C5 burst fracture with incomplete tetraplegia (ASIA C, neurological level C5)
    Surgery: C5 anterior corpectomy, cage and plate C4-C6, day 1.
    Rehab: 14 weeks inpatient rehab. Now wheelchair independent, walking short distances with frame. Intermittent self catheterisation. Bowel programme established.
    Follow up: SIU clinic 3 months, urology 6 months.
    """, "excluded")

doc("Tertiary Trauma Survey", "M", 41, """
    TERTIARY TRAUMA SURVEY
    Mechanism: motorcycle collision ~80 km/h, thrown from bike.
    Injuries identified:
    - Left L1, L2 and L3 transverse process fractures
    - Left ribs 9-11 fractures
    - Grade II splenic laceration, non-operative
    No vertebral body fractures. No new injuries on tertiary survey.
    Plan: analgesia, incentive spirometry, mobilise as tolerated, no brace required for TP fractures.
    """, "excluded")

doc("Oncology Clinic Letter", "F", 64, """
    Oncology Clinic

    Diagnosis: metastatic ER+ breast cancer, bone-only disease

    Dear Dr Price,
    Mrs Adebayo's restaging MRI shows a pathological collapse of T9 due to a metastatic deposit, with no epidural disease and no cord compression. She has new mid thoracic pain. I have arranged palliative radiotherapy 8 Gy single fraction to T9, and she will start denosumab 120 mg 4-weekly. Endocrine therapy switched to fulvestrant plus palbociclib.
    """, "excluded")

doc("Haematology Clinic Letter", "F", 70, """
    Haematology Clinic

    Diagnosis: IgG kappa multiple myeloma (R-ISS II)

    Whole-body MRI: multiple lytic lesions with pathological fractures of L2 and L3. No cord compression. Serum paraprotein 38 g/L.

    Plan: commence daratumumab-lenalidomide-dexamethasone, zoledronic acid monthly, spinal surgical opinion regarding bracing, analgesia review with palliative care.
    """, "excluded")

doc("Discharge Summary", "M", 76, """
    DISCHARGE SUMMARY - Oncology
    Diagnosis: metastatic spinal cord compression at T11 secondary to prostate cancer
    MRI whole spine: metastatic collapse of T11 with epidural extension and cord compression; further sclerotic deposits L3 and sacrum without collapse.
    Management: dexamethasone 16 mg, radiotherapy 20 Gy/5# to T10-T12, started ADT.
    Mobility: walking with frame at discharge, bladder function normal.
    """, "excluded")

doc("Infectious Diseases Letter", "M", 61, """
    Infectious Diseases / OPAT Clinic

    Diagnosis: T8-9 discitis and osteomyelitis (MSSA), complicated by collapse of the T9 vertebral body secondary to the infection.

    He has completed 6 weeks of IV flucloxacillin via OPAT and now switches to oral rifampicin and levofloxacin for 6 further weeks. CRP has fallen from 184 to 12. The spinal team are monitoring alignment; no surgery currently planned.
    """, "excluded")

doc("Spine Clinic Letter", "M", 39, """
    Spinal Clinic

    Mr Chowdhury felt a sudden sharp pain at the base of his neck while deadlifting. CT confirms a clay-shoveler's fracture of the C7 spinous process. The vertebral bodies are intact and alignment is normal.

    This is a stable injury. He can return to the gym progressively over 6 weeks, avoiding heavy upper body lifts. No follow up needed.
    """, "excluded")

doc("Sports Medicine Clinic Letter", "M", 19, """
    Sports & Exercise Medicine Clinic

    Diagnosis: bilateral L5 pars interarticularis stress fractures (fast bowler)

    Dear Dr Lim,
    This 19 year old county cricket fast bowler has 3 months of extension-related low back pain. SPECT-CT shows bilateral L5 pars interarticularis fractures with increased uptake. Vertebral bodies normal.

    Plan: 3 months off bowling, core stability rehab with the club physio, graded return to bowling thereafter. Repeat imaging not routinely required.
    """, "excluded")

doc("Lung Cancer MDT Outcome", "M", 69, """
    LUNG CANCER MDT OUTCOME
    Diagnosis: adenocarcinoma left upper lobe, EGFR negative, PD-L1 60%
    Staging CT/PET: T3 N2 M1c - bone metastases including a lytic metastasis in L3 with pathological fracture, no canal compromise.
    MDT outcome: pembrolizumab first line; palliative radiotherapy to L3 for pain; denosumab; clinical nurse specialist to discuss with patient.
    """, "excluded")

doc("Trauma Clinic Letter", "F", 52, """
    Major Trauma Follow-up Clinic

    Ms Byrne was a pedestrian struck by a car at approximately 40 mph. Her injuries were a T7 anterior wedge fracture, a right tibial plateau fracture (ORIF) and a left pneumothorax (drained). The T7 fracture was managed non-operatively.

    Today she is mobilising with crutches, partial weight bearing right leg. Thoracic x-rays show stable alignment. Psychology referral made for post-traumatic stress symptoms.
    """, "excluded")

doc("ED Note", "M", 30, """
    ED NOTE - RESUS
    Mechanism: RTC, car vs tree, ~60 mph, airbag deployed.
    Primary survey: A patent, C-spine immobilised. B: clear. C: HR 102, BP 128/80. D: GCS 15.
    CT C-spine: right C6 facet fracture and C6 lamina fracture, no vertebral body fracture, no subluxation.
    Neuro: C7 dermatome paraesthesia R hand, power 5/5.
    Plan: Aspen collar, spinal team review, MRI C-spine, admit under trauma.
    """, "excluded")

doc("Infectious Diseases Discharge Summary", "M", 35, """
    DISCHARGE SUMMARY - Infectious Diseases
    Diagnosis: spinal tuberculosis (Pott's disease) L1-L2 with paraspinal abscess
    Imaging: MRI - destruction and collapse of the L1 and L2 vertebral bodies due to tuberculous spondylodiscitis, bilateral psoas collections.
    Micro: CT-guided biopsy - AFB smear positive, GeneXpert MTB detected, RIF resistance not detected.
    Treatment: RHZE started, planned total 12 months. TB nurse follow-up, contact tracing initiated.
    """, "excluded")

# ---------------------------------------------------------------- non_fracture_deformity (10)

doc("Spine Clinic Letter", "M", 24, """
    Spinal Deformity Clinic

    Diagnosis: Scheuermann's disease

    Dear Dr Walsh,
    This 24 year old man has longstanding thoracic back ache and a rounded back. Standing whole spine films show a thoracic kyphosis of 65 degrees with anterior wedging of T7 to T9 and irregular endplates, typical of Scheuermann's disease. There is no fracture.

    He does not wish to consider surgery. I have referred him to physiotherapy for a postural and extension strengthening programme.
    """, "non_fracture_deformity")

doc("Pain Clinic Letter", "F", 52, """
    Pain Clinic

    MRI lumbar spine reviewed: Schmorl's nodes at the L1, L2 and L3 endplates; degenerative disc disease L4/5 with a broad based bulge; no nerve root compression; no fracture.

    Mrs Patel's pain is axial and mechanical. We discussed self management and she will join the back pain group programme. Medial branch blocks not indicated at present.
    """, "non_fracture_deformity")

doc("Sports Medicine Clinic Letter", "M", 28, """
    Sports Medicine

    Mr Novak, a rugby player, was concerned about a 'chip' at the front of his lower back described on an outside x-ray. I have reviewed the images: this is a limbus vertebra at the anterosuperior corner of L4, a developmental variant and not a fracture. His pain is muscular.

    Plan: continue rehab with the club physiotherapist. No restriction on training.
    """, "non_fracture_deformity")

doc("Orthopaedic Clinic Letter", "F", 45, """
    Orthopaedic Clinic

    Ms Hughes was referred after a CT for renal colic (now passed stone) described a 'deformed T9 vertebra'. This is a butterfly vertebra at T9, a congenital anomaly, with no fracture. It is of no clinical significance and no follow up is needed. I have reassured her.
    """, "non_fracture_deformity")

doc("Adult Scoliosis Clinic Letter", "F", 19, """
    Adult Spinal Deformity - transition clinic

    Diagnosis: congenital scoliosis due to an L2 hemivertebra

    This 19 year old transferred from the paediatric service. Standing films show a stable lumbar curve of 24 degrees related to the L2 hemivertebra, unchanged over 3 years. No neurological symptoms. MRI spine (previous) excluded cord tethering.

    Plan: annual review until skeletal maturity confirmed, then discharge with open access.
    """, "non_fracture_deformity")

doc("Neurology Clinic Letter", "M", 56, """
    Neurology Clinic

    Mr Ortiz has neck stiffness and occasional occipital headache. Cervical spine imaging shows a congenital block vertebra at C5-C6 (fused C5 and C6 bodies with a rudimentary disc), in keeping with a Klippel-Feil variant, with adjacent level degeneration at C4/5. No cord compression, no myelopathy on examination.

    I have referred him for physiotherapy and would not advise manipulation of the neck.
    """, "non_fracture_deformity")

doc("Osteoporosis Clinic Letter", "F", 67, """
    Bone Health Clinic

    DXA today: osteopenia (lowest T-score -2.1 at femoral neck). FRAX major osteoporotic 14%, hip 2.6% - below treatment threshold.
    VFA: mild anterior wedging of T6 to T8 consistent with degenerative wedging; these are not fractures.

    Plan: lifestyle advice, vitamin D, no drug treatment, repeat DXA in 3 years.
    """, "non_fracture_deformity")

doc("GP Letter", "F", 58, """
    Dear Mrs Young,

    Thank you for coming to see me. I have had a look at the result of your lumbar spine MRI. It shows a small dent in the top of the L1 vertebra (L1 superior endplate depression) due to a Schmorl's node, which is a common finding and is not a fracture. The rest of the scan shows wear and tear at the lower discs.

    Please continue the exercises the physiotherapist gave you.

    Best wishes
    Dr Karim
    """, "non_fracture_deformity")

doc("Rheumatology Clinic Letter", "M", 62, """
    Rheumatology

    Mr Dean has DISH on his thoracic films with flowing anterior osteophytes from T7 to T11. The mildly wedge-shaped T11 is due to degenerative endplate remodelling; there is no fracture. Inflammatory markers are normal and there is no sacroiliitis, so this is not ankylosing spondylitis.

    Plan: physiotherapy, NSAID as required with PPI cover. Discharged to GP.
    """, "non_fracture_deformity")

doc("Osteoporosis Clinic Letter", "F", 55, """
    Bone Health Clinic

    Reason for DXA: early menopause at 44, not on HRT.
    DXA: lumbar spine T -1.4, total hip T -1.0.
    VFA: short vertebral heights at T11 and T12, a normal variant; no vertebral fracture.

    Plan: discussed HRT, which she would like to start - prescription issued. No repeat DXA needed for 5 years.
    """, "non_fracture_deformity")
