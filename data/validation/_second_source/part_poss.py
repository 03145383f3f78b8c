# possible_fracture reports
from common import R

POSS = [
R("XR", "XR Chest", """CHEST PA AND LATERAL
Clinical details: Breathlessness.
Heart and mediastinum normal. Lungs clear. No effusion.
Possible mild wedge compression of T8 on the lateral view; a fracture cannot be excluded. Dedicated thoracic spine radiograph suggested if clinically relevant.""", "possible_fracture", "T8", "mild", "unspecified"),

R("XR", "XR Lumbar spine", """XR lumbar spine
? Subtle superior endplate fracture L1. Suggest dedicated coned lateral view. Otherwise normal alignment and vertebral heights. Mild L4/5 spondylosis.""", "possible_fracture", "L1", "", "unspecified"),

R("XR", "XR Thoracic spine", """THORACIC SPINE
History: Back pain, osteopenia on DXA.
Findings: Equivocal loss of height at T12 - this may represent a mild compression fracture or a normal variant short vertebra. No other abnormality.
Conclusion: Equivocal T12. Correlate with point tenderness; MRI if management would change.""", "possible_fracture", "T12", "mild", "unspecified"),

R("XR", "XR Lumbar spine", """EXAM: XR LUMBAR SPINE 2 VIEWS
HISTORY: 79F, LBP x 1 week, no trauma.
FINDINGS: Apparent mild height loss of the L2 superior endplate, suspicious for acute compression fracture. No prior for comparison. Degenerative changes L4-S1.
IMPRESSION: Findings suspicious for acute L2 compression fracture. MRI recommended for confirmation.""", "possible_fracture", "L2", "mild", "acute", sex="F", age=79),

R("CT", "CT Chest with contrast", """CT THORAX
Indication: Persistent cough, ex-smoker.
Findings: No mass or lymphadenopathy. Mild emphysema.
Slight anterior wedging of T7 may be positional/degenerative or may represent a mild wedge fracture.
Opinion: No malignancy. Indeterminate slight wedging of T7.""", "possible_fracture", "T7", "mild", "unspecified"),

R("XR", "XR Lumbar spine", """Clinical: Fall from standing, L-spine pain.
AP and lateral lumbar spine: no definite fracture is seen. Given the history and osteopenia, a compression fracture at L1 cannot be excluded. MRI would be helpful if symptoms persist.""", "possible_fracture", "L1", "", "unspecified"),

R("XR", "XR Chest", """Chest
Clinical details: Pneumonia follow up.
Resolution of the previously noted right basal consolidation. Query mild loss of height of the T11 vertebral body on the lateral film.
Opinion: Resolved consolidation. ?T11 compression.""", "possible_fracture", "T11", "mild", "unspecified"),

R("DXA", "DXA with VFA", """DXA WITH VFA
Lumbar spine L1-L4 T-score -2.0, femoral neck T-score -2.4.
VFA: Indeterminate deformity at T6, Genant grade 1 fracture versus normal variant; image quality limited in the upper thoracic spine. Suggest lateral thoracic spine radiograph.
Conclusion: Osteopenia. Indeterminate T6 appearance on VFA.""", "possible_fracture", "T6", "mild", "unspecified"),

R("MR", "MR Lumbar spine", """MRI LUMBAR SPINE
Indication: Back pain for 6 weeks, worse on standing.
Technique: Sag T1, T2, STIR; axial T2.
Findings: Faint STIR hyperintensity along the superior endplate of L3 without loss of height. This could represent an early/occult insufficiency fracture or a type 1 degenerative endplate change given the adjacent L2/3 disc degeneration.
L2/3: disc bulge, no stenosis.
Conclusion: Possible occult L3 endplate fracture versus Modic 1 change. Follow-up MRI in 6 weeks may help.""", "possible_fracture", "L3", "", "unspecified"),

R("XR", "XR Chest", """Portable AP chest.
Lines and tubes: right IJ line tip at cavoatrial junction.
Lungs: bibasal atelectasis.
Possible compression deformity at the thoracolumbar junction, poorly visualised on this projection.""", "possible_fracture", "", "", "unspecified"),

R("XR", "XR Thoracic spine", """T spine
Osteopenic. ?crush fracture T9 - the lateral is rotated and the appearances are not conclusive. Repeat lateral advised.""", "possible_fracture", "T9", "", "unspecified"),

R("CT", "CT Abdomen Pelvis with contrast", """CT ABDOMEN AND PELVIS
Clinical details: Post op day 5 anterior resection, ?leak
Findings: Small volume of free fluid in the pelvis, no collection, no extraluminal gas to suggest leak. Anastomosis intact.
Bones: Schmorl's nodes at several lumbar levels. Possible mild fracture of the T10 superior endplate (partially imaged).
Opinion: No anastomotic leak. Possible T10 endplate fracture.""", "possible_fracture", "T10", "mild", "unspecified"),

R("CT", "CT Chest Abdomen Pelvis with contrast", """CT CAP
Clinical: Known metastatic renal cell carcinoma. Restaging.
Findings: Enlarging lytic metastasis in the L4 vertebral body with pathological collapse, now 50% height loss, and soft tissue extending into the left neural foramen. Stable pulmonary metastases.
In addition there is a mild anterior wedge of T7 with normal bone texture - possibly an osteoporotic fracture rather than a metastasis, although an MRI would be needed to be certain.
Impression: Progressive L4 metastasis with pathological collapse. Possible osteoporotic T7 wedge fracture.""", "possible_fracture", "T7", "mild", "unspecified"),

R("XR", "XR Lumbar spine", """XR L SPINE
FINDINGS: Probable compression fracture of L1 with mild anterior height loss; no prior studies. Degenerative disc disease L3-S1.
IMPRESSION: Probable mild L1 compression fracture of indeterminate age. Consider MRI if clinically indicated.""", "possible_fracture", "L1", "mild", "unspecified"),

R("XR", "XR Lumbar spine", """LUMBAR SPINE
Apparent loss of height of L2 on the lateral view. This may be due to projection / obliquity rather than a true fracture. Repeat true lateral recommended.""", "possible_fracture", "L2", "", "unspecified"),

R("XR", "XR Thoracic spine", """EXAM: THORACIC SPINE 2V
INDICATION: Mid back pain
IMPRESSION: Findings suspicious for a mild T12 compression fracture, age indeterminate. Correlate with point tenderness. Otherwise no acute osseous abnormality.""", "possible_fracture", "T12", "mild", "unspecified"),

R("CT", "CT Chest without contrast", """CT chest non-contrast.
History: Lung cancer screening.
Lungs: Few 3 mm solid nodules, benign. LungRADS 2.
Bones: Subtle concavity of the T6 superior endplate; a mild fracture at T-6 cannot be entirely excluded. No aggressive bone lesion.""", "possible_fracture", "T6", "mild", "unspecified"),

R("XR", "XR Chest", """CXR
Comparison with 2025.
No acute cardiopulmonary abnormality.
Questionable new deformity of T11, which may be a compression fracture.
Suggest thoracic spine radiographs.""", "possible_fracture", "T11", "", "unspecified"),

R("XR", "XR Lumbar spine", """XR LUMBAR SPINE
Clinical details: LBP. Osteoporosis.
Findings: Compression fracture of L1 with mild loss of height. Degenerative changes L4/5.
Conclusion: L1 compression fracture.

ADDENDUM: Reviewed with prior radiographs from 2018 at the request of the referrer. The L1 vertebral body had a similar mild wedge shape in 2018, which may be a chronic developmental configuration. A fracture is therefore not confirmed; the appearance is equivocal. MRI would clarify if needed.""", "possible_fracture", "L1", "mild", "unspecified"),

R("NM", "NM Whole body bone scan", """BONE SCAN (Tc-99m MDP)
Indication: Back pain, raised ALP.
Findings: Focal moderately increased uptake at T11. This could represent an osteoporotic fracture or degenerative change; correlation with radiographs is recommended. No pattern to suggest metastatic disease. Degenerative uptake at the knees.
Conclusion: Non-specific T11 uptake - ?fracture.""", "possible_fracture", "T11", "", "unspecified"),

R("CT", "CT Abdomen", """CT abdomen
Minor irregularity of the superior endplate of L2 ?acute fracture ?old - no previous imaging for comparison.
Otherwise normal abdominal CT. No cause for the abdominal pain identified.""", "possible_fracture", "L2", "", "unspecified"),

R("XR", "XR Thoracic spine", """DORSAL SPINE
Clinical details: Kyphosis, back ache
? wedging of D11 and D12. Not clearly demonstrated due to overlying ribs and osteopenia. Consider MRI.""", "possible_fracture", "T11;T12", "", "unspecified"),

R("CT", "CT Abdomen Pelvis with contrast", """CT A/P
IMPRESSION:
1. Acute uncomplicated appendicitis.
2. Likely mild compression deformity versus Schmorl's node at the T12 superior endplate; clinical correlation recommended.""", "possible_fracture", "T12", "mild", "unspecified"),

R("XR", "XR Chest", """Clinical details: Fever
Findings: Lungs clear. Heart normal. The thoracic vertebrae are not well seen but there is possible loss of height in the mid thoracic spine.
Conclusion: No consolidation.""", "possible_fracture", "", "", "unspecified"),

R("MR", "MR Lumbar spine", """MR LUMBAR SPINE
Indication: Sciatica R leg.
Findings: L5/S1 right paracentral disc extrusion compressing the right S1 nerve root. 
Equivocal oedema at the L4 superior endplate on STIR which may represent an evolving insufficiency fracture; no height loss currently.
Impression: 1. L5/S1 disc extrusion. 2. Equivocal L4 endplate oedema - ?early insufficiency fracture.""", "possible_fracture", "L4", "", "unspecified"),

R("XR", "XR Lumbar spine", """lumbar spine - subtle wedging of L1, ? fracture. no previous. otherwise nad.""", "possible_fracture", "L1", "", "unspecified"),

R("XR", "XR Thoracic spine", """XR THORACIC SPINE
Clinical details: ?fracture
Report: Suspected osteoporotic fracture of T8 - please correlate clinically. Remaining vertebral heights are maintained.""", "possible_fracture", "T8", "", "unspecified"),

R("CT", "CT Lumbar spine", """CT LUMBAR SPINE
Indication: Fall, elderly, LBP.
Findings: Lumbar vertebral body heights are maintained L1-L4. At L5 there is a subtle lucent line in the anterior vertebral body; cannot exclude an undisplaced fracture at L5. SI joints intact.
Conclusion: Possible undisplaced L5 vertebral body fracture. MRI if clinical concern.""", "possible_fracture", "L5", "", "unspecified"),

R("XR", "XR Chest", """CHEST PA + LAT
COMPARISON: 05/2024.
FINDINGS: Lungs clear. No effusion. Possible interval slight loss of height of T9 compared with 2024.
IMPRESSION: No acute disease. Possible new mild T9 compression deformity; recommend dedicated thoracic spine radiograph.""", "possible_fracture", "T9", "mild", "unspecified"),

R("CT", "CT Chest Abdomen Pelvis with contrast", """CT CHEST ABDOMEN PELVIS
History: Unexplained anaemia. ?malignancy
Findings: No mass lesion. No lymphadenopathy. 
Spine: ? early compression L3 - minor endplate concavity only, may be developmental.
Conclusion: No malignancy seen. ?early L3 compression.""", "possible_fracture", "L3", "", "unspecified"),
]
