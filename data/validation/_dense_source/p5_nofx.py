from common import R

# ---------------------------------------------------------------- no_fracture

R("CT", "CT LUMBAR SPINE WITHOUT CONTRAST", "no_fracture", "", "", "", """
CT LUMBAR SPINE WITHOUT CONTRAST

CLINICAL HISTORY: 68M, L4-L5 PLIF 18 months ago, recurrent axial back pain. Assess hardware.

TECHNIQUE: Axial 1.25 mm images with sagittal and coronal reformats using metal artifact reduction.

COMPARISON: CT lumbar spine 2025-06-10.

FINDINGS:
Hardware: Bilateral L4 and L5 pedicle screws with connecting rods and an L4-5 interbody cage. There is a fractured left L5 pedicle screw at the junction of the threaded shank and the tulip head, with 2 mm lucency surrounding the distal fragment. Other screws intact, without periscrew lucency. Cage well seated.
Fusion: No solid bridging bone across the L4-5 disc space - pseudarthrosis is suspected.
Vertebral bodies: Vertebral body heights are maintained. No vertebral fracture.
L3-4: Adjacent segment facet hypertrophy with mild canal narrowing.
L5-S1: Mild disc bulge.
Soft tissues: Postsurgical change in the posterior paraspinal soft tissues, no collection.

IMPRESSION:
1. Fractured left L5 pedicle screw with surrounding lucency.
2. No osseous fusion at L4-5, suspicious for pseudarthrosis.
3. No vertebral fracture.
""", age=68, sex="M")

R("XR", "XR CHEST PA AND LATERAL", "no_fracture", "", "", "", """
CHEST RADIOGRAPH PA AND LATERAL

Indication: Pacemaker check, intermittent loss of capture. 79F.

Comparison: CXR 2024.

Findings:
Dual chamber pacemaker from the left with the atrial lead in the right atrial appendage and the ventricular lead at the RV apex. There is a lead fracture of the ventricular lead at the point where it passes between the clavicle and first rib (subclavian crush site), with a visible discontinuity of the conductor. Atrial lead intact.
Heart size normal. Lungs clear. No effusion or pneumothorax.
Degenerative change in the thoracic spine. No acute osseous abnormality.

Impression:
Ventricular pacing lead fracture at the costoclavicular space. Cardiology informed.
""", age=79, sex="F")

R("CT", "CT CHEST WITH CONTRAST", "no_fracture", "", "", "", """
CT CHEST WITH IV CONTRAST

Clinical: Port not flushing. Completed FOLFOX 2025 for colon cancer. 64M.

Comparison: CT CAP 05/2026, CXR today.

Findings:
Right chest wall port reservoir in place. The catheter is fractured just below the right clavicle (pinch-off) and the distal catheter fragment, approximately 11 cm long, has embolised and lies within the right atrium and right ventricular outflow tract. No thrombus around the fragment.
Lungs clear. No nodules. No effusion.
No lymphadenopathy.
Upper abdomen: stable postoperative appearance.
Bones: No acute osseous abnormality. Vertebral body heights are maintained.

Impression:
Fractured port catheter with embolised fragment in the right heart. Interventional radiology has been contacted for snare retrieval.
""", age=64, sex="M")

R("CT", "CT CHEST WITHOUT CONTRAST", "no_fracture", "", "", "", """
CT CHEST NON CONTRAST

History: 83F, fall from standing at home onto the right side, right chest wall pain, on apixaban.

Comparison: None.

FINDINGS:
Acute minimally displaced fractures of the right lateral 5th, 6th and 7th ribs. No flail segment. No pneumothorax. Trace right pleural fluid.
Lungs: Minor right basal atelectasis. No contusion. Mild emphysema.
Mediastinum: No haematoma. Normal heart size. Aortic calcification.
Upper abdomen: Cholelithiasis.
Spine: Thoracic spondylosis. Vertebral body heights are preserved. No vertebral fracture.
Sternum intact.

IMPRESSION:
Right 5th-7th rib fractures without pneumothorax. No thoracic spine fracture.
""", age=83, sex="F")

R("CT", "CT CHEST WITH CONTRAST (TRAUMA)", "no_fracture", "", "", "", """
CT CHEST - TRAUMA

Clinical details: 41 yo F, restrained driver, frontal MVC, steering wheel impact. Anterior chest pain.

Findings:
Displaced transverse fracture of the sternal body with a 6 mm step and a moderate retrosternal haematoma; fat plane with the aorta preserved, no mediastinal great vessel injury.
Lungs: minor anterior bilateral contusions. No pneumothorax. No haemothorax.
Heart: No pericardial effusion.
Ribs: intact.
Thoracic spine: normal alignment, vertebral bodies intact. No spinal fracture.
Upper abdomen: No solid organ injury.

Impression:
Displaced sternal body fracture with retrosternal haematoma. No aortic injury. Recommend ECG and troponin to assess for blunt cardiac injury.
""", age=41, sex="F")

