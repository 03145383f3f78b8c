from common import R

# ---------------------------------------------------------------- fracture, part 1

R("CT", "CT CHEST ABDOMEN PELVIS W CONTRAST", "fracture", "T12", "mild", "chronic", """
EXAM: CT CHEST, ABDOMEN AND PELVIS WITH IV CONTRAST

CLINICAL HISTORY: 71-year-old female with sigmoid adenocarcinoma status post resection 2023. Surveillance.

TECHNIQUE: Axial CT images were obtained from the thoracic inlet through the pubic symphysis following the administration of 100 mL Omnipaque 350. Coronal and sagittal reformats were reviewed. DLP 812 mGy-cm.

COMPARISON: CT CAP 11/14/2024.

FINDINGS:
Lower neck/thyroid: Subcentimeter hypodense nodule left thyroid lobe, not further characterized.
Lungs and airways: Stable 4 mm solid nodule right upper lobe (series 4 image 61). Mild centrilobular emphysema. Dependent atelectasis bilateral lower lobes. No consolidation.
Pleura: No effusion or pneumothorax.
Heart and mediastinum: Normal heart size. Coronary artery calcifications. No pericardial effusion. No mediastinal or hilar lymphadenopathy.
Liver: No focal hepatic lesion. Patent portal veins.
Gallbladder and bile ducts: Cholelithiasis without evidence of cholecystitis. No biliary dilatation.
Pancreas: Fatty atrophy. No mass.
Spleen: Normal.
Adrenals: Stable 1.2 cm left adrenal adenoma.
Kidneys: Bilateral simple cortical cysts. No hydronephrosis.
Bowel: Postsurgical changes of sigmoid colectomy with intact anastomosis. No bowel obstruction.
Peritoneum/retroperitoneum: No ascites. No lymphadenopathy.
Vessels: Moderate atherosclerotic calcification of the abdominal aorta, nonaneurysmal.
Bladder/pelvis: Unremarkable. Uterus surgically absent.
Body wall: Small fat-containing umbilical hernia.
Bones: Diffuse osteopenia. Multilevel thoracic spondylosis with bridging anterior osteophytes. Mild dextroconvex thoracolumbar scoliosis. Mild compression deformity of the T12 vertebral body, unchanged from prior. No suspicious lytic or blastic osseous lesion.

IMPRESSION:
1. No evidence of recurrent or metastatic disease in the chest, abdomen or pelvis.
2. Stable 4 mm right upper lobe pulmonary nodule.
3. Cholelithiasis.
4. Osteopenia with chronic mild T12 compression deformity, unchanged.
""", age=71, sex="F")

R("CT", "CTA CHEST PE PROTOCOL", "fracture", "T8", "moderate", "acute", """
CT ANGIOGRAM CHEST (PULMONARY EMBOLISM PROTOCOL)

Indication: 82 y/o M, acute dyspnea, tachycardia, elevated D-dimer. Eval for PE.

Technique: Helical CT of the chest after IV contrast timed to the pulmonary arteries. 3D MIP reconstructions performed on an independent workstation.

Comparison: CT chest 06/02/2024

Findings:
Pulmonary arteries: Adequate opacification to the subsegmental level. No filling defect to suggest pulmonary embolism. Main pulmonary artery measures 2.9 cm.
Heart: Mild cardiomegaly. RV/LV ratio less than 1. Mitral annular calcification. Trace pericardial fluid.
Aorta: Normal caliber. Mild atherosclerosis.
Mediastinum: Small volume paratracheal nodes, not enlarged by size criteria.
Lungs: Interlobular septal thickening and small bilateral pleural effusions, most consistent with mild interstitial edema. Bibasilar subsegmental atelectasis.
Upper abdomen: Limited. Small hiatal hernia. Cholecystectomy clips.
Osseous structures: Moderate anterior wedge compression deformity of the T8 vertebral body, new compared with 06/02/2024. Degenerative changes of the thoracic spine. Old healed left 7th and 8th rib fractures. No aggressive osseous lesion.

IMPRESSION:
1. No pulmonary embolism.
2. Findings of mild congestive heart failure with small bilateral effusions.
3. New moderate T8 vertebral compression fracture since June 2024. Clinical correlation for point tenderness recommended.
""", age=82, sex="M")

R("XR", "XR LUMBAR SPINE AP AND LATERAL", "fracture", "L1", "moderate", "unspecified", """
XR LUMBAR SPINE

Clinical notes: 77F fall getting out of bed 2 weeks ago, ongoing low back pain. ? Fracture

Report:
Five lumbar type vertebral bodies. There is a wedge compression fracture of L1 with approx 30% loss of anterior vertebral body hieght. Posterior cortex appears intact on the lateral view. No retropulsion evident though this is better assessed on CT.
Remaining vertebral body heights preserved
Moderate degenerative disc disease L4/5 and L5/S1 with disc space narrowing and endplate osteophytosis. Facet hypertrophy at the lower two levels
Aortic calcification noted. Bowel gas pattern unremarkable.

Comment:
L1 wedge compression fracture, ~30% height loss. Age uncertain on plain film - correlate with site of tenderness; MRI with STIR would date it if this changes management.
""", age=77, sex="F")

