from common import R, pick, CHEST_LUNGS, CHEST_MED, UPPER_ABD, ABD_ORGANS, SOFT_TISSUE

# P1 Schmorl's node versus compression deformity L1
R("possible_fracture", "L1", "", "unspecified", "CT", "CT ABD/PELVIS W CONTRAST", f"""
EXAMINATION: CT ABDOMEN AND PELVIS WITH CONTRAST

CLINICAL HISTORY: Epigastric pain. History of pancreatitis.

COMPARISON: None.

FINDINGS:
Lower chest: Unremarkable.
{ABD_ORGANS[1]}
Musculoskeletal: Concave defect of the L1 superior endplate, Schmorl's node versus compression deformity. Mild degenerative changes of the lumbar spine.

IMPRESSION:
1. No acute pancreatitis or other acute abnormality.
2. L1 superior endplate: Schmorl's node versus mild compression deformity. Correlate with point tenderness; MRI if clinically indicated.
""")

# P2 questionable mild T8 on CXR lateral
R("possible_fracture", "T8", "mild", "unspecified", "XR", "XR CHEST 2 VIEWS", """
Exam: Chest, 2 views

History: 73 yo female, preoperative evaluation for knee replacement.

Comparison: None.

Findings: The heart is normal in size. Mediastinal contours are normal. The lungs are clear. No pleural effusion or pneumothorax. Questionable mild compression deformity of T8 on the lateral view.

Impression:
1. No acute cardiopulmonary disease.
2. Questionable mild T8 compression deformity; dedicated thoracic spine radiographs could be obtained for further evaluation.
""", sex="F", age=73)

# P3 cannot exclude subtle L2 superior endplate fracture
R("possible_fracture", "L2", "", "unspecified", "XR", "XR L-SPINE 2-3 VIEWS", """
XR L-SPINE 2-3 VIEWS

CLINICAL INFORMATION: Fall from standing two days ago, lumbar tenderness.

COMPARISON: None.

FINDINGS:
Vertebral body heights are largely maintained. Cannot exclude a subtle superior endplate fracture at L2 on the lateral view. Alignment is anatomic. Moderate disc space narrowing at L3-4 and L4-5 with endplate osteophytes. Facet arthropathy lower lumbar spine. SI joints are unremarkable.

IMPRESSION:
Cannot exclude subtle L2 superior endplate fracture. Recommend MRI if clinically indicated.
""")

# P4 possible mild wedging T6, possibly positional
R("possible_fracture", "T6", "mild", "unspecified", "XR", "XR T-SPINE 2 VIEWS", """
THORACIC SPINE, AP AND LATERAL

Indication: upper back pain

Findings: Possible mild wedging of T6, which may be positional/related to obliquity. Other vertebral heights are maintained. Mild thoracic spondylosis with small anterior osteophytes. No paraspinal widening.

Impression: Possible mild T6 wedging. Correlate with point tenderness; a repeat true lateral or CT would clarify if needed.
""")

# P5 suspicious for acute T12 fracture on CT chest
R("possible_fracture", "T12", "", "acute", "CT", "CT CHEST W CONTRAST", f"""
EXAMINATION: CT CHEST WITH IV CONTRAST

INDICATION: 68-year-old with mid back and chest wall pain after coughing fit. Evaluate for pneumonia.

COMPARISON: None.

FINDINGS:
{pick(CHEST_LUNGS)}
{pick(CHEST_MED)}
{pick(UPPER_ABD)}
Bones: Subtle cortical buckling and trabecular condensation along the T12 superior endplate, suspicious for acute fracture. No other osseous abnormality. No rib fracture.

IMPRESSION:
1. No pneumonia.
2. Findings suspicious for an acute T12 superior endplate fracture. Correlate with point tenderness; MRI could be performed for confirmation if it would change management.
""", age=68)

# P6 may represent mild compression vs developmental T11
R("possible_fracture", "T11", "mild", "unspecified", "CT", "CT ABD/PELVIS W CONTRAST", f"""
CT ABD/PELVIS W CONTRAST

History: Follow-up of pancreatic cyst.

Comparison: MRI abdomen 05/2025.

Findings:
Pancreas: 1.4 cm cystic lesion in the pancreatic tail, unchanged, without solid component or main duct dilatation.
Liver, spleen, adrenals and kidneys are unremarkable.
Bowel: Unremarkable.
No adenopathy or ascites.
Bones: Slight loss of height of T11 may represent a mild compression deformity versus developmental variant. No prior imaging of this level available.

Impression:
1. Stable 1.4 cm pancreatic tail cyst, likely side-branch IPMN. Follow-up MRI in 1 year.
2. Slight loss of height of T11, may represent a mild compression deformity.
""")