R("XR", "XR FOOT 3 VIEWS RIGHT", "no_fracture", "", "", "", """
XR RIGHT FOOT

Clinical: Stubbed toe on bed frame, swelling 5th toe. 72F, osteoporosis on alendronate.

Findings:
Acute oblique fracture of the proximal phalanx of the 5th toe with mild displacement. No intra-articular extension. No other fracture.
Hallux valgus with bunion. Degenerative change 1st MTP joint. Plantar calcaneal spur.
Diffuse osteopenia.

Impression: Fractured proximal phalanx right 5th toe.
""", age=72, sex="F")

R("XR", "XR LUMBAR SPINE AP AND LATERAL", "no_fracture", "", "", "", """
LUMBAR SPINE XR

Clinical notes: Acute low back pain after gardening. 58 M. ?fracture

Findings:
Flattening of the lumbar lordosis, likely related to muscle spasm. Vertebral body heights are preserved. Alignment otherwise normal. Disc spaces maintained except for mild narrowing at L5/S1. Pedicles intact. SI joints normal.

Comment: No fracture. Loss of lordosis in keeping with spasm. Imaging is not routinely indicated for acute non-specific low back pain without red flags.
""", age=58, sex="M")

R("MR", "MRI LUMBAR SPINE WITHOUT CONTRAST", "no_fracture", "", "", "", """
MRI LUMBAR SPINE WITHOUT CONTRAST

INDICATION: 61M, chronic axial LBP, failed conservative management.

TECHNIQUE: Sagittal T1/T2/STIR, axial T2.

COMPARISON: None.

FINDINGS:
Alignment: Mild levoscoliosis. Normal sagittal alignment.
Vertebral bodies: Normal height and marrow signal. Type 2 Modic endplate changes at L4-5 and L5-S1.
Discs: Multilevel disc desiccation and disc height loss, moderate at L4-5 and severe at L5-S1.
Conus: Terminates at L1, normal.
L1-2, L2-3: No significant abnormality.
L3-4: Mild broad-based bulge, no stenosis.
L4-5: Disc bulge with a small left foraminal protrusion and facet hypertrophy, moderate left foraminal stenosis with contact of the exiting left L4 root.
L5-S1: Severe disc height loss, endplate osteophytes, moderate bilateral foraminal stenosis.

IMPRESSION:
1. Multilevel degenerative disc disease with disc height loss, most marked at L5-S1.
2. Moderate left L4-5 and bilateral L5-S1 foraminal stenosis.
""", age=61, sex="M")

R("XR", "XR CHEST PORTABLE AP", "no_fracture", "", "", "", """
PORTABLE CHEST X-RAY

Indication: Intubated, desaturation. 70M ICU day 4.

Comparison: Yesterday.

Findings:
ETT tip 4 cm above the carina. NG tube tip below the diaphragm. Right IJ CVC tip in the SVC.
New complete collapse of the left lower lobe with a retrocardiac opacity, loss of the medial left hemidiaphragm and leftward mediastinal shift; likely mucus plugging. Small left effusion. Right lung clear.
No pneumothorax.
Bones: No acute osseous abnormality.

Impression:
Left lower lobe collapse, probably mucus plugging. Suggest chest physiotherapy / bronchoscopy.
""", age=70, sex="M")

R("MR", "MRI CERVICAL SPINE WITHOUT CONTRAST", "no_fracture", "", "", "", """
MRI CERVICAL SPINE

Clinical history: 66F, progressive bilateral hand clumsiness, gait disturbance, positive Hoffmann's sign.

Technique: Sagittal T1, T2, STIR; axial T2 and GRE.

Findings:
C3-4: Disc osteophyte complex and ligamentum flavum buckling with moderate canal stenosis.
C4-5: Large central disc herniation and posterior osteophyte complex causing severe canal stenosis with cord compression and T2 hyperintense intramedullary signal over a 9 mm segment (myelomalacia / oedema).
C5-6: Disc osteophyte complex with moderate canal stenosis and moderate bilateral foraminal stenosis.
C6-7: Mild bulge.
Vertebral body heights are maintained; no fracture. Alignment: straightening of the cervical lordosis. Craniocervical junction normal.

Conclusion:
Degenerative cervical myelopathy: severe C4-5 stenosis with cord compression and cord signal change. Urgent spinal surgical referral.
""", age=66, sex="F")

