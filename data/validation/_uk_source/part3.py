# NON-FRACTURE DEFORMITY
add(59, 'F', 'XR', 'XR Lumbar Spine', """Clinical details: Mechanical LBP.
Findings: Schmorl's nodes at the superior endplates of L1, L2 and L3. Vertebral body heights are otherwise maintained. Mild L5/S1 disc space narrowing.
Conclusion: Schmorl's nodes. No fracture.""", 'non_fracture_deformity')

add(55, 'M', 'XR', 'XR Thoracic Spine', """XR THORACIC SPINE
Indication: kyphosis, ?osteoporotic fractures
Anterior wedging of T7, T8 and T9 with irregular endplates and multiple Schmorl's nodes, in keeping with Scheuermann's disease. No acute fracture. Bone density appears normal.""", 'non_fracture_deformity')

add(62, 'F', 'XR', 'XR Lumbar Spine', """There is a limbus vertebra at the anterosuperior corner of L4 - a developmental variant, not a fracture. Vertebral heights normal. Mild facet arthropathy L4/5.""", 'non_fracture_deformity')

add(81, 'M', 'XR', 'XR Thoracic Spine', """Clinical: 81M, thoracic pain, ?collapse
Report: Mild anterior wedging of the lower thoracic vertebrae is degenerative in nature, with anterior osteophytes and disc space narrowing; no fracture. Aortic calcification.""", 'non_fracture_deformity')

add(57, 'F', 'CT', 'CT Thorax', """CT THORAX
Clinical details: incidental nodule follow up.
The 5 mm RML nodule is stable over 2 years - no further follow up required (Fleischner). 
Incidental butterfly vertebra at T10, a congenital anomaly. No other abnormality.""", 'non_fracture_deformity')

add(64, 'F', 'DXA', 'DXA Lumbar Spine and Hip with VFA', """DXA + VFA
Lumbar spine L1-L4 T-score -1.2; femoral neck T-score -1.6.
VFA: T7 shows a short vertebral height (reduced anterior, middle and posterior heights in proportion) - normal variant, not a fracture. No vertebral fractures identified.
Osteopenia at the hip. FRAX MOF 9% - below NOGG intervention threshold. Lifestyle advice; repeat DXA not routinely required.""", 'non_fracture_deformity')

add(52, 'F', 'XR', 'XR Whole Spine', """Standing whole spine (scoliosis series)
Right thoracic scoliosis, Cobb angle 28 degrees T5-T11, apex T8. Hemivertebra at T9 on the left. No other anomaly.""", 'non_fracture_deformity')

add(67, 'M', 'XR', 'XR Cervical Spine', """Congenital block vertebra at C5/6 with a rudimentary disc and wasp waist configuration. Degenerative change at C4/5 and C6/7. No fracture or subluxation.""", 'non_fracture_deformity')

add(70, 'F', 'XR', 'XR Lumbar Spine', """History: fall, ?fracture
Report: Apparent step in the anterosuperior corner of L1 ?fracture.

ADDENDUM: On review with previous imaging from 2019 the appearance at L1 is longstanding and represents a limbus vertebra. There is no fracture. Please disregard the original query.""", 'non_fracture_deformity')

add(60, 'M', 'CT', 'CT Abdomen Pelvis', """Clinical history: Right upper quadrant pain.
Report: Gallbladder wall thickening with pericholecystic fluid and calculi - acute cholecystitis. CBD 5 mm. 
Cupid's bow contour of the L4 and L5 inferior endplates, a normal variant.
Conclusion: Acute calculous cholecystitis.""", 'non_fracture_deformity')

add(73, 'F', 'DXA', 'DXA Lumbar Spine and Hip with VFA', """Vertebral fracture assessment:
Non-fracture deformities at T11 and T12 due to degenerative change (Genant grade 0). No vertebral fracture.
BMD: L1-L4 T-score -2.6, total hip T-score -2.1.
Impression: Osteoporosis (lumbar spine). FRAX MOF 21%, above NOGG intervention threshold - recommend oral bisphosphonate.""", 'non_fracture_deformity')

add(65, 'M', 'CT', 'CTPA', """CTPA: No PE. Lungs clear. Schmorl's node in the T8 inferior endplate, no loss of vertebral height.""", 'non_fracture_deformity')

add(58, 'F', 'MR', 'MRI Lumbar Spine', """MRI L/S SPINE
Sagittal T1 & T2, STIR, axial T2.
L4/5: Modic type 1 endplate changes with Schmorl's nodes in the adjacent endplates; disc desiccation and broad-based bulge, mild bilateral foraminal narrowing. 
Other levels unremarkable. No fracture. Conus normal.""", 'non_fracture_deformity')

