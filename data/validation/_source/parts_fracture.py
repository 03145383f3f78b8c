# Held-out validation reports whose gold finding is `fracture`.
# Each text written individually; labels per docs/LABELLING.md.
from common import R

F = "fracture"

R(78, "F", "XR", "XR Thoracic Spine", """
Clinical details: Fell at home from standing. Thoracic back pain.
Findings: There is a wedge compression fracture of T8 with approximately 30% loss of anterior height. No comparison imaging is available. The remaining vertebral body heights are maintained. Alignment is normal. The bones appear osteopenic.
Conclusion: T8 wedge fracture, moderate. Age indeterminate in the absence of prior imaging.
""", F, "T8", "moderate", "unspecified")

R(82, "F", "XR", "XR Lumbar Spine", """
CLINICAL DETAILS: Low back pain for 3 weeks after lifting a shopping bag. Osteoporosis.
REPORT: Compared with the radiograph of last year there is a new compression fracture of L2 with around 35% height loss anteriorly. The previously noted mild wedging of L1 is unchanged. Degenerative disc disease L4/5 and L5/S1 with facet joint arthropathy.
OPINION: New L2 compression fracture (moderate). Stable mild L1 wedge fracture.
""", F, "L1;L2", "moderate", "acute")

R(74, "M", "XR", "XR Chest", """
Chest radiograph PA
Indication: Productive cough and fever.
Findings: Patchy consolidation in the right lower zone in keeping with infection. Heart size is normal. No pleural effusion. No pneumothorax.
Incidental note is made of a wedge compression fracture of a mid thoracic vertebra.
Impression: Right lower zone pneumonia. Mid thoracic vertebral wedge fracture - consider osteoporosis assessment.
""", F, "", "", "unspecified")

R(69, "F", "CT", "CT Chest Abdomen Pelvis with contrast", """
INDICATION: Staging of sigmoid carcinoma.
TECHNIQUE: CT chest, abdomen and pelvis with IV contrast in the portal venous phase.
COMPARISON: None.
FINDINGS:
Chest: No pulmonary nodules. No mediastinal or hilar lymphadenopathy.
Abdomen/pelvis: 3.5 cm annular mass in the sigmoid colon with adjacent fat stranding. Two small mesocolic nodes. Liver, spleen, pancreas and adrenals unremarkable. Kidneys normal.
Bones: Moderate anterior wedge compression deformity of T12 without associated soft tissue mass or destructive lesion, osteoporotic in appearance. No suspicious osseous lesion.
IMPRESSION:
1. Sigmoid carcinoma, T3 N1 on CT. No distant metastatic disease.
2. Moderate T12 compression deformity, osteoporotic in appearance.
""", F, "T12", "moderate", "unspecified")

R(71, "F", "MRI", "MRI Whole Spine", """
Clinical details: Sudden onset thoracolumbar pain while bending to pick up a grandchild. Osteoporosis on DXA.
Technique: Sagittal T1, T2 and STIR of the whole spine; axial T2 through the thoracolumbar junction.
Findings: Acute compression fracture of L1 with bone marrow oedema on STIR and approximately 30% loss of height. No retropulsion. Wedge fracture of T11 with no marrow oedema, consistent with an old injury. The conus terminates normally at L1. No cord compression. L4/5 disc bulge with mild narrowing of the lateral recesses.
Conclusion: Acute osteoporotic L1 compression fracture. Old T11 wedge fracture.
""", F, "T11;L1", "moderate", "acute")

R(68, "F", "DXA", "DXA Lumbar Spine and Hip with VFA", """
DXA scan: lumbar spine and left hip with vertebral fracture assessment (VFA).
Lumbar spine L1-L4: BMD 0.781 g/cm2, T-score -2.9, Z-score -1.6.
Left femoral neck: T-score -2.4. Total hip: T-score -2.0.
VFA: Genant grade 2 (moderate) wedge fracture at T7. Genant grade 1 fracture at T9. The other vertebrae from T4 to L4 are of normal shape.
Conclusion: Osteoporosis at the lumbar spine, with vertebral fractures at T7 and T9. Referral to the Fracture Liaison Service is recommended.
""", F, "T7;T9", "moderate", "unspecified")

R(85, "F", "XR", "XR Lumbar Spine", """
Old T12 compression fracture. No new fracture seen. Diffuse osteopenia.
""", F, "T12", "", "chronic")