R("MR", "MRI LUMBAR SPINE WITHOUT CONTRAST", "no_fracture", "", "", "", """
MR LUMBAR SPINE

Indication: Bilateral leg weakness, saddle numbness? - patient on long-term prednisone for sarcoid, obese (BMI 41). 56M

Technique: Sagittal and axial T1/T2.

Findings:
Extensive epidural lipomatosis from L3 to S1 with circumferential compression of the thecal sac, producing a "Y-shaped" thecal sac at L5-S1; the dural sac is severely narrowed at L5-S1. Cauda equina roots crowded.
Vertebral bodies normal in height and marrow signal. No fracture.
Discs: Mild degenerative change L4-5 without herniation.
Conus normal, terminating at L1.

Impression:
Severe spinal epidural lipomatosis with compression of the thecal sac, most marked at L5-S1, likely steroid-related. No disc herniation. No fracture.
""", age=56, sex="M")

R("XR", "XR THORACOLUMBAR SPINE", "no_fracture", "", "", "", """
XR THORACOLUMBAR SPINE

Clinical details: Query T12 fracture. 69 year old woman, back pain after a fall from standing.

Findings:
The vertebral body heights are maintained throughout the thoracolumbar spine. Endplates intact. Alignment normal. Mild lower thoracic spondylosis. Lumbar spondylosis L4-S1.
No paravertebral soft tissue swelling.

Conclusion: No T12 fracture or other vertebral fracture demonstrated.
""", age=69, sex="F")

R("XR", "XR LUMBAR SPINE 2 VIEWS", "no_fracture", "", "", "", """
LUMBAR SPINE

History: 77 M slipped, landed on back. Low back pain.

Findings:
No acute fracture is identified. Vertebral heights are preserved. Moderate multilevel degenerative change with disc space narrowing at L3/4, L4/5 and L5/S1 and anterior osteophytes. Grade 1 degenerative anterolisthesis L4 on L5. Osteopenia.

Impression: No fracture seen. Degenerative lumbar spine. If pain persists, MRI or CT could be considered to exclude an occult fracture.
""", age=77, sex="M")

R("CT", "CT CHEST ABDOMEN PELVIS WITH CONTRAST", "no_fracture", "", "", "", """
CT CHEST, ABDOMEN, AND PELVIS WITH CONTRAST

HISTORY: Lymphoma, restaging after 4 cycles R-CHOP. 72M.

COMPARISON: 04/22/2026.

FINDINGS:
CHEST: Interval decrease in bilateral axillary and mediastinal lymphadenopathy; index right axillary node 1.1 cm (previously 3.2 cm). No pulmonary nodules. No effusions. Port in place.
ABDOMEN: Decrease in retroperitoneal nodal mass, now 2.4 x 1.8 cm (previously 6.1 x 4.4 cm). Spleen normal in size (previously mildly enlarged). Liver normal. Pancreas, adrenal glands, kidneys unremarkable.
PELVIS: Decreased bilateral iliac adenopathy. Bladder normal.
BONES: No acute osseous abnormality. Degenerative changes of the spine.

IMPRESSION:
Marked interval response to therapy with decreased thoracic, abdominal and pelvic lymphadenopathy and resolution of splenomegaly.
""", age=72, sex="M")

R("CT", "CT ABDOMEN PELVIS WITH CONTRAST", "no_fracture", "", "", "", """
CT A/P WITH CONTRAST

Indication: 80F, post-menopausal bleeding, endometrial thickening on US. Staging (endometrial carcinoma).

Comparison: None.

Findings:
Pelvis: Enlarged uterus with a heterogeneously enhancing endometrial mass measuring 4.2 cm, with apparent deep myometrial invasion. Cervix appears spared. No adnexal mass. No pelvic lymphadenopathy. No ascites.
Abdomen: No para-aortic lymphadenopathy. Liver without metastasis. Spleen, pancreas, adrenals normal. Kidneys normal with no hydronephrosis.
Lung bases: Clear.
Osseous: Diffuse osteopenia. Vertebral body heights are maintained. Degenerative disc and facet disease in the lower lumbar spine. No suspicious bone lesion.

Impression:
Endometrial mass with probable deep myometrial invasion; no nodal or distant metastatic disease on CT. MRI pelvis for local staging.
""", age=80, sex="F")

R("CT", "CT PELVIS AND LEFT HIP WITHOUT CONTRAST", "no_fracture", "", "", "", """
CT LEFT HIP / PELVIS

Clinical: 88F fall from standing, unable to weight bear, radiographs equivocal.

Findings:
There is an acute impacted subcapital fracture of the left femoral neck with slight valgus angulation (Garden II). No other pelvic fracture. Sacrum intact. Left hip effusion.
Right hip moderate osteoarthritis.
Visualised lower lumbar spine: degenerative disc disease and facet arthropathy at L4/5 and L5/S1; vertebral bodies intact.
Bladder, distal bowel unremarkable.

Impression: Acute impacted left subcapital neck of femur fracture. Orthopaedic referral.
""", age=88, sex="F")

