from common import R

# ---------------------------------------------------------------- fracture, part 2

R("CT", "CT CHEST/ABDO/PELVIS WITH CONTRAST", "fracture", "T11", "", "chronic", """
CT CHEST, ABDOMEN AND PELVIS (PORTAL VENOUS PHASE)

Clinical details: 73 year old woman. Ovarian carcinoma, completed carboplatin / paclitaxel. Rising CA-125. ?Recurrence

Comparison: CT 22/03/2026

Findings:
Thorax - Port-a-cath via the right IJ, tip at the SVC/RA junction. No pulmonary nodules. No pleural effusion. No thoracic adenopathy.
Abdomen - New 2.1 cm soft tissue deposit in the right subdiaphragmatic peritoneum adjacent to segment 7 of the liver. Small volume ascites in the pelvis, new. Liver parenchyma otherwise unremarkable. Spleen, pancreas, adrenals, kidneys unremarkable. No hydronephrosis. No para-aortic adenopathy.
Pelvis - Post TAH-BSO. Omental caking has not recurred. Bladder normal.
Bones - No new fracture. Known old T11 compression fracture is unchanged in appearance. No lytic or sclerotic metastases. Mild degenerative change in the lumbar spine.

Conclusion:
1. New right subdiaphragmatic peritoneal deposit and small volume ascites, in keeping with peritoneal recurrence.
2. Unchanged old T11 compression fracture. No osseous metastases.
""", age=73, sex="F")

R("CT", "CT ABDOMEN/PELVIS ENHANCED", "fracture", "L3", "", "chronic", """
CT ABDOMEN/PELVIS ENHANCED

Reason for exam: Post-op day 6 right hemicolectomy, fever, ?collection

Comparison: Pre-op staging CT of 2026-03-02

Findings:
Post right hemicolectomy with ileocolic anastomosis in the right mid-abdomen. No anastomotic leak; rectal contrast passes freely beyond the anastomosis. Small amount of expected post-operative free fluid in the right paracolic gutter, no rim-enhancing collection. Pneumoperitoneum small and expected at this interval.
Small bilateral pleural effusions with basal atelectasis.
Liver, spleen, pancreas, kidneys and adrenals unchanged.
Midline laparotomy wound with subcutaneous emphysema, no collection.
No change in the L3 compression fracture. Diffuse demineralisation. Degenerative disc disease L4-5, L5-S1.

Impression:
No post-operative collection or anastomotic leak. Small bilateral effusions with atelectasis, which could explain the fever.
""", age=81, sex="M")

R("XR", "XR LUMBAR SPINE 3 VIEWS", "fracture", "L1", "severe", "unspecified", """
LUMBAR SPINE RADIOGRAPHS

History: 89 year old woman from residential care, worsening back pain, reduced mobility, no documented fall.

There is vertebra plana of L1 with near complete loss of vertebral body height and mild associated kyphosis at the thoracolumbar junction. No definite pedicle destruction on the AP view (the pedicles are both visualised, no winking owl sign).
Other lumbar vertebral bodies maintain height. Marked osteopenia.
Extensive aortic and iliac calcification. Degenerative change L4/5 and L5/S1 with disc space narrowing
Bilateral hip arthroplasties partly included.

Opinion: L1 vertebra plana in a markedly osteopenic skeleton, most likely osteoporotic. No prior imaging for comparison so age cannot be established. CT or MRI if there are red flag features.
""", age=89, sex="F")

