from common import R, pick, CHEST_LUNGS, CHEST_MED, UPPER_ABD, ABD_ORGANS, SOFT_TISSUE

# ---------------- EXCLUDED ----------------
# E1 MVC L1 burst
R("excluded", "", "", "unspecified", "CT", "CT T/L-SPINE W/O CONTRAST", """
EXAMINATION: CT THORACIC AND LUMBAR SPINE WITHOUT CONTRAST (RECONSTRUCTED FROM CT CHEST/ABDOMEN/PELVIS)

HISTORY: Level 1 trauma. 58-year-old restrained driver, high-speed MVC with rollover.

TECHNIQUE: Reformatted images of the thoracic and lumbar spine from the trauma CT.

FINDINGS:
Acute burst fracture of L1 with 40% loss of height and 4 mm retropulsion of the posterior superior fragment, narrowing the canal by approximately 30%. Fracture extends into the right pedicle. Interspinous distance is not widened.
Acute nondisplaced fractures of the left L2 and L3 transverse processes.
Thoracic spine: No fracture. Alignment normal.

IMPRESSION:
1. Acute L1 burst fracture with 4 mm retropulsion and right pedicle involvement. Neurosurgery consulted.
2. Acute left L2 and L3 transverse process fractures.
""", age=58)

# E2 fall from ladder T12 compression
R("excluded", "", "", "unspecified", "XR", "XR T-SPINE 2 VIEWS", """
XR THORACIC SPINE 2 VIEWS

HISTORY: 62M fell approximately 10 feet from a ladder while cleaning gutters. Mid back pain.

COMPARISON: None.

FINDINGS: Acute-appearing compression fracture of T12 with approximately 25-30% anterior height loss. No definite posterior wall involvement on radiographs. Remaining vertebral body heights are preserved. Alignment is normal.

IMPRESSION: Acute T12 compression fracture after fall from ladder. CT recommended to evaluate the posterior elements and the posterior wall.
""", sex="M", age=62)

# E3 lytic metastasis L3 pathologic compression
R("excluded", "", "", "unspecified", "CT", "CT ABD/PELVIS W CONTRAST", f"""
CT ABDOMEN AND PELVIS WITH CONTRAST

INDICATION: Metastatic non-small cell lung cancer, restaging.

COMPARISON: 09/30/2025.

FINDINGS:
Lower chest: Known left lower lobe mass partially imaged, increased.
Liver: Two new hypoenhancing lesions in the right lobe measuring up to 1.8 cm, consistent with metastases.
Adrenals: Enlarging left adrenal nodule, 2.4 cm (previously 1.6 cm).
Pancreas, spleen, kidneys: Unremarkable.
Lymph nodes: Enlarging retrocrural node 1.3 cm.
Bones: Lytic metastasis replacing the L3 vertebral body with pathologic compression fracture and approximately 40% height loss. Soft tissue extends into the ventral epidural space. Additional lytic lesion in the right iliac wing.

IMPRESSION:
1. Progressive metastatic disease with new hepatic metastases and enlarging left adrenal metastasis.
2. Lytic L3 metastasis with pathologic compression fracture and ventral epidural extension. Recommend MRI of the lumbar spine.
""")

# E4 myeloma with compression fractures
R("excluded", "", "", "unspecified", "CT", "CT SKELETAL SURVEY LOW DOSE WHOLE BODY", """
LOW-DOSE WHOLE BODY CT (MYELOMA SURVEY)

HISTORY: Newly diagnosed multiple myeloma (IgG kappa).

FINDINGS:
Innumerable small punched-out lytic lesions throughout the calvarium, spine, ribs, pelvis and bilateral proximal femora, compatible with known myeloma.
Spine: Compression fractures at T9 and L2 related to myelomatous involvement, with approximately 30% and 20% height loss respectively. No retropulsion.
Right 6th rib lytic lesion with pathologic fracture.
No lesion in the proximal femora at high risk for fracture (cortical involvement under 50%).

IMPRESSION:
Diffuse lytic osseous lesions compatible with multiple myeloma, with pathologic compression fractures of T9 and L2 and a right 6th rib pathologic fracture.
""")