# P7 equivocal loss of height L1, ALL CAPS? no; plain
R("possible_fracture", "L1", "", "unspecified", "CT", "CT ABD/PELVIS W/O", """
CT ABDOMEN/PELVIS WITHOUT CONTRAST

INDICATION: Left flank pain

FINDINGS:
Kidneys: No nephrolithiasis or hydronephrosis.
Ureters: No ureteral calculi.
Bladder: Unremarkable.
Remaining limited noncontrast evaluation of the abdomen and pelvis unremarkable.
Bones: Equivocal loss of height of the L1 vertebral body anteriorly. No prior studies for comparison. Multilevel degenerative change.

IMPRESSION:
1. No urolithiasis.
2. Equivocal anterior loss of height at L1; if there is point tenderness, dedicated imaging can be obtained.
""")

# P8 bone scan uptake may represent fracture; metastasis not excluded
R("possible_fracture", "T10", "", "unspecified", "NM", "NM BONE SCAN WHOLE BODY", """
WHOLE BODY BONE SCINTIGRAPHY

History: Breast cancer, restaging. Mid back pain.

Technique: Anterior and posterior whole body images 3 hours after IV administration of 25 mCi Tc-99m MDP.

Comparison: 02/2025

Findings:
New focal increased uptake at T10 which may represent a fracture; metastasis is not excluded. No other new foci. Degenerative uptake at the knees, the acromioclavicular joints and the lower lumbar facets. Normal renal excretion.

Impression:
New focal T10 uptake which may represent a fracture; metastatic disease not excluded. Correlation with MRI of the thoracic spine is recommended.
""", sex="F")

# P9 MRI T1 hypointense L3 endplate early fracture vs Modic
R("possible_fracture", "L3", "", "unspecified", "MR", "MRI L-SPINE W/O CONTRAST", """
MR LUMBAR SPINE W/O CONTRAST

HISTORY: LBP with left L5 radicular symptoms

TECHNIQUE: Sag T1/T2/STIR, axial T2.

FINDINGS:
Alignment: Normal lordosis. No listhesis.
Marrow: Mild T1 hypointense, STIR hyperintense signal at the L3 superior endplate, which could represent an early compression fracture versus degenerative (Modic type 1) change. No measurable height loss.
Conus: Normal, terminating at L1.
L2-3: Mild disc desiccation and bulge. No stenosis.
L3-4: Disc bulge, no stenosis.
L4-5: Left paracentral disc extrusion contacting the descending left L5 nerve root in the lateral recess. Mild canal stenosis.
L5-S1: Normal.

IMPRESSION:
1. Left paracentral L4-5 disc extrusion contacting the traversing left L5 nerve root.
2. L3 superior endplate marrow signal, early compression fracture versus Modic type 1 change.
""")

# P10 CXR possible compression deformity lower thoracic spine, no level
R("possible_fracture", "", "", "unspecified", "XR", "XR CHEST 1 VIEW", """
PORTABLE CHEST 1 VIEW

Clinical: Dyspnea

Findings: Support lines: None. Lungs: Low lung volumes with bibasilar atelectasis. No pneumothorax. Heart: Mildly enlarged. Bones: Possible compression deformity in the lower thoracic spine, partially obscured.

Impression: Low lung volumes with bibasilar atelectasis. Possible lower thoracic compression deformity; consider dedicated spine radiographs if clinically indicated.
""")

# P11 "?compression fracture at L1" in impression
R("possible_fracture", "L1", "", "unspecified", "XR", "XR ABDOMEN 1 VIEW", """
XR ABDOMEN 1V

Hx: abd distension

Nonobstructive bowel gas pattern. Moderate stool in colon. Surgical clips RUQ. Loss of L1 height anteriorly on this single view, ?compression fracture at L1.

IMP:
Nonobstructive bowel gas pattern.
?Compression fracture at L1 - recommend dedicated lumbar spine radiographs.
""")

