from common import R, pick, CHEST_LUNGS, CHEST_MED, UPPER_ABD, ABD_ORGANS, SOFT_TISSUE

# F1 CT chest nodule follow-up, new mild T7
R("fracture", "T7", "mild", "acute", "CT", "CT CHEST W/O CONTRAST", f"""
EXAMINATION: CT CHEST WITHOUT CONTRAST

CLINICAL HISTORY: Follow-up pulmonary nodule. Former smoker, 40 pack-years.

COMPARISON: CT chest 04/11/2025.

TECHNIQUE: Helical CT images of the chest were obtained without IV contrast. Multiplanar reformats were reviewed. Dose reduction techniques were used.

FINDINGS:
{pick(CHEST_LUNGS)} The 5 mm right upper lobe nodule (series 4, image 61) is unchanged.
{pick(CHEST_MED)}
{pick(UPPER_ABD)}
Bones: Mild compression deformity of the T7 superior endplate, new since 04/11/2025. Diffuse osteopenia. Degenerative changes of the thoracic spine.

IMPRESSION:
1. Stable 5 mm right upper lobe nodule, unchanged since 04/2025. No further follow-up needed per Fleischner criteria.
2. Mild T7 superior endplate compression deformity, new since prior exam.
""")

# F2 CTA PE, moderate T12, age-indeterminate
R("fracture", "T12", "moderate", "unspecified", "CT", "CTA CHEST PE PROTOCOL", f"""
CTA CHEST PE PROTOCOL

INDICATION: Shortness of breath, tachycardia, elevated D-dimer.

COMPARISON: None available.

TECHNIQUE: CT angiography of the chest was performed following the administration of 75 mL Omnipaque 350 IV. Axial, coronal and sagittal MIP reformats were generated.

FINDINGS:
Pulmonary arteries: Adequate opacification of the pulmonary arterial tree. No filling defect to the subsegmental level to suggest pulmonary embolism. Main pulmonary artery is normal in caliber. RV/LV ratio less than 1.
{pick(CHEST_LUNGS)}
{pick(CHEST_MED)}
{pick(UPPER_ABD)}
Musculoskeletal: Compression deformity of T12 with approximately 30% loss of anterior vertebral body height, age-indeterminate. No retropulsion. Multilevel thoracic spondylosis.

IMPRESSION:
1. No pulmonary embolism.
2. Age-indeterminate moderate compression deformity of T12. Correlate for point tenderness.
""")

# F3 CXR, midthoracic wedge, chronic, no level
R("fracture", "", "", "chronic", "XR", "XR CHEST 2 VIEWS", """
EXAM: XR CHEST PA AND LATERAL

HISTORY: 82-year-old female with cough.

COMPARISON: 09/02/2023

FINDINGS: The cardiomediastinal silhouette is within normal limits for size. Tortuous, calcified thoracic aorta. The lungs are hyperinflated. No focal airspace consolidation, pleural effusion or pneumothorax. Wedge deformity of a midthoracic vertebral body on the lateral view, likely chronic. Osteopenia.

IMPRESSION:
No acute cardiopulmonary process.
""", sex="F", age=82)

# F4 CT A/P chronic L1 mild unchanged
R("fracture", "L1", "mild", "chronic", "CT", "CT ABD/PELVIS W CONTRAST", f"""
EXAMINATION: CT ABDOMEN AND PELVIS WITH IV CONTRAST

CLINICAL INDICATION: Left lower quadrant pain, fever. Evaluate for diverticulitis.

COMPARISON: CT abdomen pelvis 06/19/2023.

TECHNIQUE: Axial images were obtained from the lung bases through the pubic symphysis following administration of IV contrast. Coronal and sagittal reformats were submitted.

FINDINGS:
LOWER CHEST: Mild bibasilar atelectasis.
{ABD_ORGANS[0]}
BONES: Chronic-appearing compression fracture of L1 with mild height loss, unchanged from 06/19/2023. Degenerative disc disease at L4-5 and L5-S1. No aggressive osseous lesion.

IMPRESSION:
1. No acute diverticulitis. Colonic diverticulosis.
2. Chronic mild L1 compression fracture, unchanged.
""")

