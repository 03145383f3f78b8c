from common import R

# ---------------------------------------------------------------- possible_fracture

R("CT", "CT ABDOMEN PELVIS WITH CONTRAST", "possible_fracture", "L1", "", "unspecified", """
CT ABDOMEN AND PELVIS WITH CONTRAST

INDICATION: 78F, nausea, vomiting, abdominal distention. Prior hysterectomy.

COMPARISON: None.

FINDINGS:
Lung bases: Trace bilateral effusions.
Liver: Normal. Gallbladder: Normal. No biliary dilatation.
Pancreas: Normal. Spleen: Normal. Adrenals: Normal.
Kidneys: Normal enhancement, no hydronephrosis.
Bowel: Dilated fluid-filled small bowel loops to 3.6 cm with a transition point in the right lower quadrant, with fecalization proximal to the transition and decompressed distal ileum and colon, likely adhesive. No closed-loop configuration. Bowel walls enhance normally. No pneumatosis.
Peritoneum: Small volume ascites. No free air.
Pelvis: Post hysterectomy. Bladder normal.
Bones: Osteopenia. Possible superior endplate fracture of L1, age indeterminate; correlate with point tenderness. Moderate lower lumbar facet arthropathy.

IMPRESSION:
1. Small bowel obstruction with transition point in the right lower quadrant, likely adhesive. No signs of ischemia.
2. Possible L1 superior endplate fracture.
""", age=78, sex="F")

R("CT", "CT CHEST WITHOUT CONTRAST", "possible_fracture", "T11", "", "unspecified", """
CT CHEST (NON-CONTRAST)

Indication: Abnormal CXR, ?nodule. 72M ex-smoker.

Comparison: CXR last week.

Findings:
The CXR opacity corresponds to a 12 mm rounded area of scarring/atelectasis at the right costophrenic angle adjacent to a calcified pleural plaque, with comet tail configuration in keeping with rounded atelectasis. No suspicious nodule.
Bilateral calcified pleural plaques, consistent with prior asbestos exposure.
Mild emphysema. Airways patent.
Mediastinum: no lymphadenopathy. Heart normal.
Upper abdomen: hepatic steatosis.
Bones: Questionable subtle loss of height of T11, which may represent a compression fracture or may be artefactual from the slightly oblique sagittal reformat. No lytic lesion. Degenerative change.

Impression:
1. Rounded atelectasis at the right base accounting for the CXR finding; no pulmonary nodule.
2. Asbestos-related pleural plaques.
3. ?Subtle T11 compression fracture; correlate clinically, lateral thoracic spine radiograph if required.
""", age=72, sex="M")

R("MR", "MRI LUMBAR SPINE WITHOUT CONTRAST", "possible_fracture", "L2", "", "unspecified", """
MRI LUMBAR SPINE

Clinical history: 64F back pain 6 weeks, worse on standing. Osteopenia.

Technique: Sagittal T1/T2/STIR, axial T2.

Findings:
Linear T2/STIR hyperintensity parallel to the L2 superior endplate without a discrete low T1 fracture line and without height loss. A small fracture cannot be excluded; alternatively this may be a degenerative endplate change given the adjacent disc degeneration.
Vertebral bodies otherwise normal in height and marrow signal.
Conus terminates at L1, normal.
L1-2: Disc desiccation, mild bulge.
L2-3, L3-4: Normal.
L4-5: Mild facet arthropathy, no stenosis.
L5-S1: Mild disc bulge, no nerve root compression.

Impression:
L2 superior endplate signal change, ?subtle fracture versus degenerative. Follow-up MRI in 6-8 weeks could clarify.
""", age=64, sex="F")

R("XR", "XR CHEST PA AND LATERAL", "possible_fracture", "", "", "unspecified", """
CHEST PA & LATERAL

Clinical: cough, fever 3 days. 81 F

Findings:
Heart size normal. Unfolded aorta. Lungs are clear; no focal consolidation, effusion or pneumothorax.
On the lateral view there is ? wedge fracture of a mid thoracic vertebra, suggest dedicated thoracic spine views if clinically relevant.
Degenerative change in the shoulders.

Impression: No acute cardiopulmonary abnormality. ?Mid thoracic vertebral wedge fracture as above.
""", age=81, sex="F")

R("XR", "XR THORACOLUMBAR SPINE", "possible_fracture", "T12", "", "unspecified", """
THORACOLUMBAR SPINE X-RAY

Clinical notes: 76 yo woman. Back pain after bending to pick up the cat. Osteoporosis.

Findings:
Query early compression of T12, with subtle irregularity of the superior endplate anteriorly. No clear loss of height compared with the adjacent vertebrae. No previous films available.
Other vertebral bodies maintained in height.
Degenerative disc disease L3/4 - L5/S1. Facet OA lower lumbar
Calcified aorta

Comment: Possible early T12 compression. If clinically warranted, follow-up radiograph in 2 weeks or MRI would be diagnostic.
""", age=76, sex="F")