# P12 indeterminate L2 endplate irregularity, fracture not excluded
R("possible_fracture", "L2", "", "unspecified", "CT", "CT ABD/PELVIS W CONTRAST", f"""
EXAMINATION: CT ABDOMEN AND PELVIS WITH CONTRAST

CLINICAL HISTORY: Crohn's disease flare.

COMPARISON: CT enterography 03/2024.

FINDINGS:
Lower chest: Clear.
Bowel: Mural hyperenhancement and wall thickening of the terminal ileum over 12 cm with fibrofatty proliferation and engorged vasa recta, consistent with active inflammation. No abscess. No fistula. Mild upstream dilation without obstruction.
Liver, gallbladder, spleen, pancreas, adrenals, kidneys: Unremarkable.
No free fluid.
Bones: Indeterminate irregularity of the L2 superior endplate, fracture not excluded. Sacroiliac joints normal.

IMPRESSION:
1. Active terminal ileitis, increased from 03/2024. No abscess or fistula.
2. Indeterminate L2 superior endplate irregularity; fracture not excluded. Patient on chronic steroids per history.
""")

# P13 possible subtle T5 compression, motion
R("possible_fracture", "T5", "", "unspecified", "CT", "CTA CHEST PE PROTOCOL", f"""
CTA CHEST

Indication: Hypoxia, ? PE

Technique: CTA chest with IV contrast. Study limited by respiratory motion.

Findings:
Pulmonary arteries: Limited evaluation of the subsegmental arteries due to motion. No central, lobar or segmental pulmonary embolism.
{pick(CHEST_LUNGS)}
{pick(CHEST_MED)}
Bones: Possible subtle T5 compression, incompletely evaluated due to motion.

Impression:
1. No central, lobar or segmental PE. Subsegmental vessels limited by motion.
2. Possible subtle T5 compression deformity.
""")

# P14 L4 endplate concavity may represent Schmorl's node or mild compression fracture
R("possible_fracture", "L4", "mild", "unspecified", "CT", "CT ABD/PELVIS W CONTRAST", f"""
CT ABDOMEN PELVIS WITH CONTRAST

HISTORY: Diarrhea, weight loss.

FINDINGS:
LOWER CHEST: Unremarkable.
{ABD_ORGANS[2]}
BONES: Mild concavity of the L4 superior endplate, may represent a Schmorl's node or mild compression fracture. No aggressive osseous lesion.

IMPRESSION:
1. No acute abnormality in the abdomen or pelvis.
2. Mild L4 superior endplate concavity, Schmorl's node versus mild compression fracture.
""")

# P15 suspicious for acute fracture T12, MRI recommended (CT L-spine)
R("possible_fracture", "T12", "", "acute", "CT", "CT L-SPINE W/O CONTRAST", """
EXAMINATION: CT LUMBAR SPINE WITHOUT CONTRAST

HISTORY: Osteoporosis, sudden back pain while bending over.

COMPARISON: Lumbar radiographs 2023.

FINDINGS:
There is subtle cortical irregularity of the anterior superior T12 endplate with faint adjacent sclerosis. Findings are suspicious for an acute fracture, although vertebral height is maintained. No features to suggest a pathologic process.
L1 through L5 are normal in height. Facet arthropathy at L4-5 and L5-S1. Mild disc bulges without significant stenosis.

IMPRESSION:
Findings suspicious for acute nondisplaced T12 superior endplate fracture. MRI recommended for confirmation.
""")

# P16 possible mild anterior wedging T7 and T8
R("possible_fracture", "T7;T8", "mild", "unspecified", "CT", "CT CHEST W/O CONTRAST", f"""
CT CHEST WITHOUT CONTRAST

CLINICAL INDICATION: Chronic cough, bronchiectasis.

COMPARISON: 09/18/2024.

FINDINGS:
Airways: Cylindrical bronchiectasis in the right middle lobe and lingula with tree-in-bud nodularity, slightly increased. Findings suggest MAC infection.
Pleura: No effusion.
{pick(CHEST_MED)}
{pick(UPPER_ABD)}
Musculoskeletal: Possible mild anterior wedging of T7 and T8. Kyphosis. Osteopenia.

IMPRESSION:
1. Bronchiectasis with tree-in-bud nodularity, mildly increased, suggestive of MAC.
2. Possible mild anterior wedging of T7 and T8.
""")

# P17 ALL CAPS questionable mild L1 compression
R("possible_fracture", "L1", "mild", "unspecified", "XR", "XR L-SPINE 2-3 VIEWS", """
EXAM: XR LUMBAR SPINE 2 VIEWS
CLINICAL HISTORY: LOW BACK PAIN
COMPARISON: NONE
FINDINGS: QUESTIONABLE MILD L1 COMPRESSION, AGE INDETERMINATE. OTHERWISE VERTEBRAL BODY HEIGHTS ARE MAINTAINED. MILD DEGENERATIVE DISC DISEASE L4-L5. NORMAL ALIGNMENT.
IMPRESSION: QUESTIONABLE MILD L1 COMPRESSION, AGE INDETERMINATE. CORRELATE CLINICALLY.
""")