R(80, "M", "XR", "XR Thoracic Spine", """
XR THORACIC SPINE AP AND LATERAL
CLINICAL HISTORY: KYPHOSIS, BACK PAIN
FINDINGS: THERE ARE WEDGE FRACTURES OF T6, T7 AND T8 WITH INCREASED THORACIC KYPHOSIS. THE T7 FRACTURE IS THE MOST MARKED WITH MORE THAN 50% LOSS OF ANTERIOR HEIGHT. NO PREVIOUS IMAGING FOR COMPARISON.
CONCLUSION: MULTILEVEL MID THORACIC WEDGE FRACTURES, SEVERE AT T7.
""", F, "T6;T7;T8", "severe", "unspecified")

R(58, "M", "CT", "CT KUB", """
CT KUB
History: Left loin pain, ?renal colic.
Findings: 4 mm calculus at the left vesicoureteric junction with mild upstream hydroureteronephrosis and perinephric stranding. No right sided calculi. Bladder collapsed.
Incidental: there is a compression fracture of the L1 vertebral body with minor loss of height and no retropulsion.
Comment: Obstructing left VUJ calculus. Incidental L1 compression fracture ?osteoporotic - suggest bone health assessment.
""", F, "L1", "mild", "unspecified")

R(77, "F", "CT", "CT Pulmonary Angiogram", """
CTPA
Clinical details: Pleuritic chest pain, raised D-dimer.
Findings: Good opacification of the pulmonary arteries. No pulmonary embolus. Small bilateral pleural effusions with adjacent atelectasis. Heart size normal. No pericardial effusion.
There is a biconcave deformity of T9 which was present on the CT of 2023 and is unchanged.
Conclusion: No PE. Chronic T9 vertebral fracture, unchanged since 2023.
""", F, "T9", "", "chronic")

R(66, "F", "XR", "XR Lumbar Spine", """
EXAM: XR LUMBAR SPINE 3 VIEWS
INDICATION: Fall from standing height onto buttocks 2 days ago. Pain.
COMPARISON: None.
FINDINGS: Acute-appearing superior endplate fracture of L3 with approximately 20% height loss. No retropulsion is evident. Posterior elements appear intact. Mild multilevel degenerative disc disease.
IMPRESSION: L3 superior endplate compression fracture, acute-appearing, after a low-energy fall.
""", F, "L3", "mild", "acute")

R(73, "M", "MRI", "MRI Lumbar Spine", """
MRI LUMBAR SPINE
Indication: Back pain. ?fracture on plain film.
Findings: There is bone marrow oedema on STIR in the T12 vertebral body with a superior endplate fracture and minor loss of height. The L2 wedge deformity shows no oedema, consistent with an old fracture. L4/5 broad based disc bulge with moderate canal stenosis. Conus ends at L1/2.
Impression:
1. Acute T12 superior endplate fracture.
2. Old L2 wedge fracture.
3. L4/5 canal stenosis.
""", F, "T12;L2", "mild", "acute")

R(81, "F", "XR", "XR Thoracic Spine", """
Lateral thoracic spine: Crush fracture D12 with approx 50% loss of height. The appearance suggests an old injury. Osteopenia. No other abnormality.
""", F, "T12", "severe", "chronic")

R(79, "F", "XR", "XR Lumbar Spine", """
Clinical: Back pain, worse over the past few months.
Findings: The first lumbar vertebral body shows a wedge deformity with loss of about one third of its anterior height. Other lumbar vertebral bodies are of normal height. Disc spaces preserved.
Conclusion: Wedge fracture of the first lumbar vertebra.
""", F, "L1", "moderate", "unspecified")

R(84, "M", "CT", "CT Abdomen Pelvis with contrast", """
CT abdomen and pelvis
Clinical details: Right iliac fossa pain, raised inflammatory markers.
Findings: The appendix is normal. Sigmoid diverticulosis without diverticulitis. No collection. Liver and gallbladder normal.
The twelfth thoracic vertebra is reduced in height by approximately 50%, consistent with a compression fracture. This is new since the CT of 2022.
Conclusion: No acute intra-abdominal pathology to explain the pain. New T12 compression fracture.
""", F, "T12", "severe", "acute")

R(88, "F", "XR", "XR Thoracolumbar Spine", """
Findings: Compression fractures at T11-L1, the T12 fracture being the most marked (Genant grade 3). Background osteopenia. Normal alignment.
Conclusion: Osteoporotic compression fractures T11 to L1.
""", F, "T11;T12;L1", "severe", "unspecified")

R(76, "F", "XR", "XR Chest PA and Lateral", """
EXAM: CHEST PA AND LATERAL
INDICATION: Shortness of breath.
FINDINGS: The lungs are clear. No pleural effusion or pneumothorax. Cardiomediastinal silhouette is within normal limits. The lateral view demonstrates wedging of the T7 to T9 vertebral bodies with exaggerated kyphosis.
IMPRESSION:
1. No acute cardiopulmonary process.
2. Wedge compression fractures T7 to T9.
""", F, "T7;T8;T9", "", "unspecified")