R("CT", "CT LUMBAR SPINE WITHOUT CONTRAST", "possible_fracture", "L4", "", "acute", """
CT LUMBAR SPINE WITHOUT CONTRAST

Clinical Indication: 70 year old man, slipped on ice and landed on buttocks, acute LBP.

Technique: Axial with sagittal/coronal reformats.

Findings:
There is subtle cortical buckling at the anterior superior endplate of L4 with faint trabecular condensation, suspicious for an acute L4 superior endplate fracture. No measurable height loss. Posterior elements intact.
Remaining vertebrae intact. Alignment is maintained. Facet arthropathy L4-5, L5-S1. Disc osteophyte complex L4-5 with mild canal narrowing.
Sacrum and coccyx intact on the included images. SI joints normal.

Impression:
Findings suspicious for an acute L4 superior endplate fracture without height loss. MRI with STIR could confirm.
""", age=70, sex="M")

R("XR", "XR THORACIC SPINE AP/LATERAL", "possible_fracture", "T7", "", "unspecified", """
X-RAY THORACIC SPINE

Indication: Upper back pain, 74 yrs F

Findings:
Equivocal anterior wedging of T7; a wedge fracture is not excluded, although the appearance may be physiological given the similar wedging of adjacent levels seen on the previous chest film.
Thoracic kyphosis normal. Disc spaces preserved. No paravertebral soft tissue abnormality. Diffuse osteopenia.

Conclusion:
Equivocal T7 wedging, ?wedge fracture. Further assessment with CT or MRI if clinically indicated.
""", age=74, sex="F")

R("CT", "CT CHEST ABDOMEN PELVIS WITH CONTRAST", "possible_fracture", "L1", "", "unspecified", """
CT CHEST/ABDOMEN/PELVIS WITH CONTRAST

CLINICAL INDICATION: 70M, bladder cancer post cystectomy and ileal conduit, surveillance.

COMPARISON: 2025-12-04.

FINDINGS:
Chest: No pulmonary nodules or masses. No pleural effusion. No adenopathy.
Abdomen: Liver, spleen, pancreas, adrenals normal. Mild bilateral hydronephrosis stable, related to the ileal conduit. Conduit in the right lower quadrant, unremarkable. No retroperitoneal adenopathy. No ascites.
Pelvis: Post cystoprostatectomy. No pelvic mass or adenopathy.
Bones: Probable compression deformity of L1, partially obscured by streak artifact from the patient's arms, which were down. No suspicious lytic or blastic lesion. Degenerative change.

IMPRESSION:
1. No evidence of recurrent or metastatic disease.
2. Stable mild bilateral hydronephrosis.
3. Probable L1 compression deformity; consider dedicated imaging.
""", age=70, sex="M")

R("CT", "CTA CHEST AORTA", "possible_fracture", "T10", "", "unspecified", """
CTA CHEST - THORACIC AORTA

Indication: Follow-up ascending aortic aneurysm. 75F.

Technique: Non-contrast and ECG-gated arterial phase acquisitions.

Comparison: CTA chest 09/2025

Findings:
Aorta: Ascending aorta 4.6 cm at the level of the right pulmonary artery (previously 4.5 cm). Aortic root 4.0 cm. Arch 3.2 cm. Descending thoracic aorta 2.8 cm. No dissection or intramural hematoma. Three-vessel arch with patent origins.
Heart: Normal size. Aortic valve calcification, tricuspid.
Lungs: Minor subsegmental atelectasis. No nodule.
Mediastinum: No adenopathy.
Upper abdomen: Normal.
Bones: There is anterior height reduction of T10 compared with adjacent levels which likely represents a compression fracture, though a prior study with similar appearance is not available for comparison (previous CTA did not include reformats of the spine). Mild thoracic spondylosis.

Impression:
1. Ascending thoracic aortic aneurysm 4.6 cm, slight interval growth. Continued surveillance.
2. Likely T10 compression fracture.
""", age=75, sex="F")

R("MR", "MRI LUMBAR SPINE WITHOUT CONTRAST", "possible_fracture", "L3", "", "unspecified", """
MRI LUMBAR SPINE W/O

Indication: 67M, LBP with left L5 radiculopathy.

Comparison: none

Findings:
Alignment: normal.
Marrow: Faint STIR hyperintensity at the L3 superior endplate, which could represent a subtle fracture or a Modic type 1 change related to the L2-3 disc. No height loss. No fracture line is visible on T1.
Conus: Normal.
L1-2: Normal.
L2-3: Disc desiccation and endplate irregularity.
L3-4: Mild bulge.
L4-5: Left subarticular protrusion compressing the traversing left L5 nerve root. Mild canal stenosis.
L5-S1: Mild facet arthropathy.

Impression:
1. Left L4-5 subarticular protrusion compressing the left L5 root, concordant with symptoms.
2. L3 superior endplate STIR signal, subtle fracture vs Modic 1 change. Clinical correlation.
""", age=67, sex="M")