# F5 pseudo-negation no change in the L1 compression fracture
R("fracture", "L1", "", "chronic", "CT", "CT ABD/PELVIS W/O", f"""
CT ABDOMEN/PELVIS WITHOUT CONTRAST (RENAL STONE PROTOCOL)

HISTORY: Right flank pain, hematuria.

COMPARISON: 02/27/2025

FINDINGS:
Lung bases clear.
There is a 6 mm obstructing calculus at the right ureterovesical junction with mild right hydroureteronephrosis and perinephric stranding. Left kidney without calculi or hydronephrosis.
Unenhanced evaluation of the solid organs is unremarkable. Bladder is partially distended.
Bowel is unremarkable. No free fluid.
Osseous structures: No change in the L1 compression fracture. No new osseous abnormality.

IMPRESSION:
1. 6 mm right UVJ calculus with mild right hydroureteronephrosis.
2. No change in L1 compression fracture.
""")

# F6 no further loss of height of T12 (XR T-spine)
R("fracture", "T12", "", "chronic", "XR", "XR T-SPINE 2 VIEWS", """
EXAMINATION: XR THORACIC SPINE AP AND LATERAL

CLINICAL HISTORY: Follow-up T12 compression fracture. Back pain improving.

COMPARISON: Radiographs 10/08/2025 and 11/20/2025.

FINDINGS:
There is no further loss of height of the T12 compression deformity compared with the prior exams. Alignment is unchanged with mild exaggeration of the thoracic kyphosis. No new compression deformity. Pedicles are intact. Paraspinal soft tissues unremarkable.

IMPRESSION:
T12 compression deformity without further loss of height.
""")

# F7 ground-level fall trauma CT, acute L2 mild
R("fracture", "L2", "mild", "acute", "CT", "CT L-SPINE W/O CONTRAST", """
EXAM: CT LUMBAR SPINE WITHOUT CONTRAST

HISTORY: 78 yo F s/p ground-level fall at home this morning, low back pain. On anticoagulation.

COMPARISON: None.

TECHNIQUE: Axial CT of the lumbar spine with sagittal and coronal reformats.

FINDINGS:
There is an acute fracture of the superior endplate of L2 with approximately 20% loss of vertebral body height anteriorly. The posterior vertebral body wall is intact. No retropulsion. Posterior elements are intact.
The remaining lumbar vertebral body heights are maintained. Alignment is normal.
Multilevel degenerative disc disease, most pronounced at L4-L5 with a disc bulge and facet arthropathy causing mild canal stenosis.
Paraspinal soft tissues: Small amount of paraspinal edema adjacent to L2. No hematoma.
Diffuse osteopenia.

IMPRESSION:
1. Acute mild L2 superior endplate compression fracture (approximately 20% height loss) without retropulsion.
2. Degenerative change at L4-L5 as above.
""", sex="F", age=78)

# F8 XR L-spine severe L3 new compared with prior
R("fracture", "L3", "severe", "acute", "XR", "XR L-SPINE 2-3 VIEWS", """
XR LUMBAR SPINE 3 VIEWS

Indication: Severe low back pain x 2 weeks, no trauma. Hx osteoporosis.

Comparison: Lumbar spine radiographs 07/15/2025.

Findings:
Five non-rib-bearing lumbar type vertebral bodies. There is a new compression fracture of L3 with greater than 50% loss of vertebral body height, not present on 07/15/2025. Mild retropulsion cannot be assessed on radiographs. Remaining vertebral body heights preserved. Moderate disc space narrowing L5-S1. Aortic calcifications.

Impression:
Severe L3 compression fracture, new since 07/2025. Consider MRI or CT for further evaluation of the posterior wall.
""")

