# Held-out validation reports whose gold finding is `no_fracture`.
# Many are deliberately tricky negatives.
from common import R

N = "no_fracture"

R(58, "F", "XR", "XR Lumbar Spine", """
Lumbar spine AP and lateral.
Normal alignment. Vertebral body heights and disc spaces are preserved. No bony abnormality.
""", N)

R(71, "F", "XR", "XR Thoracic Spine", """
Clinical details: ?wedge fracture, thoracic pain after lifting.
Findings: Vertebral body heights are maintained throughout the thoracic spine. Normal alignment. Paravertebral lines normal.
Conclusion: No vertebral fracture.
""", N)

R(84, "F", "XR", "XR Thoracolumbar Spine", """
CLINICAL DETAILS: Query T12 collapse. Osteoporosis.
FINDINGS: No vertebral collapse. The T12 and L1 vertebral bodies are of normal height. Mild degenerative change at the thoracolumbar junction.
""", N)

R(66, "M", "XR", "XR Lumbar Spine", """
Findings: Mild loss of disc height at L4/5 and L5/S1 with small osteophytes. No fracture or spondylolisthesis.
Comment: Mild lower lumbar spondylosis. If symptoms persist an MRI would exclude a fracture or other bony pathology.
""", N)

R(77, "M", "XR", "XR Chest", """
CXR
Clinical details: Fall, left chest wall pain.
Findings: Acute fractures of the left 5th, 6th and 7th ribs laterally. No pneumothorax. No effusion. Lungs clear.
Conclusion: Left rib fractures. No pneumothorax.
""", N)

R(88, "F", "XR", "XR Left Hip", """
Left hip AP and lateral
Clinical details: Fall from standing, shortened and externally rotated left leg.
Findings: Displaced intracapsular fracture of the left femoral neck. Osteopenia. Pubic rami intact.
Conclusion: Displaced left NOF fracture (Garden IV). Orthopaedic referral.
""", N)

R(72, "F", "XR", "XR Right Wrist", """
Right wrist 2 views: Dorsally angulated, impacted fracture of the distal radius (Colles type) with an ulnar styloid fracture. Osteopenia.
""", N)

R(63, "M", "XR", "XR Left Clavicle", """
Left clavicle: Mildly displaced fracture of the middle third of the clavicle. Acromioclavicular joint intact.
""", N)

R(69, "F", "XR", "XR Lumbar Spine", """
XR LUMBAR SPINE
Disc space narrowing at L5/S1 with small osteophytes. Facet joint arthropathy L4/5. Heights of the vertebral bodies are normal.
""", N)

R(74, "M", "XR", "XR Chest", """
Chest X-ray
Indication: Breathlessness, ?effusion.
Findings: Left lower lobe collapse with a 'sail sign' behind the heart. No pleural effusion. Right lung clear.
Impression: Left lower lobe collapse - recommend CT to exclude a central obstructing lesion.
""", N)

R(79, "M", "MRI", "MRI Lumbar Spine", """
MRI LUMBAR SPINE
Clinical details: Bilateral leg pain on walking.
Findings: Severe central canal stenosis at L4/5 due to a broad disc bulge and facet hypertrophy, with compression of the cauda equina nerve roots. Vertebral body heights are preserved. No marrow signal abnormality.
Conclusion: Severe L4/5 spinal stenosis.
""", N)

R(67, "F", "CT", "CT Chest Abdomen Pelvis with contrast", """
CT CAP
Clinical: Breast cancer, restaging.
Findings: Multiple new sclerotic metastases in T7, T10, L2 and the pelvis. No pathological fracture. No collapse. No soft tissue extension into the canal. Stable liver lesion.
Impression: Progressive osseous metastatic disease without fracture.
""", N)

R(55, "M", "CT", "CT Head", """
CT head without contrast
Clinical details: Headache, ?SAH.
No intracranial haemorrhage. No mass effect. Ventricles normal size. No acute infarct.
Conclusion: Normal CT head.
""", N)

R(81, "F", "XR", "XR Chest", """
PA chest: Heart size normal. Lungs clear. No effusion. No acute abnormality.
""", N)