R("CT", "CT PULMONARY ANGIOGRAM", "possible_fracture", "T6", "", "unspecified", """
CT PULMONARY ANGIOGRAM

Clinical: Pleuritic chest pain, recent long-haul flight, Wells 4.5. 69 F

Technique: Standard CTPA protocol, 60 mL Omnipaque 350.

Findings:
Good opacification of the pulmonary arterial tree. No filling defect to suggest pulmonary embolism.
No consolidation, nodule or effusion. Airways clear.
Heart normal size, no pericardial effusion. No lymphadenopathy.
Upper abdomen unremarkable.
Musculoskeletal: The appearance of the T6 vertebral body is suggestive of a compression fracture, with subtle concavity of the superior endplate; the sagittal reformats are degraded by respiratory motion. Otherwise unremarkable.

Impression:
1. No PE.
2. Appearance suggestive of a T6 compression fracture, limited by motion. Thoracic spine radiograph suggested.
""", age=69, sex="F")

R("CT", "CT ABDOMEN PELVIS WITHOUT CONTRAST", "possible_fracture", "T12", "", "unspecified", """
CT ABDO/PELVIS NON CONTRAST

History: ?renal colic, R flank pain. 65M

Findings:
No urinary tract calculus. No hydronephrosis. Kidneys normal in size.
Appendix normal. No bowel obstruction. Extensive colonic diverticulosis without diverticulitis.
Liver, spleen, adrenals and pancreas unremarkable on non-contrast imaging.
Prostate calcifications.
No free fluid or gas.
Bones: a subtle fracture of the T12 inferior endplate is not excluded, on the sagittal reformats only. Degenerative changes L4-S1. Bilateral hip OA.

Impression:
1. No urolithiasis.
2. Subtle T12 inferior endplate fracture not excluded; correlate for focal tenderness.
""", age=65, sex="M")

R("XR", "XR THORACIC SPINE", "possible_fracture", "T12", "", "unspecified", """
XR THORACIC SPINE

HISTORY: ?T12 fracture. Thoracolumbar pain for 2 weeks, 72F, no trauma.

FINDINGS:
Apparent anterior wedging of T12 on the lateral view, which may be due to projection / positioning or may represent a wedge fracture. The remaining thoracic vertebrae appear normal in height. Generalised osteopenia. Mild thoracic spondylosis. Paraspinal lines normal.

IMPRESSION:
Equivocal T12 wedge fracture. A repeat lateral view centred on the thoracolumbar junction, or CT, would clarify.
""", age=72, sex="F")

R("XR", "XR THORACOLUMBAR JUNCTION", "possible_fracture", "T11;T12", "", "unspecified", """
X-RAY THORACOLUMBAR JUNCTION

Clinical notes: 86F fall at home, pain at TL jn

Report:
Osteopenic bones which limit assessment.
?fractures T11 and T12 - both appear reduced in height anteriorly but there is no prior imaging and the lateral view is rotated.
L1-L5 heights maintained. Degen changes lumbar spine.
Calcified aorta.

Comment: ?T11 and T12 fractures. CT recommended for confirmation.
""", age=86, sex="F")

R("CT", "CT LUMBAR SPINE WITHOUT CONTRAST", "possible_fracture", "L5", "", "unspecified", """
CT LUMBAR SPINE W/O

CLINICAL HISTORY: 79 yo M, fall from standing onto buttocks at home. Lower back pain.

TECHNIQUE: Helical CT from T12 through the coccyx, sagittal and coronal reformations.

FINDINGS:
Alignment: Mild degenerative retrolisthesis of L2 on L3.
Vertebral bodies: Cannot exclude a fracture of the L5 vertebral body: there is a questionable lucent line through the anterior inferior cortex on two consecutive sagittal images, without displacement or height loss. L1 through L4 intact.
Posterior elements: Intact.
Disc spaces: Severe disc space narrowing with vacuum phenomenon L4-5 and L5-S1.
Sacrum and coccyx: No fracture.
Soft tissues: No paraspinal hematoma. Atherosclerotic aorta.

IMPRESSION:
1. Cannot exclude a nondisplaced fracture of the anterior inferior L5 vertebral body. If clinical concern persists, MRI recommended.
2. Lumbar spondylosis.
""", age=79, sex="M")

R("MR", "MRI LUMBAR SPINE WITHOUT CONTRAST", "possible_fracture", "L4", "", "unspecified", """
MR LUMBAR SPINE

Indication: 71 year old female, axial low back pain, osteoporosis on alendronate.

Findings:
Schmorl's node at the superior endplate of L2, no surrounding oedema.
Possible subtle compression fracture at L4: subtle concavity of the superior endplate with a thin band of low T1 signal, no STIR hyperintensity. Other vertebral heights are preserved.
Conus normal at L1.
L3/4: Disc bulge with mild bilateral foraminal narrowing.
L4/5: Facet hypertrophy and ligamentum flavum thickening, moderate canal stenosis.
L5/S1: Disc desiccation, no neural compromise.

Impression:
1. Moderate L4/5 canal stenosis.
2. Possible subtle L4 compression fracture, no oedema.
3. Incidental L2 Schmorl's node.
""", age=71, sex="F")

