from common import R, pick, CHEST_LUNGS, CHEST_MED, UPPER_ABD, ABD_ORGANS, SOFT_TISSUE

NF = ("no_fracture", "", "", "unspecified")

# N-1 CT chest routine, no acute osseous abnormality
R(*NF, "CT", "CT CHEST W CONTRAST", f"""
EXAMINATION: CT CHEST WITH CONTRAST

CLINICAL HISTORY: Lymphoma surveillance.

COMPARISON: 05/13/2025.

TECHNIQUE: Contiguous axial images from the thoracic inlet to the adrenal glands after 80 mL Isovue-370. Coronal and sagittal reformats.

FINDINGS:
{pick(CHEST_LUNGS)}
{pick(CHEST_MED)}
{pick(UPPER_ABD)}
{pick(SOFT_TISSUE)}
Bones: No acute osseous abnormality. No suspicious lytic or blastic lesion.

IMPRESSION:
No evidence of recurrent lymphoma in the chest.
""")

# N-2 vertebral body heights maintained (CT A/P)
R(*NF, "CT", "CT ABD/PELVIS W CONTRAST", f"""
CT ABDOMEN AND PELVIS WITH CONTRAST

INDICATION: RLQ pain, leukocytosis.

COMPARISON: None.

FINDINGS:
Lower chest: Clear lung bases.
Liver: Normal. Gallbladder: Normal. Pancreas: Normal. Spleen: Normal. Adrenals: Normal.
Kidneys: Normal enhancement, no hydronephrosis.
Bowel: The appendix is dilated to 11 mm with wall enhancement and periappendiceal fat stranding. Appendicolith at the base. No abscess or free air.
Pelvis: No free fluid.
Musculoskeletal: Vertebral body heights are maintained. Mild lower lumbar facet arthropathy. No aggressive osseous lesion.

IMPRESSION:
Acute appendicitis with appendicolith. No perforation or abscess. Findings discussed with the ED provider at 22:15.
""")

# N-3 clinical history question, negative XR L-spine
R(*NF, "XR", "XR L-SPINE 2-3 VIEWS", """
EXAMINATION: XR LUMBAR SPINE 2-3 VIEWS

CLINICAL HISTORY: 77-year-old female with osteoporosis and low back pain. Evaluate for compression fracture.

COMPARISON: None.

FINDINGS:
Five lumbar-type vertebral bodies. Vertebral body heights are maintained. No compression deformity. Alignment is normal. Mild disc space narrowing at L4-5 and L5-S1 with small osteophytes. Facet arthropathy at L4-5 and L5-S1. Osteopenia. Atherosclerotic calcification of the abdominal aorta.

IMPRESSION:
1. No compression fracture.
2. Mild lower lumbar degenerative changes.
""", sex="F", age=77)

# N-4 hypothetical: if concern, MRI
R(*NF, "XR", "XR T-SPINE 2 VIEWS", """
XR THORACIC SPINE 2 VIEWS

History: Mid back pain after minor fall.

Findings: No acute fracture or malalignment. Thoracic vertebral body heights are preserved. Mild multilevel degenerative disc disease with anterior osteophytes. Paraspinal lines are normal.

Impression: No radiographic evidence of thoracic spine fracture. If there is continued clinical concern for an occult fracture, MRI could be obtained.
""")

# N-5 rib fractures only, ground-level fall
R(*NF, "XR", "XR RIBS UNILATERAL W PA CHEST", """
XR LEFT RIBS WITH PA CHEST

INDICATION: 83-year-old male fell in bathroom, left chest wall pain.

FINDINGS:
Acute minimally displaced fractures of the left lateral 6th and 7th ribs. No pneumothorax. No pleural effusion. Lungs clear. Heart size normal. Thoracic spine is grossly intact on this exam.

IMPRESSION:
Acute left 6th and 7th rib fractures. No pneumothorax.
""", sex="M", age=83)