R("MR", "MRI LUMBAR SPINE WITHOUT CONTRAST", "fracture", "L2", "mild", "acute", """
MRI LUMBAR SPINE WITHOUT CONTRAST

HISTORY: 68 year old woman, sudden onset lower back pain after lifting a grocery bag. No trauma. Osteopenia on DXA 2022.

TECHNIQUE: Sagittal T1, T2, STIR; axial T1 and T2 from T12 to S1.

COMPARISON: Lumbar spine radiographs 3 days prior.

FINDINGS:
Alignment: Mild levoconvex curvature. Straightening of the normal lumbar lordosis.
Vertebral bodies: Superior endplate fracture of L2 with band-like bone marrow edema on STIR extending through the upper half of the vertebral body. Approximately 20% loss of anterior height. No posterior cortical bulge or retropulsion. No abnormal marrow replacement on T1; the fatty marrow signal is preserved in the lower half of the body. Small Schmorl's node at the inferior endplate of L4 without edema.
Conus: Terminates at L1, normal signal.
T12-L1: Unremarkable.
L1-L2: Mild disc bulge. No stenosis.
L2-L3: Unremarkable.
L3-L4: Mild facet arthropathy. Patent canal.
L4-L5: Disc desiccation with broad-based bulge and moderate facet hypertrophy producing mild canal stenosis and mild bilateral foraminal narrowing.
L5-S1: Disc height loss. Small central protrusion without nerve root contact.
Paraspinal soft tissues: Unremarkable.

IMPRESSION:
1. Acute mild L2 superior endplate compression fracture with bone marrow edema, no retropulsion. Benign (osteoporotic) marrow characteristics.
2. L4-L5 degenerative changes with mild canal stenosis.
""", age=68, sex="F")

R("CT", "CT TRAUMA CHEST ABDOMEN PELVIS", "fracture", "T6", "moderate", "chronic", """
CT CHEST/ABDOMEN/PELVIS TRAUMA PROTOCOL

CLINICAL INFORMATION: 74M, restrained driver in MVC, moderate speed, airbag deployment. Left chest wall pain. GCS 15.

TECHNIQUE: Contrast-enhanced CT of the chest, abdomen and pelvis in the portal venous phase. Multiplanar bone reformats.

COMPARISON: None available.

FINDINGS:
CHEST: Nondisplaced fractures of the left anterolateral 4th, 5th and 6th ribs. Small left pneumothorax, approximately 1 cm at the apex. Pulmonary contusion in the lingula. No hemothorax. Mediastinum normal in width; no mediastinal hematoma. Aorta intact. Nondisplaced sternal body fracture with small retrosternal hematoma.
ABDOMEN/PELVIS: Liver, spleen, pancreas, adrenals and kidneys are intact without laceration. No free fluid or free air. Bowel unremarkable. Bladder intact. Prostatomegaly.
SPINE: Chronic moderate anterior wedge deformity of the T6 vertebral body with sclerotic, corticated margins and flowing anterior osteophytes bridging T5-T7; no fracture lucency, no paraspinal hematoma. Findings are remote in appearance. Thoracolumbar spine otherwise demonstrates normal alignment without acute fracture. Multilevel lumbar spondylosis.
PELVIS: No pelvic ring or acetabular fracture. Hips congruent.

IMPRESSION:
1. Acute left 4th-6th rib fractures with small left pneumothorax and lingular contusion.
2. Nondisplaced sternal fracture.
3. No acute spinal fracture. Chronic moderate T6 wedge deformity, remote in appearance and not related to the current trauma.
4. No solid organ injury.

Critical findings discussed with Dr. Patel (trauma) at 22:14.
""", age=74, sex="M")