R("XR", "XR WRIST LEFT 3 VIEWS", "no_fracture", "", "", "", """
XR LEFT WRIST

Clinical: FOOSH, 66F. Deformity.

Findings:
Acute extra-articular fracture of the distal radius with dorsal angulation of 18 degrees and dorsal displacement (Colles type), with 3 mm radial shortening. Associated ulnar styloid fracture. Carpal alignment maintained. Osteopenic bones.

Impression:
Colles-type left distal radius fracture with ulnar styloid fracture. Post-reduction films recommended. Fragility fracture in a 66 year old woman - consider FLS referral and bone health assessment.
""", age=66, sex="F")

R("CT", "CT PELVIS WITHOUT CONTRAST", "no_fracture", "", "", "", """
CT PELVIS W/O

INDICATION: 91 yo F with progressive groin pain and inability to walk, no trauma. Radiographs negative. ?occult fracture.

COMPARISON: Pelvis radiograph 5 days ago.

FINDINGS:
Insufficiency fractures of the right superior and inferior pubic rami with early callus, and a nondisplaced fracture of the left parasymphyseal pubic body. Hips intact with no femoral neck fracture. No acetabular fracture. Marked osteopenia.
Included lower lumbar spine: L4 and L5 vertebral bodies of normal height; severe degenerative facet arthropathy L4-S1 with grade 1 anterolisthesis L4-5.
Sigmoid diverticulosis. Bladder normal.

IMPRESSION:
Right superior and inferior pubic rami and left parasymphyseal insufficiency fractures. No hip fracture.
""", age=91, sex="F")

R("XR", "XR CLAVICLE RIGHT", "no_fracture", "", "", "", """
RIGHT CLAVICLE X-RAY

Clinical notes: Cyclist came off bike at low speed. 61 M. Pain over R clavicle.

Findings: Displaced fracture of the midshaft of the right clavicle with 1 shaft width inferior displacement of the lateral fragment and 12 mm overlap. AC joint intact. Visible upper ribs intact. Visualised upper lung zone clear, no pneumothorax.

Impression: Displaced right midshaft clavicle fracture.
""", age=61, sex="M")

R("XR", "XR SHOULDER LEFT 3 VIEWS", "no_fracture", "", "", "", """
LEFT SHOULDER XR

Clinical: 84F tripped at home onto left arm. Bruising, reduced ROM.

Findings:
Two-part fracture of the surgical neck of the left humerus with mild impaction and varus angulation. Glenohumeral joint enlocated. Greater tuberosity intact. Osteopenia. Degenerative AC joint.
Partially imaged left hemithorax: clear. Old healed left lateral rib fractures.

Conclusion: Impacted left proximal humeral (surgical neck) fracture, 2-part. Fragility fracture - suggest bone health review.
""", age=84, sex="F")

R("CT", "CT CHEST ABDOMEN PELVIS WITH CONTRAST", "no_fracture", "", "", "", """
CT CHEST/ABDOMEN/PELVIS WITH CONTRAST

CLINICAL HISTORY: 70M, prostate cancer, rising PSA (12.4). Restaging.

COMPARISON: 2026-02-18.

FINDINGS:
Chest: No pulmonary metastases. No adenopathy. No effusion.
Abdomen: Liver, spleen, pancreas, adrenals, kidneys unremarkable. Small retroperitoneal nodes, not enlarged.
Pelvis: Enlarged prostate with a left peripheral zone lesion better assessed on MRI. No pelvic adenopathy.
Bones: New sclerotic metastases in the T10 and L2 vertebral bodies and the right iliac bone. No pathologic fracture; vertebral body heights are preserved. No extraosseous extension.

IMPRESSION:
New sclerotic bone metastases (T10, L2, right ilium) without pathologic fracture. No nodal or visceral metastases.
""", age=70, sex="M")

R("CT", "CT THORACIC AND LUMBAR SPINE", "no_fracture", "", "", "", """
CT THORACOLUMBAR SPINE

Clinical notes: 85F fall from chair. Back pain. ?Crush fracture

Report:
Fracture excluded. The thoracic and lumbar vertebral body heights are maintained and the endplates are intact. Generalised osteopenia. Thoracic kyphosis within normal limits for age. Multilevel lumbar spondylosis worst at L4/5, with vacuum disc phenomenon and moderate facet OA. Aortic calcification without aneurysm.

Comment: No vertebral fracture. Degenerative lumbar spine.
""", age=85, sex="F")