R(83, "F", "XR", "XR Lumbar Spine", """
XR thoracolumbar spine. Comparison made with previous radiograph from 2024.
No change in the known L1 compression fracture. No new fracture. Degenerative changes in the lower lumbar spine.
""", F, "L1", "", "chronic")

R(86, "M", "CT", "CT Chest with contrast", """
CT chest (follow-up of pulmonary nodule)
The 6 mm right upper lobe nodule is unchanged in size since the previous examination. No new nodules. No lymphadenopathy.
Bones: No new fracture; the old T12 wedge fracture is unchanged. No destructive lesion.
Conclusion: Stable RUL nodule. Old T12 wedge fracture.
""", F, "T12", "", "chronic")

R(72, "F", "XR", "XR Lumbar Spine", """
Lumbar spine 2 views.
No fracture of L1 to L3. There is a wedge fracture of L4 with mild anterior height loss. Disc space narrowing at L5/S1 with facet arthropathy.
""", F, "L4", "mild", "unspecified")

R(91, "F", "XR", "XR Thoracic Spine", """
Thoracic spine: vertebra plana at T10. Generalised osteopenia. Further moderate wedge fracture of T8. No paraspinal soft tissue abnormality.
""", F, "T8;T10", "severe", "unspecified")

R(87, "F", "XR", "XR Lumbar Spine", """
Lumbar spine: Diffuse osteopenia with biconcave 'codfish' deformities of L2, L3 and L4, consistent with osteoporotic fractures. Alignment maintained.
""", F, "L2;L3;L4", "", "unspecified")

R(75, "M", "CT", "CT Chest with contrast", """
CT THORAX
Indication: Haemoptysis, ex-smoker.
Findings: No endobronchial lesion. No lung mass. Mild centrilobular emphysema, upper lobe predominant. No lymphadenopathy. No pleural effusion.
Mild fracture deformity of the T6 vertebral body, presumed osteoporotic.
Opinion: No cause for haemoptysis identified; bronchoscopy as planned. Mild T6 fracture deformity.
""", F, "T6", "mild", "unspecified")

R(64, "F", "CT", "CT Abdomen Pelvis with contrast", """
Osteoporotic-like fracture of L1 with 30% compression. No involvement of the posterior elements. Otherwise unremarkable CT abdomen and pelvis; no cause for the reported weight loss.
""", F, "L1", "moderate", "unspecified")

R(70, "F", "XR", "XR Thoracic Spine", """
XR T spine
Findings: Deformity of the T11 vertebral body with loss of anterior height. No prior imaging. Remaining thoracic vertebrae are normal in height. Paravertebral lines normal.
Conclusion: T11 anterior wedge deformity.
""", F, "T11", "", "unspecified")

R(67, "F", "XR", "XR Lumbar Spine", """
XR Lumbar Spine
Findings: Normal alignment. Vertebral body heights are maintained. Mild facet joint arthropathy at L4/5 and L5/S1.
Conclusion: No fracture.

ADDENDUM: On review of the lateral view there is a subtle superior endplate fracture of L1 with mild loss of height. The conclusion above is amended accordingly.
""", F, "L1", "mild", "unspecified")

R(74, "M", "CT", "CT Chest Abdomen Pelvis with contrast", """
CT CAP
Clinical details: Lymphoma, end of treatment assessment.
Findings: Complete resolution of the previously seen mediastinal and para-aortic lymphadenopathy. Spleen normal in size. No new lesion.
Impression: Complete radiological response.

Addendum (MDT review): A moderate compression fracture of T9 is present which is new compared with the 2023 staging CT. No features of lymphomatous involvement of the vertebra. Please consider bone protection.
""", F, "T9", "moderate", "acute")

R(80, "F", "DXA", "DXA with VFA", """
Bone densitometry with lateral VFA.
Lumbar spine (L1-L4) T-score -3.1. Femoral neck T-score -2.8.
VFA: Grade 3 fracture at T12, grade 2 fracture at L1 and grade 1 fracture at T8.
Impression: Osteoporosis with multiple vertebral fractures (T8, T12, L1).
""", F, "T8;T12;L1", "severe", "unspecified")

R(89, "F", "XR", "XR Lumbar Spine", """
Clinical details: Mechanical fall from standing at her care home. Lower back pain, unable to mobilise.
Findings: Acute compression fracture of L2 with approximately 45% loss of anterior height. Minor retropulsion of the posterosuperior corner is suspected; CT would better assess this. No other fracture.
Conclusion: Acute L2 compression fracture following a low-energy fall.
""", F, "L2", "severe", "acute")

