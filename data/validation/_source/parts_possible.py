# Held-out validation reports whose gold finding is `possible_fracture`.
from common import R

P = "possible_fracture"

R(74, "F", "XR", "XR Thoracic Spine", """
Thoracic spine
Findings: Possible mild wedging of T12; a fracture cannot be excluded on these views. The remaining vertebral bodies are of normal height.
Opinion: ?T12 wedge fracture. Suggest correlation with the site of pain.
""", P, "T12", "mild", "unspecified")

R(63, "M", "CT", "CT Abdomen Pelvis with contrast", """
INDICATION: Abdominal pain, ?diverticulitis.
FINDINGS: Sigmoid diverticulitis with a small pericolic phlegmon, no abscess or free gas.
Subtle loss of height of the L1 superior endplate, which may represent a mild compression fracture. No prior imaging for comparison.
IMPRESSION:
1. Uncomplicated sigmoid diverticulitis.
2. Possible mild L1 compression fracture.
""", P, "L1", "mild", "unspecified")

R(79, "F", "XR", "XR Chest PA and Lateral", """
Chest PA and lateral.
Clear lungs. Normal heart size. ?Wedge fracture in the mid thoracic spine on the lateral view - dedicated thoracic spine films are suggested.
""", P, "", "", "unspecified")

R(70, "F", "MRI", "MRI Thoracic Spine", """
MRI thoracic spine
Equivocal irregularity of the T11 superior endplate; a fracture is not excluded. No cord compression. Multilevel small disc bulges without neural compromise.
""", P, "T11", "", "unspecified")

R(81, "M", "CT", "CT Chest with contrast", """
CT CHEST
Clinical: COPD exacerbation, ?pneumonia.
Findings: Emphysema. Consolidation in the left lower lobe. Appearances at T8 are suspicious for a compression fracture, with slight anterior height reduction.
Conclusion: Left lower lobe pneumonia. Suspected T8 compression fracture.
""", P, "T8", "mild", "unspecified")

R(86, "F", "XR", "XR Thoracic Spine", """
Probable old wedge fracture of T6. No other abnormality.
""", P, "T6", "", "chronic")

R(72, "F", "XR", "XR Thoracic Spine", """
Thoracic spine AP and lateral
The T9 vertebral body appears reduced in height on the lateral view. Appearances could be due to a T9 fracture or projection. A repeat lateral view or CT is suggested.
""", P, "T9", "", "unspecified")

R(67, "F", "DXA", "DXA with VFA", """
DXA hip and spine with VFA
Lumbar spine L1-L4 T-score -2.3 (osteopenia). Left total hip T-score -1.8.
VFA: possible grade 1 deformity at T8, indeterminate. No definite vertebral fracture. Consider a dedicated lateral thoracic radiograph.
""", P, "T8", "mild", "unspecified")

R(77, "M", "CT", "CT KUB", """
CT KUB
No calculi. Normal kidneys and bladder.
Query compression fracture of L4 superior endplate - please correlate with clinical findings.
""", P, "L4", "", "unspecified")

R(61, "F", "XR", "XR Thoracic Spine", """
Findings: Slight anterior wedging of T7 and T8; mild fractures cannot be excluded, although this may be within normal limits. No comparison.
Conclusion: Possible mild T7 and T8 wedge fractures.
""", P, "T7;T8", "mild", "unspecified")

R(83, "F", "CT", "CT Abdomen Pelvis with contrast", """
CT abdomen and pelvis
Clinical details: Fall at home, abdominal and back pain.
Findings: No solid organ injury. No free fluid. Likely acute compression fracture of L1 with minor height loss; no retropulsion. Pelvis intact.
Conclusion: Probable acute L1 compression fracture. MRI would confirm.
""", P, "L1", "mild", "acute")

R(78, "F", "XR", "XR Lumbar Spine", """
Lumbar spine XR
Irregularity of the superior endplate of T12 suggestive of a recent fracture. L1-L5 normal.
""", P, "T12", "", "acute")

R(66, "M", "XR", "XR Thoracic Spine", """
EXAM: THORACIC SPINE 2 VIEWS
INDICATION: Mid back pain.
FINDINGS: Mild height loss of T10, possibly representing a compression fracture versus developmental variation. Alignment is normal.
IMPRESSION: Possible mild T10 compression fracture. Recommend correlation with point tenderness; MRI if clinically indicated.
""", P, "T10", "mild", "unspecified")

R(90, "F", "XR", "XR Chest", """
Possible collapse of a lower thoracic vertebral body. Heart size upper limit of normal. Lungs clear.
""", P, "", "", "unspecified")

R(59, "M", "CT", "CT KUB", """
? Fracture L3 superior endplate - correlate clinically. Otherwise normal CT KUB; no urolithiasis.
""", P, "L3", "", "unspecified")

R(75, "F", "MRI", "MRI Whole Spine", """
MRI whole spine
Clinical details: Back pain, osteoporosis.
Findings: Upper thoracic spine is partly obscured by artefact. Cannot exclude a fracture at T4; the vertebral body is poorly seen on this sequence. The remaining vertebral bodies are of normal height and signal.
Conclusion: Fracture at T4 not excluded; dedicated imaging of the upper thoracic spine recommended.
""", P, "T4", "", "unspecified")