R("CT", "CT ABDOMEN PELVIS WITH CONTRAST", "fracture", "T12", "severe", "unspecified", """
CT A/P w contrast
Indication: 76 F epigastric pain, elevated lipase
Comparison: none
Findings:
Lower chest: bibasilar dependent atelectasis, no effusion
Hepatobiliary: mild intrahepatic biliary dilatation, CBD 11 mm tapering to the ampulla, no obstructing stone seen by CT. Gallbladder distended with layering sludge/stones
Pancreas: peripancreatic fat stranding around the head and uncinate, no necrosis, no peripancreatic collection. Pancreatic duct not dilated
Spleen, adrenals: nl
Kidneys: small bilateral cortical cysts; no hydro
Bowel: reactive thickening of the 2nd portion of the duodenum. Appendix nl
Peritoneum: trace free fluid in the right paracolic gutter
Vessels: patent SMV/portal vein, splenic vein patent
Bones: osteopenia. T12 compression fracture, Genant 3. degenerative lumbar spondylosis, mild retrolisthesis L2 on L3
Impression:
1. Acute interstitial edematous pancreatitis, likely gallstone related given cholelithiasis and biliary dilatation. Consider MRCP.
2. T12 compression fracture (Genant grade 3), age not determinable without prior imaging.
""", age=76, sex="F")

R("XR", "X-RAY LUMBAR SPINE", "fracture", "L2;L3", "", "unspecified", """
XR LUMBAR SPINE

Clinical notes: 70F, chronic LBP, hx coeliac disease, vit D deficiency.

Findings:
Codfish configuration of the L2 and L3 vertebral bodies with biconcave endplates, in keeping with osteoporotic fractures. Generalised reduction in bone density.
Lumbar lordosis preserved. Alignment normal. Mild disc space narrowing L5/S1.
SI joints unremarkable. Calcified uterine fibroid projected over the pelvis.

Conclusion:
Biconcave (codfish) fractures of L2 and L3 on a background of osteopenia. Suggest bone densitometry and review of vitamin D replacement.
""", age=70, sex="F")

R("CT", "CT CHEST ABDOMEN PELVIS WITHOUT CONTRAST", "fracture", "T12;L1;L4", "severe", "unspecified", """
CT CHEST, ABDOMEN, PELVIS WITHOUT CONTRAST

CLINICAL INDICATION: 94M AKI, confusion, ?source of sepsis. Contrast withheld.

COMPARISON: No relevant prior.

FINDINGS:
Lungs: Patchy consolidation in the posterior segment of the right lower lobe with air bronchograms. Moderate right and small left pleural effusions. Centrilobular emphysema.
Heart/mediastinum: Cardiomegaly, pacemaker with leads in the right atrium and ventricle. Dense coronary calcification. Calcified mediastinal nodes.
Abdomen (noncontrast limits assessment): Liver and spleen unremarkable. Gallbladder normal. Bilateral renal atrophy with perinephric stranding, no hydronephrosis or stone. Bladder catheterised and decompressed, wall thickened. Prostate enlarged with calcifications. No free air. No bowel obstruction.
Musculoskeletal: Compression fractures at T12, L1 and L4. T12 is severe with approximately 60% loss of height; L1 and L4 are mild. No retropulsion. Severe multilevel spondylosis with bridging osteophytes. Old healed right clavicle fracture.

IMPRESSION:
1. Right lower lobe pneumonia. Bilateral effusions, right greater than left.
2. Bladder wall thickening, correlate with urinalysis for cystitis.
3. Multiple vertebral compression fractures (T12 severe, L1 and L4 mild), age indeterminate.
""", age=94, sex="M")

R("CT", "CT LUMBAR SPINE WITHOUT CONTRAST", "fracture", "T12;L1", "mild", "unspecified", """
CT LUMBAR SPINE W/O CONTRAST

Clinical history: LBP, 2 falls this month, osteopenia

Technique: Helical CT T11 to S2, reformats

Comparison: Nil

Findings:
Mild compression fracture of the T12 superior endplate with approximately 20% anterior height loss.
Possible subtle superior endplate depression of L1 also, without a clear fracture line.
Remaining vertebral body heights are preserved. Alignment is normal.
L2/3: mild disc bulge
L3/4: disc bulge with facet arthropathy, mild canal narrowing
L4/5: moderate facet arthropathy, ligamentum flavum thickening, moderate central canal stenosis
L5/S1: disc space narrowing with vacuum phenomenon and endplate sclerosis
SI joints: degenerative
Atherosclerotic aorta, no aneurysm

Impression:
1. Mild T12 compression fracture.
2. Possible subtle L1 superior endplate fracture - correlate clinically; MRI would clarify.
3. Lumbar spondylosis, moderate L4/5 canal stenosis.
""", age=83, sex="F")

