from common import R, pick, CHEST_LUNGS, CHEST_MED, UPPER_ABD, ABD_ORGANS, SOFT_TISSUE

# F28 C7 compression fracture, ground-level fall, CT C-spine
R("fracture", "C7", "", "acute", "CT", "CT C-SPINE W/O CONTRAST", """
EXAMINATION: CT CERVICAL SPINE WITHOUT CONTRAST

HISTORY: 87F fell from standing, struck head. Neck pain.

TECHNIQUE: Axial 1.25 mm images with sagittal and coronal reformats.

FINDINGS:
Acute compression fracture of the C7 vertebral body with mild anterior height loss and a nondisplaced fracture line through the superior endplate. The posterior cortex is intact. No fracture of the posterior elements.
Alignment: Straightening of the cervical lordosis. No subluxation.
Degenerative: Multilevel disc space narrowing most pronounced C5-C6 with uncovertebral hypertrophy and moderate left foraminal stenosis.
Prevertebral soft tissues within normal limits.
Lung apices clear.

IMPRESSION:
Acute C7 vertebral body compression fracture without posterior element involvement or malalignment.
""", sex="F", age=87)

# F29 L4 fracture, underlying pathologic process not excluded (asserted fracture)
R("fracture", "L4", "moderate", "unspecified", "CT", "CT ABD/PELVIS W CONTRAST", f"""
EXAMINATION: CT ABDOMEN PELVIS WITH CONTRAST

HISTORY: History of breast cancer 2016, treated. Low back pain.

COMPARISON: None available in our system.

FINDINGS:
Lower chest: Clear.
{ABD_ORGANS[2]}
Bones: Moderate compression fracture of L4 (approximately 30% height loss), age-indeterminate. No discrete lytic or sclerotic lesion is seen; however, an underlying pathologic process cannot be entirely excluded given the oncologic history. No other osseous abnormality.

IMPRESSION:
1. Moderate L4 compression fracture. No CT evidence of metastatic disease, but MRI of the lumbar spine could be obtained to exclude an underlying lesion if clinically indicated.
2. No evidence of metastatic disease in the abdomen or pelvis.
""", sex="F")

# F30 MRI subacute T12 with residual edema
R("fracture", "T12", "", "acute", "MR", "MRI L-SPINE W/O CONTRAST", """
MRI LUMBAR SPINE WITHOUT CONTRAST

Indication: Back pain for 6 weeks. Osteoporosis.

Comparison: Lumbar spine radiographs 12/19/2025.

Findings:
There is a subacute compression fracture of T12 with residual STIR hyperintense marrow edema and mild superior endplate concavity, similar in height to the prior radiograph. No retropulsion. No abnormal soft tissue.
L1-L5 vertebral body heights are maintained. Marrow signal is otherwise normal.
Conus medullaris normal.
L4-5: Disc bulge with a superimposed central protrusion, mild canal narrowing, mild bilateral foraminal narrowing.
L5-S1: Facet arthropathy. No stenosis.

Impression:
1. Subacute T12 compression fracture with residual marrow edema, not yet healed.
2. Mild degenerative stenosis L4-5.
""")

# F31 healed fractures, CT chest
R("fracture", "T4;T9", "", "chronic", "CT", "CT CHEST HIGH RESOLUTION", f"""
EXAMINATION: HRCT CHEST

CLINICAL HISTORY: Dyspnea, evaluate for interstitial lung disease.

FINDINGS:
Airways: Mild bronchial wall thickening. Expiratory images show mosaic air trapping in both lower lobes.
Lungs: No fibrosis. No ground glass. No honeycombing.
{pick(CHEST_MED)}
{pick(UPPER_ABD)}
Bones: Healed compression fractures of T4 and T9. Thoracic spondylosis.

IMPRESSION:
1. No interstitial lung disease.
2. Findings of small airways disease with air trapping.
""")