R(77, "F", "XR", "XR Thoracic Spine", """
t12 wedge fracture, appears old, no other abnormality
""", F, "T12", "", "chronic")

R(62, "M", "CT", "CT Chest Abdomen Pelvis with contrast", """
INDICATION: Melanoma, surveillance.
TECHNIQUE: Contrast-enhanced CT of the chest, abdomen, and pelvis.
COMPARISON: CT from 6 months prior.
FINDINGS: No pulmonary nodules. No lymphadenopathy. Liver, spleen and adrenal glands are unremarkable. Chronic mild compression deformity of L1, unchanged. No suspicious osseous lesions.
IMPRESSION:
1. No evidence of metastatic disease.
2. Chronic mild compression deformity of L1, unchanged.
""", F, "L1", "mild", "chronic")

R(79, "F", "XR", "XR Thoracic Spine", """
Clincal details: pain after coughing fit
Findings: their is a wedge fractuer of T9 with moderate height loss, no other abnormalty seen
Conclusion: T9 wedge fracture
""", F, "T9", "moderate", "unspecified")

R(65, "F", "MRI", "MRI Lumbar Spine", """
MRI lumbar spine. Sagittal T1, T2 and STIR, axial T2.
There is T1 hypointense and STIR hyperintense signal within the L3 vertebral body with a horizontal band and mild superior endplate depression, consistent with an acute osteoporotic fracture. No features to suggest an underlying lesion. No posterior element involvement. Normal T2 signal in the conus. Disc desiccation L4/5 and L5/S1.
Conclusion: Acute osteoporotic L3 fracture.
""", F, "L3", "mild", "acute")

R(83, "F", "XR", "XR Chest", """
Chest X-ray: Cardiomegaly with upper lobe venous diversion and small bilateral effusions, in keeping with cardiac failure. Incidental: anterior wedging of a lower thoracic vertebra.
""", F, "", "", "unspecified")

R(71, "M", "CT", "CT KUB", """
CT KUB
Clinical details: Haematuria, ?stone.
Findings: No urinary tract calculi. No hydronephrosis. Prostate enlarged.
There is a new partial collapse of the L1 vertebral body compared with the 2021 CT, with no lytic or sclerotic lesion.
Conclusion: No renal tract calculus. New L1 vertebral collapse, likely osteoporotic; bone health review advised.
""", F, "L1", "", "acute")

R(84, "F", "XR", "XR Thoracolumbar Spine", """
Compression fracture at the thoracolumbar junction. Osteopenic bones. Degenerative change lower lumbar spine.
""", F, "", "", "unspecified")

R(60, "F", "CT", "CT Abdomen Pelvis with contrast", """
INDICATION: Crohn's disease, abdominal pain.
FINDINGS:
BOWEL: Mural thickening and hyperenhancement of 10 cm of terminal ileum without stricture or collection.
SOLID ORGANS: Unremarkable.
MUSCULOSKELETAL: Mild (grade 1) compression deformity of T11 is again seen.
IMPRESSION: Active terminal ileal Crohn's disease. No complication.
""", F, "T11", "mild", "chronic")

R(90, "F", "XR", "XR Lumbar Spine", """
XR lumbar spine AP/lateral
Reduced height of the L4 vertebral body by approximately 30% compared with the adjacent levels, in keeping with a compression fracture. Degenerative spondylolisthesis L4/5 (grade 1). Vascular calcification.
""", F, "L4", "moderate", "unspecified")

R(78, "F", "MRI", "MRI Thoracic Spine", """
MRI thoracic spine
Clinical details: Kyphosis and mid thoracic pain.
Findings: Established wedge fractures at T4, T5 and T6 with no marrow oedema. No cord signal abnormality. No canal compromise.
Conclusion: Established upper/mid thoracic wedge fractures; no acute fracture.
""", F, "T4;T5;T6", "", "chronic")

R(73, "M", "CT", "CT Chest Abdomen Pelvis with contrast", """
CT CAP (prostate cancer, rising PSA)
Findings: Small sclerotic metastasis in the L2 vertebral body with no collapse. Separate osteoporotic wedge fracture of T10, unchanged from the previous CT. No lymphadenopathy. No visceral metastases.
Impression: Solitary L2 sclerotic bone metastasis. Unchanged T10 osteoporotic wedge fracture.
""", F, "T10", "", "chronic")

R(76, "M", "XR", "XR Thoracic Spine", """
Healed fracture of the T8 vertebral body with mild wedging. Thoracic alignment otherwise normal. No destructive lesion.
""", F, "T8", "mild", "chronic")

