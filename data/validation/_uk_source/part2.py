# POSSIBLE and EXCLUDED
add(77, 'F', 'XR', 'CXR', """Clinical details: Pre-op assessment, hip replacement.

Lungs clear. Cardiomediastinal contour normal. Possible wedge compression of a mid-thoracic vertebra on the lateral view; a dedicated thoracic spine radiograph may be helpful.""", 'possible_fracture')

add(68, 'M', 'CT', 'CT Abdomen Pelvis', """CT ABDO/PELVIS
Hx: fall yesterday, L flank pain, haematuria, ?renal injury
No renal or splenic injury. No free fluid. Subtle superior endplate irregularity at L2, ?acute fracture. Correlate with point tenderness; MRI if clinically suspected.
No other bony injury.""", 'possible_fracture', 'L2', '', 'acute')

add(71, 'F', 'XR', 'XR Thoracolumbar Spine', """There is slight loss of height of T12 anteriorly which may represent a mild wedge fracture or be positional. No other abnormality.""", 'possible_fracture', 'T12', 'mild')

add(62, 'F', 'MR', 'MRI Lumbar Spine', """MRI LUMBAR SPINE
Indication: Low back pain after heavy lifting, osteopenia on DXA 2024.
Findings: Vertebral body heights maintained. Equivocal STIR signal at the L1 superior endplate; a subtle acute fracture cannot be excluded. Mild L4/5 disc bulge without nerve root compromise. Facet arthropathy L4/5, L5/S1.
Conclusion: Possible subtle acute L1 endplate fracture. Consider repeat imaging in 4-6 weeks if pain persists.""", 'possible_fracture', 'L1', '', 'acute')

add(70, 'F', 'DXA', 'DXA Lumbar Spine and Hip with VFA', """DXA with VFA
L1-L4 T-score -2.4. Femoral neck T-score -2.0. Total hip -1.6.
VFA: Possible grade 1 deformity at T8; VFA image quality limited in the upper thoracic spine. Consider dedicated lateral thoracic spine radiograph.
Osteopenia. FRAX MOF 14%, hip 3.9% - between NOGG thresholds; BMD measured and plotted as above. Reassess if VFA deformity confirmed.""", 'possible_fracture', 'T8', 'mild')

add(80, 'M', 'CT', 'CTPA', """CT pulmonary angiogram. 
Findings: No pulmonary embolism. Bilateral lower lobe bronchial wall thickening. Apparent loss of height of T9 may be related to partial volume/motion; ?compression fracture.
Impression: No PE.""", 'possible_fracture', 'T9')

add(75, 'F', 'CT', 'CT Colonography', """Indication: Anaemia, altered bowel habit
Colon: Good distension. No polyp or mass identified. C1.
Extracolonic: L1 is suspicious for a mild compression deformity, age indeterminate. Simple renal cyst. E3.""", 'possible_fracture', 'L1', 'mild')

add(74, 'F', 'NM', 'NM Bone Scan', """Tc99m-MDP whole body bone scan
Clinical: Breast ca, staging. Back pain.
Focal uptake in T11 which could represent a fracture or degenerative change; plain film correlation suggested. No other abnormal foci. Renal excretion normal.
Conclusion: Solitary T11 focus, indeterminate - benign aetiology favoured. Correlate with XR.""", 'possible_fracture', 'T11')

add(83, 'F', 'XR', 'XR Thoracic Spine', """XR T-spine
Clinical: Thoracic pain after fall.
Suspected wedge fracture of T6, poorly visualised due to overlying shoulders. Remainder unremarkable. Consider CT if this would change management.""", 'possible_fracture', 'T6')

add(79, 'M', 'XR', 'XR Lumbar Spine', """?T12 # . Suggest CT.""", 'possible_fracture', 'T12')

add(86, 'F', 'XR', 'CXR', """CHEST: Cardiomegaly. Upper lobe blood diversion. Small bilateral pleural effusions. Query mild anterior wedging of lower thoracic vertebrae on the lateral film.
IMPRESSION: Features of cardiac failure.""", 'possible_fracture')

add(65, 'F', 'XR', 'XR Lumbar Spine', """Clinical details: Back pain, osteoporosis risk factors.
No definite fracture. Minor anterior height reduction at L1 which could reflect an early wedge compression. Disc spaces maintained. Correlation with DXA/VFA suggested.""", 'possible_fracture', 'L1')

add(58, 'M', 'CT', 'CT Lumbar Spine', """CT LUMBAR SPINE
Indication: LBP, ?fracture
Depression of the L2 superior endplate which could be due to a large Schmorl's node or an endplate fracture; no prior imaging for comparison. Remaining vertebral body heights maintained. No pars defect.
Opinion: L2 endplate depression - Schmorl's node vs fracture. MRI would differentiate.""", 'possible_fracture', 'L2')

add(72, 'F', 'MR', 'MRI Thoracic Spine', """Report: Rounded T1 hypointense, T2 hyperintense focus within the T12 vertebral body with mild STIR hyperintensity. Differential includes atypical haemangioma; an underlying insufficiency fracture is not excluded given the subtle superior endplate contour change. No soft tissue component. Cord normal.
Conclusion: Indeterminate T12 lesion; consider follow up MRI in 3 months.""", 'possible_fracture', 'T12')

