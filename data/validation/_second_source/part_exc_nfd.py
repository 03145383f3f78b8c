# excluded and non_fracture_deformity reports
from common import R

EXC = [
R("MR", "MR Whole spine", """MRI WHOLE SPINE
Clinical details: Known IgG myeloma. New back pain.
Findings: Diffuse heterogeneous marrow infiltration throughout the spine. Multiple focal lesions, the largest in T9 and L2. There is pathological collapse of T9 (approx 50%) and L2 (approx 30%) with mild retropulsion at T9; no cord compression. 
Conclusion: Myeloma with pathological fractures of T9 and L2. No MSCC.""", "excluded", "", "", "unspecified"),

R("CT", "CT Chest Abdomen Pelvis with contrast", """CT CAP
Indication: Metastatic prostate cancer, rising PSA.
Findings: Widespread sclerotic bone metastases throughout the axial skeleton. Pathological fracture of L3 with 40% loss of height through a sclerotic metastasis. Enlarged retroperitoneal nodes.
Impression: Progressive nodal and osseous metastatic disease with pathological L3 fracture.""", "excluded", "", "", "unspecified", sex="M"),

R("CT", "CT Whole body trauma", """CT TRAUMA SERIES (HEAD TO PELVIS)
History: High speed RTC, driver, 70 mph, intrusion. GCS 14.
Findings: Burst fracture of L1 with 40% height loss and 5 mm retropulsion narrowing the canal. Fractures of left ribs 4-7. Small left pneumothorax. No solid organ injury.
Conclusion: L1 burst fracture. Left rib fractures with small pneumothorax. Spinal surgery referral.""", "excluded", "", "", "unspecified"),

R("XR", "XR Thoracolumbar spine", """Clinical details: Fell approx 3 metres from a ladder onto back.
Thoracolumbar spine: Compression fractures of T12 and L1 with anterior height loss of approximately 25-30%. No malalignment.
Opinion: T12 and L1 compression fractures. CT recommended to assess the posterior elements.""", "excluded", "", "", "unspecified"),

R("CT", "CT Lumbar spine", """CT LUMBAR SPINE
HISTORY: Fall down 4 steps, left flank pain.
FINDINGS: Acute fractures of the left L1, L2 and L3 transverse processes, minimally displaced. Vertebral body heights are maintained. No malalignment. Small left psoas haematoma.
IMPRESSION: Left L1-L3 transverse process fractures. No vertebral body fracture.""", "excluded", "", "", "acute"),

R("XR", "XR Cervical spine", """C-SPINE
Clinical: Sudden neck pain while digging in the garden.
There is a fracture of the spinous process of C7 (clay-shoveler's type). Vertebral body heights and alignment are normal. 
Opinion: C7 spinous process fracture.""", "excluded", "", "", "unspecified"),

R("CT", "CT Lumbar spine", """CT lumbar spine
Indication: chronic LBP, ?spondylolysis
Bilateral L5 pars interarticularis defects (spondylolysis) with grade 1 anterolisthesis of L5 on S1. Vertebral body heights preserved. No other fracture.
Conclusion: Bilateral L5 pars defects with grade 1 spondylolisthesis.""", "excluded", "", "", "unspecified"),

R("MR", "MR Thoracic spine", """MRI THORACIC SPINE - MSCC PATHWAY
Clinical details: Lung adenocarcinoma. Bilateral leg weakness.
Findings: Metastatic deposit replacing the T6 vertebral body with collapse (approx 60%), convex posterior border and epidural extension causing cord compression with cord signal change. Further metastases T2 and T11 without collapse.
Conclusion: T6 metastatic collapse with MSCC. Urgent oncology and spinal team discussion.""", "excluded", "", "", "unspecified"),

R("MR", "MR Lumbar spine", """MRI LUMBAR SPINE WITH GADOLINIUM
Indication: Fever, back pain, raised CRP. IVDU.
Findings: L2/3 discitis-osteomyelitis with endplate destruction and collapse of the inferior L2 vertebral body. Small right psoas collection. Epidural phlegmon without significant compression.
Conclusion: L2/3 spondylodiscitis with vertebral collapse and psoas abscess.""", "excluded", "", "", "unspecified"),

R("MR", "MR Lumbar spine", """MR L SPINE
IMPRESSION:
1. Pathological fracture of L2 with convex posterior border and abnormal marrow replacing T1 signal throughout the vertebral body and left pedicle, consistent with metastasis.
2. No epidural disease.
3. Additional T1 hypointense lesions in L4 and S1, likely metastases.""", "excluded", "", "", "unspecified"),

R("XR", "XR Chest", """CHEST
Clinical details: Motorbike collision at speed. Chest pain.
Fractures of the right 3rd to 6th ribs. Small right haemothorax. Fracture of the T5 vertebral body on the lateral view with anterior wedging.
Conclusion: Multiple right rib fractures, haemothorax and T5 fracture. CT recommended.""", "excluded", "", "", "acute"),

R("NM", "NM Whole body bone scan", """WHOLE BODY BONE SCAN
Indication: Breast cancer, bone pain.
Findings: Multiple foci of intense uptake in the spine, pelvis and ribs typical of widespread skeletal metastases. Corresponding collapse of T10 on recent CT, in keeping with pathological fracture.
Conclusion: Widespread skeletal metastases.""", "excluded", "", "", "unspecified", sex="F"),

R("CT", "CT Chest Abdomen Pelvis with contrast", """CT CHEST/ABDOMEN/PELVIS WITH CONTRAST
HISTORY: Metastatic breast cancer on chemotherapy.
COMPARISON: 3 months ago.
FINDINGS: Interval collapse of the T11 vertebral body which is now replaced by a lytic metastasis with a small paravertebral soft tissue component. Other lytic lesions in the iliac bones are unchanged. Liver metastases slightly smaller.
IMPRESSION: Mixed response. New pathological collapse of T11.""", "excluded", "", "", "acute", sex="F"),

R("XR", "XR Thoracolumbar spine", """TL spine
Hx: fell off roof (approx 4 m) while clearing gutters.
Wedge fracture of L2, approx 30%. Further assessment with CT advised.""", "excluded", "", "", "unspecified"),

R("CT", "CT Thoracic spine", """CT THORACIC SPINE
Clinical details: Fall from standing, upper back pain.
Findings: Undisplaced fractures of the T1 and T2 spinous processes. Vertebral body heights maintained throughout the thoracic spine. Normal alignment.
Opinion: T1 and T2 spinous process fractures only. No vertebral body fracture.""", "excluded", "", "", "unspecified"),

R("CT", "CT Lumbar spine", """CT L-SPINE
HISTORY: Restrained passenger, head-on MVC. Abdominal seatbelt sign.
FINDINGS: Horizontal fracture through the L2 vertebral body extending through the pedicles and spinous process (Chance-type flexion-distraction injury). Mild kyphosis at L2. Small mesenteric haematoma.
IMPRESSION: L2 Chance fracture. Surgical consultation.""", "excluded", "", "", "acute"),

R("CT", "CT Lumbar spine", """CT LUMBAR SPINE
Indication: Fall in garden, left sided LBP.
Findings: Undisplaced fracture of the left L3 transverse process. Lumbar vertebral body heights maintained. Schmorl's nodes at L1 and L2 superior endplates.
Opinion: Left L3 transverse process fracture.""", "excluded", "", "", "unspecified"),

R("MR", "MR Thoracic spine", """MRI THORACIC AND LUMBAR SPINE
Clinical details: New diagnosis of multiple myeloma, back pain.
Findings: Diffuse myelomatous infiltration of the marrow. Multiple compression fractures from T8 to T12 in keeping with myeloma-related fractures, the worst at T10 (approx 40%). No cord compression.
Conclusion: Myeloma bone disease with multilevel vertebral fractures T8-T12.""", "excluded", "", "", "unspecified"),

R("XR", "XR Lumbar spine", """Lumbar spine
Clinical details: 58, lifting injury, LBP ?#
An undisplaced fracture through the right L4 pars interarticularis is suspected on the oblique view; the vertebral bodies are of normal height and alignment is normal.
Opinion: Right L4 pars fracture. CT could confirm.""", "excluded", "", "", "unspecified", age=58),

R("CT", "CT Chest Abdomen Pelvis with contrast", """Indication: Known lymphoma, back pain.
CT CAP: Bulky retroperitoneal lymphadenopathy encasing the aorta. Soft tissue infiltrating the L1 vertebral body with loss of height (approximately 35%) and destruction of the anterior cortex, in keeping with lymphomatous involvement and pathological fracture.
Impression: Progressive lymphoma with L1 involvement and pathological fracture.""", "excluded", "", "", "unspecified"),
]