R("CT", "CT CHEST ABDOMEN PELVIS WITH CONTRAST (TRAUMA)", "possible_fracture", "T10", "", "unspecified", """
CT CHEST, ABDOMEN AND PELVIS - TRAUMA

Clinical details: 90-year-old male, fall from standing at home onto the right side, on warfarin. Right chest wall pain.

Technique: Portal venous phase CT with bone reformats.

Comparison: None.

FINDINGS:
Chest: Acute minimally displaced fractures of the right 6th, 7th and 8th ribs laterally. Small right haemothorax. No pneumothorax. Bibasal atelectasis.
Abdomen: No solid organ injury. No free fluid. Simple hepatic cysts. Small hiatus hernia.
Pelvis: No pelvic fracture. Bilateral hip osteoarthritis.
Spine: Possible subtle superior endplate fracture of T10, with faint anterior cortical step seen only on the sagittal reformats. Remaining thoracolumbar vertebral bodies normal in height. Diffuse idiopathic skeletal hyperostosis with flowing anterior ossification T5-T11, no fracture through the ankylosed segment identified.

CONCLUSION:
1. Right 6th-8th rib fractures with small haemothorax.
2. Possible subtle T10 superior endplate fracture.
3. No abdominal or pelvic injury.
""", age=90, sex="M")

R("CT", "CT ABDOMEN PELVIS WITH CONTRAST", "possible_fracture", "L1", "", "unspecified", """
CT ABDOMEN PELVIS WITH CONTRAST

HISTORY: 73F with diffuse abdominal pain and weight loss.

COMPARISON: CT A/P 2024-02-11.

FINDINGS:
Liver and spleen normal. Gallbladder unremarkable. Pancreas: no mass, no ductal dilatation. Adrenals and kidneys normal. Bowel normal caliber, no wall thickening. Appendix normal. Small hiatal hernia. No adenopathy. No ascites. Bladder and pelvic organs unremarkable. Aortoiliac atherosclerosis.
Bones: Compression fracture of L1. Lumbar spondylosis.

IMPRESSION:
1. No acute intra-abdominal abnormality to account for symptoms.
2. L1 compression fracture.

ADDENDUM: The study was re-reviewed at the request of the referring physician alongside the 2024 CT. The L1 vertebral body has the same configuration on the 2024 examination and the apparent height loss may be related to the angle of the sagittal reformats rather than a true fracture. An L1 fracture cannot be excluded but is less certain than stated above; the impression should read "possible L1 compression fracture".
""", age=73, sex="F")

R("CT", "CT CHEST WITH CONTRAST", "possible_fracture", "T6", "", "acute", """
CT CHEST W CONTRAST

History: 77 yo M, COPD exacerbation, on prednisone bursts. Chest and upper back pain.

Comparison: CT chest 07/2025.

Findings:
Lungs: Moderate emphysema. Bronchial wall thickening. Mucus plugging in the left lower lobe segmental bronchi. No pneumonia. No nodules.
Pleura: no effusion or pneumothorax.
Mediastinum: No lymphadenopathy. Normal heart.
Upper abdomen: Unremarkable.
Bones: Possible new compression deformity at T6 compared with 07/2025, with subtle superior endplate concavity; limited by motion. Thoracic spondylosis.

Impression:
1. Emphysema with airway inflammation and left lower lobe mucus plugging.
2. Possible new T6 compression deformity. Consider dedicated thoracic spine radiograph.
""", age=77, sex="M")

R("NM", "NM BONE SCAN WHOLE BODY", "possible_fracture", "T12", "", "unspecified", """
WHOLE BODY BONE SCAN

Indication: 80F, diffuse back and hip pain, osteoporosis. Evaluate for occult fracture.

Technique: 740 MBq Tc-99m HDP, delayed whole body images at 3 hours with spot views of the spine.

Comparison: None.

Findings:
Horizontal linear focus of increased tracer uptake at T12, which could reflect an insufficiency fracture; correlation with radiographs is recommended.
Degenerative type uptake in the lower lumbar facets, both knees and the first carpometacarpal joints. No sacral or femoral neck uptake to suggest a fracture at those sites.
Renal and bladder activity normal.

Conclusion:
Linear T12 uptake, ?insufficiency fracture. No other focal abnormality.
""", age=80, sex="F")


# ---------------------------------------------------------------- excluded

R("CT", "CT TRAUMA PANSCAN", "excluded", "", "", "", """
CT TRAUMA PAN-SCAN (HEAD, C-SPINE, CHEST, ABDOMEN, PELVIS)

History: 24M, driver in high-speed MVC vs tree, prolonged extrication. Back pain, lower limb paresthesia.

Comparison: None.

Findings:
Head: No intracranial injury. Small left parietal scalp hematoma.
C-spine: No fracture or malalignment.
Chest: Bilateral lower lobe contusions. Nondisplaced right 9th rib fracture. No pneumothorax. Normal mediastinum; aorta intact.
Abdomen/pelvis: Grade II splenic laceration without active extravasation. Small perisplenic hemoperitoneum. Liver, kidneys, pancreas intact. Bowel unremarkable.
Thoracolumbar spine: Acute L1 burst fracture with approximately 40% loss of anterior height, comminution of the superior endplate and 6 mm retropulsion of a posterosuperior fragment with approximately 45% canal compromise at the level of the conus. Widening of the interpedicular distance. No other spinal fracture.
Pelvis: Intact.

IMPRESSION:
1. Acute unstable-appearing L1 burst fracture with 45% canal compromise; MRI to evaluate conus and posterior ligamentous complex.
2. Grade II splenic laceration with small hemoperitoneum.
3. Bilateral pulmonary contusions, right 9th rib fracture.
Findings discussed with the trauma team leader at 03:40.
""", age=24, sex="M")

