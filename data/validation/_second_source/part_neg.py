# no_fracture reports
from common import R

NEG = [
R("XR", "XR Chest", """CHEST X-RAY
Clinical details: SOB. ?infection
Findings: The heart is not enlarged. The lungs are clear. No pleural effusion. No pneumothorax.
Conclusion: Normal chest radiograph.""", "no_fracture", "", "", "unspecified"),

R("CT", "CT Chest Abdomen Pelvis with contrast", """CT CHEST ABDOMEN PELVIS
Clinical details: ?malignancy, weight loss. Back pain ?osteoporotic collapse.
Findings: No evidence of malignancy in the chest, abdomen or pelvis. No lymphadenopathy.
Bones: No vertebral collapse. Vertebral body heights are maintained. No destructive bone lesion.
Conclusion: No CT evidence of malignancy. No vertebral fracture.""", "no_fracture", "", "", "unspecified"),

R("XR", "XR Lumbar spine", """XR LUMBAR SPINE
Clinical details: ?L1 fracture after fall.
Findings: No fracture. Vertebral body heights maintained. Normal alignment. Mild disc space narrowing at L4/5 and L5/S1.
Opinion: No bony injury. Degenerative change.""", "no_fracture", "", "", "unspecified"),

R("XR", "XR Thoracic spine", """THORACIC SPINE
Clinical details: Upper back pain. Osteoporosis. ?wedge fracture
Heights maintained throughout. No compression deformity. Mild thoracic spondylosis.
If there is clinical concern, MRI could exclude an occult fracture.""", "no_fracture", "", "", "unspecified"),

R("DXA", "DXA Lumbar spine and hip", """DUAL ENERGY X-RAY ABSORPTIOMETRY
Indication: Monitoring on alendronate.
Lumbar spine L1-L4: BMD 0.854 g/cm2, T-score -2.7 (previous -2.9).
Left femoral neck: T-score -2.3. Total hip: T-score -2.0.
L2 excluded from analysis due to degenerative change.
Conclusion: Osteoporosis at the lumbar spine with a 3.1% increase in BMD since the previous scan, consistent with treatment response.""", "no_fracture", "", "", "unspecified"),

R("MR", "MR Lumbar spine", """MRI LUMBAR SPINE
Indication: Left sciatica.
Technique: Sagittal T1 and T2, axial T2, sagittal STIR.
Findings: Normal vertebral body heights and marrow signal. No STIR hyperintensity. L4/5: left paracentral disc protrusion with T2 high signal annular fissure, compressing the traversing left L5 nerve root. L5/S1: mild disc bulge. Conus normal at L1.
Conclusion: Left L4/5 disc protrusion compressing the left L5 nerve root.""", "no_fracture", "", "", "unspecified"),

R("XR", "XR Chest", """CHEST PA
HISTORY: Fall. Right chest wall pain.
FINDINGS: Healing fracture of the right 10th rib. No pneumothorax. Lungs clear. Thoracic vertebral heights maintained.
IMPRESSION: Healing right 10th rib fracture.""", "no_fracture", "", "", "unspecified"),

R("CT", "CT Abdomen Pelvis with contrast", """CT ABDOMEN AND PELVIS WITH IV CONTRAST
REASON FOR EXAM: RLQ pain, fever.
FINDINGS: The appendix is dilated to 11 mm with periappendiceal fat stranding and an appendicolith. No abscess or free air. Liver, gallbladder, spleen, pancreas, adrenals and kidneys are unremarkable. Bladder normal. No acute osseous abnormality.
IMPRESSION: Acute uncomplicated appendicitis.""", "no_fracture", "", "", "unspecified"),

R("NM", "NM Whole body bone scan", """ISOTOPE BONE SCAN
Indication: Prostate cancer staging. PSA 14.
Findings: Degenerative pattern of uptake at the L4/5 facet joints, both knees and the first MTP joints. No focal uptake to suggest skeletal metastases. No vertebral fracture pattern.
Conclusion: No scintigraphic evidence of bone metastases.""", "no_fracture", "", "", "unspecified", sex="M"),

R("DXA", "DXA with VFA", """DXA WITH VFA
Indication: Height loss 3 cm, ?vertebral fracture.
Lumbar spine L1-L4 T-score -2.6. Femoral neck T-score -2.2.
VFA: T4-L4 assessed. No vertebral fractures identified (all Genant grade 0).
Conclusion: Osteoporosis at the lumbar spine. No prevalent vertebral fracture.""", "no_fracture", "", "", "unspecified"),

R("CT", "CT Chest with contrast", """CT CHEST
Comparison: 12 months ago.
No change compared with the prior examination. Stable biapical pleural thickening. No nodule. Vertebral heights preserved. 
Impression: Stable. No new abnormality.""", "no_fracture", "", "", "unspecified"),

R("XR", "XR Lumbar spine", """EXAM: XR LUMBAR SPINE
HISTORY: 67 y/o with LBP after fall, eval for fx.
FINDINGS: No acute fracture or malalignment. Vertebral body heights are maintained. Moderate degenerative disc disease L4-L5 and L5-S1 with facet arthropathy.
IMPRESSION: No acute osseous abnormality. Degenerative changes.""", "no_fracture", "", "", "unspecified", age=67),

R("XR", "XR Pelvis", """PELVIS AND LEFT HIP
Clinical details: Fall from standing, unable to weight bear. 
There is a displaced subcapital fracture of the left femoral neck. No pelvic ring fracture. Lumbar spine partially seen, no abnormality.
Opinion: Displaced left intracapsular NOF fracture. Orthopaedic referral.""", "no_fracture", "", "", "unspecified"),

R("XR", "XR Chest", """CHEST X-RAY
Clinical details: RTC - seat belt injury to chest.
Undisplaced fracture of the sternum on the lateral view. No rib fractures seen. No pneumothorax. Mediastinum not widened. Spine: no fracture seen.
Conclusion: Sternal fracture.""", "no_fracture", "", "", "unspecified"),

R("CT", "CT Chest without contrast", """HRCT CHEST
Clinical: ?ILD.
Findings: Mild peripheral reticulation at the bases without honeycombing. No traction bronchiectasis. No effusion. The thoracic spine shows degenerative osteophytes with no vertebral compression deformity.
Conclusion: Early fibrotic change, probable UIP not established. MDT discussion.""", "no_fracture", "", "", "unspecified"),

R("XR", "XR Thoracic spine", """T spine: normal. no fracture. heights maintained.""", "no_fracture", "", "", "unspecified"),

R("MR", "MR Cervical spine", """MRI CERVICAL SPINE
Indication: Bilateral arm paraesthesia.
Sequences: Sag T1, T2, STIR, axial T2 gradient echo.
Findings: Multilevel spondylosis. C5/6 disc osteophyte complex with moderate canal stenosis, no cord signal change. C6/7 left foraminal narrowing. Vertebral body heights preserved, normal marrow signal.
Conclusion: C5/6 canal stenosis without myelopathy.""", "no_fracture", "", "", "unspecified"),

R("CT", "CT Abdomen", """CT ABDOMEN
Clinical details: Haematuria.
Findings: 3.5 cm enhancing left renal mass, suspicious for RCC. No renal vein involvement. No lymphadenopathy. Bones: no suspicious lesion, no fracture.
Opinion: Left renal mass - likely RCC. Refer to urology MDT.""", "no_fracture", "", "", "unspecified"),

R("XR", "XR Chest", """Clinical details: Chest pain. ?acute coronary syndrome.
PA chest: Heart normal size. Clear lungs. Old healed fracture of the left clavicle. No acute abnormality.""", "no_fracture", "", "", "unspecified"),

R("CT", "CT Thoracic and Lumbar spine", """CT THORACIC AND LUMBAR SPINE WITHOUT CONTRAST
INDICATION: 86F, fall from bed, back pain. Evaluate for compression fracture.
FINDINGS: No acute fracture. No compression deformity. Alignment is anatomic. Diffuse osteopenia. Multilevel degenerative disc disease and facet arthropathy.
IMPRESSION: No fracture.""", "no_fracture", "", "", "unspecified", sex="F", age=86),

R("XR", "XR Chest", """PA CHEST
History: Preop.
Findings: Normal cardiomediastinal silhouette. Clear lungs. No effusion. Degenerative changes of the thoracic spine.
Impression: No acute cardiopulmonary disease.""", "no_fracture", "", "", "unspecified"),

R("XR", "XR Lumbar spine", """Lumbar spine
Clinical details: Hx of osteoporotic fracture (wrist). LBP ?vertebral #
Five lumbar type vertebrae. Vertebral body heights and alignment normal. No fracture or collapse identified. SI joints normal.
Opinion: Normal lumbar spine.""", "no_fracture", "", "", "unspecified"),

R("MR", "MR Lumbar spine", """MR LUMBAR SPINE
Clinical details: ?cauda equina.
Findings: No cauda equina compression. L3/4 and L4/5 broad disc bulges with facet hypertrophy causing moderate canal stenosis at L4/5. Normal vertebral heights. Bone marrow signal is normal on T1 and STIR; no fracture.
Conclusion: No cauda equina compression. L4/5 moderate canal stenosis.""", "no_fracture", "", "", "unspecified"),

R("CT", "CT Pulmonary Angiogram", """CTPA
Indication: Pleuritic chest pain, raised D-dimer.
Findings: Filling defects in the right lower lobe segmental arteries, in keeping with acute PE. RV:LV ratio <1. No infarct. No effusion. Bones unremarkable.
Conclusion: Right lower lobe segmental PE without right heart strain.""", "no_fracture", "", "", "unspecified"),

R("XR", "XR Thoracic spine", """XR THORACIC SPINE 2V
INDICATION: Mid back pain, r/o compression fx.
FINDINGS: Vertebral body heights are maintained. No compression fracture. Mild dextroconvex curvature. Mild degenerative endplate osteophytes.
IMPRESSION: No compression fracture.""", "no_fracture", "", "", "unspecified"),

R("CT", "CT Chest Abdomen Pelvis with contrast", """CT CAP
Comparison: CT 2025 which reported an L1 compression fracture.
Findings: Stable treated lymphoma with no residual disease. 
On review of today's study and the previous CT, the L1 vertebral body is normal in height and configuration; the previously reported fracture is not confirmed and was likely an artefact of the prior breathing motion.
Impression: Remission. No vertebral fracture.""", "no_fracture", "", "", "unspecified"),

R("XR", "XR Chest", """CXR: No acute disease. Bones intact.""", "no_fracture", "", "", "unspecified"),

R("MR", "MR Lumbar spine", """MRI LUMBAR SPINE
Clinical question: Osteoporotic fracture? Back pain after lifting.
Findings: No vertebral fracture; specifically, no marrow oedema on STIR and vertebral body heights are preserved. Mild degenerative disc disease L4-S1 without neural compromise.
Conclusion: Fracture excluded. Mild degenerative change.""", "no_fracture", "", "", "unspecified"),

R("DXA", "DXA Lumbar spine and hip", """BONE DENSITOMETRY REPORT
Lumbar spine (L1-L4) T-score -3.1, Z-score -1.9.
Right femoral neck T-score -2.6.
WHO classification: osteoporosis. 10-year major osteoporotic fracture probability (FRAX) 24%, hip 6.1%.
Recommendation: Treatment advised. Consider VFA if vertebral fracture status would change management.""", "no_fracture", "", "", "unspecified"),

R("CT", "CT Abdomen Pelvis with contrast", """EXAM: CT ABDOMEN PELVIS W CONTRAST
HISTORY: SBO?
FINDINGS: Dilated small bowel loops with transition point in the right lower quadrant, likely adhesional. No closed loop. No free air.
MSK: Degenerative changes lumbar spine. No acute fracture.
IMPRESSION: Partial adhesional small bowel obstruction.""", "no_fracture", "", "", "unspecified"),

R("XR", "XR Thoracic spine", """Clinical details: Fall. T-spine pain. Hx of T8 wedge fracture? (patient reports)
Thoracic spine: All thoracic vertebral bodies are of normal height. No fracture identified. The reported previous T8 fracture is not seen.
Opinion: No fracture.""", "no_fracture", "", "", "unspecified"),

R("CT", "CT Chest without contrast", """CT CHEST LOW DOSE SCREENING
Lung-RADS 2. 4 mm RLL nodule. Mild emphysema. Coronary calcification moderate. 
Bones: osteopenic. No fracture.""", "no_fracture", "", "", "unspecified"),

R("XR", "XR Chest", """Chest radiograph AP supine.
ET tube 4 cm above carina. NG tube below the diaphragm. Left basal atelectasis. No pneumothorax.""", "no_fracture", "", "", "unspecified"),

R("MR", "MR Thoracic spine", """MRI THORACIC SPINE
Indication: ?cord compression. Known prostate cancer.
Findings: Normal vertebral body heights and marrow signal throughout the thoracic spine. No metastatic deposits. No fracture. Cord normal.
Conclusion: No evidence of spinal metastases or MSCC.""", "no_fracture", "", "", "unspecified", sex="M"),

R("XR", "XR Lumbar spine", """XR L spine
Spondylolisthesis grade 1 L4 on L5, degenerative, with facet OA. Pars intact. Disc space narrowing L4/5. Vertebral heights maintained.
Impression: Degenerative L4/5 spondylolisthesis.""", "no_fracture", "", "", "unspecified"),

R("CT", "CT Abdomen", """CT ABDOMEN AND PELVIS
Findings: Large AAA, 6.2 cm, no rupture. 
Bones: Vertebral heights are preserved. No compression deformity.
Conclusion: 6.2 cm infrarenal AAA - vascular surgery referral.""", "no_fracture", "", "", "unspecified"),

R("XR", "XR Thoracolumbar spine", """THORACOLUMBAR SPINE
Clinical details: Known L1 fracture 2019 treated with vertebroplasty? - pain.
No fracture is identified. No vertebroplasty cement is seen and L1 is of normal height. Please check the clinical history.
Conclusion: No fracture.""", "no_fracture", "", "", "unspecified"),

R("CT", "CT Chest Abdomen Pelvis with contrast", """CT CAP
Clinical: Staging, newly diagnosed NSCLC.
Findings: 4 cm spiculated right upper lobe mass with ipsilateral hilar nodes. No contralateral nodes. Adrenals normal. Liver normal.
Bones: no lytic or sclerotic lesion. No pathological fracture.
Impression: T2b N1 M0 right upper lobe tumour.""", "no_fracture", "", "", "unspecified"),

R("XR", "XR Cervical spine", """C-SPINE 3 VIEWS
Indication: Neck pain after fall from standing.
Findings: No fracture. Prevertebral soft tissues normal. Multilevel cervical spondylosis, worst at C5-6 and C6-7.
Impression: No acute fracture.""", "no_fracture", "", "", "unspecified"),

R("MR", "MR Lumbar spine", """MRI L-spine
hx: chronic LBP. 
The vertebral bodies are normal in height and alignment. No marrow oedema. Multilevel disc desiccation, T2 dark discs L3-S1. Small central L4-L5 protrusion, no nerve root compression.
IMP: Degenerative disc disease, no stenosis.""", "no_fracture", "", "", "unspecified"),

R("XR", "XR Chest", """CXR
Clinical: Rib pain after coughing. ?# 
No rib fracture demonstrated, although rib fractures can be occult on plain film. Lungs clear. Spine unremarkable.""", "no_fracture", "", "", "unspecified"),

R("CT", "CT Thoracic spine", """CT THORACIC SPINE
Clinical details: Back pain. Reported T9 wedge # on CXR - please confirm.
Findings: T9 is of normal height with no fracture; the apparent wedging on the chest radiograph was projectional. No other abnormality.
Conclusion: No T9 fracture.""", "no_fracture", "", "", "unspecified"),

R("DXA", "DXA with VFA", """DXA WITH VERTEBRAL FRACTURE ASSESSMENT
Hx: Long-term PPI, aromatase inhibitor.
Lumbar spine T-score -1.6, hip T-score -1.4 (osteopenia).
VFA: Vertebral heights normal from T4 to L4. No fracture. 
Conclusion: Osteopenia, no vertebral fractures.""", "no_fracture", "", "", "unspecified", sex="F"),

R("XR", "XR Lumbar spine", """LUMBAR SPINE X-RAY
Indication: Back pain. ?fracture ?mets
Report: No fracture. No lytic or sclerotic lesion. Degenerative disc disease at L5/S1.
If pain persists or there are red flags, MRI would be the investigation of choice to exclude an occult fracture or marrow infiltration.""", "no_fracture", "", "", "unspecified"),

R("CT", "CT Abdomen Pelvis without contrast", """CT KUB
INDICATION: Renal colic.
FINDINGS: 6 mm left proximal ureteric calculus with moderate hydronephrosis. Right kidney normal. Bladder normal.
Incidental: bilateral L5 transitional anatomy (sacralisation). No fracture.
IMPRESSION: 6 mm obstructing left proximal ureteric stone.""", "no_fracture", "", "", "unspecified"),

R("XR", "XR Chest", """Chest
Clinical: ?pneumonia
R lower zone consolidation. No effusion. 
There is no vertebral collapse.""", "no_fracture", "", "", "unspecified"),

R("MR", "MR Lumbar spine", """MRI LUMBAR SPINE
Indication: Follow up of known L1 fracture from 2024 - ?healed.
Findings: The L1 vertebral body is normal in height and marrow signal. The abnormality previously described on the outside report was a haemangioma (T1 and T2 hyperintense), not a fracture; there has never been a fracture on the imaging available to us.
Conclusion: L1 haemangioma. No fracture.""", "no_fracture", "", "", "unspecified"),

R("CT", "CT Chest Abdomen Pelvis with contrast", """CT CHEST ABDOMEN PELVIS WITH CONTRAST
HISTORY: Fever of unknown origin.
FINDINGS: No focal collection. Mild splenomegaly. Scattered subcentimetre mesenteric nodes. Lungs clear.
Osseous: Vertebral body heights maintained. No aggressive osseous lesion.
IMPRESSION: Mild splenomegaly, nonspecific. No source of infection identified.""", "no_fracture", "", "", "unspecified"),

R("XR", "XR Thoracic spine", """THORACIC SPINE
History: ?osteoporotic wedge fracture T12 - query from GP.
Findings: T12 vertebral body height is normal. No evidence of wedge fracture at any level. Mild kyphosis within normal limits for age.
Opinion: Normal.""", "no_fracture", "", "", "unspecified"),

R("XR", "XR Chest", """EXAM: XR CHEST 1 VIEW
HISTORY: SOB
FINDINGS: Mild pulmonary vascular congestion. Small left effusion. No consolidation. No acute osseous abnormality.
IMPRESSION: Mild CHF.""", "no_fracture", "", "", "unspecified"),

R("CT", "CT Chest with contrast", """CT CHEST
Clinical details: Chronic cough.
Report: Bronchial wall thickening. No mass. No lymphadenopathy. Thoracic vertebral bodies are of normal height and there is no vertebral fracture. Old healed left 6th and 7th rib fractures.
Opinion: Mild bronchial wall thickening, in keeping with airways disease.""", "no_fracture", "", "", "unspecified"),

R("MR", "MR Lumbar spine", """MRI SACRUM AND LUMBAR SPINE
Indication: Buttock pain, ?sacroiliitis.
Findings: Bone marrow oedema on STIR at both sacroiliac joints, iliac side, with erosions in keeping with active sacroiliitis. Lumbar vertebral body heights and marrow signal are normal. No fracture.
Conclusion: Bilateral active sacroiliitis.""", "no_fracture", "", "", "unspecified"),

R("XR", "XR Lumbar spine", """Clinical details: Fall on ice, landed on bottom. ?coccyx #
Lumbar spine and coccyx: Lumbar vertebral heights preserved. No lumbar fracture. Angulation at the sacrococcygeal junction is within normal variation.
Opinion: No fracture demonstrated.""", "no_fracture", "", "", "unspecified"),

R("CT", "CT Abdomen Pelvis with contrast", """CT AP
Indication: Post laparotomy, ?collection.
A 5 cm rim-enhancing collection in the pelvis, amenable to drainage. Small bilateral effusions. Spine: no compression deformities.
Conclusion: Pelvic collection.""", "no_fracture", "", "", "unspecified"),

R("NM", "NM Whole body bone scan", """WHOLE BODY BONE SCAN
Indication: Breast cancer, back pain.
Findings: Mildly increased uptake at the L4/5 level on the right, corresponding to facet joint degeneration on CT. No focal uptake elsewhere. No features of metastatic disease or fracture.
Conclusion: Degenerative uptake only.""", "no_fracture", "", "", "unspecified", sex="F"),

R("XR", "XR Chest", """CHEST RADIOGRAPH
Compared with 2024: unchanged. Normal heart size. Clear lungs. Thoracic spondylosis with preserved vertebral body heights.""", "no_fracture", "", "", "unspecified"),

R("CT", "CT Chest without contrast", """CT CHEST WITHOUT CONTRAST
INDICATION: Follow-up pulmonary nodule.
FINDINGS: Stable 5 mm LLL nodule, unchanged for 2 years, consistent with benign. No new nodules.
IMPRESSION: Benign-appearing stable nodule, no further follow-up needed.""", "no_fracture", "", "", "unspecified"),

R("XR", "XR Lumbar spine", """LUMBAR SPINE
The referral asks "?compression fracture L2, ?Scheuermann's". 
The L2 vertebral body is of normal height and shape. No Schmorl's nodes. Normal appearances.""", "no_fracture", "", "", "unspecified"),

R("MR", "MR Whole spine", """MRI WHOLE SPINE
Clinical details: Myeloma, surveillance.
Findings: No focal marrow lesion. Normal vertebral body heights throughout, no collapse. No cord compression.
Conclusion: No evidence of active myeloma bone disease in the spine.""", "no_fracture", "", "", "unspecified"),

R("XR", "XR Thoracic spine", """XR T-spine
HX: Fall from standing, T-spine pain
FINDINGS: No compression deformity. Heights maintained. No paraspinal widening.
IMPRESSION: Negative. If pain persists, consider MRI to evaluate for radiographically occult fracture.""", "no_fracture", "", "", "unspecified"),
]