NFD = [
R("CT", "CT Chest Abdomen Pelvis with contrast", """CT CAP
Clinical details: Iron deficiency anaemia.
Findings: No colonic mass. No lymphadenopathy. Lungs clear.
Bones: Schmorl's nodes at T11 to L2. Vertebral body heights otherwise maintained. No destructive lesion.
Conclusion: No malignancy. Incidental Schmorl's nodes.""", "non_fracture_deformity", "", "", "unspecified"),

R("XR", "XR Thoracic spine", """THORACIC SPINE
Clinical details: Long standing kyphosis.
Anterior wedging of T7 to T9 with irregular endplates and multiple Schmorl's nodes, in keeping with old Scheuermann's disease. No acute fracture.
Opinion: Scheuermann's disease.""", "non_fracture_deformity", "", "", "unspecified"),

R("XR", "XR Lumbar spine", """XR LUMBAR SPINE
HISTORY: LBP, fall? Concern for fracture.
FINDINGS: Small triangular ossific fragment at the anterosuperior corner of L4 with well-corticated margins, consistent with a limbus vertebra, a developmental variant. No acute fracture. Vertebral body heights maintained.
IMPRESSION: L4 limbus vertebra. No fracture.""", "non_fracture_deformity", "", "", "unspecified"),

R("XR", "XR Thoracic spine", """Thoracic spine
Mild anterior wedging of T6-T8 with large anterior osteophytes and disc space narrowing, in keeping with degenerative remodelling / spondylosis rather than fracture.""", "non_fracture_deformity", "", "", "unspecified"),

R("CT", "CT Chest with contrast", """CT CHEST WITH CONTRAST
Indication: Staging oesophageal cancer.
Findings: Mural thickening of the distal oesophagus, 4 cm length. Two small paraoesophageal nodes. No lung metastases.
Incidental butterfly vertebra at T10 - congenital, not a fracture.
Impression: Distal oesophageal tumour with locoregional nodes. No distant metastases.""", "non_fracture_deformity", "", "", "unspecified"),

R("XR", "XR Cervical spine", """CERVICAL SPINE
Clinical details: Neck stiffness.
Congenital block vertebra C5-C6 with a rudimentary disc and a characteristic wasp-waist appearance. Degenerative change at C6/7 with disc space narrowing. Normal alignment.""", "non_fracture_deformity", "", "", "unspecified"),

R("XR", "XR Thoracolumbar spine", """XR SCOLIOSIS SERIES
Hx: Curvature
Findings: Right T12 hemivertebra with a mild congenital scoliosis convex to the right. Otherwise normal vertebral body heights.
Impression: Congenital T12 hemivertebra.""", "non_fracture_deformity", "", "", "unspecified"),

R("DXA", "DXA with VFA", """DXA and VFA
Lumbar spine L1-L4 T-score -1.2. Femoral neck T-score -1.6.
VFA: Slightly reduced height of T12 relative to adjacent vertebrae, uniform and without endplate deformity, in keeping with a short vertebral height normal variant. Not a fracture. No vertebral fractures identified T4-L4.
Conclusion: Osteopenia. No vertebral fracture.""", "non_fracture_deformity", "", "", "unspecified"),

R("XR", "XR Lumbar spine", """lumbar spine. minor wedge configuration of T12 and L1 is likely developmental. no fracture seen. mild facet OA lower lumbar.""", "non_fracture_deformity", "", "", "unspecified"),

R("CT", "CT Abdomen Pelvis with contrast", """CT ABDOMEN PELVIS
Clinical details: Right iliac fossa pain.
Findings: Normal appendix. No free fluid. Ovaries unremarkable.
Bones: Depression of the L2 superior endplate.
Conclusion:
1. No acute abdominal pathology.
2. L2 endplate fracture.

ADDENDUM: Having reviewed prior imaging from 2019, the L2 endplate depression is a large Schmorl's node and is unchanged. It is not a fracture. Please disregard conclusion point 2.""", "non_fracture_deformity", "", "", "unspecified", sex="F"),

R("MR", "MR Lumbar spine", """MRI LUMBAR SPINE
Indication: Acute LBP. ?osteoporotic #
Technique: Sag T1/T2/STIR, axial T2.
Findings: Schmorl's node at the L1 superior endplate with surrounding marrow oedema on STIR, in keeping with an acute Schmorl's node. Vertebral body heights are preserved - this is not a compression fracture. L4/5 disc bulge.
Conclusion: Acute L1 Schmorl's node. No vertebral fracture.""", "non_fracture_deformity", "", "", "unspecified"),

R("CT", "CT Abdomen", """CT ABDOMEN WITHOUT CONTRAST
INDICATION: Abdominal pain.
FINDINGS: No acute abnormality. Cupid's bow contour of the L4 and L5 inferior endplates, a normal variant.
IMPRESSION: No acute abdominal process.""", "non_fracture_deformity", "", "", "unspecified"),

R("XR", "XR Lumbar spine", """LUMBAR SPINE
Clinical: chronic LBP
Advanced disc degeneration at L4/5 with endplate sclerosis and mild loss of vertebral height anteriorly at L4 attributable to degenerative remodelling. No fracture. Grade 1 degenerative anterolisthesis L4/5.""", "non_fracture_deformity", "", "", "unspecified"),

R("XR", "XR Chest", """CXR
Clinical details: Cough.
Lungs clear. Normal heart size. Thoracic kyphosis with mild wedging of several mid-thoracic vertebrae and multiple Schmorl's nodes, consistent with Scheuermann's. No acute abnormality.""", "non_fracture_deformity", "", "", "unspecified"),

R("DXA", "DXA with VFA", """VFA
The apparent deformities at T8 and T9 represent Schmorl's nodes (non-fracture deformity). No vertebral fracture identified.
BMD: Lumbar spine T-score -2.1, total hip T-score -1.7. Osteopenia.""", "non_fracture_deformity", "", "", "unspecified"),

R("CT", "CT Chest without contrast", """CT CHEST
Report: No focal lung lesion. No lymphadenopathy. No vertebral fracture. Schmorl's node at T12.""", "non_fracture_deformity", "", "", "unspecified"),

R("XR", "XR Thoracolumbar spine", """XR THORACOLUMBAR JUNCTION
Clinical information: ?wedge fracture on CXR.
Findings: Mild wedge shape of T11 and T12, symmetrical with smooth intact endplates - physiological thoracolumbar wedging, a normal variant. No fracture.
Conclusion: Normal variant. No fracture.""", "non_fracture_deformity", "", "", "unspecified"),

R("XR", "XR Lumbar spine", """EXAM: LUMBAR SPINE
CLINICAL: 52M, fell playing football, LBP. ?fx
FINDINGS: Limbus vertebra at the anterosuperior corner of L3; this is a developmental variant and should not be mistaken for a fracture. Vertebral heights normal. No fracture.
IMPRESSION: No fracture. L3 limbus vertebra.""", "non_fracture_deformity", "", "", "unspecified", sex="M", age=52),

R("CT", "CT Chest Abdomen Pelvis with contrast", """CT CAP
Findings: Unremarkable chest, abdomen and pelvis.
Spine: Anterior vertebral body remodelling adjacent to bulky bridging osteophytes at T9-T10 gives a pseudo-wedged appearance; there is no fracture. Features of DISH.
Impression: No acute abnormality. DISH.""", "non_fracture_deformity", "", "", "unspecified"),

R("MR", "MR Thoracic spine", """MRI THORACIC SPINE
Indication: Thoracic pain, ?wedge fracture on x-ray.
Sequences: sagittal T1, T2, STIR; axial T2.
Findings: Mild anterior wedging of T7 and T8 with undulating endplates and multiple Schmorl's nodes, no marrow oedema - appearances of Scheuermann's disease. No fracture. Normal cord.
Conclusion: Scheuermann's disease. No vertebral fracture.""", "non_fracture_deformity", "", "", "unspecified"),
]