R("CT", "CT THORACIC AND LUMBAR SPINE WITHOUT CONTRAST", "excluded", "", "", "", """
CT THORACOLUMBAR SPINE

Clinical details: 58 year old man fell approximately 3 metres from a ladder onto his back. Thoracolumbar pain.

Technique: Non-contrast helical, bone and soft tissue algorithms, MPR.

Findings:
Acute compression fracture of T12 with about 30% loss of anterior vertebral body height and a fracture line through the superior endplate extending to the anterior cortex. The posterior wall is intact. Small amount of paravertebral haematoma. No retropulsion. Posterior elements intact.
Remaining vertebral bodies of normal height. Alignment preserved. No other fracture.
Minor degenerative change. Bone density normal.

Impression: Acute T12 compression fracture (fall from ladder), stable AO A1 configuration.
""", age=58, sex="M")

R("MR", "MRI THORACIC SPINE WITH AND WITHOUT CONTRAST", "excluded", "", "", "", """
MRI THORACIC SPINE W/WO CONTRAST

INDICATION: 61F with metastatic breast cancer (ER+), new mid back pain. Assess for cord compression.

TECHNIQUE: Sagittal T1, T2, STIR, post-gad T1 FS sagittal and axial.

COMPARISON: PET/CT 2026-04-09, bone scan 2025.

FINDINGS:
Pathologic fracture of T9 with approximately 35% loss of height, the vertebral body replaced by T1 hypointense, enhancing tumor with convex bulging of the posterior cortex and extension into the left pedicle. Small ventral epidural tumor component at T9 indenting the thecal sac without cord compression; cord signal normal.
Additional enhancing metastases in T4, T6 (no fracture) and the right T11 pedicle.
No other compression deformity.
Paraspinal soft tissue: Small left paravertebral soft tissue component at T9.

IMPRESSION:
1. Pathologic T9 compression fracture due to metastasis with small ventral epidural extension, no cord compression. ESCC grade 1b.
2. Additional thoracic osseous metastases at T4, T6 and right T11 pedicle.
Recommend radiation oncology consultation.
""", age=61, sex="F")

R("CT", "CT WHOLE BODY LOW DOSE SKELETAL SURVEY", "excluded", "", "", "", """
WHOLE BODY LOW-DOSE CT (MYELOMA SKELETAL SURVEY)

Clinical: 69M, newly diagnosed IgG kappa multiple myeloma. Baseline staging.

Technique: Low dose non-contrast CT vertex to knees. Bone reconstructions.

Findings:
Innumerable punched-out lytic lesions throughout the calvarium, ribs, pelvis, proximal humeri and femora, and the vertebral bodies.
Spine: Diffuse myelomatous involvement with pathologic compression fractures of T10 (approx 30% height loss) and L2 (approx 50%) through lytic lesions. Posterior cortex of L2 mildly bulging, no significant canal compromise. No extraosseous soft tissue mass.
Largest femoral lesion: 2.8 cm in the left proximal femoral diaphysis with 40% cortical thinning - Mirels scoring recommended.
Lungs: clear. No pleural effusions.
Other: Mild splenomegaly.

Conclusion:
1. Extensive lytic myeloma bone disease.
2. Pathological vertebral compression fractures of T10 and L2 secondary to myeloma.
3. Left proximal femoral lesion with cortical thinning: orthopaedic assessment for fracture risk.
""", age=69, sex="M")

R("CT", "CT LUMBAR SPINE WITHOUT CONTRAST", "excluded", "", "", "", """
CT LUMBAR SPINE

Clinical history: 81F, fall from standing onto her right side on the kitchen floor. Right flank and back pain.

Technique: Axial acquisition with sagittal and coronal reformats.

Comparison: None.

Findings:
Acute minimally displaced fractures of the right L2, L3 and L4 transverse processes. Small adjacent right psoas haematoma.
Vertebral body heights are preserved. No vertebral body fracture. Alignment is normal. Pedicles, laminae and spinous processes intact.
Multilevel degenerative disc disease. Facet arthropathy L4-S1.
Right kidney: no perinephric haematoma.

IMPRESSION:
Acute right L2-L4 transverse process fractures with small psoas haematoma. No vertebral body fracture.
""", age=81, sex="F")