R("CT", "CT CHEST WITH CONTRAST", "no_fracture", "", "", "", """
CT CHEST WITH CONTRAST

Indication: 67F, left breast cancer, post left mastectomy and radiotherapy 2021, surveillance for chest wall and pulmonary disease.

Comparison: 2025-11-07

Findings:
Post left mastectomy. No chest wall mass. No axillary, supraclavicular or internal mammary adenopathy.
Lungs: Left anterior upper lobe radiation fibrosis, unchanged. No suspicious nodule.
Pleura: No effusion.
Heart: Normal size.
Upper abdomen: Normal liver. Adrenals normal.
Osseous structures: No lytic or sclerotic lesion. Thoracic vertebral body heights preserved. Degenerative changes. Healed left anterior 3rd rib fracture, likely radiation-related, unchanged.

Impression:
No evidence of recurrent or metastatic breast cancer.
""", age=67, sex="F")

R("MR", "MRI LUMBAR SPINE WITHOUT CONTRAST", "no_fracture", "", "", "", """
MRI LUMBAR SPINE WITHOUT CONTRAST

History: 74 yo M, neurogenic claudication, 50 m walking distance, R > L leg pain.

Technique: Sagittal T1/T2/STIR, axial T2.

Findings:
Alignment: Grade 1 degenerative anterolisthesis of L4 on L5.
Vertebral bodies: Heights preserved. Marrow signal normal.
Conus: Normal.
L2-3: Mild bulge.
L3-4: Bulge and facet hypertrophy with moderate canal stenosis.
L4-5: Unroofing of the disc, ligamentum flavum hypertrophy and facet arthropathy with severe canal stenosis, and severe right lateral recess narrowing compressing the traversing right L5 nerve root.
L5-S1: Mild bilateral foraminal narrowing.

Impression:
Severe L4-5 canal stenosis with compression of the traversing right L5 root; moderate L3-4 stenosis.
""", age=74, sex="M")

R("CT", "CT CHEST WITH CONTRAST", "no_fracture", "", "", "", """
CT CHEST W/ CONTRAST

Indication: 71M, haemoptysis, right upper lobe opacity on CXR.

Comparison: CXR yesterday.

Findings:
Complete collapse of the right upper lobe due to an obstructing endobronchial mass in the right upper lobe bronchus, measuring approximately 3.8 cm, with a convex inferior margin of the collapsed lobe (reverse S sign of Golden). Enlarged right hilar (1.9 cm) and right paratracheal (1.6 cm) nodes.
No contralateral nodes. Remaining lungs clear; emphysema.
Small right pleural effusion.
Upper abdomen: adrenals normal, liver clear.
Bones: No suspicious bone lesion. No fracture. Thoracic spondylosis.

Impression:
Right upper lobe collapse due to a central obstructing mass, highly suspicious for bronchogenic carcinoma, with ipsilateral hilar and mediastinal adenopathy. Bronchoscopy recommended.
""", age=71, sex="M")

R("XR", "XR ABDOMEN 1 VIEW", "no_fracture", "", "", "", """
ABDOMINAL RADIOGRAPH

History: Check IVC filter prior to retrieval. 58F.

Findings:
Infrarenal IVC filter projected at L2-L3. One of the filter struts is fractured, with a small strut fragment projected over the right side of the L3 vertebral body, probably within the caval wall / paracaval soft tissue. Filter otherwise upright without significant tilt.
Non-obstructive bowel gas pattern. Lumbar spine alignment normal with preserved vertebral body heights. Mild degenerative change.

Impression: Fractured IVC filter strut. CT recommended to localise the fragment before retrieval.
""", age=58, sex="F")

R("XR", "XR CHEST PA", "no_fracture", "", "", "", """
CHEST X-RAY PA

Clinical: Post-CABG 8 weeks, sternal clicking.

Findings:
Median sternotomy wires: the 3rd and 4th wires are fractured, with slight separation of the fragments; no sternal dehiscence is evident. Surgical clips from LIMA harvest.
Heart size normal. Lungs clear. Small left pleural effusion, reduced from prior. No pneumothorax.
Spine: no acute osseous abnormality.

Impression: Fractured 3rd and 4th sternotomy wires without definite sternal dehiscence. Small resolving left effusion.
""", age=69, sex="M")

R("XR", "XR FEMUR RIGHT 2 VIEWS", "no_fracture", "", "", "", """
XR RIGHT FEMUR

Indication: 6 weeks post intramedullary nail for atypical femoral fracture. 76F on long-term alendronate (stopped).

Comparison: Post-op XR.

Findings:
Intramedullary nail with proximal and distal interlocking screws, intact. The transverse subtrochanteric fracture shows early bridging callus on the lateral cortex; fracture line still visible. Alignment maintained. No hardware complication.
Focal lateral cortical thickening ("beaking") noted; contralateral femur imaging recommended to exclude an incomplete atypical fracture.

Impression: Healing right atypical subtrochanteric femoral fracture with intact IM nail.
""", age=76, sex="F")