# N-6 hip fracture only
R(*NF, "XR", "XR HIP UNILATERAL 2-3 VIEWS W PELVIS", """
XR RIGHT HIP 2 VIEWS WITH AP PELVIS

History: Ground-level fall, shortened and externally rotated right leg.

Findings: Acute displaced intertrochanteric fracture of the right femur with varus angulation. No dislocation. Left hip intact. Pubic rami intact. Sacroiliac joints normal. Visualized lower lumbar spine with degenerative change. Diffuse osteopenia.

Impression: Acute displaced right intertrochanteric femur fracture.
""")

# N-7 sacral insufficiency fractures only
R(*NF, "MR", "MRI PELVIS W/O CONTRAST", """
MRI PELVIS WITHOUT CONTRAST

HISTORY: 81-year-old female with low back and buttock pain, no trauma. Prior pelvic radiation for endometrial cancer.

FINDINGS:
Bilateral sacral alar fractures with vertical fracture lines and surrounding STIR hyperintense edema, and a horizontal component through S2, forming an H-shaped pattern, consistent with sacral insufficiency fractures. No discrete marrow replacing lesion.
Hips: No femoral neck fracture. Mild bilateral hip osteoarthritis.
Visualized lower lumbar vertebral bodies are normal in height and signal.
Pelvic organs: Post-hysterectomy. No pelvic mass.

IMPRESSION:
Bilateral sacral insufficiency fractures (H-type), likely related to prior radiation and osteoporosis. No evidence of metastatic disease.
""", sex="F", age=81)

# N-8 DXA, T-score trap, VFA negative
R(*NF, "DXA", "DXA BONE DENSITY WITH VFA", """
DXA BONE DENSITY WITH VFA

INDICATION: Screening, postmenopausal, on prednisone.

RESULTS:
Lumbar spine L1-L4: BMD 0.781 g/cm2, T-score -2.9, Z-score -1.6.
Left femoral neck: T-score -2.5.
Left total hip: T-score -2.0.

VFA: No vertebral fractures identified from T4 to L4. T-12 and L1 are well visualized.

IMPRESSION:
Osteoporosis (T-score -2.9 at L1-L4). No vertebral fracture on VFA. Recommend repeat DXA in 2 years on treatment.
""", sex="F")

# N-9 MRI hemangioma T2 hyperintense
R(*NF, "MR", "MRI L-SPINE W/O CONTRAST", """
MRI LUMBAR SPINE WITHOUT CONTRAST

INDICATION: Right leg pain, L5 distribution. Failed conservative therapy.

FINDINGS:
Alignment: Maintained.
Vertebral bodies: Heights are preserved. 1.3 cm T1 and T2 hyperintense lesion in the L2 vertebral body consistent with a typical hemangioma. No marrow edema.
Conus: Normal, terminates at L1-L2.
L3-L4: Mild disc bulge. No stenosis.
L4-L5: Right subarticular disc protrusion compressing the traversing right L5 nerve root. Moderate right lateral recess stenosis.
L5-S1: Mild facet arthropathy.

IMPRESSION:
1. Right subarticular L4-5 disc protrusion compressing the right L5 nerve root.
2. Incidental L2 hemangioma.
""")

# N-10 DISH only, CT chest
R(*NF, "CT", "CT CHEST W/O CONTRAST", f"""
CT CHEST W/O CONTRAST

HISTORY: Dysphagia, ? aspiration.

FINDINGS:
{pick(CHEST_LUNGS)}
{pick(CHEST_MED)}
Esophagus: Mildly patulous, with debris in the distal esophagus.
{pick(UPPER_ABD)}
Bones: Flowing anterior ossification along at least 4 contiguous thoracic vertebral levels compatible with DISH. No acute osseous abnormality.

IMPRESSION:
1. Patulous esophagus with debris; correlate with esophagram.
2. No consolidation to suggest aspiration pneumonia.
""")

# N-11 L4-5 disc trap XR
R(*NF, "XR", "XR L-SPINE 2-3 VIEWS", """
XR LUMBAR SPINE COMPLETE (4 VIEWS)

Hx: chronic LBP, L4-5 disc herniation on outside MRI

Comparison: 2021

Findings:
Severe L4-5 disc space narrowing with vacuum disc phenomenon, progressed since 2021. Mild L5-S1 narrowing. Vertebral body heights normal. Grade 1 degenerative anterolisthesis of L4 on L5, 4 mm, without dynamic instability on flexion/extension. No pars defect.

Impression:
Progressive degenerative disc disease, worst at L4-5, with stable grade 1 degenerative anterolisthesis.
""")