# E5 transverse process fractures after ground-level fall
R("excluded", "", "", "unspecified", "CT", "CT L-SPINE W/O CONTRAST", """
CT LUMBAR SPINE WITHOUT CONTRAST

HISTORY: 80-year-old female, slipped and fell at home, left flank pain.

FINDINGS:
Acute minimally displaced fractures of the left L2 and L3 transverse processes. Small adjacent left psoas hematoma.
Lumbar vertebral body heights are maintained. No vertebral body fracture. Alignment normal.
Multilevel degenerative changes.

IMPRESSION:
1. Acute left L2 and L3 transverse process fractures.
2. No vertebral body fracture.
""", sex="F", age=80)

# E6 clay shoveler C7 spinous process
R("excluded", "", "", "unspecified", "XR", "XR C-SPINE 2-3 VIEWS", """
XR CERVICAL SPINE 3 VIEWS

History: Neck pain after shoveling snow.

Findings: Oblique fracture through the C7 spinous process with mild inferior displacement of the distal fragment (clay shoveler's fracture). Vertebral body heights are maintained. Normal alignment. Degenerative disc disease C5-6 and C6-7. Prevertebral soft tissues normal.

Impression: Acute C7 spinous process fracture. No vertebral body fracture.
""")

# E7 bilateral L5 pars defects
R("excluded", "", "", "unspecified", "CT", "CT L-SPINE W/O CONTRAST", """
EXAMINATION: CT L-SPINE W/O

HISTORY: chronic LBP, L5 radiculopathy

FINDINGS:
Bilateral L5 pars interarticularis defects (spondylolysis) with corticated margins, chronic in appearance, with grade 1 anterolisthesis of L5 on S1 (approximately 7 mm).
Lumbar vertebral body heights are maintained.
L5-S1: Uncovering of the disc with pseudobulge, severe bilateral neural foraminal stenosis.
L4-5: Mild disc bulge. No stenosis.

IMPRESSION:
Chronic bilateral L5 pars defects with grade 1 spondylolisthesis and severe bilateral L5-S1 foraminal stenosis.
""")

# E8 prostate blastic mets with pathologic fracture T10
R("excluded", "", "", "unspecified", "MR", "MRI T-SPINE W/WO", """
MRI THORACIC SPINE WITHOUT AND WITH CONTRAST

HISTORY: Metastatic prostate cancer, new mid back pain, leg weakness.

FINDINGS:
Diffuse heterogeneous T1 hypointense marrow replacement throughout the thoracic spine, compatible with known osseous metastases.
Pathologic fracture of T10 with approximately 50% height loss and convex posterior bulging of the posterior cortex. Enhancing epidural tumor from T9 to T11 causes moderate canal narrowing with mild cord flattening at T10, no cord signal abnormality.
Additional enhancing lesions in the T4 and T7 posterior elements.

IMPRESSION:
1. Diffuse osseous metastatic disease.
2. Pathologic T10 fracture with epidural tumor extension and mild cord flattening. Findings called to Dr. Nguyen at 09:05.
""", sex="M")

# E9 pathologic T6 fracture breast cancer
R("excluded", "", "", "unspecified", "MR", "MRI T-SPINE W/WO", """
MRI T-SPINE W/WO

Indication: breast ca, back pain

Findings: Enhancing T1-hypointense lesion replacing the T6 vertebral body and extending into the left pedicle, with pathologic fracture and mild height loss. Small left paraspinal soft tissue component. Epidural extension abuts the cord without compression. Additional small lesion in T9 without fracture. No cord signal abnormality.

Impression: Metastatic lesion at T6 with pathologic fracture and epidural extension without cord compression. Additional T9 metastasis.
""", sex="F")