add(54, 'M', 'XR', 'XR Thoracic Spine', """Scheuermann's disease of the thoracic spine. No acute fracture.""", 'non_fracture_deformity')

add(63, 'F', 'XR', 'XR Thoracolumbar Spine', """Clinical details: ?crush fracture T12
Findings: Mild physiological wedging at the thoracolumbar junction, not a fracture. Bone density normal. No other abnormality.""", 'non_fracture_deformity')

# NO FRACTURE
add(66, 'M', 'XR', 'CXR', """Heart and lungs normal. No bony abnormality.""", 'no_fracture')

add(79, 'F', 'XR', 'CXR', """Clinical details: Back pain, ?vertebral fracture, ?chest infection
PA and lateral.
No consolidation or effusion. No vertebral collapse seen on the lateral view. Thoracic kyphosis within normal limits for age.""", 'no_fracture')

add(68, 'F', 'DXA', 'DXA Lumbar Spine and Hip', """DXA REPORT
Indication: Aromatase inhibitor (letrozole) for breast ca.
L1-L4: BMD 0.802 g/cm2, T-score -2.7, Z-score -1.5
Left femoral neck: T-score -2.0
Left total hip: T-score -1.6
Diagnosis: Osteoporosis at the lumbar spine. FRAX MOF 17%, hip 3.1%. In line with NOGG and the UK consensus on AI-associated bone loss, bisphosphonate therapy is recommended. Repeat DXA in 3 years.""", 'no_fracture')

add(71, 'F', 'DXA', 'DXA Lumbar Spine and Hip with VFA', """Clinical details: Height loss 4 cm, ?vertebral fracture.
BMD: Lumbar spine T-score -1.9, femoral neck T-score -2.1, total hip -1.7. 
VFA: No vertebral fractures identified T4-L4.
Conclusion: Osteopenia. Height loss is not explained by vertebral fracture. FRAX MOF 12% - below intervention threshold.""", 'no_fracture')

add(75, 'M', 'CT', 'CT Abdomen Pelvis', """CT AP
Indication: ?bowel obstruction
Dilated small bowel loops to a transition point in the right iliac fossa, likely adhesional. No closed loop or ischaemia. No destructive bone lesion.
Conclusion: Adhesional SBO.""", 'no_fracture')

add(84, 'F', 'CT', 'CT Thorax', """History: Fall onto right side, chest wall pain.
Acute minimally displaced fractures of the right 7th, 8th and 9th ribs laterally. No pneumothorax. Small right haemothorax. Thoracic vertebral bodies are intact.
Conclusion: Right 7th-9th rib fractures, small haemothorax.""", 'no_fracture')

add(89, 'F', 'XR', 'XR Pelvis and Left Hip', """Clinical: Fall from standing, shortened externally rotated left leg.
Displaced intracapsular fracture of the left neck of femur (Garden IV). Osteopenic bones. No pelvic ring fracture.""", 'no_fracture')

add(70, 'F', 'XR', 'XR Left Wrist', """Fall onto outstretched hand.
Dorsally angulated extra-articular distal radius fracture with ulnar styloid avulsion. Osteopenia.
Suggest FLS referral.""", 'no_fracture')

add(86, 'F', 'XR', 'XR Pelvis', """Clinical details: groin pain after fall 1 week ago, unable to weight bear, ?NOF
No hip fracture. Undisplaced fractures of the right superior and inferior pubic rami. Sacroiliac joints intact.
Conclusion: Right pubic rami fractures.""", 'no_fracture')

add(78, 'F', 'MR', 'MRI Pelvis', """MRI PELVIS
Clinical history: Low back and buttock pain, osteoporosis, no trauma.
Findings: Bilateral vertical bands of low T1 / high STIR signal in the sacral alae extending from S1 to S3, with a horizontal component across the S2 body (H-pattern), in keeping with sacral insufficiency fractures. Both hips normal. L5 vertebral body normal. SI joints normal.
Conclusion: Bilateral sacral insufficiency fractures.""", 'no_fracture')

add(53, 'M', 'MR', 'MRI Lumbar Spine', """MRI lumbar spine.
Clinical: Left sciatica.
L4/5 left paracentral disc extrusion compressing the traversing left L5 nerve root. L5/S1 disc desiccation, T2 dark, mild bulge. Normal T1 and T2 marrow signal. Vertebral body heights preserved. Conus ends at L1.
Conclusion: L4/5 disc extrusion compressing left L5 root.""", 'no_fracture')

add(61, 'F', 'MR', 'MRI Thoracic Spine', """Report: Well-defined T1 and T2 hyperintense lesion in the T11 vertebral body with coarse vertical trabeculae, in keeping with a typical haemangioma. No loss of vertebral height. No other abnormality.""", 'no_fracture')

