# FRACTURE reports
R = []
def add(age, sex, mod, exam, text, f, lv='', sv='', ac='unspecified', date=None):
    R.append(dict(age=age, sex=sex, modality=mod, exam_name=exam, text=text.strip('\n'),
                  gold_finding=f, gold_levels=lv, gold_severity=sv, gold_acuity=ac, exam_date=date))

add(81, 'F', 'XR', 'CXR', """Clinical details: SOB, productive cough. ?infection.

PA and lateral chest radiograph.

No focal consolidation. Heart size normal. No pleural effusion. Incidental note is made of anterior wedging of a lower thoracic vertebral body on the lateral view, age indeterminate.

Conclusion: No acute cardiopulmonary abnormality.""", 'fracture')

add(72, 'F', 'CT', 'CT Abdomen Pelvis', """CT ABDOMEN AND PELVIS WITH CONTRAST
Indication: RIF pain, raised CRP, ?appendicitis ?collection.
Comparison: CT abdomen 14/03/2022.

Findings:
Normal calibre appendix with no periappendiceal fat stranding. No collection. Sigmoid diverticulosis without diverticulitis. Liver, spleen, pancreas, adrenals and kidneys unremarkable. No lymphadenopathy. No free fluid.
Bones: There is approximately 30% loss of height of the L1 vertebral body anteriorly, with no retropulsion. This was not present on the 2022 study. Degenerative change at L4/5 with grade 1 anterolisthesis.

Conclusion:
1. No acute intra-abdominal pathology to account for symptoms.
2. L1 compression fracture, new since 2022. Suggest clinical correlation and consideration of fracture liaison service referral.""", 'fracture', 'L1', 'moderate', 'acute', '2026-02-11')

add(78, 'F', 'XR', 'XR Thoracic Spine', """History: 78F, fall at home from standing, acute thoracic back pain.

Report: There is a wedge compression fracture of T8 with approximately 45% loss of anterior vertebral height. Mild wedging of T7 is also noted. Generalised osteopenia. No previous imaging available for comparison.

Conclusion: T8 wedge fracture and mild T7 wedging. Appearances suggest underlying osteoporosis; suggest DXA and FLS referral.""", 'fracture', 'T7;T8', 'severe')

add(69, 'M', 'CT', 'CTPA', """CTPA

Clinical details: Pleuritic chest pain, raised D-dimer, Wells 4.

Technique: CT pulmonary angiogram, bolus tracking, 80 ml Omnipaque 350.

Findings: Good opacification of the pulmonary arterial tree. No pulmonary embolus to subsegmental level. RV:LV ratio normal. Small bilateral pleural effusions with adjacent atelectasis. No consolidation. Mediastinum normal.
Bones: Biconcave deformity of T11 and a moderate anterior wedge deformity of T12, both with sclerotic margins suggesting chronicity. Degenerative thoracic spine.

Impression:
1. No PE.
2. Small bilateral effusions.
3. T11 and T12 vertebral fractures, likely chronic osteoporotic.""", 'fracture', 'T11;T12', 'moderate', 'chronic')

add(83, 'F', 'CT', 'CT Colonography', """CT COLONOGRAPHY
Indication: Change in bowel habit, FIT 84, frail - unsuitable for colonoscopy.

Colon adequately distended and tagged. 8 mm sessile polyp in the sigmoid colon at 32 cm. No mass lesion. Diverticular disease.

Extracolonic: Sagittal reformats show an established crush fracture of L2 with approx 50% height loss. Small bilateral renal cysts (simple). Atherosclerotic aorta, normal calibre.

C-RADS C2, E3 (L2 fracture - suggest bone health assessment).""", 'fracture', 'L2', 'severe', 'chronic')

