from common import R

# ---------------------------------------------------------------- non_fracture_deformity

R("CT", "CT CHEST WITH CONTRAST", "non_fracture_deformity", "", "", "", """
CT CHEST WITH CONTRAST

Clinical indication: 63 year old man, persistent right lower lobe opacity after treated pneumonia.

Comparison: CXR 6 weeks ago.

Findings:
Lungs: Residual subsegmental atelectasis and minor scarring in the right lower lobe, markedly improved compared with the radiograph. No mass. No endobronchial lesion. Minimal paraseptal emphysema.
Pleura: No effusion.
Mediastinum: Normal calibre aorta. No lymphadenopathy. Heart normal.
Upper abdomen: Small hiatal hernia. Left renal cyst.
Bones: Schmorl's nodes at the inferior endplate of T11 and the superior endplates of T12 and L1, with sclerotic margins. No compression fracture. Mild thoracic spondylosis.

Impression:
Near-resolution of the right lower lobe opacity with residual atelectasis/scarring. No underlying mass.
""", age=63, sex="M")

R("XR", "XR THORACIC SPINE 2 VIEWS", "non_fracture_deformity", "", "", "", """
THORACIC SPINE X-RAY

Clinical: 28 M, office worker, longstanding upper back ache, postural kyphosis noted by physio.

Findings:
Increased thoracic kyphosis measuring approximately 58 degrees. Anterior wedging of T7, T8 and T9 (each greater than 5 degrees) with irregular undulating endplates and multiple Schmorl's nodes. Mild narrowing of the intervening disc spaces.
No scoliosis. Pedicles intact.

Conclusion:
Appearances are those of Scheuermann's disease (T7-T9) with associated hyperkyphosis.
""", age=28, sex="M")

R("XR", "XR LUMBAR SPINE 2 VIEWS", "non_fracture_deformity", "", "", "", """
LUMBAR SPINE XR

Clinical notes: 45F, chronic LBP, no trauma.

Findings:
Triangular well-corticated ossific fragment at the anterosuperior corner of L4 with a corresponding defect of the vertebral body margin, in keeping with a limbus vertebra. Vertebral body heights elsewhere normal.
Mild disc space narrowing L4/5 and L5/S1. Lumbar lordosis normal.
SI joints normal.

Comment: L4 limbus vertebra (developmental, due to intraosseous disc herniation at the ring apophysis) - not to be mistaken for a fracture. Mild lower lumbar degenerative change.
""", age=45, sex="F")

R("CT", "CT CHEST WITHOUT CONTRAST", "non_fracture_deformity", "", "", "", """
CT CHEST W/O

INDICATION: 76F, lung cancer screening (baseline), 35 pack-years, quit 2015.

FINDINGS:
Lungs: 3 mm perifissural nodule along the right major fissure, benign morphology. Mild centrilobular emphysema. No consolidation.
Airways: Patent.
Pleura: No effusion.
Mediastinum/hila: No lymphadenopathy. Mild coronary artery calcification.
Thyroid: Normal.
Upper abdomen: Unremarkable.
Bones: Mild anterior wedging of T8 with anterior osteophytes, endplate sclerosis and marked narrowing of the T7-8 and T8-9 discs, in keeping with degenerative remodelling rather than fracture. Multilevel thoracic spondylosis.

IMPRESSION:
1. Lung-RADS 2: benign appearing perifissural nodule. Annual LDCT in 12 months.
2. Mild emphysema. Coronary artery calcification.
""", age=76, sex="F")

R("CT", "CT CHEST ABDOMEN PELVIS WITH CONTRAST", "non_fracture_deformity", "", "", "", """
CT CHEST/ABDOMEN/PELVIS WITH IV CONTRAST

Clinical history: 59M, testicular seminoma post orchiectomy 2024, surveillance.

Comparison: 2025-09-15.

FINDINGS:
Chest: Clear lungs. No nodules. No adenopathy.
Abdomen: Liver, spleen, pancreas, kidneys, adrenals normal. No retroperitoneal lymphadenopathy; the left para-aortic station is clear.
Pelvis: Post left orchiectomy. No pelvic adenopathy.
Bones: Butterfly vertebra at T9 with a sagittal cleft and bilateral triangular hemi-bodies, congenital. Adjacent vertebral endplates remodelled to accommodate. No fracture. No suspicious bone lesion.

IMPRESSION:
No evidence of recurrent seminoma. Incidental T9 butterfly vertebra, a developmental anomaly.
""", age=59, sex="M")