R("CT", "CT THORACIC AND LUMBAR SPINE WITHOUT CONTRAST", "fracture", "T11", "", "chronic", """
CT THORACOLUMBAR SPINE W/O CONTRAST

Hx: 63M fell approx 4 m from a ladder while cleaning gutters. Back pain, no neuro deficit.

Technique: Axial 1 mm images with sagittal and coronal reformats, soft tissue and bone kernels.

Comparison: CT abdomen 2021 (report only, images not available for review)

Findings:
There is an acute burst fracture of L3 with comminution of the superior endplate, approximately 35% loss of vertebral body height and 4 mm retropulsion of the posterosuperior fragment narrowing the canal by approx 30%. Fracture extends into the left pedicle. Posterior ligamentous complex not assessable on CT. Small adjacent paraspinal hematoma.
Acute fractures of the right L2 and L3 transverse processes.
Healed compression fracture of T11 with sclerosis along the superior endplate and no soft tissue swelling, consistent with an old injury, described on the 2021 CT report.
Alignment otherwise maintained. Remaining vertebral bodies normal in height.
Degenerative facet disease L4-S1.
Imaged retroperitoneum: no hematoma beyond the paraspinal one noted above.

IMPRESSION
1. Acute L3 burst fracture with mild retropulsion, TLICS to be determined with MRI. Left pedicle involvement.
2. Acute right L2 and L3 transverse process fractures.
3. Old healed T11 compression fracture, previously reported.
Discussed with ED physician.
""", age=63, sex="M")

R("CT", "CT ABDOMEN PELVIS WITH CONTRAST", "fracture", "L1;L2", "", "chronic", """
CT ABDOMEN AND PELVIS WITH IV CONTRAST

Indication: RLQ pain, r/o appendicitis. 84F.

Comparison: CT A/P 2023-08-19

Findings:
Lung bases: Clear. Small hiatal hernia.
Liver: Scattered hepatic cysts, largest 1.4 cm segment 7. Unchanged.
GB: Normal.
Biliary: CBD 8 mm, stable, likely age-related.
Pancreas: Unremarkable.
Spleen: Normal size.
Adrenals: Normal.
Kidneys: Symmetric enhancement. 5 mm nonobstructing right lower pole stone. No hydro.
GI: Normal appendix is visualized. Extensive sigmoid diverticulosis without diverticulitis. No obstruction.
Pelvis: Bladder decompressed. Uterus atrophic. No adnexal mass.
Lymph nodes: None enlarged.
Vasculature: Atherosclerotic calcification, no aneurysm.
MSK: Status post kyphoplasty at L1 and L2 with cement in good position. No new compression fracture. Grade 1 degenerative anterolisthesis of L4 on L5. Severe bilateral hip osteoarthritis.

IMPRESSION:
1. Normal appendix. No acute abdominopelvic process to explain the pain.
2. Sigmoid diverticulosis without diverticulitis.
3. Prior L1-L2 kyphoplasty without new fracture.
""", age=84, sex="F")

R("MR", "MRI THORACIC AND LUMBAR SPINE WITHOUT CONTRAST", "fracture", "T12;L2", "mild", "acute", """
MRI THORACOLUMBAR SPINE

CLINICAL: 79-year-old woman, prior vertebroplasty, new severe back pain one week. ?new fracture

TECHNIQUE: Sagittal T1, T2 and STIR of the thoracic and lumbar spine, axial T2 through the lower thoracic and lumbar levels.

COMPARISON: MRI lumbar spine 14/02/2025.

FINDINGS:
Vertebroplasty cement is present within the T12 vertebral body, with chronic wedging and no residual marrow oedema at this level.
New mild compression fracture of L2 involving the superior endplate with marrow oedema on STIR; anterior height loss estimated at 20-22%. No retropulsion. No paraspinal collection.
The remaining thoracic and lumbar vertebral bodies are of normal height and marrow signal. No marrow replacing lesion.
Thoracic cord normal in calibre and signal. Conus at L1.
L3/4 and L4/5 moderate degenerative change with mild central canal narrowing at L4/5. Facet effusions at L4/5.

IMPRESSION:
1. New acute mild L2 compression fracture.
2. Prior T12 vertebroplasty, stable.
3. Lumbar spondylosis, mild canal narrowing at L4/5.
""", age=79, sex="F")

R("NM", "PET-CT SKULL BASE TO MID THIGH (FDG)", "fracture", "T9", "mild", "unspecified", """
FDG PET/CT - SKULL BASE TO MID THIGH

INDICATION: Diffuse large B-cell lymphoma, end-of-treatment response assessment. 66-year-old man.

TECHNIQUE: 4.9 mCi F-18 FDG IV, uptake time 62 minutes. Blood glucose 104 mg/dL. Low-dose non-contrast CT for attenuation correction and localization. Mediastinal blood pool SUVmax 1.9, liver SUVmax 2.8.

COMPARISON: Baseline PET/CT 05/21/2026 and interim PET/CT 07/30/2026.

FINDINGS:
HEAD/NECK: Physiologic uptake in the brain, Waldeyer ring and salivary glands. Previously FDG-avid left level II and level III nodes have resolved, residual 6 mm short axis, no uptake above background.
CHEST: Resolution of the previously avid anterior mediastinal mass; residual 1.8 cm soft tissue with uptake less than mediastinal blood pool (Deauville 2). No new pulmonary nodules. Port catheter tip at the cavoatrial junction.
ABDOMEN/PELVIS: Physiologic hepatic, renal and bowel activity. Spleen normal in size with homogeneous uptake. No avid retroperitoneal or mesenteric nodes.
MUSCULOSKELETAL: Diffusely increased marrow uptake, likely reactive post-chemotherapy / G-CSF. Mild compression deformity of T9 without focal FDG avidity and without an underlying lytic lesion on CT, favored to be benign/osteoporotic. Degenerative uptake at the bilateral AC joints.

IMPRESSION:
1. Complete metabolic response (Deauville 2).
2. Mild T9 compression deformity without associated FDG uptake or lesion, favoured benign. Consider bone health assessment.
""", age=66, sex="M")