add(66, 'F', 'DXA', 'DXA Lumbar Spine and Hip with VFA', """DXA Lumbar Spine and Hip with VFA
Reason for referral: Postmenopausal, previous wrist fracture 2024, on long-term prednisolone 7.5 mg.

Lumbar spine L1-L4 BMD 0.712 g/cm2, T-score -3.1, Z-score -1.8.
Left femoral neck BMD 0.598 g/cm2, T-score -2.6, Z-score -1.2.
Left total hip T-score -2.2.

VFA: Genant grade 2 (moderate) wedge deformity of T9. Grade 1 deformity of T11. Remaining visualised vertebrae T4-L4 of normal height.

Interpretation: Osteoporosis (WHO criteria). Vertebral fractures at T9 and T11 indicate established (severe) osteoporosis. FRAX 10-year probability of major osteoporotic fracture 31%, hip fracture 9.2% (glucocorticoid adjusted). Above the NOGG intervention threshold. Recommend bone protection therapy; please exclude secondary causes before starting treatment.""", 'fracture', 'T9;T11', 'moderate')

add(74, 'F', 'MR', 'MRI Lumbar Spine', """MRI LUMBAR SPINE
Clinical history: Sudden onset back pain while lifting shopping 3 weeks ago. ?cord compression.

Findings:
There is an acute compression fracture of the L1 vertebral body with marrow oedema on STIR and a band of low T1 signal parallel to the superior endplate. Approximately 30% loss of anterior height. No retropulsion. No features to suggest an underlying lesion.
Conus terminates normally at L1/2. L4/5 broad based disc bulge with moderate canal stenosis and bilateral lateral recess narrowing. L5/S1 normal.

Conclusion: Acute osteoporotic-type L1 superior endplate compression fracture. No cord compression.""", 'fracture', 'L1', 'moderate', 'acute')

add(88, 'F', 'XR', 'XR Lumbar Spine', """L1 crush. Osteopenic.""", 'fracture', 'L1')

add(76, 'M', 'CT', 'CT Thorax with contrast', """CT THORAX
History: ?lung mass on CXR. Ex-smoker 40 pack years.

2.3 cm spiculated mass in the right upper lobe. Ipsilateral 11 mm hilar node. No pleural effusion. Emphysema.
Bones: Vertebra plana at T7. Old fractures of the left 5th to 7th ribs. No lytic or sclerotic lesion to suggest metastatic disease.

Conclusion:
1. RUL mass suspicious for primary bronchogenic malignancy. Refer lung MDT.
2. T7 vertebra plana.""", 'fracture', 'T7', 'severe')

add(79, 'F', 'XR', 'XR Thoracolumbar Spine', """Comparison is made with the radiograph of 12/01/2026.

There has been progressive collapse of T12, now with approximately 60% anterior height loss (previously 30%). The thoracolumbar kyphosis has increased. No new level involved. Alignment otherwise maintained.

Opinion: Progressive T12 collapse. Spinal team aware.""", 'fracture', 'T12', 'severe', 'acute', '2026-03-02')

add(71, 'F', 'MR', 'MRI Whole Spine', """Clinical details: Breast ca 2015 (T2N0), new thoracic back pain. ?mets

Technique: Sagittal T1, T2 and STIR whole spine, axial T2 through the thoracolumbar junction.

Findings: Acute fracture of the T10 vertebral body with a horizontal band of STIR hyperintensity beneath the superior endplate and preserved normal fatty T1 marrow signal in the remainder of the vertebral body; no convex posterior border, no pedicle involvement, no epidural or paravertebral soft tissue. Appearances are those of a benign osteoporotic fracture. Old healed fracture of L3 with normal marrow signal. No marrow lesions to suggest metastatic disease. Cord normal in calibre and signal.

Conclusion: Benign appearing acute T10 fracture. Old L3 fracture. No evidence of metastatic disease.""", 'fracture', 'T10;L3', '', 'acute')

add(85, 'F', 'XR', 'CXR', """CXR PA/LAT: LUNGS CLEAR. NO EFFUSION. HEART NOT ENLARGED. WEDGE COMPRESSION FRACTURES T6 AND T8 ON THE LATERAL VIEW, NOT PREVIOUSLY REPORTED.""", 'fracture', 'T6;T8')