# N-12 blastic mets without fracture
R(*NF, "CT", "CT CHEST ABD PELVIS W CONTRAST", f"""
CT CHEST ABDOMEN PELVIS W CONTRAST

HISTORY: Metastatic prostate cancer on ADT, rising PSA.

COMPARISON: 07/01/2025.

FINDINGS:
Chest: No pulmonary nodules. No adenopathy. No effusion.
Abdomen/pelvis: Prostate gland enlarged with heterogeneous enhancement. No pelvic or retroperitoneal adenopathy. Liver without lesions.
Bones: Numerous sclerotic metastases throughout the thoracolumbar spine, pelvis and ribs, slightly increased in number. Vertebral body heights are maintained. No pathologic fracture.

IMPRESSION:
Slight progression of diffuse osseous blastic metastatic disease. No pathologic fracture. No visceral or nodal metastases.
""", sex="M")

# N-13 post fusion
R(*NF, "XR", "XR L-SPINE 2-3 VIEWS", """
XR L-SPINE 2 VIEWS

INDICATION: Postop check. L4-S1 fusion 6 weeks ago.

COMPARISON: Intraoperative images.

FINDINGS:
Postsurgical changes of L4-S1 posterior spinal fusion with bilateral pedicle screws and rods and interbody spacers at L4-5 and L5-S1. Hardware intact without lucency or migration. Alignment unchanged. Adjacent level L3-4 degenerative disc disease. Vertebral body heights maintained.

IMPRESSION:
Expected postoperative appearance after L4-S1 fusion. No hardware complication.
""")

# N-14 "No compression deformity" CXR
R(*NF, "XR", "XR CHEST 2 VIEWS", """
CHEST PA AND LATERAL

INDICATION: 88 y/o with fall and back pain, ? injury

COMPARISON: 03/2025

FINDINGS: No consolidation, effusion or pneumothorax. Stable mild cardiomegaly. No displaced rib fracture. Thoracic spine: No compression deformity. Degenerative changes.

IMPRESSION: No acute cardiopulmonary or osseous abnormality.
""", age=88)

# N-15 "fracture excluded" CT C-spine
R(*NF, "CT", "CT C-SPINE W/O CONTRAST", """
EXAMINATION: CT CERVICAL SPINE WITHOUT CONTRAST

INDICATION: 72 yo M, syncope and fall, neck pain. NEXUS positive.

FINDINGS:
Vertebral body heights and alignment are maintained. No acute fracture or subluxation. Moderate multilevel degenerative disc disease and facet arthropathy, worst at C5-6 and C6-7, with moderate bilateral foraminal stenosis at C5-6. Prevertebral soft tissues are normal. Visualized lung apices are clear.

IMPRESSION:
No acute fracture or traumatic malalignment of the cervical spine.
""", sex="M", age=72)

# N-16 MRI Modic changes T1 hypointense, stenosis
R(*NF, "MR", "MRI L-SPINE W/O CONTRAST", """
MRI LUMBAR SPINE W/O CONTRAST

Clinical Indication: neurogenic claudication

Findings:
Lumbar vertebral body heights are maintained. T1 hypointense, T2 hyperintense Modic type 1 endplate signal at L4-L5, compatible with degenerative change. Otherwise normal marrow signal.
Conus terminates normally.
L2-3: No stenosis.
L3-4: Disc bulge, facet hypertrophy, mild central stenosis.
L4-5: Disc bulge, severe facet arthropathy and ligamentum flavum hypertrophy with severe central canal stenosis and moderate bilateral foraminal narrowing. Small bilateral facet effusions.
L5-S1: Mild foraminal narrowing.

Impression:
1. Severe L4-5 central canal stenosis.
2. Modic type 1 degenerative endplate changes at L4-5.
""")