R("MR", "MRI THORACIC AND LUMBAR SPINE WITHOUT CONTRAST", "non_fracture_deformity", "", "", "", """
MRI THORACOLUMBAR SPINE

Clinical: 31F, congenital scoliosis, pregnancy planning, anaesthetic review for epidural.

Technique: Sagittal and coronal T1/T2, axial T2.

Findings:
Right-sided hemivertebra at L2, fully segmented, with a resultant levoconvex lumbar curve (approximately 24 degrees). Compensatory thoracic curve. No associated bar.
No diastematomyelia. No syrinx. Conus terminates at L1 and is normal in signal. Filum not thickened. No tethering.
Discs normal for age. No canal stenosis.

Conclusion:
Fully segmented right L2 hemivertebra with congenital scoliosis. No intraspinal anomaly. No contraindication to neuraxial anaesthesia from an imaging perspective.
""", age=31, sex="F")

R("XR", "XR CERVICAL SPINE", "non_fracture_deformity", "", "", "", """
CERVICAL SPINE RADIOGRAPHS

History: Neck stiffness, 54 M.

Findings:
Congenital fusion of the C5 and C6 vertebral bodies (block vertebra) with a rudimentary disc remnant and a characteristic waist at the level of the fused disc; the posterior elements are also fused. The fused bodies are reduced in anteroposterior diameter. Adjacent segment degenerative change at C4/5 and C6/7 with osteophytes and disc space narrowing.
Alignment: loss of the normal cervical lordosis.
Prevertebral soft tissues normal.

Impression: Congenital C5/6 block vertebra with adjacent segment spondylosis.
""", age=54, sex="M")

R("CT", "CT ABDOMEN PELVIS WITH CONTRAST", "non_fracture_deformity", "", "", "", """
CT ABDOMEN AND PELVIS WITH CONTRAST

Indication: 27M, sickle cell disease (HbSS), acute abdominal pain, ?splenic infarct ?cholecystitis.

Comparison: Ultrasound 2025.

Findings:
Spleen: Small, densely calcified (autosplenectomy).
Liver: Mild hepatomegaly, hepatic iron deposition suggested by high attenuation.
Gallbladder: Multiple pigment stones; no wall thickening or pericholecystic fluid.
Biliary: No duct dilatation.
Pancreas, adrenals: normal.
Kidneys: Enlarged with papillary calcification in keeping with sickle nephropathy. No hydronephrosis.
Bowel: No obstruction. No bowel wall thickening.
Bones: Central step-like depressions of the superior and inferior endplates of multiple thoracolumbar vertebral bodies (H-shaped vertebrae), characteristic of sickle cell disease (central endplate growth arrest from microvascular infarction). Diffuse medullary sclerosis. Bone infarcts in both femoral heads without collapse. No vertebral fracture.

Impression:
1. Cholelithiasis without cholecystitis. No acute abdominal finding.
2. Autosplenectomy.
3. Skeletal sequelae of sickle cell disease including H-shaped vertebrae and femoral head infarcts.
""", age=27, sex="M")

R("CT", "CT ABDOMEN PELVIS WITHOUT CONTRAST", "non_fracture_deformity", "", "", "", """
CT ABDOMEN/PELVIS WITHOUT CONTRAST

HISTORY: 62F, ESRD on haemodialysis via left arm fistula. Abdominal pain, ?peritonitis (previous PD catheter).

COMPARISON: 2024.

FINDINGS:
Bilateral atrophic kidneys with multiple acquired cysts, consistent with acquired cystic kidney disease. No solid lesion on this noncontrast exam.
Small volume ascites, no loculated collection. Peritoneal thickening without calcification.
Liver, spleen, pancreas, adrenal glands unremarkable. Gallbladder normal. Bowel unremarkable.
Extensive vascular calcification including mesenteric and iliac arteries.
Bones: Band-like sclerosis of the superior and inferior endplates of all lumbar vertebrae (rugger-jersey spine) with subtle concave remodelling of the endplates, in keeping with renal osteodystrophy / secondary hyperparathyroidism. Vertebral body heights preserved, no vertebral fracture. Subperiosteal resorption at the sacroiliac joints.

IMPRESSION:
1. Small volume ascites without loculated collection; peritoneal thickening, consider sampling if peritonitis suspected.
2. Renal osteodystrophy with rugger-jersey spine.
""", age=62, sex="F")