add(67, 'M', 'CT', 'CT Chest Abdomen Pelvis', """History: weight loss 8 kg, anorexia. ?malignancy.

CT chest, abdomen and pelvis with IV contrast. Compared with CT AP 2021.

No evidence of thoracic, abdominal or pelvic malignancy. Mild centrilobular emphysema. Gallstones. Prostate mildly enlarged.

Incidentally noted D12 anterior wedge compression, approximately 25-30% height reduction, similar to the 2021 study. No destructive bony lesion.

Impression: No cause for weight loss identified. Chronic D12 wedge fracture.""", 'fracture', 'T12', 'moderate', 'chronic')

add(80, 'F', 'MR', 'MRI Thoracic Spine', """Indication: Severe mid back pain after coughing episode. Osteoporosis on alendronate.

Report: The twelfth thoracic vertebral body shows loss of height with diffuse bone marrow oedema (STIR hyperintense, T1 hypointense). No retropulsed fragment. The canal is capacious and the cord is normal. Minor degenerative disc changes elsewhere.

Comment: Recent twelfth thoracic vertebral compression fracture.""", 'fracture', 'T12', '', 'acute')

add(63, 'F', 'DXA', 'DXA Lumbar Spine and Hip with VFA', """BONE DENSITOMETRY REPORT

Indication: Early menopause (age 42), maternal hip fracture.

Lumbar spine (L1-L4): T-score -2.1, Z-score -1.0
Right femoral neck: T-score -1.9
Right total hip: T-score -1.4

VFA: Mild (Genant grade 1) wedge fracture of T7. Other vertebrae assessed T5-L4 normal.

Conclusion: Osteopenia by BMD, but in the presence of a vertebral fragility fracture she should be managed as having osteoporosis. QFracture 10-year major osteoporotic fracture risk 18%. NOGG: treat.""", 'fracture', 'T7', 'mild')

add(86, 'M', 'NM', 'NM Whole Body Bone Scan', """NM WHOLE BODY BONE SCAN (Tc-99m HDP)
Clinical: Prostate ca, PSA rising (12.4). Back pain.

Findings: Intense linear uptake across L1 corresponding to the compression fracture seen on the recent CT, pattern typical of a recent osteoporotic fracture rather than metastasis. Degenerative uptake in the knees, acromioclavicular joints and lower lumbar facet joints. No scintigraphic evidence of skeletal metastases.

Conclusion: Recent L1 fracture. No bone metastases.""", 'fracture', 'L1', '', 'acute')

add(84, 'F', 'XR', 'XR Thoracolumbar Spine', """Clinical Hx: fall, back pain ++. 84 yo. on apixaban

Thoracolumbar spine AP/lat: Theres a compresion fracure of L2 with approx 20% loss of hieght. Osteopeania. Alignment ok. Suggest correlation w/ previous imaging if available.""", 'fracture', 'L2', 'mild')

add(70, 'F', 'CT', 'CT Abdomen Pelvis', """CT AP portal venous phase.

Clinical details: Known Crohn's, ?collection.

No collection or abscess. Mild mural thickening of the terminal ileum over 6 cm with mucosal hyperenhancement in keeping with active Crohn's. No obstruction.

Grade 2 fracture deformity of L3, unchanged from CT 2024.

COMMENT: Active terminal ileal Crohn's, no collection. Stable L3 vertebral fracture.""", 'fracture', 'L3', 'moderate', 'chronic')

add(77, 'F', 'CT', 'CTPA', """CTPA: Filling defects within the right lower lobe segmental and subsegmental arteries consistent with acute PE. No right heart strain. Small right effusion. Multiple thoracic vertebral compression deformities noted incidentally (T5, T6, T8). 

Conclusion: Right lower lobe PE.""", 'fracture', 'T5;T6;T8')