# N-17 CXR normal, osseous structures intact
R(*NF, "XR", "XR CHEST 1 VIEW", """
XR CHEST 1 VIEW PORTABLE

Indication: Line placement

Findings: Right internal jugular central venous catheter with tip in the distal SVC. No pneumothorax. Lungs are clear. Heart size normal. Osseous structures are intact.

Impression: Right IJ catheter tip in the distal SVC. No pneumothorax.
""")

# N-18 CTA chest degenerative thoracic spine only
R(*NF, "CT", "CTA CHEST PE PROTOCOL", f"""
CTA CHEST, PULMONARY EMBOLISM PROTOCOL

INDICATION: Chest pain, hx breast cancer.

COMPARISON: None.

FINDINGS:
Vascular: Good opacification of the pulmonary arteries. No pulmonary embolus. Thoracic aorta normal in caliber.
{pick(CHEST_LUNGS)}
{pick(CHEST_MED)}
Postsurgical changes of left mastectomy with axillary clip.
{pick(UPPER_ABD)}
Musculoskeletal: Degenerative changes of the thoracic spine. No suspicious osseous lesion.

IMPRESSION:
No pulmonary embolism or other acute intrathoracic process.
""", sex="F")

# N-19 no significant loss of vertebral body height (negation)
R(*NF, "XR", "XR T-SPINE 2 VIEWS", """
THORACIC SPINE 2V

CLINICAL: back pain, osteoporosis on alendronate

FINDINGS: No significant loss of vertebral body height. Normal thoracic kyphosis. Diffuse osteopenia. Mild degenerative disc disease in the midthoracic spine.

IMPRESSION: No thoracic compression fracture.
""")

# N-20 clavicle fracture only
R(*NF, "XR", "XR CLAVICLE 2 VIEWS", """
XR LEFT CLAVICLE 2 VIEWS

History: Fall from bicycle? Patient 58 y/o, left shoulder pain.

Findings: Acute mildly displaced fracture of the midshaft left clavicle with 1 shaft-width inferior displacement of the distal fragment. AC joint intact. Visualized ribs and upper lung unremarkable.

Impression: Acute midshaft left clavicle fracture.
""", age=58)

# N-21 proximal humerus fracture only, osteopenia
R(*NF, "XR", "XR SHOULDER 2+ VIEWS", """
RIGHT SHOULDER 3 VIEWS

INDICATION: 79-year-old female, FOOSH, right shoulder pain.

FINDINGS: Acute impacted fracture of the right humeral surgical neck with mild valgus angulation. Greater tuberosity fragment is minimally displaced. Glenohumeral joint is located. Osteopenia.

IMPRESSION: Acute two-part proximal humerus fracture. Osteopenia; consider bone health evaluation.
""", sex="F", age=79)

# N-22 osteopenia only on CT A/P
R(*NF, "CT", "CT ABD/PELVIS W CONTRAST", f"""
CT ABDOMEN PELVIS WITH CONTRAST

INDICATION: Hematuria. CT urogram.

TECHNIQUE: Unenhanced, nephrographic and excretory phase imaging of the abdomen and pelvis.

FINDINGS:
Kidneys: No renal mass. No calculi. No hydronephrosis.
Collecting systems and ureters: No filling defect on excretory phase.
Bladder: Mild wall thickening at the dome, likely related to underdistension; cystoscopy recommended per hematuria protocol.
Liver, gallbladder, spleen, pancreas and adrenal glands: Unremarkable.
Bowel: Sigmoid diverticulosis. Normal appendix.
Lymph nodes: None enlarged.
Vessels: Aortoiliac atherosclerosis without aneurysm.
Bones: Diffuse osteopenia. No focal osseous lesion. No compression deformity.

IMPRESSION:
1. No upper tract source of hematuria identified.
2. Nonspecific bladder wall thickening at the dome; correlate with cystoscopy.
""")