R("XR", "XR THORACOLUMBAR SPINE", "non_fracture_deformity", "", "", "", """
XR THORACOLUMBAR SPINE

Clinical notes: 52F, ?fracture, fell on ice 1 week ago landing on buttocks. Tender at TL junction.

Findings:
Mild wedge shape of the T11, T12 and L1 vertebral bodies, symmetrical and physiological at the thoracolumbar junction, with smooth intact endplates and cortices. No fracture.
Alignment normal. Disc spaces preserved. Bone density appears normal.
No paraspinal soft tissue swelling.

Conclusion: No fracture. Physiological wedging at the thoracolumbar junction (normal variant).
""", age=52, sex="F")

R("MR", "MRI LUMBAR SPINE WITHOUT CONTRAST", "non_fracture_deformity", "", "", "", """
MRI LUMBAR SPINE WITHOUT CONTRAST

History: 48M, acute severe low back pain after heavy deadlift at the gym 10 days ago. ?compression fracture

Technique: Sagittal T1, T2, STIR; axial T2.

Findings:
There is an acute Schmorl's node in the superior endplate of L1, with a rounded intravertebral disc herniation and surrounding bone marrow oedema on STIR. The L1 vertebral body height is preserved with no fracture line and no endplate collapse; appearances are of an acute Schmorl's node rather than a compression fracture.
Other vertebral bodies normal.
Conus normal.
L4-5: Small central protrusion without neural compromise.
L5-S1: Disc desiccation.

Impression:
Acute (oedematous) Schmorl's node L1 superior endplate, a recognised cause of acute back pain. No compression fracture.
""", age=48, sex="M")

R("CT", "CT LUMBAR SPINE WITHOUT CONTRAST", "non_fracture_deformity", "", "", "", """
CT LUMBAR SPINE

Clinical: 66F, low back pain, ?osteoporotic fracture.

Findings:
There is a defect in the superior endplate of L2 with surrounding sclerosis, in keeping with a compression fracture. Remaining vertebral bodies normal in height. Degenerative disc disease L4/5 with vacuum phenomenon. Mild facet arthropathy L4-S1.

Impression: L2 superior endplate compression fracture.

ADDENDUM: Following review at the spine MDT with the MRI of last year: the L2 superior endplate defect is a well-corticated Schmorl's node, unchanged from the MRI, and not a fracture. L2 vertebral body height is preserved. There is no vertebral fracture. Impression should read: "L2 Schmorl's node. No fracture." The referrer has been informed.
""", age=66, sex="F")

R("CT", "CT ABDOMEN PELVIS WITH CONTRAST", "non_fracture_deformity", "", "", "", """
CT ABDOMEN/PELVIS ENHANCED

Reason for exam: Microscopic haematuria, 60M.

Technique: CT urogram - non-contrast, nephrographic and excretory phases.

Findings:
Kidneys: No renal mass. No calculi. No hydronephrosis. Normal excretion with no filling defect in the collecting systems or ureters.
Bladder: Mild wall thickening at the base, likely related to prostatomegaly; cystoscopy is the test of choice for the bladder.
Prostate: Enlarged, 62 mL.
Liver, spleen, pancreas, adrenals unremarkable.
Bowel unremarkable.
Bones: Bilateral smooth parasagittal concavities of the inferior endplates of L4 and L5 ("Cupid's bow" contour), a normal variant. No vertebral fracture. Mild facet arthropathy.

Impression:
No upper tract cause for haematuria identified. Prostatomegaly. Cystoscopy recommended.
""", age=60, sex="M")

R("CT", "CT CHEST WITH CONTRAST", "non_fracture_deformity", "", "", "", """
CT CHEST

INDICATION: Staging for melanoma of the back (Breslow 2.1 mm). 58M.

COMPARISON: None.

FINDINGS:
Lungs: No pulmonary nodules. Dependent atelectasis.
Mediastinum: No adenopathy. Axillae: no adenopathy.
Heart and great vessels: Unremarkable.
Upper abdomen: Normal liver and adrenals.
Bones: Mild wedging of several mid-thoracic vertebrae with Schmorl's nodes, irregular endplates and a smooth hyperkyphosis, in keeping with old Scheuermann's disease. No suspicious osseous lesion.

IMPRESSION:
No evidence of metastatic melanoma in the chest.
""", age=58, sex="M")