# F9 MRI L-spine acute T12 and L1 plus chronic L4
R("fracture", "T12;L1;L4", "moderate", "acute", "MR", "MRI L-SPINE W/O CONTRAST", """
MRI LUMBAR SPINE WITHOUT CONTRAST

CLINICAL HISTORY: 71-year-old with acute on chronic low back pain. Evaluate for compression fracture.

TECHNIQUE: Sagittal T1, T2, STIR; axial T1 and T2 images of the lumbar spine.

COMPARISON: Radiographs 01/09/2026.

FINDINGS:
Vertebral bodies: There are acute compression fractures of T12 and L1 with STIR hyperintense and T1 hypointense marrow edema. Mild height loss at T12 and moderate height loss (approximately 35%) at L1. No retropulsion. Chronic compression deformity of L4 with no marrow edema. Small T2 hyperintense hemangioma in L3.
Conus: Terminates at L1 level, normal signal.
Disc levels:
T12-L1: No stenosis.
L1-L2: No stenosis.
L2-L3: Mild disc bulge. No stenosis.
L3-L4: Disc bulge and facet arthropathy with mild spinal canal stenosis.
L4-L5: Disc bulge, ligamentum flavum thickening, moderate spinal canal stenosis and mild bilateral neural foraminal narrowing.
L5-S1: Mild facet arthropathy. No stenosis.

IMPRESSION:
1. Acute compression fractures of T12 (mild) and L1 (moderate) without retropulsion.
2. Chronic L4 compression deformity.
3. Moderate spinal canal stenosis at L4-L5.
""", age=71)

# F10 DXA with VFA
R("fracture", "T8;T9", "moderate", "unspecified", "DXA", "DXA BONE DENSITY WITH VFA", """
DXA BONE DENSITY STUDY WITH VERTEBRAL FRACTURE ASSESSMENT

INDICATION: Postmenopausal osteoporosis screening. Height loss of 4 cm.

TECHNIQUE: Hologic Horizon A. Lumbar spine L1-L4 and left proximal femur. Lateral VFA of the thoracic and lumbar spine.

RESULTS:
Lumbar spine (L1-L4): BMD 0.712 g/cm2, T-score -2.8, Z-score -1.1.
Left femoral neck: BMD 0.541 g/cm2, T-score -2.6.
Left total hip: T-score -2.2.

VFA: Genant grade 2 (moderate) wedge deformities are present at T8 and T9. The remaining visualized vertebrae from T6 through L4 appear normal in height. T4-T5 not well visualized.

IMPRESSION:
1. Osteoporosis by WHO criteria (lowest T-score -2.8 at the lumbar spine).
2. Moderate vertebral fractures at T8 and T9 on VFA. The presence of vertebral fractures confers high fracture risk; pharmacologic therapy recommended.
""", sex="F")

# F11 range T11 through L1, chronic
R("fracture", "T11;T12;L1", "", "chronic", "CT", "CT ABD/PELVIS W CONTRAST", f"""
CT ABDOMEN AND PELVIS WITH CONTRAST

HISTORY: Weight loss, anemia.

COMPARISON: None.

FINDINGS:
Lower chest: No effusion.
{ABD_ORGANS[1]}
Musculoskeletal: Chronic compression deformities T11 through L1 with associated kyphosis. No lytic or blastic lesion. Severe degenerative changes lower lumbar spine.

IMPRESSION:
1. No acute intra-abdominal abnormality. No mass identified to explain weight loss.
2. Chronic compression deformities of T11 through L1.
""")

# F12 T-12 format, superior endplate depression mild
R("fracture", "T12", "mild", "unspecified", "XR", "XR L-SPINE 2-3 VIEWS", """
Lumbar spine 2 views

History: low back pain, r/o fx

Comparison: none

Findings: Mild superior endplate depression at T-12. Lumbar vertebral body heights otherwise maintained. Disc spaces preserved except mild narrowing L5-S1. No spondylolisthesis. SI joints unremarkable.

Impression: Mild superior endplate compression of T-12, age indeterminate. If clinically indicated, MRI could further evaluate acuity.
""")

# F13 D12 format, old wedge fracture
R("fracture", "T12", "", "chronic", "XR", "XR T-SPINE 2 VIEWS", """
EXAMINATION: Dorsal spine AP/lateral

Clinical: Mid back pain, 88 y/o male.

Findings:
Old wedge fracture of D12. Thoracic kyphosis is accentuated. Diffuse demineralization. Marginal osteophytes throughout the dorsal spine. No paravertebral soft tissue swelling.

Opinion:
Old D12 wedge fracture. Degenerative dorsal spondylosis.
""", sex="M", age=88)