R(62, "F", "CT", "CT Pulmonary Angiogram", """
CTPA
Indication: Pleuritic chest pain, tachycardia.
Findings: Filling defects in the left lower lobe segmental and subsegmental arteries. No right heart strain. Small wedge-shaped peripheral opacity in the left lower lobe consistent with infarction.
Conclusion: Left lower lobe pulmonary emboli with a small pulmonary infarct.
""", N)

R(70, "F", "DXA", "DXA with VFA", """
DXA lumbar spine and hip with VFA.
L1-L4 T-score -2.7. Right femoral neck T-score -2.2. Osteoporosis at the lumbar spine.
VFA: No vertebral fracture identified from T4 to L4.
""", N)

R(76, "F", "XR", "XR Lumbar Spine", """
XR Lumbar Spine
Findings: Apparent loss of height of L1 with anterior wedging.
Conclusion: L1 wedge fracture.

ADDENDUM: Review with a properly centred lateral view shows that the apparent L1 wedging was due to projection/obliquity. The vertebral body heights are normal. There is no fracture.
""", N)

R(53, "M", "CT", "CT KUB", """
CT KUB: 6 mm calculus in the right proximal ureter with moderate hydronephrosis. No other calculi. Normal bony appearances.
""", N)

R(25, "M", "CT", "CT Trauma Whole Body", """
CT trauma series (RTC, motorcyclist).
Head: normal. C-spine: no fracture. Chest: right sided rib fractures 4-7 with small pneumothorax. Thoracolumbar spine: no fracture, normal alignment. Pelvis: undisplaced right superior pubic ramus fracture.
""", N)

R(85, "F", "XR", "XR Pelvis", """
Pelvis AP: Fractures of the left superior and inferior pubic rami. Hips intact. Osteopenia. Degenerative change in the lower lumbar spine.
""", N)

R(73, "M", "XR", "XR Right Humerus", """
Right shoulder/humerus: Two-part fracture of the surgical neck of the right humerus with mild impaction. Glenohumeral joint congruent.
""", N)

R(90, "F", "XR", "XR Right Femur", """
Right femur: Spiral fracture of the femoral shaft distal to the tip of the hip hemiarthroplasty stem (periprosthetic, Vancouver B).
""", N)

R(68, "F", "XR", "XR Chest", """
Clinical details: Cough, smoker. Findings: Right upper lobe collapse with elevation of the horizontal fissure. Suspected right hilar mass (Golden S sign). Comment: Urgent CT chest recommended.
""", N)

R(60, "M", "MRI", "MRI Thoracic Spine", """
MRI thoracic spine
Clinical details: Myelopathy.
Findings: Disc protrusion at T8/9 causing cord compression with high T2 cord signal. Vertebral bodies are of normal height with normal marrow signal.
Conclusion: T8/9 disc protrusion with cord compression and myelopathic signal. Urgent neurosurgical opinion.
""", N)

R(78, "M", "CT", "CT Chest Abdomen Pelvis with contrast", """
INDICATION: Prostate cancer, bone pain.
FINDINGS: Multiple sclerotic lesions in the thoracolumbar spine and pelvis in keeping with metastases. The vertebral body heights are maintained. No epidural disease.
IMPRESSION: Sclerotic bone metastases without pathological fracture.
""", N)

R(57, "F", "XR", "XR Thoracic Spine", """
Thoracic spine: normal
""", N)

R(82, "F", "XR", "XR Lumbar Spine", """
Clinical details: ?crush fracture D12, osteoporosis.
Report: The D12 vertebral body is of normal height. No crush fracture. Degenerative changes are present in the lumbar spine with disc space narrowing at L3/4 and L4/5.
""", N)

R(64, "F", "CT", "CT Abdomen Pelvis with contrast", """
INDICATION: RLQ pain, fever.
FINDINGS: Dilated, thick-walled appendix measuring 12 mm with periappendiceal stranding and an appendicolith. No abscess. No free air.
IMPRESSION: Acute appendicitis.
""", N)

R(87, "M", "CT", "CT Head", """
CT HEAD
History: Fall, on warfarin.
Findings: Acute left convexity subdural haematoma, maximal depth 8 mm, with 3 mm midline shift. No skull fracture.
Conclusion: Acute left subdural haematoma. Neurosurgical referral.
""", N)