add(74, 'M', 'CT', 'CT Chest Abdomen Pelvis', """Staging CT for prostate ca.
Sclerotic metastases in L2, L3 and the right iliac bone. No pathological fracture. No lymphadenopathy. Lungs clear.
Conclusion: Sclerotic bone metastases without pathological fracture.""", 'no_fracture')

add(77, 'M', 'XR', 'XR Lumbar Spine', """Clinical details: raised ALP.
Findings: Enlarged L3 vertebral body with coarse trabeculae and a 'picture frame' appearance, consistent with Paget's disease. Vertebral height preserved; no fracture. Mild degenerative change.""", 'no_fracture')

add(69, 'F', 'MR', 'MRI Lumbar Spine', """MRI Lumbar Spine pre and post gadolinium.
History: Back pain, fever, ?discitis
There is high T2/STIR signal within the L2/3 disc with enhancement and marrow oedema in the adjacent endplates, consistent with early discitis. No endplate destruction or vertebral collapse. No epidural collection or psoas abscess.
Conclusion: L2/3 discitis. Recommend blood cultures and microbiology input.""", 'no_fracture')

add(68, 'F', 'XR', 'XR Lumbar Spine', """Indication: LBP after lifting 2 weeks ago
No fracture seen. Vertebral alignment maintained. Mild degenerative change. If symptoms persist, MRI would be helpful to exclude an occult fracture.""", 'no_fracture')

add(82, 'M', 'XR', 'XR Thoracic Spine', """Clinical: Fall. Thoracic pain.
Report: Vertebral body heights are preserved. There is new fracture. Degenerative change in the mid thoracic spine.

Addendum: Voice recognition error - the second sentence of the report should read "There is no fracture." Apologies for any confusion.""", 'no_fracture')

add(80, 'F', 'XR', 'XR Pelvis', """Clinical details: Known T12 osteoporotic fracture 2019. Fall today, unable to weight bear, ?NOF #.
AP pelvis and lateral right hip: No hip fracture identified. Osteopenia. Degenerative change in both hips. If pain persists and unable to weight bear, consider MRI/CT.""", 'no_fracture')

add(73, 'F', 'CT', 'CT Lumbar Spine', """CT LUMBAR SPINE
Clinical: XR last week reported possible L1 fracture.
The previously queried L1 fracture is not confirmed. L1 is normal in height with intact cortices - the radiographic appearance was likely due to projection. Vertebral heights are preserved throughout. Mild L4/5 facet arthropathy.""", 'no_fracture')

add(65, 'M', 'CT', 'CT Colonography', """CT COLONOGRAPHY
Adequate distension. No polyps or masses. 
Extracolonic: No significant abnormality.
C1 E1""", 'no_fracture')

add(58, 'F', 'CT', 'CTPA', """CTPA
Clinical details: 58F, long haul flight, calf swelling, SOB.
Bilateral main pulmonary artery emboli extending into the lobar branches. RV:LV 1.3 with reflux of contrast into the IVC - features of right heart strain. Lungs clear. Bones unremarkable.
Conclusion: Extensive bilateral PE with CT evidence of RV strain. Discussed with the medical registrar at 14:20.""", 'no_fracture')

add(76, 'F', 'XR', 'XR Thoracic Spine', """Vertebral body heights and alignment maintained. Degenerative disc disease T7-T10 with anterior osteophytes. Osteopenia.""", 'no_fracture')

add(64, 'M', 'MR', 'MRI Whole Spine', """MRI WHOLE SPINE (MSCC)
Clinical: Renal cell carcinoma, new back pain.
Metastatic deposits within the T4 and L1 vertebral bodies and the right T6 pedicle. No vertebral collapse. No epidural disease or cord compression.
Conclusion: Spinal metastases without collapse or MSCC.""", 'no_fracture')

add(70, 'M', 'XR', 'XR Skeletal Survey', """SKELETAL SURVEY (myeloma)
Multiple small lytic lesions in the skull vault (raindrop pattern) and both humeri. The spine shows generalised osteopenia with no vertebral collapse. No pathological fracture.
Conclusion: Lytic lesions consistent with myeloma. No fracture.""", 'no_fracture')

add(62, 'F', 'DXA', 'DXA Lumbar Spine and Hip', """Lumbar spine: T-score at L2 -2.5, L1-L4 -2.2. L4 excluded from the analysis due to degenerative sclerosis.
Femoral neck T-score -1.7.
FRAX (with BMD): MOF 11%, hip 1.8%, which is below the NOGG intervention threshold. Recommend calcium/vitamin D sufficiency and weight-bearing exercise.""", 'no_fracture')