# F32 NM bone scan, uptake consistent with recent compression fracture L1
R("fracture", "L1", "", "acute", "NM", "NM BONE SCAN WHOLE BODY", """
NUCLEAR MEDICINE WHOLE BODY BONE SCAN

Clinical history: 74M with prostate cancer, PSA 0.2, new back pain.

Radiopharmaceutical: 24.8 mCi Tc-99m MDP IV. Whole body images obtained at 3 hours, with SPECT/CT of the thoracolumbar spine.

Comparison: Bone scan 03/10/2025.

Findings:
There is new intense linear horizontal uptake at L1 which corresponds on the SPECT/CT to superior endplate compression with mild loss of height; the pattern is consistent with a recent compression fracture. No corresponding lytic or sclerotic lesion.
Mild degenerative uptake in the lower lumbar spine, both knees and the shoulders.
No scintigraphic evidence of osseous metastatic disease.
Physiologic renal and bladder activity.

Impression:
1. Recent L1 compression fracture, benign appearance.
2. No evidence of osseous metastatic disease.
""", sex="M", age=74)

# F33 addendum corrects to acute L1 fracture
R("fracture", "L1", "mild", "acute", "CT", "CT ABD/PELVIS W CONTRAST", f"""
CT ABDOMEN AND PELVIS WITH CONTRAST

HISTORY: Fall at home, abdominal pain.

COMPARISON: 09/2024.

FINDINGS:
Lower chest: No pneumothorax. No effusion.
Liver, spleen, pancreas, and adrenal glands: No laceration or hematoma.
Kidneys: No injury. Symmetric enhancement.
Bowel/mesentery: No bowel wall thickening. No mesenteric hematoma.
Pelvis: No pelvic hematoma. Bladder intact.
Bones: No acute fracture.

IMPRESSION:
No acute traumatic injury in the abdomen or pelvis.

ADDENDUM: On review of the sagittal reformats, there is an acute mild superior endplate compression fracture of L1, not present on the 09/2024 exam. No retropulsion. This finding was discussed with the ED physician at 16:40.
""")

# F34 percentage 60% severe T10
R("fracture", "T10", "severe", "unspecified", "XR", "XR T-SPINE 2 VIEWS", """
THORACIC SPINE TWO VIEWS

INDICATION: back pain

FINDINGS: There is approximately 60% loss of height of the T10 vertebral body anteriorly with resultant focal kyphosis. Remaining thoracic vertebral body heights appear preserved. Bones are osteopenic. Pedicles are intact.

IMPRESSION: Severe T10 compression fracture, age indeterminate. MRI would help determine acuity if clinically warranted.
""")

# F35 Genant grade 1 T11
R("fracture", "T11", "mild", "unspecified", "DXA", "DXA BONE DENSITY WITH VFA", """
BONE DENSITOMETRY (DXA) WITH VFA

Indication: On aromatase inhibitor for breast cancer. Baseline.

Lumbar spine L1-L4: BMD 0.901 g/cm2. T-score -1.6. Z-score 0.1.
Femoral neck, right: T-score -2.1.
Total hip, right: T-score -1.4.
10-year FRAX probability (calculated with femoral neck BMD): major osteoporotic fracture 14%, hip fracture 2.4%.

Vertebral fracture assessment: There is a Genant grade 1 deformity of T11 (approximately 22% anterior height reduction). No other vertebral deformity T5-L4.

Impression:
1. Osteopenia (low bone mass).
2. Mild (grade 1) vertebral fracture at T11 on VFA. In the presence of a vertebral fracture the patient may be considered to have osteoporosis clinically; FRAX underestimates risk.
""", sex="F")

# F36 codfish L2 and L3
R("fracture", "L2;L3", "", "unspecified", "XR", "XR L-SPINE 2-3 VIEWS", """
EXAM: XR LUMBAR SPINE 2-3 VIEWS

HISTORY: Chronic steroid use, back pain.

FINDINGS: Marked diffuse osteopenia. Biconcave (codfish) deformities of L2 and L3 vertebral bodies. Other lumbar vertebral body heights are preserved. Disc spaces relatively preserved. No spondylolisthesis. Vascular calcifications.

IMPRESSION: Codfish deformities of L2 and L3 consistent with osteoporotic fractures in this patient on chronic steroids.
""")