R(70, "F", "CT", "CT Abdomen Pelvis with contrast", """
Findings: Uncomplicated acute cholecystitis with gallbladder wall thickening and pericholecystic fluid. Common bile duct not dilated.
Inferior endplate depression of T12, consistent with a fracture of mild degree.
Conclusion: Acute cholecystitis. Mild T12 fracture.
""", F, "T12", "mild", "unspecified")

R(82, "F", "XR", "XR Lumbar Spine", """
Findings: Approximately 60% loss of height of the L1 vertebral body with anterior wedging. Mild retrolisthesis L2 on L3. Osteopenic.
Comment: Severe L1 wedge compression fracture.
""", F, "L1", "severe", "unspecified")

R(75, "F", "XR", "XR Thoracolumbar Spine", """
Clinical details: Ongoing back pain, osteoporosis on treatment.
Report: There are compression fractures of T12 (moderate) and L2 (mild). New compared with the 2024 radiograph is the L2 fracture. The T12 fracture is unchanged.
Opinion: New mild L2 compression fracture despite treatment. Unchanged moderate T12 fracture.
""", F, "T12;L2", "moderate", "acute")

R(92, "F", "XR", "XR Chest", """
Frontal and lateral chest: Kyphosis with several wedge compression fractures in the mid and lower thoracic spine. Lungs clear. Unfolded aorta.
""", F, "", "", "unspecified")

R(68, "M", "CT", "CT Pulmonary Angiogram", """
CTPA
Indication: Breathlessness, tachycardia.
Findings: Filling defects in the right lower lobe segmental arteries in keeping with pulmonary emboli. RV:LV ratio less than 1. No infarct. Incidental: mild L1 vertebral compression fracture.
Conclusion:
1. Right lower lobe segmental PE without right heart strain.
2. Mild L1 compression fracture.
""", F, "L1", "mild", "unspecified")

R(73, "F", "DXA", "DXA with VFA", """
Vertebral fracture assessment: there is a grade 2 deformity at L1 and a grade 2 deformity at T12, consistent with osteoporotic fractures. Lumbar spine T-score -2.2 (L1 excluded due to fracture), total hip T-score -2.6.
Conclusion: Osteoporosis. Vertebral fractures T12 and L1.
""", F, "T12;L1", "moderate", "unspecified")

R(95, "F", "XR", "XR Thoracolumbar Spine", """
Severe crush fractures T12 and L1, osteoporotic. No other abnormality of note.
""", F, "T12;L1", "severe", "unspecified")

R(81, "F", "MRI", "MRI Thoracic Spine", """
MRI T-spine
Findings: Fresh fracture of T10 with marrow oedema and a fracture line beneath the superior endplate. Approximately 30% height loss. No retropulsion. No cord compression.
Opinion: Recent T10 osteoporotic compression fracture.
""", F, "T10", "moderate", "acute")

R(77, "F", "CT", "CT Chest with contrast", """
CT chest for interstitial lung disease follow up.
Stable fibrotic NSIP pattern with lower lobe reticulation and traction bronchiectasis. No new consolidation. Compression fracture of T5 is again seen.
""", F, "T5", "", "chronic")

R(79, "M", "XR", "XR Thoracic Spine", """
No acute fracture. Chronic wedge fractures of T11 and T12. Degenerative change with anterior osteophytes through the thoracic spine.
""", F, "T11;T12", "", "chronic")

R(85, "F", "XR", "XR Lumbar Spine", """
Lumbar spine
Clinical details: Back pain, previous wrist fracture.
Findings: Osteoporotic collapse of L3. No comparison films available. The disc spaces are preserved. The SI joints are normal.
Opinion: L3 collapse, most in keeping with an osteoporotic fracture.
""", F, "L3", "", "unspecified")

R(72, "F", "XR", "XR Chest", """
PA chest.
Clinical details: Pre-operative, elective hip replacement.
The heart and lungs are normal. Vertebral compression fracture T11 (previously reported). No other bony abnormality.
""", F, "T11", "", "chronic")

R(67, "M", "CT", "CT Abdomen Pelvis with contrast", """
CT abdomen/pelvis
Indication: Abdominal aortic aneurysm surveillance.
Findings: Infrarenal abdominal aortic aneurysm measures 4.8 cm, previously 4.6 cm. No periaortic stranding. Longstanding wedge deformity of L2, consistent with an old fracture.
Conclusion: Slowly enlarging AAA, 4.8 cm. Old L2 wedge fracture.
""", F, "L2", "", "chronic")