R("CT", "CT CHEST WITH CONTRAST", "fracture", "T7", "", "acute", """
CT CHEST WITH CONTRAST

Indication: Follow up of right hilar adenopathy. Sarcoidosis.

Comparison: CT chest 2024-10-08.

Findings:
Lymph nodes: Bilateral hilar and subcarinal nodes have decreased, the largest right hilar node now 1.3 cm short axis (previously 2.0 cm). Some nodes partially calcified.
Lungs: Perilymphatic nodules along the bronchovascular bundles and fissures are less numerous. Mild upper lobe architectural distortion. No new consolidation.
Airways: Patent.
Pleura: No effusion.
Heart: Normal.
Upper abdomen: Splenic granulomas. Normal adrenals.
Bones: Deformity of the T7 vertebral body, new since 2024. Otherwise unremarkable. No sclerotic or lytic lesion.

Impression:
1. Improving thoracic sarcoidosis.
2. New deformity of the T7 vertebral body since October 2024. On long-term steroid therapy; bone protection to be considered.
""", age=61, sex="F")

R("CT", "CT COLONOGRAPHY", "fracture", "L1", "", "unspecified", """
CT COLONOGRAPHY (CTC) WITH EXTRACOLONIC ASSESSMENT

Indication: 68 year old, positive FIT, incomplete colonoscopy due to tortuous sigmoid.

Technique: Prone and supine low-dose acquisitions after faecal tagging and CO2 insufflation. Supine acquisition with IV contrast.

Colonic findings: Adequate distension and tagging. 7 mm sessile polyp in the ascending colon (C-RADS C2). Extensive sigmoid diverticular disease with muscular hypertrophy limiting distension of a short segment, but no mass. No other polyp 6 mm or greater.

Extracolonic findings (E-RADS E3):
- 2.4 cm simple left renal cyst.
- Liver steatosis.
- Small hiatus hernia.
- Osteoporotic-like fracture of the L1 vertebral body.
- Mild scoliosis and lumbar spondylosis.
- Atheromatous aorta, calibre normal.

Conclusion:
1. 7 mm ascending colon polyp: colonoscopy with a paediatric scope or surveillance CTC as per MDT.
2. Sigmoid diverticular disease.
3. L1 osteoporotic-like vertebral fracture; recommend bone health assessment by the GP.
""", age=68, sex="F")

R("CT", "CT ABDOMEN PELVIS WITH CONTRAST", "fracture", "L1", "", "unspecified", """
EXAMINATION: CT ABDOMEN AND PELVIS W IV CONTRAST

CLINICAL HISTORY: Diarrhoea for 3 weeks, abdominal pain. Known Crohn's disease. 57M. On intermittent steroids.

TECHNIQUE: Portal venous phase with oral contrast. Coronal and sagittal MPR.

COMPARISON: MR enterography 2025-11-19.

FINDINGS:
Bowel: Mural thickening and hyperenhancement of the terminal ileum over 14 cm with comb sign and fibrofatty proliferation, increased compared with MRE. No abscess. No fistula. Mild upstream dilatation to 3 cm, no obstruction. Colon unremarkable.
Liver: Normal. Gallbladder: Normal.
Pancreas, spleen, adrenals: Normal.
Kidneys: Small left lower pole calculus (oxalate stone disease in the setting of ileal Crohn's).
Lymph nodes: Reactive ileocolic mesenteric nodes.
Pelvis: Bladder normal. Prostate normal.
Bones: Inferior endplate depression of L1 without associated soft tissue. Bilateral SI joint erosions and subchondral sclerosis compatible with sacroiliitis. Otherwise unremarkable.

IMPRESSION:
1. Active terminal ileal Crohn's disease, progressed since MRE. No abscess or fistula.
2. Bilateral sacroiliitis, in keeping with enteropathic arthropathy.
3. L1 inferior endplate depression (fracture). Given steroid exposure, suggest DXA.
""", age=57, sex="M")