R(75, "F", "XR", "XR Lumbar Spine", """
Lumbar spine
Clinical details: Back pain. Osteoporosis. Query osteoporotic collapse.
Findings: No collapse demonstrated. Normal vertebral body heights. Mild scoliosis convex to the right. Facet arthropathy at L4/5 and L5/S1.
""", N)

R(59, "M", "XR", "XR Lumbar Spine", """
No compression fracture. Degenerative disc disease L5/S1. Alignment maintained.
""", N)

R(80, "F", "XR", "XR Chest", """
Chest X-ray (lateral included). Hyperexpanded lungs. No consolidation. Mild loss of disc height in the mid thoracic spine with small osteophytes. The thoracic vertebral body heights are maintained.
""", N)

R(71, "M", "CT", "CT Chest with contrast", """
CT THORAX
Findings: Large right upper lobe mass invading the mediastinum with extrinsic compression of the right main bronchus and SVC. Right hilar and subcarinal lymphadenopathy. No bone lesion.
Opinion: T4 N2 right upper lobe carcinoma with SVC compression.
""", N)

R(50, "F", "XR", "XR Neck Soft Tissue", """
Soft tissue neck: Large retrosternal goitre with tracheal compression and deviation to the right.
""", N)

R(74, "F", "MRI", "MRI Whole Spine", """
MRI whole spine
Clinical: Lung cancer, back pain, ?MSCC.
Findings: Epidural metastatic disease posterior to T8 causing compression of the spinal cord. Metastatic deposit in the T8 posterior elements. The T8 vertebral body height is preserved. No vertebral collapse elsewhere.
Conclusion: Metastatic spinal cord compression at T8 without vertebral collapse.
""", N)

R(66, "M", "CT", "CT Thoracic Spine", """
CT thoracic spine: Sclerotic metastases throughout the thoracic spine. No pathological fracture.
""", N)

R(61, "F", "MRI", "MRI Lumbar Spine", """
MRI lumbar spine
There is a lytic lesion in the L3 vertebral body, likely a metastasis given the history. No collapse. No epidural extension.
""", N)

R(83, "F", "MRI", "MRI Lumbar Spine", """
MRI lumbar spine
No vertebral collapse. No marrow oedema on STIR. Multilevel degenerative disc disease with L3/4 and L4/5 disc bulges. T1 and T2 marrow signal normal.
""", N)

R(45, "M", "XR", "XR Lumbar Spine", """
LUMBAR SPINE: NO EVIDENCE OF FRACTURE OR DISLOCATION.
""", N)

R(92, "F", "XR", "XR Right Hip", """
Right hip: Intertrochanteric fracture of the right femur. Osteopenia. The visualised lower lumbar spine shows degenerative change.
""", N)

R(78, "F", "XR", "XR Left Wrist", """
Left wrist
Clinical details: FOOSH.
Impacted distal radial fracture with 10 degrees dorsal tilt. Fracture of the ulnar styloid.
Comment: Fragility fracture - consider bone health assessment / FLS referral.
""", N)

R(47, "F", "XR", "XR Lumbar Spine", """
Clinical details: Low back pain for 3 months, no red flags.
Report: Loss of the normal lumbar lordosis, which may reflect muscle spasm. Normal vertebral body heights and disc spaces.
""", N)

R(68, "M", "XR", "XR Thoracic Spine", """
Thoracic spine: No fracture. If pain continues, consider MRI to exclude an occult fracture.
""", N)

R(72, "F", "DXA", "DXA Lumbar Spine and Hip", """
DXA scan
Lumbar spine: L3 excluded from analysis due to degenerative sclerosis. L1, L2, L4 T-score -2.6.
Left femoral neck T-score -2.3; total hip -1.9.
Conclusion: Osteoporosis (lumbar spine). FRAX 10-year major osteoporotic fracture probability 21%, hip fracture 4.6%.
""", N)

R(54, "M", "XR", "XR Thoracic Spine", """
The vertebral bodies are of normal height and alignment. No bony abnormality is seen.
""", N)

R(39, "F", "CT", "CT Abdomen Pelvis with contrast", """
INDICATION: Abdominal trauma, restrained driver in low-speed collision, seatbelt sign.
FINDINGS: No solid organ injury. No free fluid. No bowel wall thickening. No acute osseous abnormality.
IMPRESSION: No acute traumatic injury in the abdomen or pelvis.
""", N)