add(81, 'M', 'CT', 'CT Abdomen Pelvis', """Indication: AAA surveillance (CT requested as US windows poor).
Infrarenal AAA 4.8 cm (previously 4.5 cm). No leak. Probable old L3 wedge fracture. Bilateral renal cysts.
Conclusion: AAA 4.8 cm, slow growth. Refer vascular.""", 'possible_fracture', 'L3', '', 'chronic')

add(67, 'F', 'XR', 'XR Lumbar Spine', """History: acute LBP
Report: Possible compression fracture L4 versus degenerative endplate remodelling. Disc space narrowing L4/5 with osteophytes. 
Comment: if clinical concern for fracture, MRI.""", 'possible_fracture', 'L4')

add(64, 'M', 'MR', 'MRI Thoracic Spine', """MRI T-spine
Clinical: mid thoracic pain, ex-smoker
Low T1 signal at the inferior endplate of T8 with slight endplate irregularity - question subtle fracture versus Modic-type endplate change. No marrow replacing lesion. Thoracic cord normal. No canal stenosis.""", 'possible_fracture', 'T8')

add(78, 'F', 'CT', 'CT Thorax', """Staging CT thorax. No pulmonary nodules or lymphadenopathy. Vertebral body heights appear grossly maintained although T11 is suspicious for early collapse; compare with any previous imaging.""", 'possible_fracture', 'T11')

add(87, 'F', 'XR', 'CXR', """CXR AP ERECT
HEART SIZE NORMAL. LEFT BASAL ATELECTASIS. ?OSTEOPOROTIC COLLAPSE T-SPINE ON LATERAL. SUGGEST DEDICATED VIEWS.""", 'possible_fracture')

add(73, 'F', 'CT', 'CT Abdomen Pelvis', """CT Abdomen and Pelvis
Clinical details: Epigastric pain, ?pancreatitis
Findings: Mild peripancreatic fat stranding in keeping with acute interstitial pancreatitis. No necrosis or collection. Gallbladder contains calculi. No fracture seen.
Conclusion: Acute gallstone pancreatitis.

Addendum: Following discussion at the MSK meeting, a subtle superior endplate fracture at L1 cannot be excluded on the sagittal images. MRI recommended if back pain.""", 'possible_fracture', 'L1')

add(69, 'F', 'DXA', 'DXA Lumbar Spine and Hip with VFA', """VFA REPORT
Short anterior height at L1; the appearance may represent a mild fracture, though a short vertebral height variant is also possible. No other deformities T4-L4.
BMD: L1-L4 T-score -1.8. Neck of femur T-score -2.2.
Osteopenia. FRAX MOF 16%.""", 'possible_fracture', 'L1', 'mild')

add(76, 'M', 'CT', 'CT Abdomen Pelvis', """Findings: 3 cm enhancing lesion in the right kidney, likely RCC. No nodal or metastatic disease. Possible subtle compression fractures at T11 and L2 - please compare with any previous imaging. No lytic lesion.
Impression: Right renal mass, likely RCC. Refer urology MDT.""", 'possible_fracture', 'T11;L2')

add(80, 'F', 'MR', 'MRI Thoracic Spine', """Indication: Severe thoracic pain, osteoporosis. 
Patchy STIR hyperintensity in the T10 vertebral body with minimal superior endplate concavity. Appearances are suspicious for an acute T10 fracture. No other abnormality.""", 'possible_fracture', 'T10', '', 'acute')

add(57, 'M', 'XR', 'XR Lumbar Spine', """Clinical details: LBP in 57M, ?spondylolisthesis
Bilateral pars defects at L5 (spondylolysis) with grade 1 spondylolisthesis L5 on S1. Questionable minor wedge of L1.""", 'possible_fracture', 'L1')

# EXCLUDED
add(54, 'M', 'CT', 'CT Thoracic and Lumbar Spine', """CT T/L SPINE - TRAUMA
Clinical: RTC, driver, 60 mph, airbag deployed. Back pain.
Findings: Burst fracture of L1 with 40% height loss and 5 mm retropulsion of the posterior wall fragment, narrowing the canal by approximately 30%. Posterior ligamentous complex appears intact on CT. Left L1 and L2 transverse process fractures. No other fracture.
Conclusion: L1 burst fracture. Discussed with spinal surgeons.""", 'excluded')

add(61, 'M', 'XR', 'XR Thoracolumbar Spine', """Hx: fall from ladder approx 3 metres while clearing gutters. 
There is a wedge fracture of T12 with 30% anterior height loss. No other fracture seen. CT recommended to assess the posterior elements.""", 'excluded')

add(79, 'F', 'CT', 'CT Lumbar Spine', """Clinical details: Fall from standing, left flank pain, ?fracture.
Findings: Acute fractures of the left transverse processes of L2, L3 and L4, minimally displaced. Vertebral body heights are maintained. No retroperitoneal haematoma.
Conclusion: Left L2-L4 transverse process fractures only.""", 'excluded')