# F14 "first lumbar vertebral body" biconcave
R("fracture", "L1", "", "unspecified", "CT", "CT CHEST ABD PELVIS W CONTRAST", f"""
EXAMINATION: CT CHEST, ABDOMEN, AND PELVIS WITH IV CONTRAST

INDICATION: Staging, newly diagnosed colon adenocarcinoma (sigmoid).

COMPARISON: None.

FINDINGS:
CHEST:
{pick(CHEST_LUNGS)}
{pick(CHEST_MED)}
ABDOMEN/PELVIS:
Liver: No hepatic metastases.
Colon: Circumferential wall thickening of the sigmoid colon over 5 cm corresponding to the known primary. Few subcentimeter sigmoid mesenteric lymph nodes.
Remaining solid organs unremarkable. No ascites. No peritoneal nodularity.
BONES: The first lumbar vertebral body demonstrates a biconcave deformity with central endplate depression. No suspicious lytic or sclerotic osseous lesion.

IMPRESSION:
1. Sigmoid colon mass compatible with known primary, with a few small adjacent mesenteric nodes. No distant metastatic disease.
2. Biconcave deformity of L1 without suspicious osseous lesion, consistent with an osteoporotic fracture.
""")

# F15 kyphoplasty L1 L2 + new T11
R("fracture", "T11;L1;L2", "moderate", "acute", "XR", "XR L-SPINE 2-3 VIEWS", """
XR LUMBAR SPINE, 2 OR 3 VIEWS

CLINICAL INDICATION: Prior kyphoplasty, new thoracolumbar pain.

COMPARISON: 08/14/2025

FINDINGS:
Prior L1 and L2 kyphoplasty for compression fractures, with cement in place. Heights of L1 and L2 are unchanged.
New compression fracture of T11 with approximately 35% loss of anterior height.
No listhesis. Degenerative facet arthropathy lower lumbar spine.

IMPRESSION:
1. New moderate T11 compression fracture.
2. Stable post-kyphoplasty L1 and L2.
""")

# F16 typos / voice recognition, L 1
R("fracture", "L1", "", "unspecified", "CT", "CT ABD/PELVIS W CONTRAST", f"""
EXAMINATION: CT ABD PELVIS W IV CONTRAST

HISTORY: Abd pain, nausea vomitting x3 days

COMPARISON: None

FINDINGS:
Lung bases: Bibasilar dependant atelectasis.
Liver, spleen, pancreas, adrenals are unremarkable. Gallbladder is distended with no pericholecystic fluid.
Kidneys enhance symetrically. No hydronephrosis.
Small bowel loops are mildly dilated up to 3.0 cm with gradual transition in the right lower quadrant, no discrete transition point. Colon is normal in caliber.
No free air. Trace free fluid in the pelvis.
Bones: There is a L 1 compresion fracture with loss of vertebral body hieght. No retro pulsion. Degenerative changes of the lumbar spine.

IMPRESSION:
1. Mildly dilated small bowel loops without discrete transition, likely ileus vs early partial SBO. Consider follow-up radiograph.
2. L 1 compression fracture, age-indeterminate. Correlate with point tenderness.
""")

# F17 ALL CAPS CT chest chronic moderate T6
R("fracture", "T6", "moderate", "chronic", "CT", "CT CHEST W CONTRAST", """
EXAM: CT CHEST WITH CONTRAST
HISTORY: LUNG CANCER SURVEILLANCE, S/P RIGHT UPPER LOBECTOMY 2022.
COMPARISON: 07/22/2025.
FINDINGS:
POSTSURGICAL CHANGES OF RIGHT UPPER LOBECTOMY WITHOUT EVIDENCE OF LOCAL RECURRENCE. NO NEW PULMONARY NODULES. NO PLEURAL EFFUSION.
NO THORACIC LYMPHADENOPATHY. HEART SIZE NORMAL. NO PERICARDIAL EFFUSION.
VISUALIZED UPPER ABDOMEN UNREMARKABLE.
CHRONIC MODERATE COMPRESSION DEFORMITY OF T6, UNCHANGED. NO SUSPICIOUS OSSEOUS LESIONS.
IMPRESSION:
1. NO EVIDENCE OF RECURRENT OR METASTATIC DISEASE.
2. UNCHANGED CHRONIC T6 COMPRESSION DEFORMITY.
""")