# F37 fracture + questionable adjacent level (levels include both)
R("fracture", "L1;L2", "mild", "unspecified", "XR", "XR L-SPINE 2-3 VIEWS", """
LUMBAR SPINE SERIES

CLINICAL HISTORY: 66 year old female, low back pain after lifting.

COMPARISON: None.

FINDINGS:
Mild compression deformity of L1. Questionable subtle superior endplate deformity of L2. The remaining lumbar vertebral bodies are normal in height. Mild disc space narrowing at L4-L5 and L5-S1 with small anterior osteophytes. Alignment normal.

IMPRESSION:
1. Mild L1 compression deformity.
2. Questionable subtle L2 superior endplate deformity. MRI could be considered if clinically indicated to assess acuity.
""", sex="F", age=66)

# F38 pathologic T9 + separate fragility L1 (levels only the fragility level)
R("fracture", "L1", "", "chronic", "CT", "CT CHEST ABD PELVIS W CONTRAST", f"""
CT CHEST, ABDOMEN AND PELVIS WITH CONTRAST

INDICATION: Restaging renal cell carcinoma.

COMPARISON: 08/05/2025.

FINDINGS:
Chest: Multiple bilateral pulmonary nodules, the largest 1.4 cm in the left lower lobe (previously 1.1 cm). No effusion. No adenopathy.
Abdomen/pelvis: Postsurgical changes of left nephrectomy. No local recurrence. Liver, spleen, pancreas and adrenals unremarkable. No adenopathy.
Bones: Expansile lytic lesion centered in the T9 vertebral body with pathologic fracture and approximately 40% height loss, progressed from prior. Mild posterior cortical bulging without frank canal compromise on CT. Separate chronic-appearing L1 compression deformity without underlying lesion, unchanged from 08/2025.

IMPRESSION:
1. Progression of pulmonary metastases.
2. Lytic T9 metastasis with pathologic fracture, progressed. Recommend MRI of the thoracic spine to assess for epidural disease.
3. Unchanged chronic L1 compression deformity, likely osteoporotic.
""")

# F39 CXR multiple thoracic compression deformities new since 2022, no level
R("fracture", "", "", "acute", "XR", "XR CHEST 2 VIEWS", """
CHEST PA/LAT

Hx: preop

Comparison 2/3/2022

Lungs are clear. Heart size normal. No effusion or pneumothorax. Multiple thoracic compression deformities are new since 2022.

IMP: No acute cardiopulmonary disease. New thoracic compression deformities since 2022, consider dedicated imaging.
""")

# F40 thoracolumbar junction compression fracture, no level
R("fracture", "", "", "unspecified", "XR", "XR ABDOMEN 1 VIEW", """
XR ABDOMEN KUB

History: constipation

Findings: Moderate stool burden throughout the colon. Nonobstructive bowel gas pattern. No free air on this supine exam. Compression fracture at the thoracolumbar junction, age indeterminate. Degenerative changes lower lumbar spine. Phleboliths in the pelvis.

Impression:
1. Moderate stool burden.
2. Thoracolumbar junction compression fracture, age indeterminate.
""")

# F41 typos 25-30% moderate L3
R("fracture", "L3", "moderate", "unspecified", "CT", "CT ABD/PELVIS W CONTRAST", f"""
EXAMINATION: CT ABDOMEN / PELVIS W CONTRAST

HISTORY: RLQ pain.  r/o appy

COMPARISON: none

FINDINGS:
LUNG BASES: clear
{ABD_ORGANS[0]}
BONES: compresion deformty of L3 with appoximately 25-30% height loss, indeterminant age. No destructive lesion.

IMPRESSION:
1. Normal appendix. No acute abdominal pathology.
2. Moderate L3 compression deformity, age indeterminate.
""")

# F42 acute T12 after lifting
R("fracture", "T12", "", "acute", "MR", "MRI T-SPINE W/O", """
EXAM: MRI THORACIC SPINE WITHOUT CONTRAST

CLINICAL INDICATION: 69-year-old woman with sudden onset mid back pain after lifting a bag of groceries.

TECHNIQUE: Sagittal T1, T2, STIR; axial T2.

FINDINGS:
There is an acute compression fracture of T12 with band-like STIR hyperintensity paralleling the superior endplate and slight superior endplate concavity. No retropulsion. No paraspinal or epidural collection.
Remaining thoracic vertebral body heights and marrow signal are normal.
The thoracic cord is normal in caliber and signal intensity.
Small disc protrusions at T6-T7 and T7-T8 without cord contact.

IMPRESSION:
Acute T12 compression fracture.
""", sex="F", age=69)