R("CT", "CT ABDOMEN PELVIS WITHOUT CONTRAST (RENAL STONE)", "fracture", "L1", "", "unspecified", """
CT KUB / RENAL STONE PROTOCOL

History: L flank pain radiating to groin, hematuria

Technique: Low-dose noncontrast CT abdomen pelvis.

Comparison: none

Findings: 4 mm obstructing calculus at the left UVJ with mild left hydroureteronephrosis and perinephric stranding. Additional 3 mm nonobstructing stone in the left lower pole. Right kidney without stone or hydronephrosis. Liver, spleen, pancreas, adrenal glands grossly unremarkable on this noncontrast exam. Gallbladder is present. Appendix normal. Colonic diverticulosis. Bladder partially distended, unremarkable. Prostate enlarged. No free fluid. Lumbar spine: degenerative disc disease with vacuum phenomenon L3-4 and L4-5, facet arthropathy at L4-5 and L5-S1, L1 compression fracture age indeterminate, mild levoscoliosis.

Impression:
1. 4 mm left UVJ calculus with mild obstruction.
2. Nonobstructing left renal stone.
3. L1 compression fracture, age indeterminate. Correlate with any back tenderness.
""", age=72, sex="M")

R("CT", "CT CHEST WITHOUT CONTRAST", "fracture", "T11;T12", "mild", "chronic", """
CT CHEST W/O CONTRAST

INDICATION: f/u pulmonary nodules, 60 pack year hx

COMPARISON: 09/2025 LDCT

FINDINGS
LUNGS: moderate centrilobular and paraseptal emphysema, upper lobe predominant. the 6 mm RLL nodule (se 3 im 188) is unchanged. no new nodule. no consolidation
AIRWAYS: mild bronchial wall thickening. patent central airways
PLEURA: no effusion. apical pleural parenchymal scarring
MEDIASTINUM/HEART: heart normal size. dense 3 vessel coronary calcification. no adenopathy
UPPER ABD: small low attenuation lesion in the liver too small to characterize. bilateral adrenal glands normal
BONES: mild compresion deformity of the T11 and 12 vertebral bodies, unchanged. mild thoracic kyphosis. degenerative change. no destructive lesion

IMPRESSION
1. stable 6 mm RLL nodule, Lung-RADS 2
2. emphysema
3. coronary artery calcification
4. chronic mild T11 and T12 compression deformities, stable
""", age=69)

R("XR", "XR THORACOLUMBAR SPINE", "fracture", "T12", "moderate", "chronic", """
X-RAY THORACOLUMBAR SPINE

Clinical Hx: 81yo female, back pain worse over 3/12. Hx osteoporosis, on denosumab.

Findings:
Old wedge fracture D12 with approx 35% anterior heigth loss, no change from previous film 2024.
Thoracic kyphosis exaggerated. Osteopenic bones.
Multilevel lumbar spondylosis, most marked L3/4 and L4/5 with disc space narrowing and osteophytes
Mild degenerative scoliosis, convex to the right.
Surgical clips RUQ.

CONCLUSION:
Established D12 wedge fracture, unchanged. No new fracture identified. If symptoms persist, consider MRI.
""", age=81, sex="F")

R("CT", "CT THORACIC SPINE WITHOUT CONTRAST", "fracture", "T11;T12", "", "unspecified", """
CT THORACIC SPINE

History: mid back pain, osteoporosis, 88 y/o woman. No trauma.

Technique: Axial helical acquisition with sagittal and coronal reconstructions.

Findings: The 11th and 12th thoracic vertebral bodies demonstrate biconcave deformities with depression of both the superior and inferior endplates centrally. No cortical breach of the posterior wall. The remaining thoracic vertebral bodies are normal in height. Diffuse demineralization. Thoracic alignment is maintained with mild exaggerated kyphosis. Multilevel endplate osteophytes. Costovertebral joints degenerative. No paraspinal mass. Partially imaged lungs demonstrate dependent atelectasis.

Impression:
Biconcave fracture deformities of T11 and T12 in the setting of osteoporosis. No retropulsion.
""", age=88, sex="F")