# N-23 hemangioma on CT, no fracture
R(*NF, "CT", "CT CHEST W CONTRAST", f"""
EXAM: CT CHEST WITH CONTRAST

INDICATION: Abnormal chest radiograph (right lower lobe opacity).

FINDINGS:
Lungs: Right lower lobe consolidation with air bronchograms, compatible with pneumonia. Small right parapneumonic effusion.
{pick(CHEST_MED)}
{pick(UPPER_ABD)}
Bones: Coarsened vertical trabeculae in the T12 vertebral body ("corduroy" appearance) consistent with an intraosseous hemangioma. No fracture.

IMPRESSION:
1. Right lower lobe pneumonia with small parapneumonic effusion.
2. Incidental T12 hemangioma.
""")

# N-24 NM bone scan degenerative uptake
R(*NF, "NM", "NM BONE SCAN WHOLE BODY", """
WHOLE BODY BONE SCAN

History: Breast cancer staging, stage IIB.

Technique: 24.3 mCi Tc-99m MDP IV; whole body images at 3 hours.

Findings: Mild increased uptake in the lower lumbar facet joints, knees and first MTP joints, degenerative in pattern. Mild uptake in the left anterior 4th rib is nonspecific, possibly related to prior trauma. No suspicious focal uptake in the spine. Normal renal and bladder activity.

Impression: No scintigraphic evidence of osseous metastatic disease.
""", sex="F")

# N-25 XR C-spine negative
R(*NF, "XR", "XR C-SPINE 2-3 VIEWS", """
XR CERVICAL SPINE 2-3 VIEWS

History: Neck pain, no trauma.

Findings: Reversal of the normal cervical lordosis centered at C5. Vertebral body heights are maintained. Disc space narrowing at C5-C6 and C6-C7 with anterior and posterior osteophytes. Facet arthropathy. Prevertebral soft tissues normal.

Impression: Cervical spondylosis, most pronounced at C5-C6 and C6-C7.
""")

# N-26 old healed rib fractures, no acute fracture
R(*NF, "CT", "CTA CHEST PE PROTOCOL", f"""
EXAMINATION: CTA CHEST

HISTORY: SOB, tachycardia, rule out PE.

FINDINGS:
No pulmonary embolism. The thoracic aorta is normal in caliber.
{pick(CHEST_LUNGS)}
{pick(CHEST_MED)}
{pick(UPPER_ABD)}
Bones: No acute fracture. Old healed right 5th through 7th rib fractures. Thoracic vertebral body heights are preserved.

IMPRESSION:
No pulmonary embolism.
""")

# N-27 ALL CAPS CT chest normal bones
R(*NF, "CT", "CT CHEST W/O CONTRAST", """
CT CHEST WITHOUT CONTRAST
INDICATION: ABNORMAL CXR, ? MASS
COMPARISON: CXR 01/05/2026
FINDINGS:
THE PREVIOUSLY DESCRIBED OPACITY CORRESPONDS TO A PROMINENT RIGHT CARDIOPHRENIC FAT PAD. NO PULMONARY MASS OR NODULE. NO PLEURAL EFFUSION. NO LYMPHADENOPATHY. HEART NORMAL IN SIZE. UPPER ABDOMEN UNREMARKABLE.
OSSEOUS STRUCTURES: NO ACUTE OR AGGRESSIVE OSSEOUS ABNORMALITY. VERTEBRAL BODY HEIGHTS PRESERVED.
IMPRESSION:
PROMINENT CARDIOPHRENIC FAT PAD ACCOUNTS FOR THE RADIOGRAPHIC FINDING. NO MASS.
""")

# N-28 MRI T-spine negative with T2 hyperintense cord? no; normal
R(*NF, "MR", "MRI T-SPINE W/O", """
MRI T-SPINE WITHOUT CONTRAST

INDICATION: 64 yo, thoracic radiculopathy, ?compression fracture

FINDINGS:
Normal thoracic kyphosis. Vertebral body heights are maintained. No marrow edema on STIR to suggest acute or subacute fracture. Small T2 hyperintense, T1 hyperintense focus in T5 consistent with a fat-containing hemangioma.
Small right paracentral disc protrusion at T7-T8 with mild ventral cord contact, no cord signal abnormality.
No spinal canal or foraminal stenosis at the remaining levels.

IMPRESSION:
1. No compression fracture.
2. Small right paracentral T7-8 disc protrusion contacting the cord.
""", age=64)