# F18 sagittal reformats T9 and T10 new mild
R("fracture", "T9;T10", "mild", "acute", "CT", "CT CHEST W/O CONTRAST", f"""
CT CHEST WITHOUT CONTRAST

INDICATION: Interstitial lung disease follow-up.

COMPARISON: CT chest 03/03/2025.

TECHNIQUE: Noncontrast volumetric CT chest with prone imaging. Axial, coronal, and sagittal reconstructions.

FINDINGS:
Lungs: Basilar and peripheral predominant reticulation and traction bronchiectasis with mild honeycombing, slightly progressed. No consolidation.
Pleura: No effusion.
Mediastinum: Mildly enlarged mediastinal lymph nodes, likely reactive, unchanged. Patulous esophagus.
Heart: Normal size.
{pick(UPPER_ABD)}
Bones: Sagittal reformats demonstrate new mild compression deformities of T9 and T10 when compared with 03/03/2025. No retropulsion.

IMPRESSION:
1. Fibrotic interstitial lung disease in a UIP pattern, slightly progressed.
2. New mild T9 and T10 compression deformities since 03/2025. Patient on chronic prednisone per chart; consider bone health evaluation.
""")

# F19 list T6, T7 and T8
R("fracture", "T6;T7;T8", "", "unspecified", "XR", "XR T-SPINE 2 VIEWS", """
EXAMINATION: THORACIC SPINE, 2 VIEWS.

HISTORY: Kyphosis, upper back pain.

FINDINGS: Compression deformities at T6, T7 and T8 with anterior wedging, resulting in an exaggerated thoracic kyphosis. No listhesis. Pedicles intact on the AP view. Osteopenia.

IMPRESSION: Multilevel midthoracic compression deformities (T6, T7 and T8), age-indeterminate. No prior studies available for comparison.
""")

# F20 vertebra plana T8 severe
R("fracture", "T8", "severe", "unspecified", "MR", "MRI T-SPINE W/WO", """
MRI THORACIC SPINE WITHOUT AND WITH CONTRAST

HISTORY: Kyphosis, back pain; evaluate for mass.

TECHNIQUE: Multiplanar, multisequence MRI of the thoracic spine before and after 7 mL gadobutrol.

FINDINGS:
Vertebra plana of T8 with homogeneous marrow signal matching the adjacent vertebrae. No enhancing lesion. No soft tissue mass. No epidural extension. Mild retropulsion of the posterior superior corner of T8 without cord compression. The fluid sign is absent.
Remaining vertebral body heights are preserved. Small T1 and T2 hyperintense lesion in T4 compatible with a hemangioma.
The spinal cord is normal in caliber and signal.
Mild degenerative disc changes in the lower thoracic spine.

IMPRESSION:
1. Vertebra plana of T8 without features of an underlying neoplasm; findings favor a benign osteoporotic fracture.
2. No cord compression.
""")

# F21 CT chest anterior wedging T5 and T6 chronic
R("fracture", "T5;T6", "", "chronic", "CT", "CT CHEST W CONTRAST", f"""
CT CHEST W CONTRAST

Reason for exam: Persistent cough, abnormal chest radiograph.

Comparison: Chest radiograph 12/01/2025.

Findings:
{pick(CHEST_LUNGS)}
{pick(CHEST_MED)}
{pick(UPPER_ABD)}
Osseous: Osteopenia. Anterior wedging of T5 and T6, likely chronic. Degenerative changes.

Impression:
1. No acute intrathoracic abnormality to explain the cough.
2. Anterior wedging of T5 and T6, likely chronic.
""")

# F22 XR T-spine loss of height T12
R("fracture", "T12", "", "unspecified", "XR", "XR T-SPINE 3 VIEWS", """
RADIOGRAPHS THORACIC SPINE 3 VIEWS

History: Fall? back pain (pt unsure)

Findings: Loss of height of the T12 vertebral body, predominantly anteriorly. Remaining vertebral body heights are maintained. Normal alignment. Mild multilevel osteophytosis.

Impression: T12 loss of height compatible with compression fracture, age indeterminate. Correlate with point tenderness; comparison with any prior imaging would be helpful.
""")