R("XR", "XR CERVICAL SPINE 3 VIEWS", "excluded", "", "", "", """
CERVICAL SPINE XR

Clinical: 52M, sudden pain at base of neck while shoveling heavy clay in the garden. Felt a "pop".

Findings:
There is an oblique fracture of the C7 spinous process with mild inferior displacement of the distal fragment (clay-shoveler's fracture). Vertebral body heights and alignment are maintained. Prevertebral soft tissues normal. Mild disc space narrowing C5/6 with small anterior osteophytes.

Impression:
Acute C7 spinous process (clay-shoveler's) fracture. Stable injury. No vertebral body fracture.
""", age=52, sex="M")

R("MR", "MRI LUMBAR SPINE WITH AND WITHOUT CONTRAST", "excluded", "", "", "", """
MRI LUMBAR SPINE WITH AND WITHOUT CONTRAST

Indication: 73M, diabetic, fever, severe back pain, CRP 210, Staph aureus bacteremia.

Technique: Sag T1, T2, STIR; post-contrast sagittal and axial T1 FS.

Comparison: CT abdomen 2 weeks ago.

Findings:
L3-L4 discitis-osteomyelitis: T2 hyperintense fluid signal within the L3-4 disc with enhancement, erosion of the opposing endplates and confluent marrow oedema and enhancement throughout the L3 and L4 vertebral bodies. There is collapse of the L4 vertebral body with approximately 40% loss of height secondary to the infection, progressed since the CT.
Bilateral psoas abscesses, 3.1 cm on the right and 1.8 cm on the left. Ventral epidural phlegmon from L3 to L4 with a small 4 mm epidural abscess narrowing the canal, mild compression of the thecal sac.
Conus normal.
Degenerative changes L5-S1.

Impression:
1. L3-4 discitis-osteomyelitis with infective collapse of L4.
2. Bilateral psoas abscesses and ventral epidural phlegmon / small abscess.
Findings communicated to the admitting team.
""", age=73, sex="M")

R("CT", "CT CHEST ABDOMEN PELVIS WITH CONTRAST", "excluded", "", "", "", """
CT C/A/P WITH CONTRAST

Clinical history: Metastatic castrate-resistant prostate cancer, restaging. 77M. New low back pain.

Comparison: 05/2026.

Findings:
Chest: No pulmonary metastases. No effusion. Mild bronchiectasis.
Abdomen/pelvis: Enlarging left para-aortic and common iliac nodes, largest 2.2 cm (previously 1.5 cm). Liver clear. No ascites. Prostate bed: irregular soft tissue, unchanged. Bladder wall trabeculated.
Bones: Progressive diffuse sclerotic osseous metastases involving the spine, pelvis, ribs and proximal femora. New pathological collapse of the L3 vertebral body, which is replaced by sclerotic metastatic disease, with approximately 50% height loss and slight posterior bulge. No discrete soft tissue extension into the canal on CT. No other vertebral collapse.

Impression:
1. Disease progression: enlarging retroperitoneal and pelvic nodes and progressive sclerotic bone metastases.
2. New pathological L3 collapse through a sclerotic metastasis. MRI if neurological symptoms.
""", age=77, sex="M")

R("NM", "PET-CT FDG WHOLE BODY", "excluded", "", "", "", """
F-18 FDG PET/CT

Indication: 66 yo F, newly diagnosed non-small cell lung cancer (adenocarcinoma) right upper lobe, staging.

Technique: 370 MBq FDG, 60 min uptake, vertex to thighs. BGL 5.8 mmol/L.

Findings:
Primary: 3.4 cm spiculated RUL mass, SUVmax 14.2.
Nodes: FDG-avid right hilar (SUV 8.1) and subcarinal (SUV 6.5) nodes. No contralateral or supraclavicular nodes.
Liver, adrenals: No avid lesions.
Skeleton: Intensely avid lytic lesion replacing much of the T6 vertebral body and extending into the right pedicle (SUVmax 11.9) with a pathological fracture and ~30% loss of height. Additional avid lytic lesion in the left iliac wing.
Brain: Not assessed (MRI recommended).

Impression:
1. RUL primary with ipsilateral hilar and subcarinal nodal disease.
2. Osseous metastases at T6 (with pathological fracture) and left iliac wing: M1c. Stage IVB.
""", age=66, sex="F")

R("CT", "CT CERVICAL SPINE WITHOUT CONTRAST", "excluded", "", "", "", """
CT CERVICAL SPINE

HISTORY: 22 y/o male, diving accident into shallow water at lake, neck pain, bilateral upper limb tingling.

TECHNIQUE: Noncontrast axial CT occiput to T2 with sagittal and coronal reformats.

FINDINGS:
There is a hyperflexion teardrop fracture of C5 with a triangular fragment from the anteroinferior corner of the C5 vertebral body, retrolisthesis of the posterior C5 body on C6 by 3 mm and widening of the C5-6 interspinous distance. Associated prevertebral soft tissue swelling from C3 to C6.
Other vertebral bodies are normal in height. Lateral masses and facets aligned. No other fracture.

IMPRESSION:
Unstable C5 flexion teardrop fracture with retrolisthesis and posterior ligamentous disruption. Recommend MRI to assess the cord. Neurosurgery informed.
""", age=22, sex="M")

