# Held-out validation reports whose gold finding is `excluded` or
# `non_fracture_deformity`.
from common import R

E = "excluded"
N = "non_fracture_deformity"

# ---------------------------------------------------------------- excluded
R(34, "M", "CT", "CT Trauma Whole Body", """
CT TRAUMA (head to pelvis)
Clinical details: RTC, driver, high speed, airbag deployed.
Findings: No intracranial injury. Small right pneumothorax. Burst fracture of L1 with 4 mm retropulsion of a posterior fragment and 30% loss of height. Posterior elements intact. No other spinal fracture. No solid organ injury.
Conclusion: L1 burst fracture. Small right pneumothorax. Spinal team informed.
""", E)

R(61, "M", "XR", "XR Thoracolumbar Spine", """
Clinical details: Fell approximately 3 m from a ladder while clearing gutters. Back pain.
Findings: Wedge compression fracture of T12 with about 25-30% loss of anterior height. No malalignment.
Conclusion: T12 compression fracture following a fall from a ladder. CT recommended to assess the posterior elements.
""", E)

R(72, "F", "MRI", "MRI Whole Spine", """
MRI whole spine
Clinical details: Known multiple myeloma. New back pain.
Findings: Diffuse heterogeneous marrow signal with multiple focal lesions throughout the spine. Pathological collapse of T9 with 50% loss of height and minor posterior bulging, no cord compression. Further lesions at T4, L2 and L4 without collapse.
Conclusion: Myelomatous infiltration with pathological T9 collapse.
""", E)

R(58, "F", "CT", "CT Chest Abdomen Pelvis with contrast", """
CT CAP
Clinical: Metastatic breast cancer, restaging.
Findings: Progression of liver metastases. Multiple sclerotic and lytic bone metastases. Pathological fracture of L3 with an associated soft tissue mass extending into the right neural foramen. The cord is not compressed.
Impression: Progressive hepatic and osseous metastatic disease with pathological L3 fracture.
""", E)

R(46, "M", "CT", "CT Abdomen Pelvis with contrast", """
CT abdomen pelvis (trauma)
Mechanism: kicked by a cow, left flank.
Findings: Fractures of the left L2 and L3 transverse processes. The vertebral bodies are intact. Small left perirenal haematoma, no renal laceration.
Conclusion: Left L2 and L3 transverse process fractures. Minor left renal injury.
""", E)

R(23, "M", "CT", "CT Lumbar Spine", """
CT lumbar spine
Clinical details: Fast bowler, low back pain.
Findings: Bilateral L5 pars interarticularis fractures with sclerotic margins. No spondylolisthesis. Vertebral bodies and discs normal.
Conclusion: Bilateral L5 pars fractures (spondylolysis).
""", E)

R(55, "M", "XR", "XR Cervicothoracic Spine", """
Clinical: Sudden pain between the shoulder blades while shovelling soil.
Findings: Avulsion fracture of the T1 spinous process. The vertebral bodies are of normal height and alignment.
""", E)

R(67, "M", "CT", "CT Thoracolumbar Spine", """
CT T/L spine
History: Fall from a roof (approx 4 m).
Findings: Compression fracture of L2 involving the anterior column only, with 20% loss of height. Fracture of the right L2 transverse process. Alignment preserved.
Opinion: L2 compression fracture and L2 transverse process fracture after a fall from height.
""", E)

R(19, "M", "CT", "CT Cervical Spine", """
CT C-spine
Clinical: Diving into a shallow pool, neck pain.
Findings: Flexion teardrop fracture of C5 with mild retrolisthesis. No prevertebral haematoma beyond expected. MRI recommended.
""", E)

R(74, "M", "MRI", "MRI Thoracic Spine with contrast", """
MRI thoracic spine with contrast
Clinical details: Fever, back pain, raised CRP. IV drug use history.
Findings: Discitis/osteomyelitis at T10/11 with enhancing paravertebral phlegmon and collapse of the T11 vertebral body due to infection. Small ventral epidural collection without cord compression.
Conclusion: T10/11 spondylodiscitis with infective T11 collapse.
""", E)

R(66, "F", "XR", "XR Thoracic Spine", """
Thoracic spine: Collapse of T7 due to an underlying lytic lesion, in keeping with metastasis given the history of renal cell carcinoma. Loss of the left pedicle ('winking owl').
""", E)

R(29, "F", "CT", "CT Trauma Whole Body", """
INDICATION: MVC, restrained passenger, rollover at highway speed.
FINDINGS:
SPINE: Compression fracture of T6 with approximately 20% anterior height loss. No retropulsion. Posterior ligamentous complex intact on CT.
CHEST: Bilateral pulmonary contusions. No pneumothorax.
ABDOMEN: No solid organ injury.
IMPRESSION: T6 compression fracture and pulmonary contusions following high-speed MVC.
""", E)