# E10 fall from roof L2 burst
R("excluded", "", "", "unspecified", "CT", "CT CHEST ABD PELVIS W CONTRAST", """
CT CHEST, ABDOMEN AND PELVIS WITH CONTRAST (TRAUMA)

HISTORY: 55-year-old male, fall from roof approx 15 feet.

FINDINGS:
Chest: Small right apical pneumothorax. Right 3rd and 4th posterior rib fractures. No mediastinal hematoma.
Abdomen/pelvis: Grade II splenic laceration without active extravasation. Small perisplenic hemoperitoneum. No other solid organ injury.
Spine: Acute L2 burst fracture with 35% height loss and 3 mm retropulsion. Acute right L2 transverse process fracture. Remaining thoracolumbar spine without fracture.
Pelvis: Intact.

IMPRESSION:
1. Acute L2 burst fracture with 3 mm retropulsion.
2. Grade II splenic laceration with small hemoperitoneum.
3. Small right pneumothorax; right 3rd and 4th rib fractures.
""", sex="M", age=55)

# E11 MVC transverse processes only
R("excluded", "", "", "unspecified", "CT", "CT ABD/PELVIS W CONTRAST", f"""
CT ABDOMEN/PELVIS W IV CONTRAST - TRAUMA

INDICATION: MVC, restrained passenger, T-boned at highway speed. Right flank pain.

FINDINGS:
Solid organs: No laceration of the liver, spleen, kidneys or pancreas.
Bowel/mesentery: No bowel wall thickening or mesenteric hematoma.
No free fluid or free air.
Bones: Acute fractures of the right L1, L2 and L3 transverse processes with small adjacent retroperitoneal hematoma. Vertebral bodies are intact with preserved heights. Pelvis intact.

IMPRESSION:
1. Acute right L1-L3 transverse process fractures.
2. No solid organ injury.
""")

# E12 discitis-osteomyelitis with collapse of T10
R("excluded", "", "", "unspecified", "MR", "MRI T-SPINE W/WO", """
MRI THORACIC SPINE WITH AND WITHOUT CONTRAST

HISTORY: Fever, back pain, MRSA bacteremia.

FINDINGS:
Abnormal T1 hypointense, T2/STIR hyperintense signal and enhancement of the T9 and T10 vertebral bodies with fluid signal in the intervening disc and endplate erosions. There is collapse of the T10 vertebral body with approximately 40% height loss. Small ventral epidural phlegmon at T9-T10 without abscess; mild canal narrowing. Bilateral paraspinal phlegmon.
Cord normal in signal.

IMPRESSION:
T9-T10 discitis-osteomyelitis with collapse of T10 and ventral epidural phlegmon.
""")

# E13 pathologic compression L4 on CT chest staging (lung cancer)
R("excluded", "", "", "unspecified", "CT", "CT CHEST ABD PELVIS W CONTRAST", f"""
CT CHEST/ABDOMEN/PELVIS W CONTRAST

CLINICAL HISTORY: New right hilar mass on chest x-ray, staging.

COMPARISON: Chest radiograph 12/29/2025.

FINDINGS:
CHEST: 5.2 cm right hilar mass encasing the right upper lobe bronchus with postobstructive atelectasis. Enlarged right paratracheal (2.1 cm) and subcarinal (1.8 cm) lymph nodes. Small right pleural effusion.
ABDOMEN/PELVIS: Bilateral adrenal nodules up to 2.2 cm, suspicious for metastases. Liver without focal lesion. No ascites.
BONES: Destructive lytic lesion of the L4 vertebral body with pathologic compression fracture due to metastasis. Lytic lesion in the left 5th rib.

IMPRESSION:
1. Right hilar mass with mediastinal adenopathy, compatible with primary bronchogenic carcinoma.
2. Metastatic disease to the adrenal glands and bone, including an L4 pathologic compression fracture.
""")