add(91, 'M', 'CT', 'CT Whole Spine', """CT CERVICAL, THORACIC AND LUMBAR SPINE
Clinical: 91M fell from standing at care home, hit back on bedside table. Thoracolumbar pain. Anticoagulated (warfarin).

Findings:
Acute wedge fracture of T11 involving the anterior column with about 20% loss of anterior height, no posterior wall involvement (AO type A1). Posterior elements intact. Chronic compression fractures at T8 and L1. Flowing anterior osteophytes from T6 to T10 (DISH) without fracture through the ankylosed segment. Cervical spine: multilevel degenerative change, no fracture.

Conclusion: Acute stable T11 wedge fracture on a background of chronic T8 and L1 fractures.""", 'fracture', 'T8;T11;L1', 'mild', 'acute')

add(88, 'F', 'CT', 'CT Cervical Spine', """CT C-spine
History: 88F, fall from standing at home, neck pain, GCS 15. Canadian C-spine rule positive (age).

There is an acute type II odontoid peg fracture with 3 mm posterior displacement of the peg. C1 ring intact. No other cervical fracture. Background osteopenia and multilevel degenerative change. Prevertebral soft tissues slightly thickened at C2.

Conclusion: Acute type II peg fracture. Discussed with spinal on-call.""", 'fracture', 'C2', '', 'acute')

add(75, 'F', 'XR', 'XR Lumbar Spine', """History: previous vertebroplasty, new pain higher up.

Report: Post vertebroplasty appearances at L1 and L2 with cement in situ, previously treated for osteoporotic fractures. Heights of L1 and L2 stable compared with 2025. New moderate wedge fracture of T12 (adjacent level). 

Conclusion: New T12 fracture above the augmented levels.""", 'fracture', 'T12;L1;L2', 'moderate', 'acute')

add(82, 'M', 'CT', 'CT Abdomen Pelvis', """Clinical details: Abdominal pain, ?obstruction.
Report: Small bowel is not dilated. No transition point. Large volume faecal loading. No free gas.
Kyphoplasty cement within T12. No new vertebral fracture.
Opinion: Constipation. No obstruction.""", 'fracture', 'T12', '', 'chronic')

add(73, 'M', 'MR', 'MRI Lumbar Spine', """Sagittal T1, T2, STIR and axial T2.
Osteoporotic collapse of L4 with approximately one third loss of height. No suspicious marrow signal and no soft tissue mass. Mild retropulsion narrowing the canal to 8 mm AP without compression of the cauda equina. L3/4 and L5/S1 disc desiccation.
CONCLUSION: L4 osteoporotic collapse. No features of malignancy.""", 'fracture', 'L4', 'moderate')

add(68, 'F', 'XR', 'XR Lumbar Spine', """Indication: Chronic LBP, ?degenerative.

AP and lateral lumbar spine: Loss of height of the superior endplate of L3 in keeping with a compression fracture. Schmorl's node at the inferior endplate of L2. Facet joint arthropathy L4/5 and L5/S1. No spondylolisthesis.""", 'fracture', 'L3')

add(79, 'F', 'CT', 'CT Abdomen Pelvis', """Findings: Liver contains several simple cysts, the largest 2 cm in segment 7. Uncomplicated gallstones. Pancreas and spleen normal. Left renal cortical scarring. Bladder unremarkable. Endplate depression of the T12 superior endplate, age indeterminate. Osteopenic bones.
Conclusion: No acute abnormality. T12 endplate fracture.""", 'fracture', 'T12')

add(64, 'F', 'XR', 'XR Lumbar Spine', """Clinical details: Back pain 6 months, no red flags.

The vertebral body heights are maintained apart from L1 which shows mild anterior wedging, likely an old osteoporotic fracture. Disc spaces preserved. SI joints normal.""", 'fracture', 'L1', 'mild', 'chronic')

add(72, 'F', 'DXA', 'DXA Lumbar Spine and Hip', """DXA SCAN REPORT
Indication: Rheumatoid arthritis, on methotrexate, previous steroids.

Lumbar spine: L3 excluded from analysis due to a compression fracture. L1, L2, L4: BMD 0.781 g/cm2, T-score -2.8, Z-score -1.4.
Left femoral neck: T-score -2.3. Total hip T-score -1.9.

Diagnosis: Osteoporosis. The L3 fracture seen on the scout image should be confirmed on a lateral radiograph if not already known.
FRAX (RA, previous fracture) MOF 26%, hip 7.1%. Above NOGG intervention threshold - treatment recommended.""", 'fracture', 'L3')