R(52, "M", "XR", "XR Lumbar Spine", """
Clinical details: Fall from scaffolding, approximately 5 metres.
Findings: Wedge fracture of L1 with 30% loss of anterior height.
Conclusion: L1 wedge fracture - high energy injury. CT to assess posterior column.
""", E)

R(41, "M", "CT", "CT Trauma Whole Body", """
CT trauma series. Motorcyclist versus car (RTC), thrown from bike.
Findings: Compression fractures of T4 and T5. Right clavicle fracture. Left sided rib fractures 3-6. Small left haemothorax.
Conclusion: T4 and T5 compression fractures, right clavicle and left rib fractures after RTC.
""", E)

R(76, "F", "XR", "XR Thoracolumbar Spine", """
Skeletal survey (myeloma).
Multiple lytic lesions of the skull, humeri and pelvis. Vertebra plana of T10 and pathological compression fracture of L2 secondary to myeloma.
""", E)

R(81, "M", "CT", "CT Abdomen Pelvis with contrast", """
CT abdomen pelvis
Clinical details: Metastatic prostate cancer.
Findings: Diffuse sclerotic bone metastases. Pathological fracture of L2 through a sclerotic metastasis with 30% height loss. Bilateral hydronephrosis from bladder base tumour.
Conclusion: Widespread sclerotic metastases with a pathological L2 fracture.
""", E)

R(83, "F", "XR", "XR Lumbar Spine", """
Clinical details: Fall at home. Left flank pain.
Findings: There is a fracture of the left L1 transverse process. The vertebral body heights are maintained. No other fracture.
Conclusion: Isolated left L1 transverse process fracture; no vertebral body fracture.
""", E)

R(37, "F", "CT", "CT Thoracic Spine", """
CT THORACIC SPINE
HISTORY: Horse rider thrown at speed, high-energy mechanism. Back pain.
FINDINGS: Undisplaced fracture of the left T8 lamina. No vertebral body fracture. Alignment is normal.
""", E)

R(63, "M", "MRI", "MRI Whole Spine with contrast", """
MRI whole spine - suspected MSCC
Clinical: Lung carcinoma, new leg weakness.
Findings: Metastatic deposit in T6 with pathological collapse and epidural extension causing cord compression at T6. Further deposits at T2 and L3 without collapse.
Conclusion: Metastatic spinal cord compression at T6 with pathological T6 collapse. Oncology team informed.
""", E)

R(27, "F", "CT", "CT Trauma Whole Body", """
Pedestrian struck by a car at approximately 40 mph.
Chance fracture of L2 extending through the vertebral body and posterior elements. Small bowel mesenteric haematoma.
""", E)

R(48, "M", "XR", "XR Thoracolumbar Spine", """
Fall from first floor balcony.
Wedge compression fracture of T12 with 40% anterior height loss. Calcaneal fractures on separate films.
""", E)

R(70, "F", "CT", "CT Chest with contrast", """
CT CHEST
Findings: Right upper lobe mass with mediastinal lymphadenopathy. Lytic destructive lesion of the T3 vertebral body with pathological fracture and paravertebral soft tissue. Consistent with a tumour deposit.
Opinion: Right upper lobe carcinoma with mediastinal nodal disease and a T3 pathological fracture.
""", E)

# ------------------------------------------------------ non-fracture deformity
R(54, "M", "XR", "XR Lumbar Spine", """
Lumbar spine: Schmorl's nodes at L1, L2 and L3. Vertebral body heights are otherwise normal. No fracture.
""", N)

R(58, "M", "XR", "XR Thoracic Spine", """
Thoracic spine
Findings: Mild anterior wedging of T7 to T9 with endplate irregularity and multiple Schmorl's nodes, in keeping with Scheuermann's disease. Increased kyphosis. No fracture.
Conclusion: Scheuermann's disease.
""", N)

R(47, "F", "XR", "XR Lumbar Spine", """
XR lumbar spine
Limbus vertebra at the anterosuperior corner of L4. Normal alignment. No fracture.
""", N)

R(62, "F", "CT", "CT Chest with contrast", """
CT thorax
No mass or nodule. Butterfly vertebra at T8, a congenital anomaly. No vertebral fracture.
""", N)

R(51, "F", "XR", "XR Thoracolumbar Spine", """
Clinical details: Scoliosis review.
Findings: Right hemivertebra at T10 with a focal congenital scoliosis. The remaining vertebral bodies are normal in height. No fracture.
""", N)

R(66, "M", "XR", "XR Cervical Spine", """
Cervical spine: Congenital block vertebra at C5/6 with a rudimentary disc. Degenerative change at C6/7. No fracture.
""", N)