# N-29 CT A/P normal spine with sagittal reformats mention
R(*NF, "CT", "CT ABD/PELVIS W/O", """
CT ABDOMEN/PELVIS W/O IV CONTRAST

INDICATION: 70F ground level fall, abdominal pain, on apixaban

TECHNIQUE: Axial noncontrast images with coronal and sagittal reformats.

FINDINGS:
Noncontrast evaluation: No retroperitoneal or intraperitoneal hemorrhage. No free air.
Solid organs grossly unremarkable on noncontrast technique.
Bowel: No obstruction.
Bones: Sagittal reformats show maintained vertebral body heights and normal alignment of the thoracolumbar spine. No fracture of the pelvis or proximal femora. Degenerative changes lower lumbar spine and hips.

IMPRESSION:
No acute traumatic findings in the abdomen or pelvis. No fracture.
""", sex="F", age=70)

# N-30 CT chest with "no compression fracture" and old sternotomy
R(*NF, "CT", "CT CHEST W CONTRAST", f"""
CT CHEST WITH CONTRAST

HISTORY: Fever, post-CABG 3 weeks, evaluate for sternal wound infection.

FINDINGS:
Postsurgical changes of median sternotomy with intact sternal wires. No retrosternal fluid collection or sternal dehiscence. Mild presternal soft tissue edema.
{pick(CHEST_LUNGS)}
Small pericardial effusion.
{pick(UPPER_ABD)}
Spine: Multilevel thoracic spondylosis without compression fracture.

IMPRESSION:
1. No evidence of sternal wound infection or mediastinitis.
2. Small pericardial effusion, expected postoperatively.
""")

# N-31 clinical question only "r/o vertebral fx" with normal MRI L-spine
R(*NF, "MR", "MRI L-SPINE W/O CONTRAST", """
MRI L SPINE W/O CONTRAST

CLINICAL HISTORY: ? vertebral fracture. 85 y/o with acute LBP after fall. X-rays equivocal.

COMPARISON: Radiographs 01/20/2026 (outside).

FINDINGS:
No marrow edema. Vertebral body heights are maintained. No fracture.
Multilevel degenerative disc disease with disc desiccation and disc bulges L2-3 through L5-S1.
L4-5: Moderate canal stenosis.
Paraspinal muscles: Fatty atrophy.

IMPRESSION:
1. No acute or chronic vertebral fracture.
2. Multilevel degenerative changes with moderate L4-5 canal stenosis.
""", age=85)

# N-32 CT A/P no mention of bones at all
R(*NF, "CT", "CT ABD/PELVIS W CONTRAST", f"""
CT ABD PELVIS W CONTRAST

INDICATION: Abdominal pain, hx SBO.

COMPARISON: 10/02/2025.

FINDINGS:
Lung bases are clear.
Multiple dilated loops of small bowel measuring up to 3.6 cm with a transition point in the right lower quadrant near a prior anastomosis. Distal small bowel and colon are decompressed. No pneumatosis or free air. Small volume ascites.
Liver, gallbladder, spleen, pancreas, adrenals and kidneys are unremarkable.
Bladder unremarkable.

IMPRESSION:
High-grade small bowel obstruction with transition point in the right lower quadrant, likely adhesive. Surgical consultation recommended.
""")

# N-33 tibial plateau/ distal radius fracture (FOOSH) only
R(*NF, "XR", "XR WRIST 3+ VIEWS", """
XR LEFT WRIST 3 VIEWS

Clinical: 67F slipped on ice, FOOSH.

Findings: Acute dorsally angulated, impacted fracture of the distal radial metaphysis (Colles type) with 15 degrees dorsal tilt. Ulnar styloid fracture. No intra-articular extension. Osteopenia.

Impression: Acute Colles fracture of the left distal radius with ulnar styloid fracture. Fragility fracture; recommend referral for bone health assessment.
""", sex="F", age=67)