# E14 pedestrian struck, Chance fracture
R("excluded", "", "", "unspecified", "CT", "CT L-SPINE W/O CONTRAST", """
CT LUMBAR SPINE (REFORMATS FROM TRAUMA CT)

HISTORY: 67F pedestrian struck by car.

FINDINGS: Horizontally oriented fracture through the L2 vertebral body, pedicles and spinous process, compatible with a flexion-distraction (Chance) fracture. Mild anterior wedging of L2. Widening of the L1-L2 interspinous distance. No retropulsion.
Remaining lumbar spine without fracture.

IMPRESSION: L2 Chance fracture, unstable injury pattern. Spine surgery notified.
""", sex="F", age=67)

# E15 acute left L4 pars fracture after fall, vertebral body intact
R("excluded", "", "", "unspecified", "CT", "CT L-SPINE W/O CONTRAST", """
CT LUMBAR SPINE WITHOUT CONTRAST

CLINICAL HISTORY: 70-year-old male fell backwards onto steps. Low back pain.

COMPARISON: None.

FINDINGS:
Acute nondisplaced fracture of the left L4 pars interarticularis with sharp noncorticated margins. No spondylolisthesis.
Lumbar vertebral body heights are maintained. No vertebral body fracture.
Moderate multilevel facet arthropathy. Atherosclerotic calcification of the aorta.

IMPRESSION:
Acute nondisplaced left L4 pars interarticularis fracture. Vertebral bodies intact.
""", sex="M", age=70)

# ---------------- NON-FRACTURE DEFORMITY ----------------
# N1 Schmorl's nodes, heights maintained
R("non_fracture_deformity", "", "", "unspecified", "CT", "CT ABD/PELVIS W CONTRAST", f"""
EXAMINATION: CT ABDOMEN AND PELVIS WITH CONTRAST

HISTORY: Abdominal pain, elevated lipase.

COMPARISON: None.

FINDINGS:
Lower chest: Unremarkable.
{ABD_ORGANS[0]}
Bones: Schmorl's nodes at the T11 through L2 endplates. Vertebral body heights are maintained. No compression fracture.

IMPRESSION:
No acute abnormality. No CT evidence of pancreatitis.
""")

# N2 limbus vertebra L4
R("non_fracture_deformity", "", "", "unspecified", "XR", "XR L-SPINE 2-3 VIEWS", """
EXAM: LUMBAR SPINE 3 VIEWS

HISTORY: Low back pain, no trauma.

FINDINGS: Small well-corticated triangular ossicle at the anterosuperior corner of L4, compatible with a limbus vertebra. Vertebral body heights otherwise maintained. Mild disc space narrowing at L4-5. No spondylolisthesis.

IMPRESSION: Limbus vertebra at L4, a developmental variant, not to be confused with fracture. Mild degenerative disc disease.
""")

# N3 Scheuermann's
R("non_fracture_deformity", "", "", "unspecified", "XR", "XR T-SPINE 2 VIEWS", """
XR THORACIC SPINE AP/LAT

Clinical Information: Kyphosis.

Findings:
Mild anterior wedging of T7 through T9 with undulating endplates and multiple Schmorl's nodes, compatible with remote Scheuermann disease. Increased thoracic kyphosis. Mild disc space narrowing. No acute osseous abnormality.

Impression:
Findings compatible with Scheuermann disease. No acute fracture.
""")

# N4 butterfly vertebra T9 on CT chest
R("non_fracture_deformity", "", "", "unspecified", "CT", "CT CHEST W CONTRAST", f"""
EXAMINATION: CT CHEST WITH CONTRAST

HISTORY: Chest pain.

FINDINGS:
{pick(CHEST_LUNGS)}
{pick(CHEST_MED)}
{pick(UPPER_ABD)}
Musculoskeletal: Butterfly vertebra at T9, a congenital anomaly. Vertebral heights otherwise normal. No acute osseous abnormality.

IMPRESSION:
No acute intrathoracic abnormality.
""")

# N5 physiologic wedging T11-T12
R("non_fracture_deformity", "", "", "unspecified", "XR", "XR T-SPINE 2 VIEWS", """
THORACIC SPINE 2 VIEWS

HISTORY: 52 year old with upper back pain, r/o compression fx.

FINDINGS: Mild anterior wedging of T11 and T12, likely physiologic. No cortical break or endplate depression. Alignment normal. Disc spaces preserved.

IMPRESSION: No compression fracture. Mild physiologic wedging of the thoracolumbar junction.
""", age=52)