R(87, "F", "DXA", "DXA with VFA", """
VFA: Genant grade 3 fracture at T8 (vertebra plana). Genant grade 1 fracture at T11. Remaining vertebrae normal.
Spine T-score not reported (multiple fractures). Femoral neck T-score -3.4.
""", F, "T8;T11", "severe", "unspecified")

R(76, "F", "XR", "XR Thoracic Spine", """
XR thoracic spine
Schmorl's nodes at L1 and L2 on the lateral view. Separately there is a wedge fracture of T12 with approximately one third loss of anterior vertebral height.
Conclusion: T12 wedge fracture. Incidental Schmorl's nodes.
""", F, "T12", "moderate", "unspecified")

R(80, "M", "CT", "CT Chest with contrast", """
CT chest
Clinical details: Fall from standing on to the right side. Chest wall pain.
Findings: Acute, minimally displaced fractures of the right 6th and 7th ribs. No pneumothorax. No haemothorax.
There is also an acute compression fracture of T7 with approximately 20% loss of height, not present on the CT of 2023.
Conclusion: Right 6th and 7th rib fractures. Acute T7 compression fracture.
""", F, "T7", "mild", "acute")

R(69, "F", "XR", "XR Lumbar Spine", """
Clinical details: Slipped on ice outside her house. Back pain. ?wedge fracture.
Findings: There is a wedge fracture of L1 with anterior height loss. Lumbar alignment is otherwise maintained.
Conclusion: L1 wedge fracture following a slip on ice (low-energy mechanism).
""", F, "L1", "", "unspecified")

R(74, "F", "XR", "XR Thoracic Spine", """
Thoracic spine: Wedge fracture of T8. Possible fracture of T10 also; this is less well seen. Consider MRI if it would alter management.
""", F, "T8;T10", "", "unspecified")

R(70, "F", "XR", "XR Lumbar Spine", """
XR Lumbar Spine
Findings: Five lumbar-type vertebrae. Compression fracture of L2 with moderate height loss. Degenerative disc disease L5/S1.

ADDENDUM: Correction - after recounting the levels from the thoracic spine radiograph, the compression fracture is at L1, not L2. L2 is of normal height.
""", F, "L1", "moderate", "unspecified")

R(78, "M", "XR", "XR Thoracic Spine", """
Clinical details: ?wedge fracture, thoracic pain following a cough.
Findings: Yes - there is a wedge compression fracture of T10. Height loss approximately 35%.
""", F, "T10", "moderate", "unspecified")

R(83, "F", "CT", "CT Chest Abdomen Pelvis with contrast", """
CT CAP
Findings: Loss of height of the T10 vertebral body with 3 mm retropulsion of the posterosuperior corner. No paraspinal soft tissue. Multiple simple renal cysts. Diverticular disease.
Conclusion: T10 vertebral compression fracture; no features of an underlying lesion.
""", F, "T10", "", "unspecified")

R(63, "F", "XR", "XR Lumbar Spine", """
LUMBAR SPINE
There is a mild compression fracture of the superior endplate of L5. No spondylolisthesis. Sacroiliac joints normal.
""", F, "L5", "mild", "unspecified")

R(86, "F", "XR", "XR Thoracic Spine", """
Thoracic spine: Multiple osteoporotic wedge fractures from T6 to T9, with severe loss of height at T8. Accentuated kyphosis.
""", F, "T6;T7;T8;T9", "severe", "unspecified")

R(71, "M", "MRI", "MRI Whole Spine", """
MRI whole spine (back pain, ?cause)
Sagittal STIR shows marrow oedema in the T6 and T7 vertebral bodies with superior endplate fractures and minor loss of height. Known old T12 fracture without oedema. No suspicious marrow lesion. No epidural collection.
Impression: Acute T6 and T7 osteoporotic fractures. Old T12 fracture.
""", F, "T6;T7;T12", "mild", "acute")

R(93, "F", "XR", "XR Chest", """
Chest AP (portable). Line tip in the SVC. Bibasal atelectasis. Osteopenia with collapse of a lower thoracic vertebral body.
""", F, "", "", "unspecified")

R(57, "F", "CT", "CT Abdomen Pelvis with contrast", """
CT abdomen pelvis.
Clinical: Long-term steroids for polymyalgia. Abdominal pain.
Findings: No acute abdominal pathology. There are compression fractures of L2 and L4 with moderate loss of height at L2 and mild loss at L4. No other bony abnormality.
Comment: No acute abdominal cause for pain. L2 and L4 compression fractures in keeping with steroid-induced osteoporosis.
""", F, "L2;L4", "moderate", "unspecified")