R("CT", "CT TRAUMA CHEST ABDOMEN PELVIS WITH CONTRAST", "excluded", "", "", "", """
CT CHEST ABDOMEN PELVIS (TRAUMA)

Clinical: 34 F, motorcyclist thrown approximately 10 m after collision with a car at speed. Abdominal pain, back pain.

Findings:
Chest: Right apical pneumothorax, small. Right first and second rib fractures. Lungs otherwise clear. Mediastinum normal.
Abdomen: Small amount of free fluid in the pelvis; no solid organ laceration identified. Subtle jejunal wall thickening; no free gas. Correlate clinically for bowel injury.
Spine: Horizontal fracture through the L2 vertebral body extending through both pedicles and the spinous process, with widening of the interspinous distance: flexion-distraction (Chance) fracture of L2. Mild focal kyphosis. Canal is not significantly compromised.
Pelvis: No fracture.

Impression:
1. L2 Chance fracture (flexion-distraction injury), unstable.
2. Right first and second rib fractures with small pneumothorax.
3. Free pelvic fluid with jejunal wall thickening: close observation for hollow viscus injury.
""", age=34, sex="F")

R("MR", "MRI LUMBAR SPINE WITHOUT CONTRAST", "excluded", "", "", "", """
MRI LUMBAR SPINE

Clinical notes: 19M, fast bowler (cricket), 3 months of low back pain on extension. ?spondylolysis.

Technique: Sagittal T1/T2/STIR, axial T2, thin section oblique sagittal through the pars.

Findings:
Acute bilateral L5 pars interarticularis stress fractures, with bone marrow oedema in the pars and adjacent pedicles bilaterally; the fracture line is complete on the left and incomplete on the right. No spondylolisthesis.
Vertebral body heights and marrow signal are otherwise normal.
Discs are well hydrated with no herniation. Conus normal.

Conclusion:
Acute bilateral L5 pars stress fractures (left complete, right incomplete) without listhesis. Sports medicine review advised.
""", age=19, sex="M")

R("CT", "CT THORACIC SPINE WITHOUT CONTRAST", "excluded", "", "", "", """
CT THORACIC SPINE

History: 46M, MVC, T-boned on the driver's side at 60 km/h. Upper back pain.

Technique: Helical acquisition C7 to L1 with reformats.

Findings:
Acute nondisplaced fracture of the left T3 lamina extending to the base of the spinous process. Acute fractures of the left posterior 2nd to 4th ribs near the costovertebral junctions. Small left extrapleural haematoma.
The thoracic vertebral bodies are normal in height with no vertebral body fracture. Alignment maintained. Facet joints congruent.
Lung apices: small left apical contusion.

Impression:
1. Acute left T3 laminar fracture; vertebral bodies intact.
2. Acute left posterior 2nd-4th rib fractures with small extrapleural haematoma.
""", age=46, sex="M")

R("CT", "CT THORACIC SPINE WITHOUT CONTRAST", "excluded", "", "", "", """
CT T-SPINE W/O CONTRAST

INDICATION: 39M fell approximately 5 m from a roof while installing solar panels. Mid back pain. Neurologically intact.

COMPARISON: None

FINDINGS:
Acute compression fractures of T4, T5 and T6 with approximately 20%, 35% and 25% anterior height loss respectively. Superior endplate fracture lines with anterior cortical buckling at each level. Posterior cortices intact. No retropulsion. Posterior elements intact. Small prevertebral/paraspinal hematoma T4-T6.
Sternum: Nondisplaced fracture of the manubrium.
Other levels intact.

IMPRESSION:
Acute T4-T6 compression fractures following a fall from height; manubrial fracture. Recommend CTA chest if not already performed to exclude aortic injury.
""", age=39, sex="M")

R("NM", "PET-CT FDG SKULL BASE TO THIGH", "excluded", "", "", "", """
FDG PET/CT

Indication: 55F, Hodgkin lymphoma (nodular sclerosis), staging. Mid back pain.

Technique: Standard protocol. Blood glucose 5.2 mmol/L.

Findings:
Neck: FDG-avid bilateral cervical and supraclavicular nodes, largest 2.5 cm on the left (SUVmax 12).
Chest: Bulky anterior mediastinal nodal mass 8.1 cm (SUVmax 15.3). Avid right hilar nodes.
Abdomen/pelvis: Spleen mildly enlarged with multiple avid foci. No avid abdominal nodes.
Skeleton: Intense FDG uptake throughout the T8 vertebral body with lymphomatous involvement and collapse of T8 (about 40% height loss), with a small right paraspinal soft tissue component. Further avid marrow foci in the left iliac bone and right proximal femur.

Impression:
Hodgkin lymphoma, stage IV (splenic and osseous involvement), with pathological collapse of T8 due to lymphomatous infiltration.
""", age=55, sex="F")