R("XR", "XR LUMBAR SPINE AP/LAT", "fracture", "L2", "moderate", "acute", """
LUMBAR SPINE

Clinical Notes: 84 F. Slipped in shower 5 days ago. L/back pain. ?#

Report:
There is a crush fracture of L2 with around 30% loss of anterior height. This is new since the previous film of 02/2025.
No other fracture seen.
Moderate lumbar spondylosis, worst at L4/5. Mild degenerative anterolisthesis L4 on L5.
Vascular calcification
Lower ribs intact.

Impression: Recent L2 crush fracture, approx 30% height loss. ?suitable for FLS referral.
""", age=84, sex="F")

R("MR", "MRI LUMBAR SPINE WITHOUT CONTRAST", "fracture", "L1", "", "unspecified", """
MRI LUMBAR SPINE WITHOUT CONTRAST

Clinical Information: Chronic mechanical low back pain with left sciatica. 72-year-old woman.

Technique: Sagittal T1, T2, STIR; axial T2.

Comparison: None.

Findings:
There is collapse of the L1 vertebral body, with preserved fatty marrow signal and no abnormal STIR signal, and no soft tissue mass, in keeping with an osteoporotic fracture. Posterior bowing of the posterosuperior corner without significant canal narrowing.
Conus medullaris normal, terminating at L1.
L2-L3, L3-L4: Mild disc bulges.
L4-L5: Left paracentral disc extrusion migrating inferiorly, compressing the traversing left L5 nerve root in the lateral recess. Mild canal stenosis.
L5-S1: Mild facet arthropathy.
Paraspinal muscles: Mild fatty atrophy.

Impression:
1. Left L4-5 disc extrusion compressing the traversing left L5 nerve root, concordant with left sciatica.
2. Osteoporotic collapse of L1.
""", age=72, sex="F")

R("CT", "CT CHEST WITHOUT CONTRAST", "fracture", "T11", "", "chronic", """
CT CHEST WITHOUT CONTRAST
History: Chronic cough, prior TB, 80 y/o man.
Comparison: CT chest 01/2024.
Findings:
Lungs: Biapical fibrocalcific scarring and volume loss in keeping with old granulomatous infection. Calcified granulomas. No cavitation. No new consolidation. Mild bronchiectasis in the RUL.
Mediastinum: Calcified hilar and subcarinal nodes. Normal heart size.
Pleura: Calcified pleural plaque left lower hemithorax.
Upper abdomen: Calcified splenic granulomas.
Bones: Status post vertebral augmentation at T11, cement in situ. The remaining thoracic vertebral bodies are normal in height. Sternotomy wires intact. Degenerative change.
Impression:
1. Sequelae of prior granulomatous infection, unchanged. No features of active TB.
2. Mild RUL bronchiectasis.
""", age=80, sex="M")

R("MR", "MRI LUMBAR SPINE WITHOUT CONTRAST", "fracture", "L2", "", "acute", """
MR LUMBAR SPINE

History: 66F back pain after a fall down three steps. ?fracture

Comparison: none

FINDINGS:
Alignment normal. There is subtle linear low T1 signal paralleling the superior endplate of L2 with surrounding STIR hyperintensity. Possible L2 superior endplate fracture without significant height loss.
Other vertebral bodies normal in height and signal.
Discs: Desiccation L3-4 through L5-S1. L4-5 mild broad bulge. No canal stenosis. Mild bilateral foraminal narrowing L5-S1.
Conus normal.

IMPRESSION:
Possible L2 superior endplate fracture.

ADDENDUM: Comparison is now available with the MRI of 10/22/2025 (outside facility, uploaded after the original report). The L2 superior endplate was normal on that study. The linear signal abnormality therefore represents a new acute L2 superior endplate fracture; the report is amended accordingly. Dr. Nguyen notified.
""", age=66, sex="F")