# F23 rib fractures + T10 ground-level fall
R("fracture", "T10", "", "acute", "CT", "CT CHEST W/O CONTRAST", """
EXAMINATION: CT CHEST WITHOUT CONTRAST - TRAUMA

HISTORY: 84 y/o M, mechanical fall from standing at nursing facility, left chest wall pain.

COMPARISON: None.

FINDINGS:
Acute nondisplaced fractures of the left lateral 7th, 8th and 9th ribs. Small left pleural effusion, likely hemothorax. No pneumothorax.
Lungs: Left basilar atelectasis/contusion.
Mediastinum: No mediastinal hematoma. Normal caliber aorta.
Spine: Acute superior endplate fracture of T10 with mild anterior height loss, best seen on sagittal reformats. No retropulsion. Posterior elements intact.
Upper abdomen: No solid organ injury identified on noncontrast exam.

IMPRESSION:
1. Acute left 7th through 9th rib fractures with small left hemothorax.
2. Acute T10 superior endplate fracture.
""", sex="M", age=84)

# F24 hip fracture + incidental L2 mild
R("fracture", "L2", "mild", "unspecified", "CT", "CT ABD/PELVIS W/O", """
CT ABDOMEN AND PELVIS WITHOUT CONTRAST

Clinical history: Fall, right hip pain, unable to bear weight. Radiographs equivocal for hip fracture.

Comparison: Right hip radiographs same day.

Findings:
Musculoskeletal: Acute minimally displaced fracture of the right femoral neck. No additional pelvic fracture. Mild L2 compression deformity, age-indeterminate. Moderate degenerative changes at L4-5 and L5-S1.
Viscera: Noncontrast evaluation of the abdominal organs is unremarkable. Cholelithiasis. Colonic diverticulosis.
No free fluid. No hematoma.

Impression:
1. Acute minimally displaced right femoral neck fracture.
2. Mild L2 compression deformity, age-indeterminate.
""")

# F25 no significant interval change in moderate T11 wedge compression fracture
R("fracture", "T11", "moderate", "chronic", "XR", "XR T-SPINE 2 VIEWS", """
EXAM: Thoracic spine radiographs, 2 views

HISTORY: Follow-up

COMPARISON: 05/06/2025

FINDINGS/IMPRESSION:
No significant interval change in moderate T11 wedge compression fracture. No new fracture. Alignment is stable.
""")

# F26 heights maintained except T7 mild chronic wedging
R("fracture", "T7", "mild", "chronic", "CT", "CT CHEST W CONTRAST", f"""
EXAMINATION: CT CHEST WITH CONTRAST

INDICATION: Esophageal cancer, restaging after neoadjuvant therapy.

COMPARISON: 10/30/2025

FINDINGS:
Esophagus: Decreased wall thickening of the distal esophagus.
{pick(CHEST_LUNGS)}
Lymph nodes: Previously enlarged gastrohepatic ligament node now measures 8 mm (previously 14 mm).
{pick(UPPER_ABD)}
Bones: Vertebral body heights are maintained except for mild chronic wedging of T7. No suspicious osseous lesions.

IMPRESSION:
1. Treatment response of distal esophageal primary and gastrohepatic adenopathy.
2. No new metastatic disease.
""")

# F27 no acute fracture, chronic L1
R("fracture", "L1", "", "chronic", "CT", "CT L-SPINE W/O CONTRAST", """
CT L-SPINE WITHOUT CONTRAST

HISTORY: Fall, back pain. Age 90.

COMPARISON: None available.

FINDINGS: No acute fracture. Chronic compression deformity of L1 with sclerotic endplates and anterior osteophyte bridging. Grade 1 degenerative anterolisthesis of L4 on L5. Moderate multilevel facet arthropathy. Diffuse osteopenia. Aortic calcification.

IMPRESSION:
1. No acute fracture of the lumbar spine.
2. Chronic L1 compression deformity.
3. Multilevel degenerative changes.
""", age=90)