R("CT", "CT HEAD AND CERVICAL SPINE WITHOUT CONTRAST", "no_fracture", "", "", "", """
CT BRAIN AND CERVICAL SPINE

Clinical notes: Collapse at home, found on floor, unknown downtime. Facial bruising. 87F. ?cause

Findings:
Brain: No intracranial haemorrhage, infarct or mass. Generalised involutional change and periventricular small vessel ischaemia. Ventricles proportionate. No skull fracture. Left periorbital soft tissue swelling.
Cervical spine: No fracture or malalignment. Vertebral body heights preserved. Advanced multilevel degenerative disc disease C4 to C7 with anterior and posterior osteophytes, moderate canal narrowing at C5/6. Atlantoaxial arthrosis. Prevertebral soft tissues normal.

Conclusion: No acute intracranial abnormality. No cervical spine fracture.
""", age=87, sex="F")

R("CT", "CTA ABDOMEN AND PELVIS", "no_fracture", "", "", "", """
CT ANGIOGRAM ABDOMEN / PELVIS

Indication: 35 F, left flank pain and haematuria, ?nutcracker syndrome.

Findings:
Compression of the left renal vein between the superior mesenteric artery and the aorta, with an aortomesenteric distance of 4 mm and an aortomesenteric angle of 16 degrees, with distension of the left renal vein proximal to the compression (ratio 4.8) and a dilated left gonadal vein with pelvic venous collaterals.
Both kidneys enhance normally. No renal mass or stone.
Liver, spleen, pancreas unremarkable. Bowel normal.
Lumbar spine: vertebrae normal.

Impression:
Left renal vein compression between the SMA and aorta with left gonadal vein reflux and pelvic varices, consistent with nutcracker anatomy.
""", age=35, sex="F")

R("CT", "CT NECK AND CHEST WITH CONTRAST", "no_fracture", "", "", "", """
CT NECK / THORAX

Indication: Large goitre, stridor on exertion, ?retrosternal extension. 78F.

Findings:
Markedly enlarged multinodular thyroid with retrosternal extension to the level of the aortic arch. There is compression of the trachea with narrowing of the tracheal lumen to 6 mm in the transverse dimension at the thoracic inlet, and rightward tracheal deviation. Oesophagus displaced to the right.
No cervical lymphadenopathy.
Lungs: Clear. No nodules.
Mediastinum: No lymphadenopathy.
Osseous structures: Cervical and thoracic spondylosis. No acute osseous abnormality. Thoracic kyphosis.

Impression:
Large retrosternal multinodular goitre causing significant tracheal compression and deviation.
""", age=78, sex="F")

R("MR", "MRI THORACIC SPINE WITHOUT CONTRAST", "no_fracture", "", "", "", """
MRI THORACIC SPINE W/O CONTRAST

History: 62F mid back pain, lesion on prior CT, characterize.

Comparison: CT chest 2026-08-04.

Findings:
The lesion in the T8 vertebral body corresponds to a 2.1 cm well-defined hyperintense lesion on T1 and T2 with a coarsened vertical trabecular pattern, characteristic of a typical vertebral haemangioma. No extraosseous component or epidural extension. No fracture; T8 height preserved.
No other marrow lesion. Cord normal.
Mild degenerative disc changes T6-T9.

Impression:
Typical T8 vertebral haemangioma. No aggressive features and no fracture. No further imaging required.
""", age=62, sex="F")

R("MR", "MRI LUMBAR SPINE WITHOUT CONTRAST", "no_fracture", "", "", "", """
MRI LUMBAR SPINE

Clinical: 75F. Query L1 compression fracture on recent radiograph. Persistent LBP.

Comparison: Radiograph lumbar spine 2026-10-12.

Findings:
The previously queried L1 compression is not confirmed: L1 is of normal height with intact endplates and normal marrow signal, and the radiographic appearance was due to projection. No vertebral fracture at any level. No marrow oedema.
L3/4: Broad based bulge, mild canal narrowing.
L4/5: Facet arthropathy with small effusions. Mild foraminal narrowing.
L5/S1: Disc desiccation.
Conus normal.

Conclusion: No L1 or other vertebral fracture. Lumbar spondylosis.
""", age=75, sex="F")

R("XR", "XR CHEST PA AND LATERAL", "no_fracture", "", "", "", """
CHEST PA AND LATERAL

Indication: Preoperative, elective right knee arthroplasty. 73 y/o F.

Comparison: None.

Findings: The cardiomediastinal silhouette is within normal limits. The lungs are clear. No pleural effusion or pneumothorax. Osseous structures are unremarkable for age with mild thoracic spondylosis. The thoracic vertebral body heights are normal on the lateral view.

Impression: No acute cardiopulmonary process.
""", age=73, sex="F")