R("CT", "CT CHEST ABDOMEN PELVIS WITH CONTRAST", "fracture", "T9;T11;L1", "mild", "acute", """
CT CHEST ABDOMEN PELVIS W/ CONTRAST

INDICATION: 79 F, history of breast cancer 2015 on no current therapy, annual surveillance per oncology.

COMPARISON: 10/16/2025

FINDINGS:
Chest: Left mastectomy. No axillary or internal mammary adenopathy. Stable subpleural radiation fibrosis left upper lobe. No pulmonary nodules. No effusions.
Abdomen/Pelvis: Liver without focal lesion. Gallbladder surgically absent. Pancreas, spleen, adrenals normal. Kidneys unremarkable. Bowel normal. No adenopathy. No ascites.
Bones: new mild compression deformity of T9, in addition to the chronic T11 and L1 compression deformities which are unchanged. No sclerotic or lytic lesion to suggest metastasis. Osteopenia. Mild thoracic dextroscoliosis.

IMPRESSION:
1. No evidence of recurrent breast cancer.
2. New mild T9 compression deformity without suspicious lesion, likely osteoporotic. Chronic T11 and L1 deformities unchanged.
""", age=79, sex="F")

R("CT", "CT LUMBAR SPINE POST MYELOGRAM", "fracture", "T12", "", "chronic", """
CT LUMBAR SPINE (POST-MYELOGRAM)

Indication: 75M with prior L4-S1 fusion, recurrent neurogenic claudication and right leg pain.

Technique: Following intrathecal contrast via lumbar puncture at L2-3 (separate procedure note), helical CT T11 to sacrum.

Comparison: CT lumbar spine 2024.

Findings:
Posterior instrumented fusion L4-S1 with bilateral pedicle screws and rods and interbody cages at L4-5 and L5-S1. Solid bony fusion across L5-S1; incomplete at L4-5. Fractured right S1 pedicle screw at the junction of the shank and head, with lucency around the distal screw fragment. Other hardware intact.
Adjacent segment disease at L3-4 with disc bulge, facet hypertrophy and ligamentum flavum infolding causing severe canal stenosis; contrast column is effaced with crowding of the cauda equina roots above this level.
Chronic T12 compression fracture, unchanged from 2024.
No new fracture.

Impression:
1. Severe L3-4 adjacent segment stenosis.
2. Fractured right S1 pedicle screw with periscrew lucency, ?loosening. Incomplete L4-5 fusion.
3. Stable chronic T12 compression fracture.
""", age=75, sex="M")

R("MR", "MRI THORACIC AND LUMBAR SPINE WITHOUT CONTRAST", "fracture", "T12;L1", "", "acute", """
MRI THORACOLUMBAR SPINE WITHOUT CONTRAST

History: 82 y/o woman, increased back pain 10 days, known osteoporosis, previous fracture. Kyphoplasty candidate?

Technique: Sagittal T1, T2 and STIR thoracic and lumbar spine; axial T2 T10 to S1.

Comparison: Radiographs 3 weeks prior.

FINDINGS:
T12: chronic wedge compression fracture without edema. No retropulsion.
L1: acute superior endplate fracture with band-like edema on STIR and low T1 signal involving the upper two-thirds of the body. Minimal retropulsion of the posterosuperior corner (2 mm) without cord or conus compression.
The remaining vertebral bodies are normal in height. Marrow signal otherwise normal.
Conus terminates at L1-L2 with normal signal.
L2-L3: Unremarkable.
L3-L4: Mild bulge.
L4-L5: Moderate facet arthropathy, small bilateral facet effusions, mild canal stenosis.
L5-S1: Mild bilateral foraminal narrowing.

IMPRESSION:
1. Acute L1 superior endplate compression fracture with edema, suitable target level should vertebral augmentation be considered.
2. Chronic T12 compression fracture without edema.
""", age=82, sex="F")