R(81, "M", "XR", "XR Thoracic Spine", """
FINDINGS: Biconcave deformity of T9 and T10 vertebral bodies, moderate. Degenerative osteophytes. Aortic calcification.
CONCLUSION: T9 and T10 biconcave fractures.
""", F, "T9;T10", "moderate", "unspecified")

R(75, "F", "CT", "CT Chest with contrast", """
INDICATION: Lung cancer screening follow-up.
FINDINGS: 4 mm solid nodule left lower lobe, stable. Coronary artery calcification. Compression deformity of T8, approximately 50% height loss, which was not present on the screening CT of one year ago.
IMPRESSION:
1. Lung-RADS 2.
2. Interval T8 compression fracture, severe, new since the prior study.
""", F, "T8", "severe", "acute")

R(88, "M", "XR", "XR Lumbar Spine", """
Lumbar spine: Generalised osteopenia. Compression fracture of the second lumbar vertebral body, unchanged from 2024. Severe degenerative disc disease L3/4, L4/5.
""", F, "L2", "", "chronic")

R(72, "F", "XR", "XR Thoracic Spine", """
Anterior wedging of T12 and L1 vertebral bodies (previously reported). No new vertebral fracture. Alignment satisfactory.
""", F, "T12;L1", "", "chronic")

R(66, "F", "MRI", "MRI Lumbar Spine", """
MRI LUMBAR SPINE
CLINICAL INFORMATION: Sciatica left leg.
FINDINGS: L4/5 left paracentral disc extrusion compressing the traversing left L5 nerve root. Incidental mild wedge compression fracture of L1 with no marrow oedema, likely longstanding. The conus is normal.
CONCLUSION: L4/5 disc extrusion compressing the left L5 root. Incidental old L1 wedge fracture.
""", F, "L1", "mild", "chronic")

R(84, "F", "XR", "XR Thoracolumbar Spine", """
Clinical details: ?vertebral fracture, severe back pain since fall at home yesterday.
Findings: Acute fracture of L1 with about 50% anterior height loss and a depressed superior endplate. T12 and L2 are normal.
Conclusion: Acute L1 fracture (fragility).
""", F, "L1", "severe", "acute")

R(76, "F", "DXA", "DXA with VFA", """
DXA and VFA
Lumbar spine T-score -1.9. Femoral neck T-score -2.1. Osteopenia.
Vertebral fracture assessment: mild (grade 1) wedge fracture of T12. No other fractures.
Comment: Osteopenia with a vertebral fracture; the vertebral fracture indicates high fracture risk irrespective of BMD.
""", F, "T12", "mild", "unspecified")

R(79, "F", "XR", "XR Thoracic Spine", """
REPORT: Severe wedge collapse of D8 with lesser wedging of D7 and D9. Marked kyphosis.
OPINION: Osteoporotic collapse D7-D9, most severe at D8.
""", F, "T7;T8;T9", "severe", "unspecified")

R(69, "M", "CT", "CT Chest Abdomen Pelvis with contrast", """
CT chest abdomen pelvis with contrast.
Indication: Weight loss.
Findings: No malignancy identified. No lymphadenopathy. Liver normal. There is a fracture deformity of the L3 vertebral body, with approximately 30% loss of height. The vertebra contains no lytic or sclerotic lesion.
Impression: No malignancy detected. L3 fracture deformity, osteoporotic appearance. Myeloma screen may be considered.
""", F, "L3", "moderate", "unspecified")

R(80, "F", "XR", "XR Lumbar Spine", """
There is a new compression fracture at L3 when compared with the radiograph of 2024. The L1 fracture is unchanged. Degenerative changes.
""", F, "L1;L3", "", "acute")

R(74, "F", "XR", "XR Chest", """
Chest X-ray
Clinical details: ?infection.
No focal consolidation. Heart not enlarged. Lateral view: biconcave deformity of a mid-thoracic vertebral body. No effusion.
Impression: Clear chest. Mid thoracic vertebral fracture.
""", F, "", "", "unspecified")

R(58, "M", "XR", "XR Thoracic Spine", """
Thoracic spine: Wedge fracture of the eleventh thoracic vertebra, approximately 30% anterior height reduction. Remaining vertebrae normal.
""", F, "T11", "moderate", "unspecified")

R(85, "F", "CT", "CT Head and Thoracic Spine", """
CT head and thoracic spine reconstructions (fall at home from standing, on anticoagulants)
CT head: No intracranial haemorrhage. Small vessel disease.
Thoracic spine: Acute compression fracture of T4 with mild loss of height. No posterior element fracture. Alignment maintained.
Conclusion: No intracranial injury. Acute T4 compression fracture.
""", F, "T4", "mild", "acute")