R("XR", "XR WRIST RIGHT", "no_fracture", "", "", "", """
RIGHT WRIST / SCAPHOID SERIES

Clinical: fall onto outstretched hand, anatomical snuffbox tenderness. 19 yo M.

Findings:
Nondisplaced transverse fracture through the waist of the scaphoid. No other carpal fracture. Distal radius and ulna intact. Carpal alignment normal.

Impression: Scaphoid waist fracture, nondisplaced. Thumb spica cast and orthopaedic follow-up.
""", age=19, sex="M")

R("XR", "XR ANKLE LEFT 3 VIEWS", "no_fracture", "", "", "", """
LEFT ANKLE XR

Clinical: inversion injury stepping off kerb. 57F. Lateral malleolar tenderness.

Findings:
Oblique fracture of the distal fibula at the level of the syndesmosis (Weber B), minimally displaced. Medial clear space preserved. Talar dome intact. Soft tissue swelling laterally. No posterior malleolar fracture.

Impression: Weber B distal fibular fracture, mortise congruent.
""", age=57, sex="F")

R("XR", "XR THORACIC SPINE AND LUMBAR SPINE", "no_fracture", "", "", "", """
THORACIC AND LUMBAR SPINE X-RAYS

Clinical: 69 M with failed back surgery syndrome and spinal cord stimulator, loss of paraesthesia coverage.

Findings:
Spinal cord stimulator with a paddle lead in the dorsal epidural space at T9-T10, extension cable tunnelled to an IPG in the left buttock. There is an apparent lead fracture / discontinuity of the extension cable near the anchor at the L1 level, with a 4 mm gap in the conductor; comparison with the immediate post-implant films shows this is new.
Posterior instrumented fusion L4-S1 with intact hardware.
Vertebral body heights preserved. No vertebral fracture.

Impression: Probable fracture of the SCS extension lead at L1 level. Lead itself in unchanged position.
""", age=69, sex="M")

R("XR", "XR SCOLIOSIS SERIES", "no_fracture", "", "", "", """
SCOLIOSIS SERIES (STANDING PA AND LATERAL WHOLE SPINE)

Clinical: 52F, Harrington rod instrumentation age 14 for adolescent idiopathic scoliosis. New back pain.

Comparison: 2019.

Findings:
Harrington rod from T4 to L2 with hooks at both ends. The rod is fractured at the level of T11-T12, with 3 mm offset of the fragments; fracture of the rod is new since 2019. Solid posterior fusion mass T4-L2.
Residual right thoracic curve 34 degrees (previously 33).
Below the fusion: degenerative disc disease L3-4 and L4-5 with disc height loss and a 4 degree lateral listhesis L3 on L4.
Vertebral bodies normal in height.

Impression:
1. Fractured Harrington rod at T11-T12, new since 2019, with solid underlying fusion.
2. Adjacent segment degeneration below the fusion.
""", age=52, sex="F")

R("XR", "XR THORACIC SPINE 2 VIEWS", "no_fracture", "", "", "", """
THORACIC SPINE XR

Clinical Notes: Query osteoporotic crush fracture. 79yo woman, height loss 4 cm over 2 years, T-score -2.9 at the hip.

Report:
Thoracic vertebral body heights are preserved. No crush or wedge fracture is seen. Mild thoracic kyphosis. Moderate multilevel thoracic spondylosis with anterior osteophytes. Generalised osteopenia.
Visualised lungs and mediastinum normal.

Comment: No vertebral fracture demonstrated. The reported height loss may relate to disc degeneration and kyphosis.
""", age=79, sex="F")

R("NM", "PET-CT FDG SKULL BASE TO MID THIGH", "no_fracture", "", "", "", """
FDG PET/CT

INDICATION: 58-year-old woman, solitary pulmonary nodule (15 mm, left upper lobe), characterization.

TECHNIQUE: FDG 4.8 mCi, 60 minute uptake, skull base to mid-thigh with low-dose CT. Glucose 98 mg/dL.

FINDINGS:
The 15 mm spiculated left upper lobe nodule is FDG-avid with SUVmax 6.4, suspicious for primary lung malignancy.
No FDG-avid hilar or mediastinal lymph nodes.
No FDG-avid hepatic, adrenal or osseous lesions.
Physiologic activity elsewhere. Uterine fibroid with mild uptake.
CT: Mild degenerative change of the spine. No lytic or sclerotic osseous lesion. No fracture.

IMPRESSION:
FDG-avid 15 mm left upper lobe nodule, suspicious for primary lung cancer, without nodal or distant metastatic disease (clinical T1cN0M0 if confirmed).
""", age=58, sex="F")