R(70, "M", "MRI", "MRI Lumbar Spine", """
MRI lumbar spine
L5/S1 right paracentral disc extrusion compressing the descending right S1 nerve root. Vertebral body heights normal. Normal conus.
""", N)

R(76, "F", "XR", "XR Thoracolumbar Spine", """
FINDINGS: Severe disc space narrowing at T11/12 and L1/2 with vacuum phenomenon and marginal osteophytes. Vertebral body heights preserved.
IMPRESSION: Thoracolumbar spondylosis. No fracture.
""", N)

R(65, "M", "XR", "XR Lumbar Spine", """
XR lumbar spine
Postoperative appearances of posterior instrumented fusion L4-L5 with pedicle screws and rods. No lucency around the screws. No fracture. No hardware complication.
""", N)

R(81, "M", "CT", "CT Abdomen Pelvis with contrast", """
CT abdomen pelvis
Gallbladder collapsed with no wall thickening. Liver normal. Kidneys normal. No lymphadenopathy. Spine: degenerative change only.
""", N)

R(28, "M", "XR", "XR Chest", """
Chest X-ray
Large right pneumothorax with complete collapse of the right lung. No mediastinal shift.
Comment: Large right pneumothorax, clinical team informed.
""", N)

R(59, "M", "XR", "XR Chest", """
Old healed fractures of the left 7th and 8th ribs. Lungs clear. No acute abnormality.
""", N)

R(44, "F", "XR", "XR Right Clavicle", """
Right clavicle: old, healed mid-shaft fracture with mature callus. No acute abnormality.
""", N)

R(69, "F", "XR", "XR Left Femur", """
Left femur: Pathological fracture of the proximal left femoral shaft through a lytic metastasis. Further lytic lesions in the distal femur.
""", N)

R(33, "M", "CT", "CT Chest with contrast", """
CT CHEST (trauma: RTC, steering wheel impact)
Findings: Undisplaced fracture of the sternal body with retrosternal haematoma. No mediastinal vascular injury. Lungs clear. Thoracic spine: no fracture.
""", N)

R(62, "F", "XR", "XR Right Ankle", """
Right ankle: Weber B fracture of the distal fibula. Mortise congruent.
""", N)

R(80, "M", "XR", "XR Chest", """
Chest radiograph. Mild cardiomegaly. Mild upper lobe diversion. No focal lung lesion. No vertebral fracture.
""", N)

R(57, "F", "MRI", "MRI Thoracic Spine", """
MRI thoracic spine
Incidental T10 vertebral haemangioma (T1 and T2 hyperintense). Vertebral body heights are maintained. No cord compression.
""", N)

R(79, "M", "XR", "XR Thoracic Spine", """
THORACIC SPINE: Flowing anterior osteophytes over more than four contiguous levels in keeping with DISH. Vertebral body heights maintained. No fracture.
""", N)

R(64, "M", "XR", "XR Lumbar Spine", """
Findings: Bilateral sacroiliac joint fusion and lumbar syndesmophytes, in keeping with ankylosing spondylitis. No fracture.
""", N)

R(75, "F", "CT", "CT Abdomen Pelvis with contrast", """
CT abdomen/pelvis
Clinical details: Diarrhoea, ?colitis.
Findings: Diffuse wall thickening of the descending and sigmoid colon consistent with colitis. No perforation. No collection.
Conclusion: Left sided colitis.
""", N)

R(86, "F", "XR", "XR Thoracic Spine", """
Clinical information: ?Osteoporotic fracture.
Findings: Osteopenic bones. No vertebral fracture. Normal thoracic kyphosis.
""", N)

R(58, "F", "XR", "XR Scapula", """
Left scapula: Comminuted fracture of the scapular body. Ribs intact on these views. Left lung clear.
""", N)

R(66, "F", "CT", "CT Chest Abdomen Pelvis with contrast", """
CT CAP (follow-up lymphoma)
No lymphadenopathy. Spleen normal. No bone lesion. No vertebral fracture.
Conclusion: Continued remission.
""", N)