R(75, "F", "XR", "XR Lumbar Spine", """
Findings: Degenerative endplate remodelling at L2 with mild anterior wedging and large anterior osteophytes; the appearance is degenerative rather than a fracture. Disc space narrowing L2/3.
Conclusion: Degenerative changes. No fracture.
""", N)

R(69, "M", "XR", "XR Thoracic Spine", """
Thoracic spine: Mild anterior wedging of T11 and T12, physiological at the thoracolumbar junction. No fracture.
""", N)

R(60, "F", "XR", "XR Lumbar Spine", """
Lumbar spine
The L5 vertebral body is slightly short in height compared with L4, a normal variant. No fracture. No spondylolisthesis.
""", N)

R(56, "M", "MRI", "MRI Lumbar Spine", """
MRI lumbar spine
Large Schmorl's node in the superior endplate of L2; this is not a fracture. Disc degeneration at L4/5 with a broad-based disc bulge.
""", N)

R(71, "F", "XR", "XR Lumbar Spine", """
XR Lumbar Spine
Findings: Compression fracture of L1.

ADDENDUM: On review, the L1 appearance is due to a large Schmorl's node. There is no fracture.
""", N)

R(64, "F", "DXA", "DXA with VFA", """
DXA with VFA
Spine T-score -1.4, femoral neck T-score -1.7 (osteopenia).
VFA: No vertebral fractures. Scheuermann-type endplate changes at T8-T10.
""", N)

R(79, "M", "CT", "CT Chest with contrast", """
CT CHEST
Bones: Degenerative wedging of T6 to T8 with bridging anterior osteophytes. No fracture.
Lungs: Clear.
""", N)

R(52, "M", "XR", "XR Lumbar Spine", """
LUMBAR SPINE. LIMBUS VERTEBRA L3. OTHERWISE NORMAL. NO FRACTURE.
""", N)

R(57, "F", "XR", "XR Thoracic Spine", """
Thoracic spine: Congenital block vertebra of T3 and T4. No fracture. Normal alignment.
""", N)

R(73, "F", "XR", "XR Chest", """
Chest: Clear lungs. Schmorl's nodes in the lower thoracic spine on the lateral view. No vertebral collapse.
""", N)

R(50, "M", "XR", "XR Lumbar Spine", """
Butterfly vertebra at L1. No fracture. Normal alignment.
""", N)

R(55, "M", "XR", "XR Thoracic Spine", """
INDICATION: Kyphosis.
FINDINGS: Wedging of three contiguous mid thoracic vertebral bodies with Schmorl's nodes and endplate irregularity.
IMPRESSION: Findings consistent with Scheuermann's kyphosis. No fracture.
""", N)

R(68, "F", "CT", "CT KUB", """
CT KUB: No calculus. Schmorl's nodes at multiple lumbar levels. Degenerative change at L5/S1.
""", N)

R(63, "M", "MRI", "MRI Lumbar Spine", """
MRI lumbar spine
Degenerative endplate changes (Modic type 2) at L4/5 with degenerative remodelling and concavity of the L5 superior endplate. No fracture. Moderate left foraminal stenosis at L4/5.
""", N)

R(59, "F", "XR", "XR Thoracolumbar Spine", """
Physiological wedging at the thoracolumbar junction. No fracture. No spondylolisthesis.
""", N)

R(48, "F", "MRI", "MRI Thoracic Spine", """
MRI thoracic spine
Left hemivertebra at T6 with mild focal scoliosis. No cord tethering. Normal cord signal.
""", N)

R(61, "M", "XR", "XR Lumbar Spine", """
Schmorl's node at L3 and a limbus vertebra at L4. Vertebral heights otherwise preserved.
""", N)

R(78, "M", "CT", "CT Abdomen Pelvis with contrast", """
CT abdomen pelvis
Findings: Normal appendix. Incidental old Scheuermann's disease with wedging of T10-T12 and Schmorl's nodes. No fracture.
""", N)

R(67, "F", "XR", "XR Cervical Spine", """
C-spine: Block vertebra C2/3, congenital. Mild degenerative change C5/6. Prevertebral soft tissues normal.
""", N)

R(82, "F", "XR", "XR Thoracic Spine", """
Clinical details: ?wedge fracture.
Findings: Mild anterior wedging of T8 with anterior osteophytes and disc space narrowing, in keeping with degenerative wedging rather than a fracture.
Conclusion: Degenerative wedging T8. No fracture.
""", N)

R(54, "F", "DXA", "DXA with VFA", """
Lumbar spine L1-L4 T-score -0.8. Femoral neck T-score -1.2. Normal BMD.
VFA: Schmorl's nodes at T11 and T12. No vertebral fracture.
""", N)