R(71, "F", "XR", "XR Lumbar Spine", """
Clinical details: ?fracture.
Findings: A subtle cortical step at the anterosuperior corner of L2 is suspected, raising the possibility of a fracture. The other lumbar vertebrae are intact.
Conclusion: Possible L2 fracture.
""", P, "L2", "", "unspecified")

R(80, "F", "XR", "XR Thoracolumbar Spine", """
No definite fracture. Irregularity of the T12 superior endplate, ? tiny fracture. Degenerative changes in the lumbar spine.
""", P, "T12", "", "unspecified")

R(76, "M", "XR", "XR Lumbar Spine", """
XR Lumbar Spine
Findings: Compression fracture of L1.

Addendum: On review with the previous imaging, the L1 appearance is uncertain; this may represent a fracture or a developmental variant. MRI is recommended to clarify.
""", P, "L1", "", "unspecified")

R(73, "F", "CT", "CT Chest Abdomen Pelvis with contrast", """
CT CAP (ovarian cancer follow-up)
No recurrent disease. Possible mild wedge compression of T7 and T8, new since 2024.
""", P, "T7;T8", "mild", "acute")

R(69, "M", "CT", "CT Chest with contrast", """
INDICATION: Persistent cough.
FINDINGS: No mass or consolidation. Bronchial wall thickening. Possible mild anterior wedging of a mid thoracic vertebra.
IMPRESSION: Bronchial wall thickening, possibly reflecting small airways disease. Possible mild mid thoracic vertebral compression.
""", P, "", "mild", "unspecified")

R(82, "F", "DXA", "DXA with VFA", """
VFA: image quality is limited in the upper thoracic spine; possible grade 2 fracture at T6. Vertebrae T8 to L4 normal.
DXA: Femoral neck T-score -2.6. Spine T-score -2.0.
""", P, "T6", "moderate", "unspecified")

R(68, "F", "MRI", "MRI Lumbar Spine", """
MRI lumbar spine
Appearances are suspicious for an insufficiency fracture of the L4 vertebral body. No nerve root compression. Facet arthropathy L4/5 and L5/S1.
""", P, "L4", "", "unspecified")

R(57, "M", "CT", "CT Abdomen Pelvis with contrast", """
CT abdomen/pelvis: Normal appendix. L2: possible endplate fracture versus Schmorl's node.
""", P, "L2", "", "unspecified")

R(84, "F", "XR", "XR Thoracic Spine", """
?COMPRESSION # T12. CT ADVISED.
""", P, "T12", "", "unspecified")

R(79, "M", "XR", "XR Thoracic Spine", """
Report: Alignment normal. Query collapse of D11. Paraspinal lines normal.
Comment: Query D11 collapse - CT or MRI if this would alter management.
""", P, "T11", "", "unspecified")

R(65, "F", "XR", "XR Lumbar Spine", """
FINDINGS: Equivocal loss of height of L5 when compared with L4. Disc spaces are preserved.
IMPRESSION: Equivocal L5 compression fracture.
""", P, "L5", "", "unspecified")

R(88, "F", "XR", "XR Thoracolumbar Spine", """
Probable compression fractures at T11 and T12, age uncertain. Generalised osteopenia.
""", P, "T11;T12", "", "unspecified")

R(74, "F", "CT", "CT Pulmonary Angiogram", """
CTPA: No pulmonary embolism. Right basal atelectasis. Anterior concavity of the T9 and T10 vertebral bodies may represent osteoporotic fractures.
""", P, "T9;T10", "", "unspecified")

R(70, "M", "MRI", "MRI Lumbar Spine", """
MRI LUMBAR SPINE WITHOUT CONTRAST
INDICATION: Low back pain after lifting.
FINDINGS: There is edema in the L3 vertebral body beneath the superior endplate without definite height loss. Findings are concerning for an acute compression fracture. Discs: mild L4-5 disc bulge.
IMPRESSION: Findings concerning for acute L3 compression fracture.
""", P, "L3", "", "acute")

R(77, "F", "XR", "XR Chest", """
CXR: Lungs clear. Fracture of T8 is not excluded on the lateral view; recommend a dedicated thoracic spine radiograph if there is back pain.
""", P, "T8", "", "unspecified")

R(81, "F", "XR", "XR Lumbar Spine", """
Lumbar spine: Possible new fracture of L1 compared with 2024, with slight additional loss of height. MRI would clarify.
""", P, "L1", "mild", "acute")

R(62, "F", "XR", "XR Thoracic Spine", """
Thoracic spine: Subtle wedging of T5 - ?osteoporotic wedge fracture. Otherwise normal.
""", P, "T5", "", "unspecified")

R(85, "M", "CT", "CT Chest Abdomen Pelvis with contrast", """
CT chest, abdomen and pelvis
Clinical details: Anaemia, weight loss.
Findings: No mass. Mild splenomegaly. Reduced height of L2 suggesting a compression fracture; no lytic lesion identified.
Impression: Probable L2 compression fracture. No malignancy identified.
""", P, "L2", "", "unspecified")