R("MR", "MRI LUMBAR SPINE WITH AND WITHOUT CONTRAST", "fracture", "L1;L2;L3", "moderate", "unspecified", """
MR LUMBAR SPINE W/WO GADOLINIUM

CLINICAL INDICATION: 73M, chronic LBP, weight loss denied. Known osteoporosis. Exclude marrow infiltrative process.

TECHNIQUE: Sag T1, T2, STIR, post-contrast sag and axial T1 fat sat; axial T2.

COMPARISON: Radiographs 10/2025.

FINDINGS:
L1 through L3 compression fractures. Genant grade 2 at L2 (approximately 30% height loss) and grade 1 at L1 and L3. No marrow edema at any of these levels. Normal fatty marrow signal on T1 at all three levels, no convex posterior cortex, no epidural or paraspinal soft tissue and no abnormal enhancement; features favor benign osteoporotic fractures over pathologic.
Conus normal, ends at L1-2.
L3-4: Diffuse bulge with mild canal stenosis.
L4-5: Bulge, ligamentum flavum thickening and facet hypertrophy with moderate canal stenosis and moderate bilateral lateral recess narrowing, contacting the traversing L5 roots.
L5-S1: Mild bilateral foraminal narrowing.
Incidental: 1.6 cm left renal cyst.

IMPRESSION:
1. Benign-appearing L1, L2 and L3 compression fractures without edema; Genant 2 at L2 and Genant 1 at L1 and L3. No evidence of marrow infiltrative process.
2. Moderate L4-5 canal stenosis.
""", age=73, sex="M")

R("CT", "CT CHEST ABDOMEN PELVIS WITH CONTRAST", "fracture", "T7;T8;T9", "severe", "unspecified", """
CT CHEST/ABD/PELVIS W/ CONTRAST

CLINICAL: 90F with falls and weight loss, query malignancy

COMPARISON: No prior cross sectional imaging.

FINDINGS:
CHEST: Bilateral dependent atelectasis. No pulmonary mass. Small left effusion. Thyroid multinodular, enlarged, causing mild leftward tracheal deviation. Heart mildly enlarged. Mitral annular and aortic valve calcification.
ABDOMEN: Liver normal. Gallbladder distended with sludge, no wall thickening. Pancreas atrophic. Spleen normal. Adrenals nodular. Kidneys with cortical scarring and bilateral cysts. No hydronephrosis. Small bowel and colon unremarkable. No ascites or adenopathy.
PELVIS: Bladder normal. Uterus with calcified fibroids.
VASCULAR: Tortuous calcified aorta.
BONES: Marked osteopenia. Multilevel compression deformities T7-T9, most severe at T8 which shows vertebra plana. Exaggerated thoracic kyphosis. Lumbar spondylosis. Old healed left superior and inferior pubic rami fractures. No lytic or sclerotic lesion.

IMPRESSION:
1. No CT evidence of malignancy.
2. Multilevel thoracic compression fractures (T7-T9), severe at T8 (vertebra plana), in the setting of marked osteopenia. Recommend osteoporosis workup / FLS referral.
3. Multinodular goiter with mild tracheal deviation.
""", age=90, sex="F")

R("CT", "CT CHEST WITH CONTRAST", "fracture", "", "mild", "unspecified", """
CT THORAX WITH CONTRAST

Indication: Persistent cough, ex-smoker. ? lung malignancy

Comparison: CXR 3 weeks prior

Findings:
No mass or suspicious nodule. Mild bronchiectasis in the lingula and right middle lobe with mucus plugging, bronchial wall thickening. Tree-in-bud opacities right middle lobe, likely infective / aspiration. No effusions. No lymphadenopathy. Heart and great vessels normal. Oesophagus is patulous with an air fluid level, ?dysmotility.
Upper abdomen: cholelithiasis.
Musculoskeletal: mild mid-thoracic wedge compression deformity, no acute features appreciated. Degenerative change of the thoracic spine. No aggressive bone lesion.

Impression:
1. Bronchiectasis RML/lingula with infective small airways change. No lung malignancy demonstrated.
2. Patulous fluid filled oesophagus, suggest correlation for dysmotility / achalasia.
3. Mild mid-thoracic wedge compression deformity.
""", age=76, sex="F")

R("XR", "XR CHEST PA AND LATERAL", "fracture", "", "moderate", "acute", """
CHEST X-RAY PA/LATERAL

CLINICAL HISTORY: SOB, fever. 85 M

COMPARISON: 03/2023

FINDINGS: Patchy left basilar opacity with small left effusion. Right lung clear. Heart size upper normal. Aortic knob calcified. No pneumothorax.
Lateral view: moderate wedge compression of a lower thoracic vertebral body, new since 2023. Remaining visualized vertebral bodies appear intact. Degenerative changes of the spine and shoulders.

IMPRESSION:
1. Left lower lobe pneumonia with small parapneumonic effusion.
2. New moderate lower thoracic vertebral compression deformity; dedicated thoracic spine films or CT could localize the level if clinically relevant.
""", age=85, sex="M")