add(87, 'F', 'XR', 'CXR', """CXR: No acute changes. Old healed fracture of the right 6th rib. Thoracic spondylosis. Unfolded aorta.""", 'no_fracture')

add(72, 'F', 'NM', 'NM Whole Body Bone Scan', """Bone scintigraphy (HDP)
Clinical: Breast ca, bone pain.
Degenerative pattern uptake in the cervical and lower lumbar spine facet joints, knees and first MTP joints. No focal lesion to suggest metastases or fracture.
Conclusion: Degenerative uptake only.""", 'no_fracture')

add(90, 'M', 'CT', 'CT Cervical Spine', """CT CERVICAL SPINE
Clinical details: 90M unwitnessed fall at nursing home, head injury, neck pain. On clopidogrel.
No fracture or malalignment from the skull base to T2. Multilevel degenerative change with C5/6 and C6/7 disc osteophyte complexes. Prevertebral soft tissues normal.
Conclusion: No cervical spine fracture.""", 'no_fracture')

add(60, 'F', 'XR', 'XR Lumbar Spine', """XR LUMBAR SPINE AP/LAT
5 lumbar type vertebrae. No spondylolisthesis. L5/S1 disc space narrowing. The S1 joints (sacroiliac) appear normal. No fracture.""", 'no_fracture')

add(57, 'M', 'MR', 'MRI Lumbar Spine', """Clinical details: LBP, ?facet
STIR hyperintensity within the L3/4 and L4/5 facet joints with small effusions, in keeping with active facet arthropathy. Vertebral bodies show normal marrow signal on T1 and STIR. No fracture.""", 'no_fracture')

add(81, 'F', 'XR', 'XR Thoracolumbar Spine', """No fracture.""", 'no_fracture')

add(74, 'F', 'CT', 'CT Abdomen Pelvis', """Clinical details: LLQ pain.
Report: No acute abnormality. Osteopenic bones. No fracture.""", 'no_fracture')

add(77, 'M', 'XR', 'XR Thoracic Spine', """Fracture excluded.""", 'no_fracture')

add(85, 'F', 'XR', 'CXR', """Clinical history: COPD exacerbation
Hyperinflated lungs. No focal consolidation. Kyphosis. Vertebral heights appear preserved on the lateral projection.""", 'no_fracture')

add(69, 'M', 'XR', 'XR Lumbar Spine', """Follow up post L4-S1 posterior instrumented fusion (2023).
Pedicle screws and rods in satisfactory position. No lucency around the metalwork to suggest loosening. Solid posterolateral fusion mass. Adjacent level L3/4 disc height maintained. No fracture.""", 'no_fracture')

add(58, 'M', 'DXA', 'DXA Lumbar Spine and Hip', """DXA
Indication: Male, hypogonadism, testosterone 4.1.
L1-L4 Z-score -1.3 (T-score -1.6). Total hip Z-score -0.9 (T-score -1.2). Femoral neck Z-score -1.1.
Comment: BMD within the expected range for age (Z > -2.0). Osteopenia by T-score criteria. FRAX MOF 6%. No treatment indicated on BMD grounds; treat hypogonadism.""", 'no_fracture')

add(76, 'F', 'XR', 'XR Right Femur', """Clinical: On alendronate 9 years, thigh pain.
There is focal lateral cortical thickening ('beaking') with a transverse lucent line in the subtrochanteric right femur, in keeping with an incomplete atypical femoral fracture. Recommend orthopaedic review and consider stopping bisphosphonate. Suggest imaging of the contralateral femur.""", 'no_fracture')

add(83, 'F', 'XR', 'XR Coccyx', """History: Fall onto buttocks.
Lateral sacrum and coccyx: angulated fracture at the sacrococcygeal junction, involving the first coccygeal segment. Sacral segments otherwise intact.""", 'no_fracture')

add(72, 'F', 'XR', 'XR Lumbar Spine', """Clinical details: ?crush fracture L1, osteoporosis
L1 appears normal; no crush fracture. All lumbar vertebral bodies maintain normal height. Moderate L4/5 degenerative change.""", 'no_fracture')

add(80, 'F', 'XR', 'XR Thoracic Spine', """clinical: back pain, osteoporosis ?# 
no evidnce of vertebal collapse. mild degen change. osteopenic.""", 'no_fracture')

add(66, 'F', 'MR', 'MRI Lumbar Spine', """Clinical details: Back pain. Query L1 lesion on CT.
Findings: T1 hypointense, T2/STIR hyperintense lesion in the L1 vertebral body measuring 14 mm with no cortical breach or soft tissue; atypical haemangioma favoured. No fracture. Normal vertebral body heights.
Conclusion: L1 lesion, likely atypical haemangioma. Suggest follow-up MRI in 6 months to confirm stability.""", 'no_fracture')