# P18 apparent height loss midthoracic could be obliquity; compression not excluded
R("possible_fracture", "", "", "unspecified", "CT", "CTA CHEST PE PROTOCOL", f"""
EXAMINATION: CTA CHEST PE PROTOCOL

HISTORY: Chest pain, tachycardia, hx DVT.

COMPARISON: None.

FINDINGS:
Pulmonary arteries: Filling defects in the right lower lobe segmental and subsegmental arteries consistent with acute pulmonary emboli. No saddle embolus. RV/LV ratio 0.9.
{pick(CHEST_LUNGS)}
{pick(CHEST_MED)}
{pick(UPPER_ABD)}
Musculoskeletal: Apparent height loss of a midthoracic vertebral body could be related to obliquity of the reformatted images; a compression deformity is not excluded.

IMPRESSION:
1. Acute right lower lobe segmental and subsegmental pulmonary emboli. No CT evidence of right heart strain.
Critical result communicated to Dr. Patel by phone at 14:12.
""")

# P19 probable mild compression deformity T12
R("possible_fracture", "T12", "mild", "unspecified", "XR", "XR CHEST 2 VIEWS", """
XR CHEST PA AND LATERAL

INDICATION: Cough x 3 weeks.

COMPARISON: None.

FINDINGS: The lungs are clear. No pleural effusion. Normal cardiomediastinal silhouette. Probable mild compression deformity of T12 on the lateral view.

IMPRESSION: No acute cardiopulmonary abnormality. Probable mild T12 compression deformity.
""")

# P20 MRI edema T11 without height loss, possibly occult fracture vs contusion
R("possible_fracture", "T11", "", "acute", "MR", "MRI T-SPINE W/O", """
MRI THORACIC SPINE WITHOUT CONTRAST

HISTORY: 76M fell out of chair, thoracolumbar pain. CT negative.

COMPARISON: CT T-spine from yesterday.

FINDINGS:
Patchy STIR hyperintense edema within the anterior superior T11 vertebral body without definite height loss or fracture line. This is possibly an occult nondisplaced fracture versus bone contusion.
No ligamentous injury. No epidural hematoma. Cord normal in signal.
Remaining vertebral bodies normal in height and signal.

IMPRESSION:
T11 marrow edema without height loss, possibly an occult nondisplaced fracture versus bone contusion.
""", sex="M", age=76)

# P21 C2 base cannot exclude nondisplaced fracture, ground-level fall
R("possible_fracture", "C2", "", "unspecified", "CT", "CT C-SPINE W/O CONTRAST", """
CT CERVICAL SPINE W/O CONTRAST

Clinical: 91-year-old female, ground level fall, neck pain. Dementia.

Findings:
Hazy lucency at the base of the dens/C2 body on the sagittal reformats cannot exclude a nondisplaced fracture versus degenerative cyst/Mach effect. Atlantodental interval is normal. Severe degenerative changes of the atlantodental articulation.
No malalignment. No other fracture identified.
Multilevel degenerative disc disease C4 through C7. Prevertebral soft tissues are not thickened.

Impression:
Cannot exclude a nondisplaced fracture at the base of the dens/C2 body. Recommend MRI or close clinical follow-up; cervical collar until cleared.
""", sex="F", age=91)

# P22 DXA VFA possible grade 1 T7
R("possible_fracture", "T7", "mild", "unspecified", "DXA", "DXA BONE DENSITY WITH VFA", """
DXA BONE DENSITY WITH VFA

INDICATION: Osteopenia follow-up. Height loss 2 cm.

COMPARISON: DXA 2023 (same scanner).

RESULTS:
AP spine L1-L4: BMD 0.842 g/cm2, T-score -1.9. Change since 2023: -3.1%, exceeding the least significant change (2.8%).
Left femoral neck: T-score -2.3. Left total hip: T-score -1.7.

VERTEBRAL FRACTURE ASSESSMENT: Possible grade 1 deformity at T7; visualization of the upper thoracic spine is suboptimal due to overlying scapulae. No deformity L1-L4.

IMPRESSION:
1. Osteopenia.
2. Possible mild (grade 1) T7 vertebral deformity on VFA; lateral thoracic spine radiograph recommended for confirmation.
""")