# N6 congenital block vertebra C5-C6
R("non_fracture_deformity", "", "", "unspecified", "XR", "XR C-SPINE 2-3 VIEWS", """
XR CERVICAL SPINE 2-3 VIEWS

Indication: Neck stiffness.

Findings: Congenital fusion (block vertebra) of C5 and C6 with a waist-like narrowing at the rudimentary disc space and fused posterior elements. Accelerated degenerative disc disease at C6-C7 with posterior osteophytes. Normal alignment. No fracture.

Impression: Congenital C5-C6 block vertebra with adjacent segment degeneration at C6-C7.
""")

# N7 degenerative endplate remodeling L4 height loss
R("non_fracture_deformity", "", "", "unspecified", "CT", "CT L-SPINE W/O CONTRAST", """
CT L-SPINE WITHOUT CONTRAST

History: Chronic back pain, preoperative planning.

Findings:
Advanced degenerative disc disease at L3-4 and L4-5 with vacuum phenomenon and endplate sclerosis. Mild loss of height at L4 related to degenerative endplate remodeling rather than fracture. No acute fracture.
Facet arthropathy L3-S1. Moderate canal stenosis at L4-5.

Impression:
1. Advanced L3-4 and L4-5 degenerative disc disease with degenerative endplate remodeling; no compression fracture.
2. Moderate canal stenosis at L4-5.
""")

# N8 addendum corrects possible T12 to Schmorl's node
R("non_fracture_deformity", "", "", "unspecified", "CT", "CT CHEST W CONTRAST", f"""
CT CHEST WITH CONTRAST

INDICATION: Follow-up lung nodules.

COMPARISON: None at time of initial interpretation.

FINDINGS:
Lungs: Multiple bilateral subcentimeter nodules, the largest 6 mm in the right lower lobe.
{pick(CHEST_MED)}
{pick(UPPER_ABD)}
Bones: Possible compression deformity of the T12 superior endplate.

IMPRESSION:
1. Multiple subcentimeter pulmonary nodules. Follow-up CT in 3-6 months recommended.
2. Possible T12 compression deformity.

ADDENDUM: Outside CT from 2021 has now been obtained and reviewed. The T12 superior endplate finding is unchanged since 2021 and represents a chronic Schmorl's node. No compression fracture. The pulmonary nodules are also stable since 2021; no further nodule follow-up is needed.
""")

# N9 hemivertebra
R("non_fracture_deformity", "", "", "unspecified", "XR", "XR SCOLIOSIS SURVEY 2 VIEWS", """
XR SCOLIOSIS SERIES

HISTORY: Long-standing scoliosis, worsening back pain.

FINDINGS: Right hemivertebra at L2 with a resultant left convex thoracolumbar curve measuring 24 degrees (T11-L3), increased from 21 degrees in 2019. Degenerative changes at the apex. Vertebral body heights otherwise maintained.

IMPRESSION: Congenital L2 hemivertebra with mild progression of the thoracolumbar scoliosis.
""")

# N10 DXA VFA developmental short height
R("non_fracture_deformity", "", "", "unspecified", "DXA", "DXA BONE DENSITY WITH VFA", """
DXA BONE DENSITY WITH VERTEBRAL FRACTURE ASSESSMENT

Indication: Postmenopausal; prior wrist fracture.

Results:
L1-L4: T-score -2.1.
Right femoral neck: T-score -2.4. Right total hip T-score -1.9.
FRAX 10-year probability: major osteoporotic 19%, hip 3.4%.

VFA: Mild anterior wedging from T6 to T8 with smooth endplates and preserved posterior heights, consistent with degenerative/developmental short vertebral height, not fracture. No vertebral fractures identified.

Impression:
Osteopenia. FRAX hip probability exceeds 3%; treatment is recommended per NOF/BHOF guidelines. No vertebral fracture on VFA.
""", sex="F")