add(76, 'F', 'CT', 'CT Abdomen Pelvis', """CT ABDOMEN PELVIS
Indication: Post-op day 5 anterior resection, pyrexia, ?anastomotic leak.
Findings: Small volume free fluid in the pelvis. No extraluminal contrast or gas at the anastomosis. No drainable collection. Bibasal atelectasis.
Bones: No aggressive bony lesion.
Conclusion: No anastomotic leak or collection.

ADDENDUM (03/03/2026): On review of the sagittal reformats there is a moderate (approx 35%) compression fracture of T12, not mentioned in the original report. This does not alter the surgical management but the GP and FLS have been informed.""", 'fracture', 'T12', 'moderate', 'unspecified', '2026-03-01')

add(87, 'F', 'XR', 'XR Thoracic Spine', """XR THORACIC SPINE - AP & LATERAL
Appearances: Exaggerated thoracic kyphosis. Multiple wedge fractures T7-T10 (Genant grade 2-3). Diffuse osteopenia. Comparison with 2024: T9 and T10 are new.
Impression: Multilevel osteoporotic vertebral fractures, two new since 2024. Needs bone health review.""", 'fracture', 'T7;T8;T9;T10', 'severe', 'acute')

add(74, 'M', 'CT', 'CT Colonography', """CTC
Colon: no polyp >=6mm, no mass. Moderate sigmoid diverticular disease.
Extracolonic findings: Old L1 fracture. Small hiatus hernia. Bilateral fat containing inguinal hernias.
C1 E2""", 'fracture', 'L1', '', 'chronic')

add(69, 'F', 'MR', 'MRI Lumbar Spine', """History: Persisting back pain since a fall 6 weeks ago. Known osteopenia.

Subacute compression fracture of L2 with residual STIR signal and ~25-30% anterior height loss. No retropulsion. The remainder of the lumbar vertebrae have normal marrow signal. L5/S1 left paracentral disc protrusion contacting the left S1 nerve root.

Impression: Subacute L2 fracture (osteoporotic pattern). L5/S1 disc protrusion.""", 'fracture', 'L2', 'moderate', 'acute')

add(90, 'F', 'XR', 'CXR', """Chest: Hyperexpanded lungs. No consolidation. Osteoporotic collapse of a lower thoracic vertebra, unchanged from 2023. Calcified aortic knuckle.""", 'fracture', '', '', 'chronic')

add(78, 'M', 'CT', 'CT KUB', """CT KUB
?L renal colic
4 mm calculus at the left VUJ with mild upstream hydroureteronephrosis. Right kidney normal. Mild wedging of L1 (approx. 20%). Degenerative lumbar spine.
Conc: Obstructing left VUJ calculus.""", 'fracture', 'L1', 'mild')

add(81, 'F', 'MR', 'MRI Thoracic and Lumbar Spine', """Clinical information: Back pain, osteoporosis, ?new fracture

T-12 and L-1 compression fractures, both with STIR hyperintensity indicating they are acute/recent. T-12 shows 40% height loss, L-1 20%. No posterior wall retropulsion. T1 marrow signal otherwise normal, no suspicious focal lesion. Mild L4/5 facet effusions.""", 'fracture', 'T12;L1', 'moderate', 'acute')

add(73, 'F', 'CT', 'CT Abdomen Pelvis', """Clinical details: LIF pain, ?diverticulitis.
Report: Acute uncomplicated sigmoid diverticulitis with no perforation or collection. Acute-appearing compression fracture of L4 with sharp cortical break and no sclerosis; if further characterisation is required, MRI with STIR could be considered. Osteopenia.
Conclusion: 1. Uncomplicated sigmoid diverticulitis. 2. L4 fracture, appears acute.""", 'fracture', 'L4', '', 'acute')