R("CT", "CT ABDOMEN PELVIS WITHOUT CONTRAST", "fracture", "L4", "severe", "unspecified", """
CT ABDOMEN AND PELVIS WITHOUT CONTRAST

HISTORY: 87 YEAR OLD FEMALE, ABDOMINAL DISTENSION, CONSTIPATION.

COMPARISON: NONE.

FINDINGS:
LUNG BASES: BIBASILAR ATELECTASIS. SMALL RIGHT EFFUSION
LIVER: NORMAL SIZE, NO FOCAL LESION ON NONCONTRAST
GALLBLADDER: CHOLELITHIASIS
PANCREAS: ATROPHIC
SPLEEN: NORMAL
ADRENALS: NORMAL
KIDNEYS: NO HYDRONEPHROSIS OR STONES. SMALL EXOPHYTIC CYST LEFT UPPER POLE
BOWEL: LARGE VOLUME STOOL THROUGHOUT THE COLON WITH RECTAL FECAL IMPACTION, RECTUM DISTENDED TO 8.5 CM. NO SMALL BOWEL DILATATION. NO PNEUMATOSIS OR FREE AIR
BLADDER: DISTENDED
VESSELS: CALCIFIED NONANEURYSMAL AORTA
BONES: COMPRESSION FRACTURE OF L4, APPROX 50% LOSS OF HEIGHT. DIFFUSE OSTEOPENIA. DEGENERATIVE CHANGES LUMBAR SPINE AND BOTH HIPS

IMPRESSION:
1. LARGE STOOL BURDEN WITH RECTAL FECAL IMPACTION
2. L4 COMPRESSION FRACTURE, APPROXIMATELY 50 PERCENT HEIGHT LOSS, OF UNCERTAIN AGE
3. DISTENDED BLADDER, CORRELATE FOR RETENTION
""", age=87, sex="F")

R("XR", "XR THORACIC SPINE AP AND LATERAL", "fracture", "T8", "", "unspecified", """
THORACIC SPINE XR

Clinical: Acute thoracic pain at rest. Rheumatoid arthritis, methotrexate, prednisolone. 71 F.

There is a wedge compression fracture of the 8th thoracic vertebra. Remaining thoracic vertebral body heights appear normal. The thoracic kyphosis is mildly accentuated. Generalised osteopenia. Cardiomediastinal contour normal. Visualised lungs clear.

Conclusion: T8 wedge compression fracture. No prior imaging available to establish its age.
""", age=71, sex="F")

R("CT", "CT TRAUMA - CERVICAL, THORACIC AND LUMBAR SPINE, CHEST, ABDOMEN, PELVIS", "fracture", "T12", "mild", "acute", """
CT TRAUMA SURVEY (HEAD TO PELVIS)

Clinical history: 88 yo F found on the floor at home, witnessed fall from standing, on aspirin. Back pain and left chest pain. Code trauma (geriatric activation).

Technique: Non-contrast CT head and cervical spine; contrast-enhanced CT chest, abdomen and pelvis with thoracolumbar spine reformats.

Comparison: CT abdomen 09/2023.

Findings:
Head: No intracranial hemorrhage. Chronic small vessel disease.
C-spine: No fracture. Multilevel degenerative change. Atlantodental arthrosis.
Chest: Acute nondisplaced fractures of the left posterior 9th and 10th ribs. No pneumothorax. Trace left effusion. Lungs otherwise clear.
Abdomen/pelvis: No solid organ injury. No free fluid. Colonic diverticulosis. Right renal cyst.
Thoracolumbar spine: Acute mild compression fracture of the T12 superior endplate with cortical buckling anteriorly, approximately 20% height loss, not present in 2023. Posterior wall and posterior elements intact. No retropulsion.
Pelvis: No fracture. Mild bilateral hip osteoarthritis.

IMPRESSION:
1. Acute mild T12 superior endplate compression fracture (new since 2023), stable morphology.
2. Acute nondisplaced left 9th and 10th posterior rib fractures.
3. No intracranial or cervical spine injury.
4. No solid organ injury.
""", age=88, sex="F")