R(61, "F", "MRI", "MRI Lumbar Spine", """
MRI lumbar spine
Findings: Acute superior endplate fracture of L2 with marrow oedema. No underlying lesion. Disc desiccation at L5/S1. No nerve root compression.
Conclusion: Acute L2 endplate fracture.
""", F, "L2", "", "acute")

R(82, "F", "XR", "XR Lumbar Spine", """
L-spine: compression fractures of L1, L2, L3. L2 most severe. Osteopenia.
""", F, "L1;L2;L3", "severe", "unspecified")

R(77, "M", "CT", "CT Colonography", """
CT colonography
No colonic polyp or mass. Sigmoid diverticulosis. Extracolonic: 2 cm left renal cyst (Bosniak 1). Mild wedge deformity of T12 in keeping with an old osteoporotic fracture; no acute features.
""", F, "T12", "mild", "chronic")

R(68, "F", "XR", "XR Thoracic Spine", """
Clinical: Back pain.
Findings: Mild anterior wedge deformity of T7. No other vertebral abnormality. Normal alignment.
Opinion: Mild T7 wedge compression fracture.
""", F, "T7", "mild", "unspecified")

R(90, "M", "CT", "CT Chest with contrast", """
CT Chest. Indication: empyema follow up.
Reduction in size of the right pleural collection, drain in situ. Known T11 and T12 vertebral fractures are stable. No new fracture.
""", F, "T11;T12", "", "chronic")

R(73, "F", "XR", "XR Lumbar Spine", """
Lumbar spine radiographs.
Vertebral body heights maintained at T12, L2 and below. There is reduced height of the L1 vertebral body with a concave superior endplate, consistent with a compression fracture. Pedicles intact.
Conclusion: L1 compression fracture.
""", F, "L1", "", "unspecified")

R(86, "F", "MRI", "MRI Whole Spine", """
MRI spine.
T8 fracture with STIR hyperintensity and 35% loss of height. Further chronic T10 and L1 fractures without oedema. No pathological marrow infiltration.
""", F, "T8;T10;L1", "moderate", "acute")

R(70, "F", "XR", "XR Chest", """
CXR: Lungs clear. Incidental wedge fracture T9, seen on lateral view.
""", F, "T9", "", "unspecified")

R(78, "F", "XR", "XR Thoracolumbar Spine", """
THORACOLUMBAR SPINE
COMPARISON: NONE
FINDINGS: L1 VERTEBRA PLANA. MODERATE COMPRESSION FRACTURE T12. OSTEOPENIA. NO SUBLUXATION.
IMPRESSION: SEVERE L1 AND MODERATE T12 COMPRESSION FRACTURES.
""", F, "T12;L1", "severe", "unspecified")

R(62, "F", "CT", "CT KUB", """
CT KUB: No renal or ureteric calculi. Normal kidneys. Incidental superior endplate fracture of L4 with mild loss of height.
""", F, "L4", "mild", "unspecified")

R(81, "F", "XR", "XR Thoracic Spine", """
Opinion: Wedge fractures at T6 and T8 with normal T7 between. Osteoporotic pattern. Further assessment with DXA suggested.
""", F, "T6;T8", "", "unspecified")

R(75, "M", "MRI", "MRI Thoracic Spine", """
Clinical details: ?cord compression, leg weakness.
Findings: No cord compression. No cord signal abnormality. There is an acute T11 compression fracture with marrow oedema and mild height loss. No retropulsion.
Conclusion: No cord compression. Acute T11 compression fracture.
""", F, "T11", "mild", "acute")

R(67, "F", "XR", "XR Lumbar Spine", """
XR LUMBAR SPINE
Findings: Loss of disc height at L4/5 and L5/S1. Separately there is loss of height of the L2 vertebral body, in keeping with a compression fracture.
Conclusion: L2 compression fracture. Lower lumbar degenerative disc disease.
""", F, "L2", "", "unspecified")

R(99, "F", "XR", "XR Chest", """
AP chest. Bilateral pleural effusions. Severe osteoporotic wedge fracture of a mid thoracic vertebra. Old healed right rib fractures.
""", F, "", "severe", "unspecified")

R(76, "F", "CT", "CT Abdomen Pelvis with contrast", """
IMPRESSION:
1. No acute abdominal or pelvic abnormality.
2. Acute-on-chronic appearance at L1 with a new superior endplate fracture in an already wedged vertebra; the T12 compression fracture is old.
""", F, "T12;L1", "", "acute")

R(64, "M", "XR", "XR Thoracic Spine", """
Thoracic spine: mild wedging of T5 and T6 consistent with compression fractures, old appearance. No recent bony injury identified.
""", F, "T5;T6", "mild", "chronic")