add(84, 'M', 'XR', 'XR Lumbar Spine', """There is a fracture of the first lumbar vertebral body with anterior wedging. The remaining lumbar vertebral bodies are of normal height. Calcified abdominal aorta.""", 'fracture', 'L1')

add(70, 'F', 'CT', 'CT Thorax', """CT THORAX HRCT PROTOCOL
Clinical details: ILD follow up.
Subpleural reticulation and traction bronchiectasis at the bases, probable UIP pattern, mildly progressed since 2025.
Moderate wedge fracture T8. Possible mild endplate fracture at T10.
Conclusion: Progressive fibrotic ILD. T8 vertebral fracture; ?T10.""", 'fracture', 'T8;T10', 'moderate')

add(69, 'M', 'CT', 'CT Chest Abdomen Pelvis', """CT CAP - restaging
Clinical details: Metastatic renal cell carcinoma on pembrolizumab.
Comparison: CT 10/2025.

Findings: Stable left nephrectomy bed. Pulmonary nodules unchanged, largest 7 mm RLL. New lytic metastasis in the L3 vertebral body with pathological collapse and extraosseous soft tissue extending into the left neural foramen. Separately, there is a chronic mild wedge fracture of T12 without any underlying lesion, unchanged since 2019 (predating the cancer diagnosis), likely osteoporotic.

Conclusion:
1. Progressive disease: new L3 lytic metastasis with pathological collapse. Consider MSCC pathway if neurology.
2. Stable pulmonary nodules.
3. Longstanding T12 osteoporotic-type fracture.""", 'fracture', 'T12', 'mild', 'chronic')

add(66, 'M', 'MR', 'MRI Whole Spine', """MRI WHOLE SPINE
Clinical history: back pain, ?cause.
Findings: Multiple Schmorl's nodes through the thoracic spine. Mild anterior wedging T7-T9 with endplate irregularity, consistent with old Scheuermann's disease. In addition there is a new compression fracture of L1 with marrow oedema and mild (approximately 20%) loss of height. No cord compression.
Conclusion: New L1 compression fracture on a background of Scheuermann's disease.""", 'fracture', 'L1', 'mild', 'acute')

add(82, 'F', 'DXA', 'DXA Lumbar Spine and Hip with VFA', """Vertebral Fracture Assessment (lateral VFA T4-L4):
1. T12: Genant grade 3 crush deformity.
2. L1: Grade 1 wedge deformity.
3. T4-T6 not assessable due to overlying scapulae.

BMD: L1-L4 T-score -2.3 (likely overestimated due to the fractures). Femoral neck T-score -2.9.

Summary: Osteoporosis with two prevalent vertebral fractures. Recommend treatment as per NOGG; consider anabolic agent given very high fracture risk.""", 'fracture', 'T12;L1', 'severe')

add(75, 'M', 'CT', 'CT Thorax', """CT thorax for COPD assessment (LVR work-up). Severe upper zone predominant emphysema. No mass. Biconcave (codfish) fracture of T9 with about one third loss of height. Coronary artery calcification.""", 'fracture', 'T9', 'moderate')

add(77, 'F', 'XR', 'XR Lumbosacral Spine', """Clinical details: Fall 2/52 ago from standing, persisting low back pain.
Findings: Compression fracture of the superior endplate of L5, appears recent with no sclerosis. L4/5 and L5/S1 disc space narrowing. No spondylolisthesis.
Conclusion: L5 superior endplate fracture.""", 'fracture', 'L5', '', 'acute')

add(80, 'F', 'XR', 'XR Thoracolumbar Spine', """REPORT: Wedge fractures at T12, L1 and L3, with L2 spared. Osteopenia. No listhesis.""", 'fracture', 'T12;L1;L3')

add(86, 'F', 'CT', 'CT Thoracic and Lumbar Spine', """Clinical: 86F slipped in the bathroom (fall from standing), severe back pain, no neuro deficit.

There is an acute fracture of T11 with greater than 50% loss of anterior height and 3 mm retropulsion of the posterosuperior corner. Posterior elements intact. Diffuse osteopenia. No other fracture.

Conclusion: Acute T11 compression fracture, >50% height loss. Discussed with spinal registrar.""", 'fracture', 'T11', 'severe', 'acute')