add(72, 'M', 'MR', 'MRI Whole Spine', """MRI WHOLE SPINE - MSCC PROTOCOL
Clinical: Known metastatic lung adenocarcinoma, new back pain, leg weakness.
Findings: Diffuse low T1 marrow signal replacement of the T9 vertebral body with convex posterior border, pedicle involvement and epidural extension causing cord compression at T9. Pathological collapse of T9 with approximately 50% height loss. Further metastatic deposits at T4, L2 and the sacrum without collapse.
Conclusion: T9 pathological fracture with metastatic cord compression. Urgent oncology and spinal referral made.""", 'excluded')

add(68, 'F', 'MR', 'MRI Whole Spine', """History: IgG myeloma, worsening back pain.
Diffuse heterogeneous marrow infiltration throughout the spine consistent with myeloma. Pathological fractures of T7 and L2 with moderate height loss. No cord compression.
Comment: Myelomatous infiltration with pathological fractures T7 and L2.""", 'excluded')

add(59, 'M', 'XR', 'XR Cervical Spine', """Indication: neck pain after lifting heavy slabs in the garden.
Report: Avulsion fracture of the C7 spinous process (clay-shoveler type). Vertebral bodies normal in height and alignment. Prevertebral soft tissues normal.""", 'excluded')

add(66, 'M', 'CT', 'CT Lumbar Spine', """Clinical: fell off bike (low speed), lower back pain
Acute fracture of the left L4 pars interarticularis, undisplaced. Vertebral bodies intact, no loss of height. No spondylolisthesis.
Opinion: Left L4 pars fracture.""", 'excluded')

add(77, 'M', 'NM', 'NM Whole Body Bone Scan', """Bone scan for prostate cancer staging, PSA 86.
Multiple foci of intense tracer uptake throughout the axial skeleton (ribs, pelvis, thoracic and lumbar spine) in keeping with widespread skeletal metastases. Correlation with the recent CT shows a collapsed L2 vertebra at the site of a metastatic deposit.
Conclusion: Widespread bone metastases including pathological L2 collapse.""", 'excluded')

add(74, 'F', 'MR', 'MRI Lumbar Spine', """MRI LUMBAR SPINE WITH GADOLINIUM
Clinical: fever, back pain, raised CRP 210, Staph aureus bacteraemia.
Findings: Loss of the L3/4 disc space with T2 hyperintense disc signal and enhancement. Marrow oedema in the adjacent L3 and L4 vertebral bodies with endplate erosion and collapse of the L4 vertebral body secondary to osteomyelitis. Small right psoas abscess 2 cm. Small ventral epidural phlegmon.
Conclusion: L3/4 discitis-osteomyelitis with L4 collapse and right psoas abscess.""", 'excluded')

add(63, 'M', 'CT', 'CT Lumbar Spine', """CT L spine (post myeloma screen referral)
Expansile lytic lesion of the L3 vertebral body with cortical breach and pathological fracture, suspicious for plasmacytoma. Further small lucencies in L1 and the iliac crests. Biopsy advised.""", 'excluded')

add(56, 'F', 'CT', 'CT Thoracic and Lumbar Spine', """Trauma CT
Thrown from horse at speed. 
Chance-type flexion-distraction fracture of T12 extending through the vertebral body, pedicles and spinous process. No other spinal injury. 
Right 8th and 9th rib fractures with a small pneumothorax.""", 'excluded')

add(70, 'M', 'MR', 'MRI Thoracic Spine', """Clinical history: Oesophageal carcinoma, back pain.
Findings: Metastasis in T6 with pathological fracture and 30% height loss. No epidural disease. Multiple Schmorl's nodes in the lower thoracic spine.
Conclusion: T6 pathological fracture secondary to metastasis.""", 'excluded')

add(75, 'F', 'CT', 'CT Cervical Spine', """CT C-SPINE
History: fall down the stairs, neck pain.
There is a fracture of the right C6 inferior articular facet, undisplaced, not extending into the foramen transversarium. Vertebral bodies are normal in height. Alignment maintained. Degenerative change C5/6, C6/7.
Conclusion: Isolated undisplaced right C6 facet fracture.""", 'excluded')

add(80, 'M', 'XR', 'XR Lumbar Spine', """Clinical details: Known Paget's disease, increasing back pain.
Report: Expanded L2 vertebra with coarsened trabeculae and cortical thickening in keeping with Paget's disease. There is a pathological fracture through the pagetic L2 vertebra with loss of height. 
Impression: Pathological fracture through pagetic bone at L2.""", 'excluded')

add(58, 'F', 'CT', 'CT Chest Abdomen Pelvis', """CT CAP
Clinical: Diffuse large B-cell lymphoma, staging.
Bulky mediastinal and retroperitoneal lymphadenopathy. Collapse of the T5 vertebral body with an associated paravertebral soft tissue mass, in keeping with lymphomatous involvement. Splenomegaly 16 cm.
Conclusion: Stage IV disease with T5 involvement and collapse.""", 'excluded')