# N-34 hypothetical in CT chest: no compression; "recommend MRI if clinically indicated" about something else
R(*NF, "CT", "CT CHEST W/O CONTRAST", f"""
EXAMINATION: CT CHEST W/O CONTRAST

CLINICAL INDICATION: Thoracic back pain, history of smoking.

COMPARISON: None.

FINDINGS:
{pick(CHEST_LUNGS)}
{pick(CHEST_MED)}
{pick(UPPER_ABD)}
Musculoskeletal: No compression fracture is identified. No lytic or blastic lesion. Mild degenerative disc disease. Note that CT is insensitive for nondisplaced fractures and marrow processes; MRI is recommended if clinically indicated.

IMPRESSION:
1. No acute intrathoracic abnormality.
2. No compression fracture.
""")

# N-35 typos/voice recognition normal spine
R(*NF, "XR", "XR L-SPINE 2-3 VIEWS", """
LUMBAR SPINE 2-3 VIEWS

HISTORY: lower back paint after lifting

FINDINGS: Vertebral body heights are maintained no evidence of compression fracture. Mild disc space narrowing at L3-4. Alignment is normal. No spondylo listhesis. Sacroiliac joints are unremarkable. Note is made of a right upper quadrant surgical clips.

IMPRESSION: No acute osseous abnormality. Mild degenerative disc disease at L3-4.
""")

# N-36 chest XR rib fracture only, "T-score" absent, vertebrae intact
R(*NF, "XR", "XR CHEST 2 VIEWS", """
XR CHEST PA/LAT

INDICATION: Right rib pain after coughing

FINDINGS: Subtle nondisplaced fracture of the right anterolateral 9th rib. Lungs are clear. No effusion or pneumothorax. Heart size normal. Thoracic vertebral bodies are normal in height.

IMPRESSION: Probable nondisplaced right 9th rib fracture, possibly cough-related. No pneumothorax.
""")

# N-37 oncology staging CT with lytic lesion but no fracture
R(*NF, "CT", "CT CHEST ABD PELVIS W CONTRAST", f"""
CT CHEST/ABDOMEN/PELVIS WITH CONTRAST

INDICATION: Renal cell carcinoma staging.

FINDINGS:
Chest: Two subcentimeter pulmonary nodules, indeterminate. No adenopathy.
Abdomen: 7.2 cm heterogeneously enhancing right renal mass with tumor thrombus in the right renal vein, not extending to the IVC. No adrenal or hepatic lesion. No adenopathy.
Bones: 1.5 cm lytic lesion in the right posterior iliac bone, suspicious for metastasis. No vertebral lesion. Vertebral body heights are preserved.

IMPRESSION:
1. Right renal mass with renal vein tumor thrombus, compatible with RCC.
2. Lytic right iliac lesion suspicious for osseous metastasis.
3. Indeterminate subcentimeter pulmonary nodules.
""")

# N-38 myeloma without fracture
R(*NF, "MR", "MRI T-SPINE W/WO", """
MRI THORACIC SPINE WITHOUT AND WITH CONTRAST

History: Smoldering myeloma, surveillance.

Findings:
Diffuse mildly heterogeneous marrow signal without focal lesion greater than 5 mm. No pathologic fracture. Vertebral body heights are maintained. No epidural disease. The cord is normal.

Impression:
No focal myeloma lesion or fracture in the thoracic spine.
""")

# N-39 ALL CAPS XR L-spine negative
R(*NF, "XR", "XR L-SPINE 2-3 VIEWS", """
EXAM: XR L-SPINE 2-3 VIEWS
HISTORY: FALL, LOW BACK PAIN, R/O FX
FINDINGS: NO ACUTE FRACTURE OR SUBLUXATION. VERTEBRAL BODY HEIGHTS AND DISC SPACES ARE MAINTAINED. MILD FACET ARTHROPATHY L5-S1.
IMPRESSION: NO ACUTE OSSEOUS ABNORMALITY.
""")