R("CT", "CT ABDOMEN PELVIS WITH CONTRAST", "fracture", "L1;L3", "mild", "acute", """
CT ABDO/PELVIS

COMPARISON: CT abdomen/pelvis 14/05/2025, which showed an L1 compression fracture. Liver has a normal appearance. Stable 9 mm hypodensity in segment 4a, likely a cyst. Gallbladder contracted. Pancreas normal. Spleen normal. Adrenal glands normal. Kidneys: bilateral parapelvic cysts, no hydronephrosis. Appendix normal. Moderate faecal loading. No bowel obstruction. No free fluid. No lymphadenopathy. Bladder normal. Hysterectomy. Mild aortoiliac atheroma.
The L1 compression deformity is again seen. There is a new mild superior endplate fracture of L3 (approximately 20% height loss) not present on the May study. Generalised osteopenia. Degenerative change lower lumbar facets.

IMPRESSION:
1. New mild L3 superior endplate compression fracture since 05/2025.
2. Known L1 compression fracture.
3. No acute intra-abdominal abnormality. Faecal loading.
""", age=78, sex="F")

R("CT", "CT THORACIC AND LUMBAR SPINE WITHOUT CONTRAST", "fracture", "T12", "moderate", "unspecified", """
CT THORACOLUMBAR SPINE

Indication: 70 year old female, fall from standing, thoracolumbar pain.

Technique: helical CT T1 to sacrum, reformats.

Findings:
There is a wedge compression fracture of the first lumbar vertebral body with approximately 30% loss of anterior height and a buckled anterior cortex. Posterior vertebral body line intact. Posterior elements intact. No canal compromise.
Remaining vertebral bodies are of normal height. Multilevel degenerative disc disease. Osteopenia.
Pelvis partly imaged, no fracture seen.

Impression: L1 wedge compression fracture (~30%), stable configuration.

ADDENDUM (same day): On review of the scout and full thoracic coverage there are 11 rib-bearing thoracic vertebrae on the right and a hypoplastic 12th rib on the left. Counting from C2, the fractured vertebra is T12, not L1 as stated above. The report should read "T12 wedge compression fracture (~30%)". Referring clinician informed.
""", age=70, sex="F")

R("MR", "MRI THORACIC SPINE WITHOUT CONTRAST", "fracture", "T5;T7;T8", "mild", "acute", """
MRI THORACIC SPINE W/O

HISTORY: 86M, acute on chronic thoracic back pain, on long-term prednisone for COPD.

TECHNIQUE: Sag T1/T2/STIR, axial T2.

COMPARISON: CT chest 2025.

FINDINGS:
Acute compression fractures of T7 and T8 with STIR hyperintense edema throughout both vertebral bodies, each with mild superior endplate depression. No retropulsion. Chronic wedge deformity of T5 without edema, present on the prior CT.
Remaining vertebral bodies preserve height. No marrow replacing lesion.
Cord normal caliber without signal abnormality. No epidural collection.
Mild disc bulges T6-7 through T9-10 without stenosis. Bilateral small pleural effusions.

IMPRESSION:
1. Acute T7 and T8 compression fractures.
2. Chronic T5 wedge compression deformity.
3. No cord compression.
""", age=86, sex="M")

R("CT", "CT HEAD AND CERVICAL SPINE WITHOUT CONTRAST", "fracture", "T2;T3", "mild", "unspecified", """
CT HEAD AND CERVICAL SPINE NON CONTRAST

Clinical: 92 yo F, mechanical fall at nursing home, struck head, on apixaban

HEAD: No acute intracranial hemorrhage, mass effect or midline shift. Moderate chronic small vessel ischemic change. Generalised volume loss. Old right occipital lacunar infarct. No skull fracture. Left frontal scalp hematoma.

CERVICAL SPINE: Alignment is anatomic. No acute cervical spine fracture. Craniocervical junction intact. Severe multilevel degenerative disc disease C4-5 through C6-7 with uncovertebral and facet arthropathy, moderate foraminal stenosis left C5-6. Prevertebral soft tissues normal.
Partially imaged upper thoracic spine shows mild anterior wedge deformities of T2 and T3, age indeterminate. No other abnormality in the visualized upper thorax. Biapical pleural thickening.

IMPRESSION:
1. No acute intracranial abnormality. Left frontal scalp hematoma.
2. No acute cervical spine fracture.
3. Mild age-indeterminate anterior wedge deformities of T2 and T3 on the edge of the field. Dedicated thoracic imaging if there is upper thoracic tenderness.
""", age=92, sex="F")