R(72, "M", "MRI", "MRI Whole Spine", """
MRI whole spine
Clinical details: Back pain, ?fracture ?metastasis.
Findings: Normal marrow signal on T1 and STIR. No fracture. No metastasis. Disc degeneration L3/4 to L5/S1.
Conclusion: No fracture or metastatic disease.
""", N)

R(84, "F", "XR", "XR Chest", """
CXR: Bibasal consolidation. Left basal collapse/consolidation. Small left effusion.
""", N)

R(53, "F", "XR", "XR Lumbar Spine", """
EXAM: LUMBAR SPINE, 2 VIEWS
INDICATION: Low back pain.
FINDINGS: Grade 1 degenerative anterolisthesis of L4 on L5. Moderate facet arthropathy at L4-L5. Disc heights are mildly decreased at L4-L5 and L5-S1. Vertebral body heights are preserved.
IMPRESSION: Degenerative changes as above. No acute fracture.
""", N)

R(77, "M", "CT", "CT KUB", """
CT KUB
History: Right loin pain.
No calculus. No hydronephrosis. Bilateral simple renal cysts. Diverticular disease. Degenerative lumbar spine.
""", N)

R(61, "M", "XR", "XR Chest", """
Chest X-ray
Right middle lobe consolidation. No collapse. No effusion.
""", N)

R(70, "F", "DXA", "DXA with VFA", """
VFA: No vertebral deformity. All vertebrae from T4 to L4 assessed; Genant grade 0 throughout.
DXA: L1-L4 T-score -1.6; femoral neck T-score -2.0. Osteopenia.
""", N)

R(49, "M", "CT", "CT Head", """
Non-contrast CT head. No acute intracranial abnormality. Opacification of the left maxillary sinus.
""", N)

R(91, "F", "XR", "XR Chest", """
Portable AP chest: Endotracheal tube 4 cm above the carina. NG tube in the stomach. Right lower lobe collapse. Small right effusion.
""", N)

R(56, "F", "XR", "XR Thoracic Spine", """
CLINICAL DETAILS: ?T8 fracture, fall on stairs.
FINDINGS: No fracture. Vertebral body heights maintained. Normal alignment. Costovertebral junctions normal.
""", N)

R(73, "F", "CT", "CT Pulmonary Angiogram", """
CTPA: No pulmonary embolism. Mosaic attenuation. No consolidation. The thoracic vertebrae appear normal.
""", N)

R(67, "M", "MRI", "MRI Lumbar Spine", """
MRI L-spine
Findings: L3/4 and L4/5 disc desiccation with loss of disc height. Small L4/5 central protrusion contacting but not compressing the traversing L5 nerve roots. Vertebral body heights are normal.
""", N)

R(85, "M", "XR", "XR Left Hip", """
Left hip: Undisplaced fracture of the left greater trochanter. No femoral neck fracture.
Comment: MRI if clinical concern for an occult neck of femur fracture.
""", N)

R(60, "F", "XR", "XR Thoracic Spine", """
Thoracic spine: Mild thoracic scoliosis. Vertebral heights preserved. No fracture identified.
""", N)

R(74, "F", "CT", "CT Chest Abdomen Pelvis with contrast", """
INDICATION: Weight loss, ?malignancy.
FINDINGS: No mass lesion. No lymphadenopathy. Mild hepatic steatosis. No focal bone lesion. No fracture.
IMPRESSION: No CT evidence of malignancy.
""", N)

R(89, "F", "XR", "XR Lumbar Spine", """
Clinical details: Fell from standing yesterday. Back pain. ?fracture.
Findings: Osteopenia. Degenerative scoliosis. No fracture seen. Vertebral body heights maintained.
Comment: If pain persists or is severe, MRI or CT would be more sensitive for an occult fracture.
""", N)

R(52, "F", "XR", "XR Chest", """
No acute cardiopulmonary abnormality. Normal heart size. Clear lungs.
""", N)

R(63, "M", "XR", "XR Lumbar Spine", """
lumbar spine xr. normal alignment no fracture seen minor degenerative change l5/s1
""", N)

R(71, "F", "CT", "CT Abdomen Pelvis with contrast", """
CT abdomen and pelvis
Findings: Small bowel obstruction with a transition point in the right lower quadrant, likely adhesional. No closed loop. No free gas.
Conclusion: Adhesional small bowel obstruction.
""", N)