R("MR", "MRI THORACIC SPINE WITH AND WITHOUT CONTRAST", "excluded", "", "", "", """
MRI THORACIC SPINE +/- GADOLINIUM

Clinical details: 38M, recent migrant, 4 months thoracic back pain, night sweats, weight loss, positive Quantiferon. ?Pott's disease

Findings:
Destruction of the contiguous T10 and T11 vertebral bodies with collapse, predominantly of T11 (about 50% height loss), causing a focal kyphosis (gibbus). Relative sparing of the T10/11 disc. Large bilateral paraspinal abscesses with thin smooth enhancing walls extending along the anterior longitudinal ligament from T8 to T12 and subligamentous spread. Epidural extension at T10/11 with mild cord compression; no cord signal change.

Impression:
Tuberculous spondylitis (Pott's disease) T10-T11 with vertebral collapse, paraspinal abscesses and epidural extension causing mild cord compression. Urgent spinal surgical and infectious diseases review.
""", age=38, sex="M")

R("CT", "CT TRAUMA PANSCAN", "excluded", "", "", "", """
CT TRAUMA - HEAD, CERVICAL SPINE, CHEST, ABDOMEN, PELVIS

History: 67F pedestrian struck by a car travelling at approx 50 km/h. GCS 14. Back and left chest pain.

Findings:
Head: Small right frontal subdural haematoma, 4 mm, no mass effect. Right frontal scalp haematoma.
C-spine: No fracture. Degenerative change.
Chest: Acute left 3rd-7th rib fractures, flail segment 5th-7th. Moderate left haemopneumothorax. Left lower lobe contusion.
Abdomen/Pelvis: No solid organ injury. No free fluid. Undisplaced left superior pubic ramus fracture.
Thoracolumbar spine: Acute compression fracture of L1 with 30% height loss and an associated paravertebral haematoma. No retropulsion. Posterior elements intact. No other vertebral fracture.

Impression:
1. Small right frontal SDH.
2. Left flail chest (5th-7th ribs) with moderate haemopneumothorax and contusion.
3. Acute traumatic L1 compression fracture.
4. Left superior pubic ramus fracture.
""", age=67, sex="F")

R("CT", "CT ABDOMEN PELVIS WITH CONTRAST", "excluded", "", "", "", """
CT ABDOMEN/PELVIS WITH IV CONTRAST

Clinical: 64M, right renal mass on ultrasound, back pain.

Comparison: Ultrasound 1 week prior.

Findings:
Kidneys: 7.8 cm heterogeneously enhancing mass arising from the upper pole of the right kidney with central necrosis, consistent with renal cell carcinoma. Tumour thrombus extends into the right renal vein, not into the IVC. Left kidney normal.
Nodes: Enlarged right para-caval nodes up to 1.9 cm.
Liver: Two hypervascular lesions in segments 6 and 8, suspicious for metastases.
Adrenals: Normal.
Bones: Expansile lytic metastasis in the L1 vertebral body with cortical breakthrough and a pathological fracture, with approximately 30% loss of height. Soft tissue extends into the left neural foramen. No other osseous lesions.
Lung bases: Multiple small pulmonary nodules, suspicious for metastases.

Impression:
1. Right renal cell carcinoma with renal vein tumour thrombus.
2. Metastatic disease: liver, lungs, nodes and L1 with pathological fracture.
""", age=64, sex="M")

R("CT", "CT CERVICAL SPINE WITHOUT CONTRAST", "excluded", "", "", "", """
CT C-SPINE WITHOUT CONTRAST

Clinical: 57 yo male, rollover MVC, neck pain, left arm radiating pain.

Technique: Axial 0.625 mm with sagittal and coronal reformats.

Comparison: None.

Findings:
Acute fracture of the left C6 superior articular facet with a small mildly displaced fragment and extension into the left C6 lateral mass. No facet subluxation or perching. Left C6-7 neural foramen narrowed by the fracture fragment.
Vertebral body heights are maintained. Alignment anatomic. No prevertebral swelling beyond expected.
Spondylosis C5-6 with disc osteophyte complex.
Vertebral artery foramina: the fracture extends to the left C6 transverse foramen; CTA neck recommended to exclude vertebral artery injury.

Impression:
1. Acute left C6 facet / lateral mass fracture extending into the transverse foramen. CTA neck recommended.
2. No vertebral body fracture.
""", age=57, sex="M")

R("CT", "CT THORACIC AND LUMBAR SPINE RECONSTRUCTIONS (FROM TRAUMA CT)", "excluded", "", "", "", """
CT THORACOLUMBAR SPINE RECONSTRUCTIONS

Indication: 45F, restrained front seat passenger in a high-speed MVC on the highway (~100 km/h), seat belt sign.

Technique: Reformatted from the trauma CT chest/abdomen/pelvis.

Findings:
Acute compression fracture of T7 with 25-30% loss of anterior vertebral body height and a small associated paraspinal haematoma. The posterior wall is intact. No retropulsion. Posterior elements intact.
No other thoracic or lumbar spine fracture. Normal alignment. Normal bone density for age.
Rib cage intact. Sternum intact.

Impression:
Acute traumatic T7 compression fracture (AO A1) related to the high-speed collision. Small paraspinal haematoma.
""", age=45, sex="F")