# F43 ALL CAPS XR severe L1 50% with retropulsion
R("fracture", "L1", "severe", "unspecified", "XR", "XR L-SPINE 2-3 VIEWS", """
XR LUMBAR SPINE 2-3 VIEWS
HISTORY: BACK PAIN. OSTEOPOROSIS.
COMPARISON: NONE.
FINDINGS: SEVERE COMPRESSION FRACTURE L1 WITH 50% LOSS OF HEIGHT. APPARENT RETROPULSION OF 3 MM OF THE POSTERIOR SUPERIOR CORNER. REMAINING VERTEBRAL BODY HEIGHTS MAINTAINED. MODERATE DEGENERATIVE DISC DISEASE L4-5.
IMPRESSION: SEVERE L1 COMPRESSION FRACTURE WITH MILD RETROPULSION, AGE INDETERMINATE. RECOMMEND CT OR MRI.
""")

# F44 CT PE acute-appearing T8 superior endplate
R("fracture", "T8", "", "acute", "CT", "CTA CHEST PE PROTOCOL", f"""
EXAMINATION: CT ANGIOGRAM CHEST (PE PROTOCOL)

HISTORY: Pleuritic chest pain, recent fall.

COMPARISON: CT chest 11/2024.

FINDINGS:
PULMONARY ARTERIES: No pulmonary embolus.
AORTA: No dissection. Normal caliber.
{pick(CHEST_LUNGS)}
HEART: Normal size.
LYMPH NODES: None enlarged.
UPPER ABDOMEN: Unremarkable.
BONES: Acute-appearing T8 superior endplate fracture with mild anterior height loss, new from 11/2024. No other acute osseous abnormality. No rib fractures.

IMPRESSION:
1. No pulmonary embolism.
2. Acute-appearing T8 superior endplate fracture, new since 11/2024.
""")

# F45 interval development of L3 fracture
R("fracture", "L3", "", "acute", "CT", "CT ABD/PELVIS W CONTRAST", f"""
CT ABDOMEN AND PELVIS W CONTRAST

HISTORY: Ovarian cancer surveillance.

COMPARISON: 06/12/2025

FINDINGS:
Lower thorax: Unremarkable.
Liver: Stable 8 mm hypodensity segment 6, likely cyst. No new lesions.
Spleen, pancreas, adrenals and kidneys unremarkable.
Pelvis: Post hysterectomy and bilateral salpingo-oophorectomy. No pelvic mass or ascites. No peritoneal implants.
Lymph nodes: No adenopathy.
Bones: Interval development of an L3 compression fracture since 06/12/2025. No lytic or blastic lesion. The fracture has a benign appearance.

IMPRESSION:
1. No evidence of recurrent ovarian carcinoma.
2. Interval L3 compression fracture with benign appearance.
""", sex="F")

# F46 stable multiple thoracic fractures (T6, T8, T11)
R("fracture", "T6;T8;T11", "", "chronic", "CT", "CT CHEST W/O CONTRAST", f"""
EXAM: CT CHEST W/O

INDICATION: Lung cancer screening, annual.

COMPARISON: LDCT 01/2025.

FINDINGS:
{pick(CHEST_LUNGS)}
{pick(CHEST_MED)}
{pick(UPPER_ABD)}
MSK: Stable appearance of multiple thoracic compression fractures (T6, T8, T11).

IMPRESSION:
Lung-RADS 2: Benign appearance or behavior. Continue annual screening with LDCT in 12 months.
Other: Stable thoracic compression fractures.
""")

# F47 MRI T-spine T2 hyperintense T7 acute mild
R("fracture", "T7", "mild", "acute", "MR", "MRI T-SPINE W/WO", """
MRI THORACIC SPINE WITH AND WITHOUT CONTRAST

History: Multiple myeloma? Back pain. SPEP pending.

Findings:
There is T2 hyperintense and T1 hypointense edema throughout the T7 vertebral body with mild superior endplate height loss, consistent with an acute fracture. The T7 marrow enhances homogeneously without a focal mass and there is no convex posterior border, no epidural component, and no pedicle involvement. The remaining marrow signal is normal without focal lesions.
The cord is normal.

Impression:
Acute mild T7 compression fracture with benign imaging features. No MRI evidence of myeloma or metastatic disease.
""")

