# Fracture reports (gold_finding = fracture)
# R(modality, exam_name, text, finding, levels, severity, acuity, sex=None, age=None)
from common import R

FX = [
R("CT", "CT Chest Abdomen Pelvis with contrast", """CT CHEST, ABDOMEN AND PELVIS WITH CONTRAST
Clinical details: Weight loss, raised CRP. ?occult malignancy.
Technique: Portal venous phase from thoracic inlet to symphysis pubis.
Comparison: None available.
Findings:
No mediastinal, hilar or axillary lymphadenopathy. Lungs are clear. No pleural effusion.
Liver, spleen, pancreas, adrenals and kidneys are unremarkable. No free fluid or collection.
Bones: Anterior wedging of T8 with approximately 35% loss of anterior vertebral body height. No destructive bone lesion.
Conclusion:
1. No CT evidence of malignancy.
2. T8 wedge deformity, likely osteoporotic.""", "fracture", "T8", "moderate", "unspecified"),

R("XR", "XR Chest", """EXAM: XR CHEST 2 VIEWS
HISTORY: Cough x 3 weeks.
COMPARISON: 01/14/2024.
FINDINGS: Heart size is normal. Lungs are clear. No pleural effusion or pneumothorax.
Interval development of a moderate compression deformity of a lower thoracic vertebral body, likely T11, not present on the prior exam.
IMPRESSION:
1. No acute cardiopulmonary process.
2. New moderate compression deformity of a lower thoracic vertebral body (likely T11) since 01/2024. Correlate for point tenderness.""", "fracture", "T11", "moderate", "acute"),

R("MR", "MR Lumbar spine", """MRI LUMBAR SPINE
Indication: Sudden onset low back pain after lifting shopping. Known osteopenia.
Sequences: Sag T1, T2, STIR; axial T2.
Findings: There is an acute compression fracture of L1 with marrow oedema on STIR and approximately 30% loss of height centrally. No retropulsion. The remaining vertebral bodies show normal marrow signal.
L4/5: broad-based disc bulge with mild bilateral lateral recess narrowing. L5/S1: normal.
Conclusion: Acute osteoporotic-type L1 compression fracture without retropulsion. L4/5 degenerative change.""", "fracture", "L1", "moderate", "acute"),

R("XR", "XR Chest", """Chronic cough ?infection
PA and lateral chest. Lungs clear, no consolidaton. Heart not enlarged. No effusion.
Incidental note of wedge compresion of a mid thoracic vertebra on the lateral view, age indeterminate.""", "fracture", "", "", "unspecified"),

R("DXA", "DXA with VFA", """DXA BONE DENSITOMETRY WITH VERTEBRAL FRACTURE ASSESSMENT
Indication: Postmenopausal, long-term prednisolone for PMR.
Results:
Lumbar spine L1-L4: BMD 0.812 g/cm2, T-score -2.6, Z-score -1.4.
Left femoral neck: T-score -2.1. Total hip: T-score -1.8.
VFA: Genant grade 2 (moderate) wedge fracture at T12. Grade 1 deformity at L1. T4 to L4 otherwise adequately visualised and normal.
Conclusion: Osteoporosis at the lumbar spine. Prevalent vertebral fractures at T12 and L1 (Genant 2 and 1). Bone protection recommended.""", "fracture", "T12;L1", "moderate", "unspecified", sex="F"),

R("CT", "CT Abdomen Pelvis without contrast", """CT ABDOMEN AND PELVIS WITHOUT CONTRAST
REASON FOR EXAM: Right flank pain, r/o stone
TECHNIQUE: Noncontrast helical CT of the abdomen and pelvis.
FINDINGS:
Kidneys: 4 mm calculus at the right UVJ with mild right hydroureteronephrosis. No left hydronephrosis.
Liver, spleen, pancreas unremarkable. Appendix normal.
MUSCULOSKELETAL: Chronic appearing compression deformities of L2 and L3 with approximately 45% height loss at L2 and mild height loss at L3. Multilevel degenerative disc disease.
IMPRESSION:
1. 4 mm obstructing right UVJ calculus with mild hydronephrosis.
2. Chronic L2 and L3 compression deformities.""", "fracture", "L2;L3", "severe", "chronic"),

R("XR", "XR Lumbar spine", """XR LUMBAR SPINE
Clinical: Known L1 fracture. Follow up. Still sore.
Comparison is made with the radiograph of 3 months ago.
No change in the known L1 wedge fracture, no further height loss. Alignment is maintained. Remaining vertebral body heights are preserved. Degenerative changes at L4/5 and L5/S1.
Opinion: Stable L1 fracture.""", "fracture", "L1", "", "chronic"),

R("CT", "CT Pulmonary Angiogram", """CTA CHEST (PE PROTOCOL)
INDICATION: SOB, tachycardia, elevated D-dimer.
TECHNIQUE: Contrast enhanced CT angiogram of the chest.
COMPARISON: CT chest 03/2023.
FINDINGS: No pulmonary embolism to the segmental level. Heart size normal. Small bilateral pleural effusions with adjacent atelectasis.
Osseous structures: Mild biconcave deformity of T9 and mild anterior wedging of T10, both new compared with 2023.
IMPRESSION:
1. No pulmonary embolism.
2. New mild T9 and T10 compression fractures since 03/2023.""", "fracture", "T9;T10", "mild", "acute"),

R("XR", "XR Thoracic spine", """Clinical details: Fall at home, back pain. ?#
X-ray dorsal spine AP and lateral.
There is a wedge fracture of D12 with approximately 50% anterior height loss. The posterior wall appears intact. Generalised osteopenia. No other fracture seen.
Opinion: D12 wedge fracture, appearances in keeping with an osteoporotic fracture. The age of the injury cannot be determined radiographically; MRI if timing would alter management.""", "fracture", "T12", "severe", "unspecified"),

R("XR", "XR Thoracic spine", """THORACIC SPINE, TWO VIEWS
History: Kyphosis, back pain for 2 months.
Report: There is loss of height of the twelfth thoracic vertebral body, estimated at about one third of its anterior height. The other thoracic vertebral bodies are of normal height. Mild degenerative change in the mid thoracic spine.
Conclusion: Compression fracture of the twelfth thoracic vertebra.""", "fracture", "T12", "moderate", "unspecified"),

R("XR", "XR Chest", """CHEST X-RAY PA AND LATERAL
Clinical details: Pre-op, elective right TKR.
Heart size normal. Lungs clear. No effusion.
Lateral view: vertebra plana at T7, old - unchanged compared with the chest film of 2019.
Comment: No active chest disease. Old T7 vertebral collapse.""", "fracture", "T7", "severe", "chronic"),

R("CT", "CT Thoracic and Lumbar spine", """CT T AND L SPINE WITHOUT CONTRAST
History: 81 y/o, chronic back pain, osteoporosis on alendronate.
Comparison: 2024.
Findings: Chronic compression fractures T11-L1, not significantly changed. No new fracture. No retropulsion. Facet arthropathy lower lumbar spine, with grade 1 anterolisthesis L4 on L5.
Impression: Chronic T11 through L1 compression fractures, stable. No acute osseous abnormality.""", "fracture", "T11;T12;L1", "", "chronic", age=81),

R("XR", "XR Thoracic spine", """XR T-SPINE
HX: worsening kyphosis, ?osteoporosis
FINDINGS: Wedge deformities T7 to T9 with increased thoracic kyphosis. Diffuse osteopenia. Pedicles intact.
IMPRESSION: Multilevel mid thoracic wedge compression deformities (T7-T9), age indeterminate. Recommend DXA if not already performed.""", "fracture", "T7;T8;T9", "", "unspecified"),

R("XR", "XR Thoracic spine", """Thoracic spine
Clinical details: Height loss 5cm. Back pain.
There are anterior wedge fractures of T6, T7 and T8, each with approximately 20-25% anterior height reduction. Remaining thoracic vertebral bodies maintain height. Osteopenic bones.
Opinion: Multiple mild (grade 1) thoracic wedge fractures T6, T7 and T8, in keeping with osteoporosis. Suggest FLS referral.""", "fracture", "T6;T7;T8", "mild", "unspecified"),

R("CT", "CT Abdomen", """CT ABDOMEN (PORTAL VENOUS)
Clinical details: Epigastric pain, abnormal LFTs.
Findings: Cholelithiasis without CT evidence of cholecystitis. CBD not dilated. Pancreas normal. Liver normal in size and attenuation.
Superior endplate fractures involving the L1/L2 vertebral bodies, with mild height loss, not present on the 2022 CT.
Impression: Gallstones. New L1 and L2 superior endplate fractures.""", "fracture", "L1;L2", "mild", "acute"),

R("CT", "CT Chest Abdomen Pelvis with contrast", """CT CAP
Indication: Staging of colorectal cancer, T3 sigmoid tumour on colonoscopy.
Findings: Sigmoid mural thickening in keeping with known primary. Two small pericolic nodes. No liver metastases. Lungs clear, no pulmonary nodules.
Skeleton: Genant grade 3 compression of L3 with sclerosis and no soft tissue component - appearances of a chronic benign osteoporotic fracture rather than a metastasis. No suspicious bone lesions.
Impression: T3 N1 sigmoid tumour. No distant metastatic disease. Chronic L3 osteoporotic compression fracture.""", "fracture", "L3", "severe", "chronic"),

R("CT", "CT Chest with contrast", """CT CHEST WITH CONTRAST
Clinical history: Follow up of right upper lobe nodule.
Comparison: CT 6 months ago.
Findings: The 6 mm right upper lobe nodule is unchanged. No new nodule. No lymphadenopathy.
Conclusion: Stable 6 mm RUL nodule. No further follow up required per Fleischner guidelines.

ADDENDUM: On review, there is a mild compression fracture of the T11 superior endplate, not mentioned in the original report. This is new compared with the prior CT. Suggest assessment of bone health.""", "fracture", "T11", "mild", "acute"),

R("CT", "CT Abdomen Pelvis with contrast", """CT ABDOMEN PELVIS WITH CONTRAST
Indication: LIF pain, ?diverticulitis
Findings: Sigmoid diverticulosis with mild pericolic fat stranding in keeping with uncomplicated diverticulitis. No collection or free gas.
Bones: Compression fracture of L2 with approx 30% loss of height. Age indeterminate.
Conclusion: Uncomplicated sigmoid diverticulitis. L2 compression fracture.

Addendum: Correction - the fractured vertebra is L1, not L2 as stated (there are 12 rib-bearing vertebrae; counting confirmed on the scout). The L2 vertebral body is normal.""", "fracture", "L1", "moderate", "unspecified"),

R("CT", "CT Thoracic and Lumbar spine", """CT THORACIC AND LUMBAR SPINE WITHOUT CONTRAST
HISTORY: 82F ground-level fall at nursing home, back pain.
COMPARISON: None.
FINDINGS: Acute superior endplate compression fracture of L1 with approximately 20% anterior height loss. No retropulsion. Posterior elements intact. Remaining vertebral body heights maintained. Diffuse osteopenia. Degenerative changes L4-5.
IMPRESSION: Acute mild L1 compression fracture, no retropulsion.""", "fracture", "L1", "mild", "acute", sex="F", age=82),

R("MR", "MR Whole spine", """MRI WHOLE SPINE
Clinical details: Known breast cancer, on letrozole. New thoracic back pain. ?metastases
Sequences: Sagittal T1, T2 and STIR whole spine; axial T2 through thoracic spine.
Findings: Acute compression fracture of T10 with band-like oedema beneath the superior endplate on STIR. Residual normal fatty marrow signal on T1, no convex posterior border, no paraspinal or epidural soft tissue, pedicles normal. Appearances favour an osteoporotic (insufficiency) fracture rather than pathological. No focal marrow lesion elsewhere to suggest metastatic disease.
Conclusion: Acute T10 osteoporotic-type fracture. No spinal metastases.""", "fracture", "T10", "", "acute", sex="F"),

R("CT", "CT Lumbar spine", """CT LUMBAR SPINE
Clinical: 78, slipped on wet floor at home, landed on back. L-spine pain.
Findings: Mild compression fracture of the L1 superior endplate, likely acute. Undisplaced fracture of the left L2 transverse process. No malalignment. Osteopenia.
Opinion: Acute mild L1 compression fracture and left L2 transverse process fracture following low-energy fall.""", "fracture", "L1", "mild", "acute", age=78),

R("MR", "MR Lumbar spine", """MR LUMBAR SPINE
Indication: LBP radiating to left leg.
Findings: Schmorl's nodes at the inferior endplates of T11 and T12. There is a moderate wedge fracture of L2 without marrow oedema, in keeping with an old fracture.
L4-5 disc: left paracentral protrusion contacting the traversing left L5 nerve root.
Impression: Left L4-5 disc protrusion. Old L2 wedge fracture. Incidental Schmorl's nodes.""", "fracture", "L2", "moderate", "chronic"),

R("CT", "CT Chest without contrast", """EXAM: CT CHEST WITHOUT CONTRAST
CLINICAL HISTORY: COPD, lung cancer screening.
FINDINGS:
Lungs: Centrilobular emphysema, upper lobe predominant. No suspicious nodule.
Mediastinum: Coronary artery calcification. No lymphadenopathy.
Bones: Multilevel thoracic spondylosis. Mild chronic T5 and T6 wedge compression deformities, unchanged from the 2024 screening CT.
IMPRESSION: Lung-RADS 1. Emphysema. Coronary artery calcification. Stable mild T5/T6 compression deformities.""", "fracture", "T5;T6", "mild", "chronic"),

R("XR", "XR Lumbar spine", """LUMBAR SPINE AP/LAT
clinical details: acute LBP, no trauma, on steroids
There is a crush fracture of L4 with loss of about 40-50% of vertebral height. Appearances suggest an osteoporotic-like fracture. No lytic or sclerotic lesion is seen but if there is any concern for underlying malignancy MRI is recommended.
The remaining lumbar vertebrae are intact.""", "fracture", "L4", "severe", "unspecified"),

R("XR", "XR Lumbar spine", """XR L-SPINE 2V
HX: LBP.
FINDINGS: SEVERE COMPRESSION FX OF L3 WITH APPROX 60% LOSS OF HEIGHT. NO SPONDYLOLISTHESIS. OSTEOPENIA. DISC SPACES PRESERVED.
IMPRESSION: SEVERE L3 COMPRESSION FRACTURE, AGE INDETERMINATE. CT OR MRI RECOMMENDED IF CLINICALLY INDICATED.""", "fracture", "L3", "severe", "unspecified"),

R("XR", "XR Thoracolumbar spine", """XR THORACOLUMBAR SPINE
Hx: s/p T12 kyphoplasty 2023 for osteoporotic fx, new pain.
Comparison: 06/2025.
Findings: Post-kyphoplasty changes at T12 for the prior fracture, cement in satisfactory position. New L1 compression fx with ~30% ht loss, not seen 06/2025. Alignment maintained.
Impression: New L1 compression fracture, adjacent to T12 kyphoplasty.""", "fracture", "T12;L1", "moderate", "acute"),

R("DXA", "DXA with VFA", """Bone densitometry and VFA
Referral: FRAX high risk, previous wrist fracture.
Lumbar spine (L1-L4) T-score -2.2. Femoral neck T-score -2.7.
Vertebral fracture assessment: grade 1 (mild) wedge deformity of T7 consistent with fracture. All other vertebrae T5-L4 are normal. T4 and above not assessable.
Impression: Osteoporosis (femoral neck). Mild T7 vertebral fracture on VFA.""", "fracture", "T7", "mild", "unspecified"),

R("NM", "NM Whole body bone scan", """NM WHOLE BODY BONE SCINTIGRAPHY
Indication: Prostate cancer, PSA 8.2, staging.
Findings: Intense linear band of tracer uptake across the L1 vertebral body, corresponding to the recent osteoporotic compression fracture seen on today's CT. Degenerative uptake at both knees and the lower cervical spine. No scintigraphic evidence of skeletal metastatic disease.
Conclusion: No bone metastases. Uptake at L1 in keeping with a recent osteoporotic fracture.""", "fracture", "L1", "", "acute", sex="M"),

R("CT", "CT KUB", """CT KUB
Clinical details: Left loin pain, haematuria. ?stone
Report: No renal or ureteric calculus. No hydronephrosis. The appendix is normal.
Incidental: approximately 45% loss of height of the L1 vertebral body, not previously imaged. No other bony abnormality.
Opinion: No urolithiasis. L1 vertebral body height loss - likely an osteoporotic fracture, suggest referral to fracture liaison service.""", "fracture", "L1", "severe", "unspecified"),

R("CT", "CT Chest Abdomen Pelvis with contrast", """Indication: Follow up lymphoma, end of treatment.
Comparison made to staging CT.
Complete resolution of previously enlarged mediastinal and para-aortic nodes. Spleen now normal in size. No new lesion.
Depression of the superior endplate of T12 has developed since the staging scan.
Impression: Complete metabolic... correction, complete radiological response. New T12 superior endplate depression.""", "fracture", "T12", "", "acute"),

R("XR", "XR Lumbar spine", """L-spine
Biconcave (codfish) deformities of L2 and L3. Diffuse osteopenia. Mild facet OA at L4/5 and L5/S1. No listhesis.
Comment: Osteoporotic biconcave fractures L2 and L3.""", "fracture", "L2;L3", "", "unspecified"),

R("XR", "XR Thoracic spine", """XR THORACIC SPINE
Clinical details: Long standing kyphosis. Known osteoporosis.
Findings: Old collapse of T9 with marked anterior wedging. Healed appearance with sclerosis. Remaining thoracic vertebral heights preserved.
Conclusion: Old healed T9 collapse.""", "fracture", "T9", "", "chronic"),

R("CT", "CT Abdomen", """CT ABDOMEN
Reason for exam: Abdominal distension.
Findings: Moderate ascites. Cirrhotic liver morphology with splenomegaly and varices. No focal liver lesion.
Reduced height of the L2 vertebral body, new since the 2024 examination.
IMPRESSION: Cirrhosis with portal hypertension and ascites. New L2 vertebral height loss in keeping with a fracture.""", "fracture", "L2", "", "acute"),

R("XR", "XR Thoracic spine", """Thoracic spine AP + lateral
Multiple thoracic wedge fractures at T6, T8 and T11 with exaggerated kyphosis. The T8 fracture is moderate (approx 35%); T6 and T11 are mild. Osteopenic bones.
Conclusion: Three thoracic osteoporotic wedge fractures.""", "fracture", "T6;T8;T11", "moderate", "unspecified"),

R("XR", "XR Lumbar spine", """Clinical question: ?osteoporotic collapse, known OP, pain ++
LUMBAR SPINE
There is a wedge fracture of L3 with 30% anterior height loss. The other lumbar vertebral bodies are normal in height. Facet joint degeneration at L4/5 and L5/S1.
OPINION: L3 wedge fracture.""", "fracture", "L3", "moderate", "unspecified"),

R("CT", "CT Thoracic spine", """CT THORACIC SPINE
Clinical details: Known T12 fracture, increasing pain.
Comparison: CT 4 months ago.
Findings: T12 compression fracture is again noted, unchanged in appearance, with approx 30% loss of height. No new fracture. No canal compromise.
Opinion: Unchanged T12 compression fracture.""", "fracture", "T12", "moderate", "chronic"),

R("MR", "MR Lumbar spine", """MRI L-SPINE W/O CONTRAST
INDICATION: 88 yo with acute LBP after bending over.
TECHNIQUE: Sag T1, sag T2, sag STIR, axial T2.
FINDINGS: Compression fracture of L1 with approximately 25-30% loss of height, likely acute given the history; the STIR sequence is degraded by motion. No retropulsion. Conus terminates at L1. Multilevel degenerative disc disease, most pronounced at L4-L5 with moderate central stenosis.
IMPRESSION: 1. L1 compression fracture, likely acute. 2. Moderate L4-L5 central canal stenosis.""", "fracture", "L1", "moderate", "acute", age=88),

R("CT", "CT Chest with contrast", """CT CHEST WITH IV CONTRAST
HISTORY: Hemoptysis.
COMPARISON: None.
FINDINGS:
Lungs/airways: Bronchiectasis in the right middle lobe. No mass.
Pleura: No effusion.
Chest wall/bones: Chronic appearing moderate wedge compression deformity of T7.
IMPRESSION: RML bronchiectasis. No mass. Chronic-appearing T7 compression deformity.""", "fracture", "T7", "moderate", "chronic"),

R("XR", "XR Chest", """CXR PA/lat. Lungs clear. Marked wedging T8. Otherwise NAD.""", "fracture", "T8", "", "unspecified"),

R("DXA", "DXA with VFA", """DXA + VFA REPORT
Indication: Rheumatoid arthritis, 5cm height loss.
BMD: Lumbar spine L1-L4 T-score -1.9 (L1 excluded from analysis, see below). Total hip T-score -2.1.
VFA: Grade 3 deformity of L1 (vertebra plana) in keeping with severe fracture. T4-T12 normal.
Impression: Osteopenia by BMD, but the severe L1 vertebral fracture confers osteoporosis-level fracture risk. Treatment recommended.""", "fracture", "L1", "severe", "unspecified"),

R("XR", "XR Lumbar spine", """XR LUMBAR SPINE 3 VIEWS
Indication: Back pain after fall from chair.
Findings: Mild L4 superior endplate fracture. No malalignment. Pars intact. SI joints unremarkable.
Impression: Mild L4 superior endplate fracture, likely acute in this clinical context.""", "fracture", "L4", "mild", "acute"),

R("DXA", "DXA Lumbar spine and hip", """DXA BMD
Indication: Early menopause, smoker.
Lumbar spine: L3 excluded from analysis because of a vertebral compression fracture seen on the localiser image. L1, L2, L4 T-score -2.9.
Left total hip T-score -2.4.
Conclusion: Osteoporosis. Incidental L3 vertebral fracture; consider VFA or lateral lumbar radiograph for grading.""", "fracture", "L3", "", "unspecified", sex="F"),

R("CT", "CT Chest Abdomen Pelvis with contrast", """CT CAP
Clinical details: ?sepsis source.
Findings: Right lower lobe consolidation with small parapneumonic effusion. No intra-abdominal collection. Mild hepatic steatosis.
Skeleton: Osteoporotic compression fractures at T12 and L1 with 20-25% height loss. No lytic lesion.
Opinion: RLL pneumonia. Incidental T12/L1 osteoporotic fractures.""", "fracture", "T12;L1", "mild", "unspecified"),

R("XR", "XR Chest", """Chest radiograph
Clinical: SOB.
Cardiomegaly with upper lobe diversion and small bilateral effusions - cardiac failure. 
Incidental mid-thoracic vertebral collapse ?new - suggest correlation with previous films.""", "fracture", "", "", "unspecified"),

R("XR", "XR Thoracic spine", """T-SPINE AP/LAT
Hx: acute upper back pain, osteoporosis
Compression deformity at T-12 with ~35% loss of anterior height. Remainder of the thoracic vertebral bodies maintained.
Impression: T-12 compression fracture, moderate. Age undetermined - no prior imaging.""", "fracture", "T12", "moderate", "unspecified"),

R("XR", "XR Lumbar spine", """Lumbar spine
The first lumbar vertebral body is wedged anteriorly with a step in the anterior cortex consistent with a fracture. Other levels satisfactory. Moderate L5/S1 disc space narrowing.
Opinion: L1 fracture.""", "fracture", "L1", "", "unspecified"),

R("CT", "CT Chest without contrast", """CT THORAX NON CONTRAST
Clinical details: ILD follow up.
Findings: Stable basal predominant reticulation and traction bronchiectasis, UIP pattern. No new consolidation.
Incidental note is made of a biconcave deformity of T10 which should be regarded as an osteoporotic vertebral fracture. The patient is on long term steroids; referral to the Fracture Liaison Service is advised.
Conclusion: Stable fibrotic ILD. T10 osteoporotic vertebral fracture.""", "fracture", "T10", "", "unspecified"),

R("CT", "CT Abdomen Pelvis with contrast", """CT AP W CONTRAST
INDICATION: RLQ pain.
FINDINGS: Normal appendix. No bowel obstruction. Small hiatal hernia.
BONES: Superior endplate infraction L1 without significant height loss. Otherwise no acute osseous abnormality.
IMPRESSION: No acute intra-abdominal process. L1 superior endplate fracture, age indeterminate.""", "fracture", "L1", "", "unspecified"),

R("XR", "XR Thoracic spine", """XR thoracic spine
Mild anterior wedging of T6 and T7, which represent mild fractures (Genant 1). No other abnormality.""", "fracture", "T6;T7", "mild", "unspecified"),

R("XR", "XR Lumbar spine", """LUMBAR SPINE
History: back pain following a fall from standing.
Compression fracture at the thoracolumbar junction, partially imaged at the top of the film. Please consider dedicated thoracic views. Lumbar vertebral bodies intact. Degenerative change L3-S1.""", "fracture", "", "", "unspecified"),

R("XR", "XR Chest", """CHEST AP
Clinical details: Fall. ?rib #
No rib fracture demonstrated. No pneumothorax. Lungs clear.
Mid thoracic wedge fractures are noted, probably old.
Conclusion: No acute injury. Probably old mid thoracic wedge fractures.""", "fracture", "", "", "chronic"),

R("XR", "XR Lumbar spine", """XR LUMBAR SPINE
HX: fall, LBP
FINDINGS: No acute fracture. Chronic compression deformity of T12 at the top of the field of view. Lumbar vertebral body heights maintained. Mild degenerative disc disease L5-S1.
IMPRESSION: No acute fracture. Chronic T12 compression deformity.""", "fracture", "T12", "", "chronic"),

R("XR", "XR Lumbar spine", """Clinical details: persistent LBP, previous #.
Comparison 2023.
No new fracture. Old L2 wedge fracture unchanged. Degenerative disc disease L4/5.
Opinion: Stable appearances.""", "fracture", "L2", "", "chronic"),

R("CT", "CT Thoracic and Lumbar spine", """CT THORACOLUMBAR SPINE
Clinical: 90, found on floor at home, long lie. Back pain. Low energy mechanism.
Findings: Osteoporotic collapse of T12 with approx 50% loss of height and minor retropulsion of the posterosuperior corner (2 mm), no significant canal compromise. Posterior elements intact. Marked osteopenia.
Conclusion: Acute-appearing T12 osteoporotic collapse.""", "fracture", "T12", "severe", "acute", age=90),

R("CT", "CT Chest Abdomen Pelvis with contrast", """Reason for exam: abdominal pain, weight loss
FINDINGS:
Chest: no nodules, no effusion.
Abdomen: Pancreas unremarkable. No lymphadenopathy. Small hernia.
MSK: Anterior wedging of T11 and T12 (about 30%). No suspicious osseous lesions.
IMPRESSION
1. No malignancy identified.
2. T11 and T12 wedge compression fractures, moderate.""", "fracture", "T11;T12", "moderate", "unspecified"),

R("CT", "CT Lumbar spine", """CT L-SPINE
HX: 74M, lifting injury, severe LBP. ?fx
FINDINGS: Acute L2 compression fx w/ 3 mm retropulsion of the posterior superior cortex. Approx 35% ht loss. Posterior elements intact. Osteopenia.
IMPRESSION: Acute L2 compression fracture with minimal retropulsion. No high-grade canal stenosis.""", "fracture", "L2", "moderate", "acute", sex="M", age=74),

R("XR", "XR Chest", """Clinical details: ?LRTI
Report:
Patchy consolidation in the left lower zone. Heart size normal.
There is a compression deformity of a lower thoracic vertebra.
Conclusion: Left lower zone consolidation. Follow up film in 6 weeks to confirm resolution.""", "fracture", "", "", "unspecified"),

R("MR", "MR Thoracic spine", """MRI THORACIC SPINE
Indication: Mid thoracic back pain, osteoporosis.
Findings: Old healed wedge fracture of T8 with no marrow oedema. New acute compression fracture of T10 with diffuse STIR hyperintensity and T1 hypointensity of the vertebral body, 25-30% loss of height. No retropulsion. Cord normal.
Conclusion: Acute T10 osteoporotic compression fracture. Old T8 wedge fracture.""", "fracture", "T8;T10", "moderate", "acute"),

R("MR", "MR Lumbar spine", """MRI LUMBAR SPINE
Clinical details: ?acute fracture, known osteoporosis.
Technique: Sagittal T1, T2 and STIR, axial T2.
Findings: Chronic L1 compression fracture with approximately 30% loss of height. No marrow oedema on STIR to suggest acuity. No other fracture. L4/5 and L5/S1 disc degeneration without neural compromise.
Conclusion: Chronic L1 fracture. No acute fracture.""", "fracture", "L1", "moderate", "chronic"),

R("CT", "CT Abdomen Pelvis with contrast", """CT ABDOMEN/PELVIS
IMPRESSION:
1. No acute abdominal or pelvic process.
2. Hepatic cysts, unchanged.
3. Mild T12 compression deformity, age indeterminate.
4. Sigmoid diverticulosis.""", "fracture", "T12", "mild", "unspecified"),

R("CT", "CT Chest Abdomen Pelvis with contrast", """CT CAP - ONCOLOGY FOLLOW UP
Clinical details: Melanoma, adjuvant immunotherapy. Surveillance.
Findings: No evidence of recurrent or metastatic disease. Stable small lung nodules (benign appearing). No lymphadenopathy.
Bones: T11 Genant grade 2 fracture, new since last scan; no associated lytic or soft tissue lesion and the remaining marrow is normal, favouring an osteoporotic fracture.
Impression: No evidence of disease. New T11 osteoporotic fracture.""", "fracture", "T11", "moderate", "acute"),

R("XR", "XR Thoracic spine", """THORACIC SPINE 2 VIEWS
Clinical info: ?wedge #
Findings: There is a wedge fracture of T-7. Mild. Looks recent with no sclerosis; compare with chest x-ray of 2024 where T7 was normal.
Impression: New mild T7 wedge fracture.""", "fracture", "T7", "mild", "acute"),

R("CT", "CT Thoracic and Lumbar spine", """CT T/L SPINE RECONSTRUCTIONS FROM CT CAP
Compared with MRI 2025: new compression fracture of L3 with approx 20% height loss. The known T12 fracture is unchanged. No retropulsion at either level.
IMPRESSION: New L3 compression fracture. Stable T12 fracture.""", "fracture", "T12;L3", "mild", "acute"),

R("XR", "XR Lumbar spine", """Hx of osteoporosis - ?new #
LUMBAR SPINE: Crush fractures of L1 and L3, the L3 fracture new since the lumbar spine film of last year. L1 is unchanged. Opinion: New L3 crush fracture, old L1 crush fracture.""", "fracture", "L1;L3", "", "acute"),

R("CT", "CT Chest Abdomen Pelvis with contrast", """EXAM: CT CHEST ABDOMEN PELVIS W/ CONTRAST
HISTORY: Abd pain, hx of breast CA 2012 in remission.
FINDINGS: No evidence of recurrent malignancy. No lymphadenopathy. No suspicious osseous lesion.
The L4 vertebral body demonstrates approx 30 percent loss of height with an osteoporotic appearance.
IMPRESSION: No evidence of metastatic disease. Moderate L4 compression fracture, likely osteoporotic.""", "fracture", "L4", "moderate", "unspecified", sex="F"),

R("XR", "XR Chest", """Chest x ray
Clinical details: pre chemo baseline
No active disease. Incidental old compression fracture of T6 on the lateral film, unchanged since 2021.""", "fracture", "T6", "", "chronic"),

R("XR", "XR Lumbar spine", """LUMBAR SPINE
Clinical details: Back pain. ?L1 #
Report: There is an L1 superior endplate fracture with mild loss of height.
Conclusion: Mild L1 fracture.

ADDENDUM: Further fracture noted on review of the lateral film at T11 (mild anterior wedge) not included in the original report. Both fractures are of uncertain age.""", "fracture", "T11;L1", "mild", "unspecified"),

R("XR", "XR Thoracic spine", """Clinical details: Upper back pain, kyphosis, on steroids for asthma.
Thoracic spine: Possible subtle wedging at T5. Definite wedge fracture of T9 with 35% height loss.
Opinion: T9 wedge fracture. ?T5.""", "fracture", "T9", "moderate", "unspecified"),

R("XR", "XR Thoracic spine", """XR THORACIC SPINE
Report: Equivocal anterior wedging of T8, ?fracture, ?positional.

ADDENDUM (same radiologist, after review of CT chest performed last week): the CT confirms a T8 wedge compression fracture with approx 30% height loss and no destructive lesion. This is a definite fracture.""", "fracture", "T8", "moderate", "unspecified"),
]

FX.append(R("XR", "XR Lumbar spine", """XR L-SPINE
Reason for exam: worsening LBP, hx osteoporosis, on
denosumab, missed last 2 doses.
Findings: There are new compression fx of L2 and L4
with approx 30% and 20% ht loss respectivley, not present
on the 09/2025 study. Remaining vertebral bodies are
intact. Mod DDD at L4-5 and L5-S1.
Impression: New L2 and L4 compression fractures
(rebound after denosumab discontinuation?).""", "fracture", "L2;L4", "moderate", "acute"))