R("CT", "CT THORACIC SPINE WITHOUT CONTRAST", "fracture", "T11;T12", "moderate", "unspecified", """
CT T-SPINE

Hx: mid to low back pain, 77 yr old man, hx of prostate ca on ADT (no known bone mets)

Findings:
compression fractures of the T11/12 vertebral bodies with approximately 30% loss of heigth at each level. no fracture line through the posterior cortex. no lytic or sclerotic lesions; marrow pattern is homogeneously osteopenic.
alignment: normal thoracic kyphosis
discs: mild degenerative changes
paraspinal: no soft tissue mass
lungs: dependent atelectasis

Impression: T11 and T12 compression fractures (approx 30% each) with no features to suggest metastatic disease; osteoporosis likely related to androgen deprivation. Recommend bone health assessment / DXA.
""", age=77, sex="M")

R("CT", "CT ABDOMEN PELVIS WITH CONTRAST", "fracture", "L2;L3;L4", "mild", "unspecified", """
CT ABDOMEN/PELVIS

INDICATION: Left lower quadrant pain, leukocytosis. 69M.

FINDINGS:
Acute uncomplicated sigmoid diverticulitis with pericolonic fat stranding over 8 cm; no abscess or extraluminal gas.
Lung bases clear. Liver: subcentimeter hypodensity, too small to characterize. Gallbladder normal. Pancreas, spleen, adrenal glands normal. Kidneys: no hydronephrosis. Bladder normal. Prostate mildly enlarged.
Atherosclerosis.
Mild compression deformities L2 to L4. Degenerative facet arthropathy lower lumbar spine. Bilateral L5 spondylolysis without listhesis.

IMPRESSION:
1. Acute uncomplicated sigmoid diverticulitis.
2. Mild L2-L4 compression deformities. Correlate with bone density.
""", age=69, sex="M")

R("MR", "MRI THORACIC SPINE WITH AND WITHOUT CONTRAST", "fracture", "T4", "", "acute", """
MRI THORACIC SPINE WITH AND WITHOUT GADOLINIUM

Clinical history: 84 year old woman with upper back pain for 4 weeks, history of treated endometrial carcinoma 2018. ?metastasis

Technique: Sagittal T1, T2, STIR, post contrast sagittal and axial T1 fat saturated.

Comparison: CT chest 08/2026.

Findings:
Subacute compression fracture of T4 with residual oedema on STIR and enhancement confined to the fracture zone. Preserved fatty marrow in the remainder of the T4 body and pedicles. No convex posterior cortex, no epidural or paravertebral soft tissue mass. Features are typical of a benign osteoporotic fracture.
No focal marrow lesion elsewhere in the imaged thoracic spine.
Thoracic cord normal in calibre and signal.
Multilevel mild disc degeneration T6-T9.

Impression:
Subacute benign T4 compression fracture. No evidence of metastatic disease in the thoracic spine.
""", age=84, sex="F")