R("CT", "CT CHEST ABDOMEN PELVIS WITH CONTRAST", "fracture", "T10", "severe", "unspecified", """
CT Chest/Abdomen/Pelvis with IV contrast

Clinical notes: 67F, weight loss, anaemia. ?Occult malignancy. Long-term steroid use for polymyalgia.

Comparison: Nil.

FINDINGS
Thorax: No pulmonary nodule or mass. Minor dependent changes. No pleural or pericardial effusion. No thoracic lymphadenopathy. Heart normal size.
Abdomen: Liver, gallbladder, pancreas, spleen and adrenals unremarkable. Kidneys normal. No hydronephrosis. The bowel is unremarkable with no mass identified; colonoscopy remains the more sensitive test. No lymphadenopathy. No ascites.
Pelvis: Bladder, uterus and adnexa unremarkable.
Skeleton: Generalised osteopenia. The T10 vertebral body has lost approximately 60% of its anterior height with preserved posterior height, giving a wedge configuration. Fatty marrow is preserved and there is no soft tissue mass or cortical destruction. Small Schmorl's nodes in the upper lumbar spine. Degenerative changes at L5/S1.

CONCLUSION
1. No CT evidence of an occult malignancy.
2. Severe T10 wedge fracture (approx 60% height loss) in the context of long-term glucocorticoid use; no features of a pathological fracture. Recommend bone health assessment.
""", age=67, sex="F")

R("CT", "CTA ABDOMINAL AORTA AND BILATERAL ILIOFEMORAL RUNOFF", "fracture", "L1", "", "chronic", """
CTA ABDOMEN/PELVIS WITH BILATERAL LOWER EXTREMITY RUNOFF

INDICATION: 76M with bilateral claudication, left worse than right. Preprocedural planning.

TECHNIQUE: CTA from the diaphragm through the feet following a bolus of IV contrast. MIP and 3D VR reformats.

COMPARISON: CT A/P 2024.

FINDINGS:
VASCULAR:
Abdominal aorta: 3.1 cm infrarenal ectasia, no aneurysm. Moderate mixed plaque.
Celiac, SMA, IMA: Patent.
Renal arteries: Single bilaterally, mild ostial narrowing on the left.
Iliacs: Moderate stenosis of the left common iliac origin (approx 60%). Right iliac system patent with mild disease.
Femoral/popliteal: Long segment occlusion of the left SFA from its origin to the adductor canal with reconstitution of the above-knee popliteal via collaterals. Right SFA with multifocal moderate stenoses.
Runoff: Three-vessel runoff on the right; two-vessel (peroneal and posterior tibial) on the left.
NONVASCULAR:
Lower chest: Bibasilar scarring.
Abdomen/pelvis: Sigmoid diverticulosis. Prostatomegaly. Small bilateral fat-containing inguinal hernias.
Musculoskeletal: Degenerative disc disease L4-5 and L5-S1 with disc height loss and vacuum phenomenon. Grade 1 anterolisthesis L4 on L5. Anterior wedging of L1 which is unchanged from 2024. Bilateral hip osteoarthritis, moderate.

IMPRESSION:
1. Left SFA occlusion with reconstitution of the above-knee popliteal artery. Left common iliac origin stenosis approx 60%.
2. Multifocal moderate right SFA stenoses.
3. Infrarenal aortic ectasia 3.1 cm.
4. Stable L1 anterior wedging.
""", age=76, sex="M")

R("CT", "CT LUMBAR SPINE WITHOUT CONTRAST", "fracture", "L4", "moderate", "chronic", """
CT LUMBAR SPINE WITHOUT CONTRAST

History: 80 y.o. woman, chronic low back pain, previous L4 fracture 2022, pre-op planning for stenosis

Technique: Non-enhanced CT L1-S1 with bone and soft tissue algorithms.

Comparison: XR lumbar spine 2025-01-07.

Vertebral bodies: there is a chronic appearing compression fracture of L4 with 30 % loss of height and a sclerotic healed superior endplate, unchanged. The other lumbar vertebral bodies are normal in height. Bone density subjectively reduced.
Alignment: 5 mm degenerative anterolisthesis L3 on L4. Mild levoscoliosis apex L2.
Discs: vacuum disc L3-4, L4-5.
L3-4: Severe canal stenosis from listhesis, disc uncovering and facet hypertrophy; severe bilateral lateral recess narrowing.
L4-5: Moderate canal stenosis. Moderate left foraminal narrowing.
L5-S1: Mild bilateral facet arthropathy, no significant stenosis.
Paraspinal: Fatty atrophy of the paraspinal musculature. Aortic calcification.

Impression:
1. Severe L3-4 canal stenosis secondary to degenerative listhesis and facet hypertrophy.
2. Chronic healed L4 compression fracture, 30% height loss, unchanged.
""", age=80, sex="F")