add(71, 'M', 'CT', 'CT Abdomen Pelvis', """Indication: Haematuria. Triple phase.
Findings: No renal mass or urothelial lesion. Bladder wall normal. Prostate enlarged 60 cc. Old L2 compression fracture. L4/5 disc degeneration with vacuum phenomenon.
Conclusion: No urological cause for haematuria on CT.""", 'fracture', 'L2', '', 'chronic')

add(85, 'M', 'MR', 'MRI Lumbar Spine', """MRI L-spine: The L3 vertebra is flattened (vertebra plana) with chronic fatty marrow signal and no oedema. Resulting kyphosis at L2-L4. Moderate canal stenosis at L2/3. No suspicious marrow lesion.""", 'fracture', 'L3', 'severe', 'chronic')

add(79, 'F', 'CT', 'CTPA', """CTPA
History: sob, tachy, ?PE
No pulmonary embolus. Mild cardiomegaly with small bilateral effusions and interlobular septal thickening - ?fluid overload. Chronic mild T4 wedge, stable compared to CT 2022.
Impression: No PE. Appearances suggest fluid overload.""", 'fracture', 'T4', 'mild', 'chronic')

add(83, 'F', 'XR', 'XR Lumbar Spine', """Follow up. Comparison 09/2025.
No change in the appearance of the T12 fracture. L1-L5 unremarkable for age. No new abnormality.""", 'fracture', 'T12', '', 'chronic')

add(78, 'M', 'XR', 'XR Thoracic Spine', """Clinical details: Known osteoporosis, increasing kyphosis, ?new fracture.
No new fracture. Established T8 and T9 wedge fractures, unchanged. Increased thoracic kyphosis.""", 'fracture', 'T8;T9', '', 'chronic')

add(73, 'F', 'XR', 'XR Thoracic Spine', """Osteopenic bones. Anterior wedging T7 to T9 in keeping with osteoporotic wedge fractures. No previous for comparison. Suggest DXA if not already done.""", 'fracture', 'T7;T8;T9')

add(89, 'M', 'XR', 'CXR', """Clinical details: ?LRTI
Report: Right basal consolidation. No effusion. Lateral view shows D11 and D12 collapse.
Impression: Right basal pneumonia. Suggest follow up CXR in 6 weeks.""", 'fracture', 'T11;T12')

add(60, 'F', 'CT', 'CT Abdomen Pelvis', """Clinical history: Ovarian cyst follow up.
Report: 4 cm simple left adnexal cyst, unchanged. Uterus normal. No free fluid. No lymphadenopathy. Bilateral sacral insufficiency fractures with sclerosis, and a grade 1 wedge deformity of L2. 
Conclusion: Stable simple left ovarian cyst. Sacral insufficiency fractures and L2 vertebral fracture - suggest bone health assessment.""", 'fracture', 'L2', 'mild')

add(92, 'F', 'XR', 'XR Thoracic Spine', """ACUTE ON CHRONIC BACK PAIN. 
THERE IS SEVERE WEDGE COMPRESSION OF T6 (>40%) WHICH IS NEW COMPARED WITH THE CHEST X-RAY OF 2025. MULTIPLE OTHER THORACIC LEVELS SHOW MILD WEDGING, UNCHANGED.""", 'fracture', 'T6', 'severe', 'acute')

add(74, 'F', 'CT', 'CT Colonography', """CT colonography
Indication: IDA.
Findings: 12 mm pedunculated polyp in the descending colon. No mass. 
Extracolonic: the L1 vertebral body demonstrates a 40% reduction in anterior height compared with posterior height; no lytic lesion. Small left adrenal adenoma (HU 5), no follow up required.
Summary: C3 (descending colon polyp). E3 (L1 fracture).""", 'fracture', 'L1', 'moderate')