# F48 grade 1 T9 anterior height loss
R("fracture", "T9", "mild", "unspecified", "XR", "XR CHEST 2 VIEWS", """
XR CHEST 2 VIEWS

INDICATION: Fever.

FINDINGS:
Patchy opacity in the right lower lobe on the lateral view. No effusion. Heart size normal.
Mild anterior height loss of T9 (grade 1).

IMPRESSION:
1. Right lower lobe pneumonia.
2. Mild T9 compression deformity.
""")

# F49 VFA grade 3 L1, grade 1 T12
R("fracture", "T12;L1", "severe", "unspecified", "DXA", "DXA BONE DENSITY WITH VFA", """
DUAL-ENERGY X-RAY ABSORPTIOMETRY AND VFA

Clinical: 79-year-old man with kyphosis and 5 cm height loss.

Results:
L1-L4 not evaluated due to fracture. L2-L4: BMD 0.945 g/cm2, T-score -1.7.
Right femoral neck: T-score -2.6. Total hip: T-score -2.3.
1/3 radius: T-score -2.4.

VFA: Genant grade 3 (severe) deformity at L1; grade 1 (mild) deformity at T12. Remaining vertebrae normal.

Impression:
Osteoporosis. Vertebral fractures at T12 (mild) and L1 (severe). Recommend evaluation for secondary causes of osteoporosis in a male patient.
""", sex="M", age=79)

# F50 CXR T11 progressed since 2025
R("fracture", "T11", "moderate", "acute", "XR", "XR CHEST 2 VIEWS", """
CHEST 2 VIEWS

HISTORY: CHF exacerbation.

COMPARISON: 02/19/2025

FINDINGS: Cardiomegaly with pulmonary vascular congestion and small bilateral pleural effusions. Moderate compression deformity of the T11 vertebral body has progressed since 02/19/2025.

IMPRESSION:
1. Mild CHF with small effusions.
2. Progressive moderate T11 compression deformity.
""")

# F51 mild (less than 25%) height loss L4
R("fracture", "L4", "mild", "unspecified", "CT", "CT ABD/PELVIS W/O", """
CT ABDOMEN AND PELVIS WITHOUT IV CONTRAST

INDICATION: Acute kidney injury, evaluate for obstruction.

FINDINGS:
No hydronephrosis. No renal calculi. Kidneys are symmetric in size.
Liver, spleen, adrenals, pancreas: Limited noncontrast evaluation, unremarkable.
Bladder is decompressed with a Foley catheter.
No free fluid.
Bones: Mild (less than 25%) height loss at the L4 superior endplate. Degenerative changes.

IMPRESSION:
1. No hydronephrosis.
2. Mild L4 superior endplate compression deformity, age-indeterminate.
""")

# F52 chronic T12 with cannot exclude acute component
R("fracture", "T12", "moderate", "chronic", "CT", "CT T-SPINE W/O CONTRAST", """
CT THORACIC SPINE WITHOUT CONTRAST

HISTORY: Known T12 compression fracture, worsening pain after a slip on ice (ground level).

COMPARISON: CT 07/07/2025.

FINDINGS:
Chronic compression fracture of T12 with approximately 30% height loss, unchanged. A subtle lucent line along the superior endplate could be chronic; an acute component cannot be excluded.
No other fractures. Thoracic alignment is unchanged.

IMPRESSION:
Chronic T12 compression fracture without progression of height loss. Cannot exclude acute component; MRI with STIR could help if clinically indicated.
""")

# F53 vertebroplasty only, no new fracture
R("fracture", "L2", "", "chronic", "XR", "XR L-SPINE 2-3 VIEWS", """
EXAM: LUMBAR SPINE 2 VIEWS

HISTORY: 81 yo with chronic LBP, s/p vertebroplasty 2024

COMPARISON: 04/2024

FINDINGS: Post-vertebroplasty changes at L2 with cement within the vertebral body, unchanged in appearance. No new compression fracture. Lumbar vertebral body heights otherwise maintained. Moderate L4-5 and L5-S1 disc space narrowing.

IMPRESSION: Stable post-vertebroplasty changes at L2. No new fracture.
""", age=81)