R("CT", "CT ABDOMEN PELVIS WITH CONTRAST", "no_fracture", "", "", "", """
CT ABDOMEN/PELVIS W CONTRAST

Indication: Abdominal pain, 63M, prior AAA repair (open). Chronic back pain.

Comparison: 2024.

Findings:
Lung bases: Clear.
Liver: No focal lesion. Gallbladder: Normal. Pancreas: Normal. Spleen: Normal. Adrenals: Normal. Kidneys: Normal.
Bowel: Normal calibre. No wall thickening. Appendix normal.
Aorta: Tube graft repair, no perigraft fluid or gas. No pseudoaneurysm.
Lymph nodes: None enlarged.
Bladder: Normal.
Musculoskeletal: No compression deformity. No lytic or sclerotic lesion. Mild multilevel lumbar spondylosis with disc space narrowing at L4-5. Small fat-containing umbilical hernia.

Impression:
No acute abdominal or pelvic abnormality. Stable post-operative appearance of the aortic tube graft.
""", age=63, sex="M")

R("CT", "CT CHEST WITHOUT CONTRAST", "no_fracture", "", "", "", """
CT CHEST W/O

Indication: Chronic left chest wall pain, prior fall 2024.

Comparison: CT chest 2024-03-02

Findings:
Healed fractures of the left 8th and 9th ribs with mature callus, previously acute. No new rib fracture.
Lungs: Clear. No nodule. No effusion.
Mediastinum: Normal.
Upper abdomen: Unremarkable.
Spine: No vertebral fracture. Mild multilevel spondylosis. Vertebral body heights are maintained.

Impression:
Healed left 8th and 9th rib fractures. No new fracture. No intrathoracic abnormality.
""", age=71, sex="M")

R("CT", "CT THORACOLUMBAR SPINE RECONSTRUCTIONS (TRAUMA)", "no_fracture", "", "", "", """
CT THORACIC AND LUMBAR SPINE (RECONSTRUCTED FROM TRAUMA CT)

History: 81M, slid off a chair onto his back. Known DISH. Back pain.

Technique: Thin section bone reconstructions from the trauma CT, sagittal and coronal reformats.

Findings:
Diffuse idiopathic skeletal hyperostosis with flowing anterior ossification bridging T3 to L2. Particular attention was paid to the ankylosed segment: no fracture line through the vertebral bodies, the ossified anterior longitudinal ligament or the posterior elements. Disc spaces not widened. Alignment maintained.
Vertebral body heights preserved throughout.
Degenerative facet disease L4-S1.
No paraspinal haematoma.

Impression:
No fracture in this patient with DISH. If pain is severe or persists, MRI is more sensitive for an occult fracture in the ankylosed spine.
""", age=81, sex="M")

R("CT", "CT CHEST WITH CONTRAST", "no_fracture", "", "", "", """
CT CHEST W CONTRAST

CLINICAL HISTORY: 59F, hypotension, rising JVP, known metastatic lung adenocarcinoma.

COMPARISON: 2026-09-18.

FINDINGS:
Large circumferential pericardial effusion, maximal depth 2.8 cm, increased since prior, with flattening and compression of the right atrium and right ventricular free wall - CT features suggesting tamponade physiology.
Dilated IVC and hepatic veins with reflux of contrast.
Known left lower lobe primary mass, 4.1 cm, stable. Lymphangitic change in the left lower lobe. Bilateral small effusions.
Bones: No acute osseous abnormality. No vertebral fracture. No new bone lesion.

IMPRESSION:
1. Large pericardial effusion with CT signs of tamponade. Urgent echocardiography and cardiology review. Discussed with the ward registrar at 14:05.
2. Stable left lower lobe primary tumour.
""", age=59, sex="F")

R("CT", "CT ABDOMEN PELVIS WITH CONTRAST", "no_fracture", "", "", "", """
CT ABDOMEN AND PELVIS WITH IV CONTRAST

Clinical details: 74F, known sigmoid diverticular disease, LIF pain, fever, raised WCC. Osteoporosis (T-score -3.1), on zoledronic acid.

Comparison: CT 2024-07-30.

Findings:
Sigmoid colon: Segmental wall thickening with pericolic stranding and a 3.4 x 2.8 cm rim-enhancing gas-containing collection adjacent to the mid sigmoid, in keeping with complicated diverticulitis (Hinchey Ib). No free intraperitoneal gas. No fistula to the bladder.
Small bowel: Normal calibre. Appendix normal.
Liver, gallbladder, pancreas, spleen, adrenals: Unremarkable.
Kidneys: Normal, no hydronephrosis. Ureters not involved.
Pelvis: Bladder normal. Uterus and ovaries atrophic.
Lymph nodes: Reactive sigmoid mesocolic nodes.
Vessels: Patent.
Bones: Diffuse osteopenia. No vertebral compression fracture; the lumbar vertebral bodies are normal in height. Left total hip arthroplasty, no loosening. Mild degenerative change L4/5.

IMPRESSION:
Complicated sigmoid diverticulitis with a 3.4 cm pericolic abscess, potentially amenable to percutaneous drainage. No free perforation.
""", age=74, sex="F")