R(76, "M", "XR", "XR Thoracic Spine", """
T-SPINE: HEIGHTS OF THE VERTEBRAL BODIES ARE PRESERVED. NO WEDGE COMPRESSION. DEGENERATIVE OSTEOPHYTES.
""", N)

R(82, "F", "XR", "XR Right Shoulder", """
Right shoulder
Clinical details: Fall from standing.
Comminuted fracture of the right proximal humerus involving the greater tuberosity. Glenohumeral joint is located.
""", N)

R(67, "F", "XR", "XR Lumbar Spine", """
Lumbar spine: normal vertebral body heights. Fracture excluded. Mild facet joint degeneration.
""", N)

R(74, "M", "CT", "CT Thorax Abdomen Pelvis", """
CT TAP
Clinical: Myeloma, staging.
Findings: Multiple small lytic lesions in the thoracic and lumbar vertebrae and ribs. No vertebral collapse. No pathological fracture. No extraosseous soft tissue.
Impression: Myeloma bone disease without fracture.
""", N)

R(58, "M", "XR", "XR Chest", """
Chest radiograph: Compared with the previous film there is interval resolution of the left lower lobe consolidation. No new abnormality.
""", N)

R(86, "F", "XR", "XR Chest", """
Chest: Hyperinflation. Old healed right clavicle fracture. Lungs clear.
""", N)

R(69, "M", "MRI", "MRI Cervical Spine", """
MRI cervical spine
Multilevel degenerative change with C5/6 and C6/7 disc osteophyte complexes causing moderate canal stenosis and mild cord compression at C5/6. No cord signal change. Vertebral body heights normal.
""", N)

R(51, "F", "CT", "CT Pulmonary Angiogram", """
INDICATION: Shortness of breath, postpartum.
FINDINGS: No pulmonary embolism. Lungs clear. No effusion.
IMPRESSION: No PE.
""", N)

R(78, "F", "XR", "XR Thoracolumbar Spine", """
Clinical details: Back pain. Known osteoporosis. ?new vertebral fracture.
Findings: No vertebral fracture is demonstrated. Vertebral body heights are maintained from T10 to L5.
Opinion: No fracture.
""", N)

R(65, "F", "XR", "XR Chest", """
Chest X-ray: Normal. Specifically, no rib fracture or pneumothorax.
""", N)

R(80, "M", "CT", "CT KUB", """
CT KUB
Left 9 mm staghorn calculus. No obstruction. The visualised skeleton is unremarkable.
""", N)

R(93, "F", "XR", "XR Pelvis", """
Pelvis: Right neck of femur fracture. Degenerative change of both hips. Vascular calcification.
""", N)

R(57, "M", "XR", "XR Lumbar Spine", """
FINDINGS: Small anterior osteophytes at L2 to L4. No fracture. Aortic calcification.
""", N)

R(70, "F", "XR", "XR Thoracic Spine", """
Thoracic spine
Clinical details: Chest wall pain after coughing. ?Rib fracture ?vertebral fracture.
Findings: Normal vertebral body heights. No rib fracture identified on these views.
Comment: No fracture demonstrated.
""", N)

R(62, "M", "CT", "CT Chest with contrast", """
CT chest
Findings: Collapse of the left lower lobe secondary to an endobronchial lesion in the left lower lobe bronchus. Left hilar nodes. Bones: no lesion, no fracture.
Conclusion: Left lower lobe collapse due to an endobronchial tumour.
""", N)

R(75, "M", "MRI", "MRI Thoracic Spine", """
MRI thoracic spine
Clinical details: Thoracic back pain. Query T12 compression fracture on radiograph.
Findings: No fracture. Normal marrow signal on STIR. The apparent T12 abnormality on the radiograph is not seen on MRI. Vertebral body heights are normal.
""", N)

R(83, "M", "XR", "XR Chest", """
Chest X-ray: Pacemaker in situ. Mild pulmonary oedema. Small bilateral effusions.
""", N)

R(48, "F", "XR", "XR Lumbar Spine", """
Lumbar spine radiographs are within normal limits.
""", N)