# N11 MRI Schmorl's node with edema, no fracture
R("non_fracture_deformity", "", "", "unspecified", "MR", "MRI L-SPINE W/O CONTRAST", """
MRI LUMBAR SPINE W/O

Indication: Acute LBP x 1 week, eval for fx.

Findings:
Acute Schmorl's node at the L1 superior endplate with mild surrounding STIR hyperintense marrow edema. No vertebral body height loss; no fracture.
Vertebral bodies otherwise normal in height and signal.
L4-L5: Disc bulge with mild bilateral foraminal narrowing.
L5-S1: Small central protrusion without nerve root impingement.

Impression:
1. Acute Schmorl's node at L1 superior endplate with adjacent edema, which may be a pain generator. No compression fracture.
2. Mild degenerative changes L4-S1.
""")

# N12 large Schmorl's node T10 on CT chest
R("non_fracture_deformity", "", "", "unspecified", "CT", "CT CHEST W/O CONTRAST", f"""
LOW DOSE CT CHEST FOR LUNG CANCER SCREENING

Indication: 30 pack-year smoking history, current smoker.

Comparison: None. Baseline.

Findings:
{pick(CHEST_LUNGS)}
{pick(CHEST_MED)}
{pick(UPPER_ABD)}
Bones: Large Schmorl's node at the T10 inferior endplate. Mild degenerative changes of the thoracic spine.

Impression:
Lung-RADS 1: Negative. Continue annual screening with LDCT in 12 months.
""")

# N13 ALL CAPS Schmorl's nodes multiple, no compression fracture
R("non_fracture_deformity", "", "", "unspecified", "XR", "XR L-SPINE 2-3 VIEWS", """
EXAMINATION: XR L-SPINE 2-3 VIEWS
INDICATION: BACK PAIN, R/O COMPRESSION FX
FINDINGS: SCHMORL'S NODES AT MULTIPLE LEVELS, MOST PROMINENT AT L1 AND L2. NO COMPRESSION FRACTURE. VERTEBRAL BODY HEIGHTS MAINTAINED. MILD MULTILEVEL DEGENERATIVE DISC DISEASE. NO SPONDYLOLISTHESIS.
IMPRESSION: NO COMPRESSION FRACTURE. SCHMORL'S NODES AND MILD DEGENERATIVE DISC DISEASE.
""")

# N14 developmental short vertebral height T12, unchanged, not fracture
R("non_fracture_deformity", "", "", "unspecified", "CT", "CT ABD/PELVIS W CONTRAST", f"""
CT ABDOMEN/PELVIS WITH IV CONTRAST

HISTORY: Follow-up renal mass.

COMPARISON: 2024, 2022.

FINDINGS:
Kidneys: 1.9 cm enhancing left lower pole renal mass, unchanged since 2022. No new renal lesion.
Liver, spleen, pancreas, adrenals unremarkable. No adenopathy.
Bones: Mildly reduced height of T12 with smooth, intact endplates, unchanged since 2022 and most consistent with developmental short vertebral height rather than fracture.

IMPRESSION:
1. Stable 1.9 cm left renal mass, likely indolent RCC or oncocytoma. Continued surveillance.
""")

# N15 DISH + Schmorl's node formation, endplate irregularity
R("non_fracture_deformity", "", "", "unspecified", "CT", "CT ABD/PELVIS W/O", f"""
CT ABDOMEN PELVIS W/O CONTRAST

HISTORY: Diverticulitis?

FINDINGS:
Lung bases: Clear.
Sigmoid diverticulosis with mild pericolonic stranding adjacent to a diverticulum in the mid sigmoid colon, compatible with uncomplicated acute diverticulitis. No abscess. No free air.
Unenhanced solid organs are unremarkable.
Bones: Flowing anterior osteophytes spanning the lower thoracic spine, compatible with DISH. Endplate irregularity at L2-L3 with Schmorl's node formation. No compression deformity.

IMPRESSION:
Acute uncomplicated sigmoid diverticulitis.
""")