# N-40 CT A/P "no change in the..." pseudo-negation about something else (no spine)
R(*NF, "CT", "CT ABD/PELVIS W CONTRAST", f"""
CT ABDOMEN/PELVIS WITH CONTRAST

HISTORY: Known AAA surveillance.

COMPARISON: 04/2025.

FINDINGS:
Aorta: Infrarenal abdominal aortic aneurysm measures 4.3 cm, no change since 04/2025. Mural thrombus. No periaortic stranding.
{ABD_ORGANS[1]}
Bones: No change in mild degenerative changes of the lumbar spine. No compression deformity.

IMPRESSION:
Stable 4.3 cm infrarenal AAA. Continue ultrasound or CT surveillance in 12 months.
""")

# N-41 hip DXA only, no VFA, T-score -2.6
R(*NF, "DXA", "DXA BONE DENSITY AXIAL SKELETON", """
BONE MINERAL DENSITY (DXA)

Indication: Estrogen deficiency, monitoring.

Comparison: 01/2024.

Lumbar spine L1-L4: BMD 0.805 g/cm2, T-score -2.6 (previous -2.8), +2.4% change, not significant.
Right femoral neck: T-score -2.2.
Right total hip: T-score -1.8.
Note: L3 excluded due to degenerative sclerosis.

Impression: Osteoporosis, stable bone density on therapy.
""", sex="F")

# N-42 CT C-spine with old fusion; no fracture; "C6-7 ACDF"
R(*NF, "CT", "CT C-SPINE W/O CONTRAST", """
CT CERVICAL SPINE W/O CONTRAST

HISTORY: 86 y/o M, ground level fall, on Eliquis. Neck pain.

FINDINGS:
Prior C5-C7 anterior cervical discectomy and fusion with solid osseous fusion. Hardware intact. No acute fracture. No prevertebral soft tissue swelling. Alignment maintained. Moderate C4-5 adjacent segment degeneration. Ossification of the posterior longitudinal ligament at C3-C4.

IMPRESSION:
1. No acute cervical spine fracture.
2. Postsurgical and degenerative changes as above.
""", sex="M", age=86)

# N-43 CXR with kyphosis, no fracture called
R(*NF, "XR", "XR CHEST 2 VIEWS", """
XR CHEST 2 VIEWS

HISTORY: COPD exacerbation.

COMPARISON: 06/2025.

FINDINGS: Hyperinflation with flattened hemidiaphragms. No focal consolidation. No effusion. Heart size normal. Exaggerated thoracic kyphosis. Vertebral body heights appear grossly preserved on the lateral view.

IMPRESSION: COPD without acute superimposed process.
""")

# N-44 NM bone scan: negative for fracture, question in history
R(*NF, "NM", "NM BONE SCAN LIMITED", """
NM BONE SCAN, THREE PHASE, LIMITED (SPINE)

History: Osteoporosis. Persistent low back pain, ?occult compression fracture. Patient unable to undergo MRI (pacemaker).

Findings:
Flow and blood pool images show no focal hyperemia. Delayed images show mild uptake in the lower lumbar facets and the right sacroiliac joint, degenerative in pattern. No linear or focal vertebral body uptake to suggest a compression fracture.

Impression:
No scintigraphic evidence of vertebral compression fracture. Degenerative lumbar facet uptake.
""")

# N-45 CT chest with T-score mention? Opportunistic; L1 attenuation
R(*NF, "CT", "CT CHEST W/O CONTRAST", f"""
LOW-DOSE CT CHEST LUNG CANCER SCREENING

INDICATION: Annual screening. 64 yo former smoker.

COMPARISON: 01/2025.

FINDINGS:
Lungs: 3 mm left upper lobe solid nodule, unchanged. No new nodules. Mild centrilobular emphysema.
{pick(CHEST_MED)}
{pick(UPPER_ABD)}
Bones: Low bone mineral density; L1 vertebral body attenuation measures 92 HU, which may indicate osteopenia or osteoporosis; consider DXA. No compression deformity of the thoracic or visualized lumbar spine.

IMPRESSION:
1. Lung-RADS 2. Annual screening LDCT in 12 months.
2. Low L1 attenuation suggesting reduced bone density; consider DXA.
""", age=64)