R("CT", "CT ABDOMEN PELVIS WITH CONTRAST", "fracture", "", "", "unspecified", """
CT ABDOMEN/PELVIS WITH CONTRAST

Clinical details: RUQ pain, fever, deranged LFTs. 74 year old male.

Comparison: Ultrasound abdomen yesterday.

Findings:
Gallbladder distended with pericholecystic fluid and wall thickening to 6 mm; impacted 2 cm stone in the neck. Findings consistent with acute calculous cholecystitis. No gallbladder perforation. No biliary dilatation.
Liver: normal enhancement, no abscess.
Pancreas, spleen, kidneys and adrenals unremarkable.
Bowel unremarkable. Appendix normal.
Lung bases: small right pleural effusion.
Skeleton: compression fracture at the thoracolumbar junction, not clearly dated. Lumbar spondylosis with multilevel disc space narrowing. Bilateral hip osteoarthritis.

Impression:
1. Acute calculous cholecystitis.
2. Thoracolumbar junction compression fracture, age indeterminate.
""", age=74, sex="M")

R("CT", "CT ANGIOGRAPHY AORTA (EVAR SURVEILLANCE)", "fracture", "T12;L1", "", "chronic", """
CTA AORTA - EVAR SURVEILLANCE

Clinical: EVAR 2022 for 6.1 cm infrarenal AAA. Annual surveillance. 83M.

Technique: Non-contrast, arterial and delayed phase imaging of the abdomen and pelvis.

Comparison: CTA 11/2025

Findings:
Bifurcated endograft in satisfactory position with no migration. Proximal seal zone 18 mm below the lowest renal artery. Limbs patent. No kinking.
Aneurysm sac measures 5.2 cm (previously 5.3 cm).
Type II endoleak from a lumbar artery at L3, unchanged, without sac growth.
No type I or III endoleak.
Renal arteries patent. SMA and coeliac patent. Iliac arteries patent.
Other: Stable 1.5 cm right adrenal adenoma. Simple renal cysts. Colonic diverticulosis.
Bones: Stable T12 and L1 compression deformities. Lumbar spondylosis.

Impression:
Stable EVAR with persistent type II endoleak and a slowly shrinking sac. No intervention required. Routine surveillance in 12 months.
""", age=83, sex="M")

R("MR", "MRI LUMBAR SPINE WITHOUT CONTRAST", "fracture", "L3", "severe", "chronic", """
MRI L-SPINE W/O

INDICATION: 91 y/o female, chronic LBP, evaluate for stenosis, prior fractures per PCP.

TECHNIQUE: Standard sagittal T1, T2, STIR and axial T2.

COMPARISON: Radiographs 2026-05-20.

FINDINGS:
L3 compression fracture, Genant grade 3, approximately 45% loss of anterior and central height, with chronic appearance: no marrow oedema, sclerotic impacted superior endplate and intact posterior wall.
Alignment: Levoconvex scoliosis apex L2. Grade 1 anterolisthesis L4 on L5.
Conus: Normal, terminating at L1.
L1-2 and L2-3: Mild bulges.
L3-4: Disc bulge and facet hypertrophy, moderate canal stenosis, severe right foraminal stenosis.
L4-5: Unroofing of the disc with facet hypertrophy, severe canal stenosis and crowding of the cauda equina.
L5-S1: Mild foraminal narrowing bilaterally.

IMPRESSION:
1. Severe L4-5 canal stenosis; moderate L3-4 canal stenosis with severe right L3-4 foraminal stenosis.
2. Chronic severe L3 compression fracture (Genant 3, ~45%).
""", age=91, sex="F")

R("XR", "XR THORACIC SPINE", "fracture", "T8;T9", "mild", "unspecified", """
THORACIC SPINE

History: 67yo F, kyphosis, height loss 4 cm on GP review. Assess for fractures.

Findings:
There is slight anterior wedging of T8 and T9 in keeping with minor wedge fractures. Remaining vertebral bodies are preserved in height. Mildly increased thoracic kyphosis. Mild thoracic spondylosis. No paravertebral soft tissue abnormality.

Conclusion: Minor T8 and T9 wedge fractures. Recommend DXA and fracture risk assessment.
""", age=67, sex="F")