R("XR", "XR THORACIC SPINE AP AND LATERAL", "non_fracture_deformity", "", "", "", """
THORACIC SPINE

Clinical: 82 F, increasing kyphosis. ?osteoporotic fractures.

Findings:
Exaggerated thoracic kyphosis. Anterior wedging of T6, T7 and T8 attributable to degenerative disc disease, with marked anterior disc space narrowing, large anterior osteophytes and preserved posterior vertebral body height; the endplates are intact (degenerative wedging). No compression fracture.
Osteopenic appearance.
Visualised lungs clear.

Conclusion: Degenerative kyphosis with degenerative wedging T6-T8. No vertebral fracture identified.
""", age=82, sex="F")

R("CT", "CT ABDOMEN PELVIS WITH CONTRAST", "non_fracture_deformity", "", "", "", """
CT A/P W CONTRAST

Indication: 55F, right iliac fossa pain, ?appendicitis ?ovarian pathology

Comparison: none

Findings:
Appendix normal. 3.1 cm haemorrhagic cyst in the right ovary with a small amount of adjacent free fluid, no features of torsion on CT. Uterus normal. Bladder normal.
Liver, spleen, pancreas, adrenals, kidneys: normal.
Bowel unremarkable. No lymphadenopathy.
Bones: The T12 vertebral body is slightly shorter than the adjacent vertebrae, a normal variant, with intact smooth endplates; no fracture. Otherwise unremarkable.

Impression:
Right ovarian haemorrhagic cyst with small volume free fluid. Normal appendix.
""", age=55, sex="F")

R("CT", "CT LUMBAR SPINE WITHOUT CONTRAST", "non_fracture_deformity", "", "", "", """
CT L-SPINE NON CONTRAST

Indication: LBP 6 months, 61 y/o F, pre-op planning. No trauma.

Comparison: XR 2026-01-09.

Findings:
Congenital block vertebra L4-L5: fusion of the L4 and L5 vertebral bodies with a hypoplastic, partially ossified disc remnant and a waist at the fused level; the facet joints at L4-5 are also fused. L4 and L5 vertebral body heights are slightly reduced anteroposteriorly and craniocaudally as is typical of segmentation failure.
Adjacent segment disease at L3-4 with disc bulge, facet hypertrophy and moderate canal stenosis.
L5-S1 has no motion segment (fused above). SI joints normal.
No fracture. No destructive lesion.

Impression:
1. Congenital L4-5 block vertebra.
2. Moderate L3-4 canal stenosis from adjacent segment degeneration.
""", age=61, sex="F")

R("MR", "MRI LUMBAR SPINE WITHOUT CONTRAST", "non_fracture_deformity", "", "", "", """
MRI LUMBAR SPINE

Clinical history: 33 y/o male, rugby player, intermittent LBP.

Findings:
Limbus vertebra at the anterior-inferior corner of L3: a small separated corticated ossicle with an intervening tract of disc material, no marrow oedema. Vertebral body heights elsewhere are preserved.
Mild disc desiccation L4-5 with a small central annular fissure.
No neural compromise at any level. Conus normal.

Impression: L3 limbus vertebra (developmental). Mild early L4-5 disc degeneration.
""", age=33, sex="M")

R("MR", "MRI LUMBAR SPINE WITHOUT CONTRAST", "non_fracture_deformity", "", "", "", """
MRI LUMBAR SPINE W/O

HISTORY: 57F back pain and bilateral buttock pain.

COMPARISON: None.

FINDINGS:
Multiple Schmorl's nodes involving the endplates of L1, L2 and L3, without marrow oedema. The vertebral body heights are preserved.
Alignment: Normal.
Conus: Normal.
L1-L2 through L3-L4: Mild disc bulges.
L4-L5: Moderate facet arthropathy with bilateral facet effusions. Mild canal stenosis.
L5-S1: Disc height loss. Mild bilateral foraminal narrowing.
SI joints: Mild degenerative change.

IMPRESSION:
1. Multilevel lumbar spondylosis, mild L4-L5 canal stenosis.
2. Schmorl's nodes L1-L3.
""", age=57, sex="F")

R("XR", "XR LUMBAR SPINE", "non_fracture_deformity", "", "", "", """
XR LUMBAR SPINE AP/LAT

Clinical: 34F, sickle cell anaemia, chronic back pain.

Findings:
Square central depressions of the superior and inferior endplates of the lumbar vertebral bodies giving an H-shaped ("Lincoln log") configuration at L1 through L5, typical of sickle cell disease. Diffuse coarsening of the trabecular pattern. Cholecystectomy clips. No vertebral fracture.

Conclusion: H-shaped vertebrae of sickle cell disease. No fracture.
""", age=34, sex="F")