R("CT", "CT CHEST ABDOMEN PELVIS WITH CONTRAST", "fracture", "T12", "", "chronic", """
CT CHEST ABDOMEN PELVIS WITH CONTRAST

HISTORY: Restaging, metastatic melanoma on immunotherapy.

COMPARISON: 2026-06-11.

CHEST: Interval decrease in size of the right lower lobe metastasis, now 9 mm (previously 14 mm). No new pulmonary nodules. No pleural effusion. Small mediastinal nodes unchanged.
ABDOMEN AND PELVIS: Hepatic segment 6 metastasis decreased to 1.1 cm. No new hepatic lesion. Spleen, pancreas, kidneys unremarkable. Left adrenal nodule unchanged at 1.4 cm, stable since baseline. No ascites or adenopathy. Bowel unremarkable.
BONES: redemonstrated chronic T12 compression deformity, sequela of prior fracture, unchanged from prior. No new osseous lesion. Degenerative changes of the spine.

IMPRESSION:
1. Continued partial response of pulmonary and hepatic metastases.
2. No new sites of disease.
3. Stable chronic T12 compression deformity.
""", age=58, sex="M")

R("CT", "CT CHEST WITH CONTRAST", "fracture", "T6;T8", "", "unspecified", """
CT CHEST WITH CONTRAST
Indication: Interstitial lung disease follow-up. 74 y/o F on prednisone and mycophenolate.
Comparison: CXR 2019; no prior CT available on PACS.
Findings:
Lungs: Subpleural reticulation with traction bronchiectasis, basal predominant, and no honeycombing, in keeping with a fibrotic NSIP pattern. Ground-glass component in the lower lobes. No nodules.
Mediastinum: Mildly dilated oesophagus. Reactive subcentimetre nodes. Main PA 3.3 cm, dilated.
Heart: Normal size, no effusion.
Bones: age-indeterminate compression fractures of T6 and T8, not present on the 2019 chest radiograph. Thoracic kyphosis. No lytic or sclerotic lesions.
Upper abdomen: unremarkable.
Impression:
1. Fibrotic NSIP pattern ILD. Dilated oesophagus, ?scleroderma.
2. Dilated main pulmonary artery, which can be seen in pulmonary hypertension; echo suggested.
3. Age-indeterminate T6 and T8 compression fractures; given steroid use, bone health assessment recommended.
""", age=74, sex="F")

R("XR", "XR THORACIC SPINE 2 VIEWS", "fracture", "T9", "", "unspecified", """
XR THORACIC SPINE AP/LATERAL

CLINICAL INFO: back pain after coughing fit, 79F

FINDINGS:
There is loss of height of the T9 vertebral body anteriorly in keeping with a wedge fracture. The posterior vertebral body height is maintained.
Remaining thoracic vertebrae appear intact. Pedicles visualised on the AP view. Mild thoracic scoliosis convex right. Diffuse osteopenia. Degenerative endplate osteophytes mid to lower thoracic spine.
Lungs clear in the visualised fields.

IMPRESSION: T9 anterior wedge fracture. Age cannot be determined radiographically; no prior for comparison.
""", age=79, sex="F")

R("NM", "NM WHOLE BODY BONE SCAN WITH SPECT-CT", "fracture", "L2", "mild", "acute", """
NUCLEAR MEDICINE WHOLE BODY BONE SCINTIGRAPHY WITH SPECT/CT OF THE THORACOLUMBAR SPINE

Clinical indication: 78 yo male, prostate adenocarcinoma Gleason 4+3, PSA 6.2. Staging. Recent onset low back pain.

Radiopharmaceutical: 21.8 mCi Tc-99m MDP IV. Whole body planar imaging at 3 hours; SPECT/CT of the thoracolumbar spine.

Comparison: None.

Findings:
Intense linear band of increased uptake along the superior aspect of L2. The SPECT/CT localizes this to a compression fracture of the L2 superior endplate with approximately 20% height loss, sclerotic impaction line and no lytic or sclerotic lesion, no cortical destruction and no soft tissue component. The uptake pattern and CT appearance are those of a recent benign compression fracture.
Degenerative uptake in the lower lumbar facets, both knees, both first MTP joints and the right sternoclavicular joint.
Symmetric renal excretion. Bladder activity normal.
No scintigraphic evidence of osseous metastatic disease.

Impression:
1. Recent L2 superior endplate compression fracture, benign in appearance on SPECT/CT.
2. No evidence of osseous metastases.
3. Degenerative uptake as described.
""", age=78, sex="M")
