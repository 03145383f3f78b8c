from common import doc

# ---------------------------------------------------------------- no_fracture, other documents (48)

doc("Discharge Summary - Orthogeriatrics", "F", 87, """
    DISCHARGE SUMMARY - Orthogeriatrics
    Diagnosis: left displaced intracapsular neck of femur fracture - cemented hemiarthroplasty
    Mechanism: fall from standing at home (tripped on rug)
    Post op: day 1 mobilised with frame. Mild delirium (4AT 5), resolved. Hb 92.
    Bone health: commenced on IV zoledronic acid via FLS pathway. Vit D replete.
    Discharge: home with reablement package.
    Follow up: fracture clinic not required; GP wound check.
    """, "no_fracture", spine=False)

doc("Discharge Summary", "F", 68, """
    DISCHARGE SUMMARY
    Dx: L distal radius fx (dorsally angulated, extra-articular), s/p closed reduction and sugar tong splint
    HPI: 68F slipped on wet floor at grocery store, FOOSH.
    Post-reduction XR: acceptable alignment.
    Dispo: home. F/u orthopedic hand clinic in 1 week for repeat XR and cast. Elevation, finger ROM. Outpatient DEXA ordered.
    """, "no_fracture", spine=False)

doc("Discharge Summary", "M", 79, """
    DISCHARGE SUMMARY
    Diagnosis: right 5th, 6th and 7th rib fractures after fall down 3 stairs at home
    CT chest: no pneumothorax, no haemothorax, no flail segment. Small R basal atelectasis.
    Management: analgesia (paracetamol, oxycodone, lidocaine patches), incentive spirometry, chest physio.
    Discharged day 4, SpO2 96% on air. GP review 1 week.
    """, "no_fracture", spine=False)

doc("Discharge Summary", "M", 74, """
    DISCHARGE SUMMARY - Respiratory
    Diagnosis: community acquired pneumonia (CURB-65 2) with left lower lobe collapse/consolidation
    CXR: LLL collapse and consolidation, small left effusion.
    Bronchoscopy not required - improved with chest physio and antibiotics.
    Abx: IV co-amoxiclav + clarithromycin 3 days, then oral to complete 7 days.
    Follow up: CXR 6 weeks to confirm resolution (smoker).
    """, "no_fracture", spine=False)

doc("ED Note", "F", 83, """
    ED NOTE
    PC: collapse at home
    HPC: found on kitchen floor by carer this morning, unclear how long. Says she "went dizzy and collapsed". Denies chest pain, palpitations. No head injury apparent.
    O/E: GCS 15, HR 48 irregular, BP 102/60. No injuries found on secondary survey.
    ECG: AF with slow ventricular response, HR 45, on digoxin + bisoprolol. Dig level 2.8.
    Imp: collapse ?bradycardia secondary to digoxin toxicity
    Plan: hold digoxin and bisoprolol, admit to cardiology, CK (long lie), telemetry.
    """, "no_fracture", spine=False)

doc("OPERATIVE NOTE", "M", 52, """
    OPERATIVE NOTE
    Procedure: Right medial opening wedge high tibial osteotomy
    Indication: medial compartment OA R knee with varus malalignment, active 52M.

    Tourniquet. Arthroscopy first: grade 4 medial femoral condyle changes, lateral compartment preserved. Longitudinal incision over the proximal medial tibia. Guide wires inserted under fluoroscopy from medial to the lateral hinge. Osteotomy completed with oscillating saw and osteotomes, preserving the lateral cortex hinge. Wedge gradually opened to 9 mm. Fixed with TomoFix plate. No hinge fracture. Bone graft substitute to the gap.
    Post op: TTWB 6 weeks, VTE prophylaxis, x-ray 2 weeks.
    """, "no_fracture", spine=False, modality="OT")

doc("OPERATIVE NOTE", "F", 34, """
    OPERATIVE NOTE - Plastic / ENT
    Procedure: open septorhinoplasty
    Findings: deviated caudal septum to the left, dorsal hump.

    Transcolumellar incision, skin envelope elevated. Hump reduction with rasp and osteotome. Septal mucoperichondrial flaps elevated. The cartilage was fractured to mobilise it from the maxillary crest and repositioned in the midline. Bilateral low-to-low lateral osteotomies with infracture of the nasal bones to close the open roof. Spreader grafts. Quilting suture to septum. Closure. Thermoplastic splint.

    EBL 100 ml. Splint off 7 days.
    """, "no_fracture", spine=False, modality="OT")

doc("OPERATIVE NOTE", "F", 61, """
    OPERATION NOTE - Foot and ankle
    Procedure: Left scarf osteotomy first metatarsal and Akin osteotomy proximal phalanx
    Indication: painful hallux valgus deformity, HVA 38 deg, IMA 16 deg.

    Ankle block + GA. Medial approach. Lateral release through the same incision. Z-shaped scarf osteotomy of the first metatarsal, head translated laterally 5 mm, fixed with two compression screws. Medial closing wedge Akin osteotomy of the proximal phalanx fixed with a staple. Medial eminence excised. Closure. Bunion dressing.
    Post op: heel weight bearing in a post-op shoe 6 weeks.
    """, "no_fracture", spine=False, modality="OT")

doc("OPERATIVE NOTE", "F", 59, """
    OPERATIVE NOTE
    Procedure: ORIF left distal radius fracture - volar locking plate
    Indication: dorsally displaced intra-articular distal radius fracture, failed closed reduction.

    Tourniquet. Modified Henry approach, pronator quadratus elevated. Fracture reduced under fluoroscopy, provisional K-wires, volar locking plate applied with distal locking screws and proximal cortical screws. Good restoration of radial height and volar tilt. PQ repaired. Closure.
    Post op: backslab, elevation, hand therapy referral, fracture clinic 2 weeks.
    """, "no_fracture", spine=False, modality="OT")

doc("OPERATIVE NOTE", "F", 91, """
    OPERATION NOTE
    Procedure: dynamic hip screw (DHS), left
    Diagnosis: left intertrochanteric fracture (AO 31-A1)

    Traction table, closed reduction achieved, checked on AP and lateral. Lateral approach. Guide wire with tip-apex distance 18 mm. Reamed, 90 mm lag screw, 2-hole 135 deg plate. Compression screw applied. Closure.
    Post op: full weight bearing, orthogeriatric review, bone health via FLS.
    """, "no_fracture", spine=False, modality="OT")

doc("Leg Ulcer Clinic Letter", "F", 78, """
    Leg Ulcer Clinic

    Mrs Thompson's right gaiter venous ulcer has reduced from 6 x 4 cm to 2 x 1.5 cm over 8 weeks of 4-layer compression bandaging. ABPI 0.92 right, 0.95 left.

    Plan: continue full compression bandaging weekly with the district nurses until healed, then class 2 compression stockings for life. Skin care with emollients.
    """, "no_fracture", spine=False)

doc("Physiotherapy Note", "M", 27, """
    PHYSIOTHERAPY
    Dx: L lateral ankle sprain (ATFL grade 2), inversion injury playing 5-a-side. Ottawa rules negative in ED - no x-ray.
    O: swelling lateral malleolus, tender ATFL, anterior drawer lax L.
    P: compression bandage (tubigrip) for swelling, RICE, early weight bearing, proprioception programme. Return to sport 4-6 weeks.
    """, "no_fracture", spine=False)

doc("Discharge Summary", "M", 66, """
    DISCHARGE SUMMARY
    Diagnosis: left proximal DVT (popliteal and femoral veins), provoked by a long-haul flight
    Treatment: apixaban 10 mg bd for 7 days then 5 mg bd, total 3 months.
    Advice: below-knee compression stockings are not routinely required but may help symptoms. Mobilise.
    Follow up: anticoagulation clinic, GP review at 3 months.
    """, "no_fracture", spine=False)

doc("Hand Clinic Letter", "F", 57, """
    Hand Surgery Clinic

    Mrs Reddy has nocturnal paraesthesia in the right thumb, index and middle fingers. Tinel's and Phalen's tests positive, median nerve compression test positive at 20 seconds. Nerve conduction studies confirm moderate right carpal tunnel syndrome.

    She has been listed for a right carpal tunnel decompression under local anaesthetic.
    """, "no_fracture", spine=False)

doc("ED Note", "M", 44, """
    ED NOTE - minors
    PC: crush injury L middle finger - caught in a car door
    O/E: subungual haematoma >50%, nail plate intact, pulp swollen. Sensation intact.
    XR L hand: tuft fracture distal phalanx middle finger.
    Mx: trephination, splint, analgesia. Fracture clinic not required - GP/plastics dressing clinic if nail problems.
    """, "no_fracture", spine=False)

doc("Fracture Clinic Letter", "F", 80, """
    FRACTURE CLINIC

    Diagnosis: right proximal humerus fracture (two-part surgical neck), minimally displaced

    Dear Dr Murray,
    Mrs Wood fell from standing in her garden. She is managing in a collar and cuff. X-rays today show the fracture in the same position. We will start pendular exercises with physiotherapy now and review in 4 weeks. She has been referred to the fracture liaison service.
    """, "no_fracture", spine=False)

doc("Discharge Summary", "F", 85, """
    DISCHARGE SUMMARY - Care of the Elderly
    Diagnosis: left superior and inferior pubic rami fractures after fall from standing
    Management: non-operative, full weight bearing as pain allows. Mobilising with frame at discharge.
    Bone health: osteoporosis likely; started alendronic acid and Adcal D3 after dental check. FLS referral done.
    Falls: postural BP normal, medication review done (zopiclone stopped).
    """, "no_fracture", spine=False)

doc("Cardiology Discharge Summary", "M", 71, """
    DISCHARGE SUMMARY - Cardiology
    Diagnosis: anterior STEMI complicated by cardiogenic shock / circulatory collapse
    Procedure: primary PCI to proximal LAD (2 DES), Impella support 48 h.
    Echo: LVEF 35%, anterior akinesia.
    Meds: aspirin, ticagrelor 12 months, bisoprolol, ramipril, eplerenone, dapagliflozin, atorvastatin 80.
    Follow up: cardiac rehab, HF nurse, repeat echo 3 months.
    """, "no_fracture", spine=False)

doc("OPERATIVE NOTE", "M", 68, """
    OPERATIVE NOTE - Thoracic Surgery
    Procedure: right VATS wedge resection right upper lobe nodule
    Findings: 14 mm peripheral nodule RUL, palpable. Frozen section: adenocarcinoma, margins clear.
    Technique: three-port VATS, single lung ventilation. Nodule localised, wedge resection with endostaplers (3 firings). Air leak test negative. 24F chest drain.
    Post op: HDU overnight, drain off when air leak resolved.
    """, "no_fracture", spine=False, modality="OT")

doc("Podiatry Note", "M", 23, """
    PODIATRY
    Procedure: partial nail avulsion and wedge resection with phenolisation, L hallux lateral border
    Indication: recurrent infected ingrown toenail
    Digital block 3 ml 2% lidocaine plain. Tourniquet. Lateral wedge of nail plate removed, phenol 3 x 30 s, irrigated. Dressing.
    Advice: redress in 48 h, salt water soaks, review 1 week.
    """, "no_fracture", spine=False)

doc("Discharge Summary", "F", 54, """
    DISCHARGE SUMMARY - Trauma & Orthopaedics
    Diagnosis: right bimalleolar ankle fracture (Weber B) - ORIF
    Mechanism: inversion injury stepping off a kerb
    Procedure: lateral malleolus one-third tubular plate + lag screw; medial malleolus 2 x partially threaded cancellous screws.
    Post op: NWB in backslab, then boot. VTE: dalteparin 6 weeks. Fracture clinic 2 weeks for wound check and x-ray.
    """, "no_fracture", spine=False)

doc("ED Note", "M", 38, """
    ED NOTE
    PC: cyclist, hit by car turning left, ~20 mph, landed on R shoulder. Helmet on. No LOC.
    Primary survey normal. No spinal tenderness, C-spine cleared by NEXUS.
    XR R clavicle: midshaft clavicle fracture, 100% displaced, shortened 1.5 cm.
    Plan: broad arm sling, fracture clinic tomorrow to discuss fixation, analgesia.
    """, "no_fracture")

doc("ICU Discharge Summary", "M", 63, """
    ICU DISCHARGE SUMMARY
    Admission: out of hospital VF arrest, bystander CPR 12 min, ROSC after 3 shocks.
    Complications: sternal fracture and bilateral anterior rib fractures from CPR, aspiration pneumonia.
    Coronary angiography: RCA occlusion - PCI.
    Neuro: extubated day 4, CPC 1.
    Step down to cardiology ward. ICD to be considered.
    """, "no_fracture", spine=False)

doc("OPERATIVE NOTE", "F", 73, """
    OPERATIVE NOTE
    Procedure: Right total knee arthroplasty (posterior stabilised, cemented)
    Indication: severe OA right knee with fixed flexion deformity 10 deg and valgus deformity.
    Spinal anaesthesia. Tourniquet. Medial parapatellar approach. Distal femoral cut 5 deg valgus, AP and chamfer cuts, box cut. Tibial cut with extramedullary guide. Lateral release for valgus. Trials satisfactory. Cemented components, 12 mm poly insert. Periarticular LIA. Closure.
    Post op: FWB, aspirin VTE prophylaxis, physio.
    """, "no_fracture", spine=False, modality="OT")

doc("OPERATIVE NOTE", "M", 70, """
    OPERATION NOTE
    Procedure: Left uncemented total hip replacement, posterior approach
    Indication: OA left hip

    Lateral decubitus. Posterior approach, short external rotators tagged. Femoral neck osteotomy 1 cm above lesser trochanter. Acetabulum reamed to 54 mm, press-fit cup with 2 screws. Femur broached to size 5. Trial reduction: stable, leg lengths equal. No intraoperative calcar fracture. Definitive implants. Capsule and rotators repaired.
    Post op: FWB, posterior hip precautions 6 weeks.
    """, "no_fracture", spine=False, modality="OT")

doc("Dental Letter", "M", 50, """
    Dear Dr Hall,

    Re: your patient Mr Edwards

    Mr Edwards attended as an emergency with a fractured upper left first molar (UL6) - large amalgam restoration, mesio-palatal cusp fractured below the gingival margin. The tooth has been temporised and a crown lengthening procedure is planned, followed by an onlay.

    He takes alendronic acid; I have noted this for any future extraction planning.
    """, "no_fracture", spine=False)

doc("ENT Clinic Letter", "M", 24, """
    ENT Clinic

    Mr Green was punched in the face 5 days ago. He has a nasal bone fracture with deviation of the nasal dorsum to the right and no septal haematoma. He would like it straightened. I have listed him for manipulation under anaesthetic of the nasal bones in the next 7 days.
    """, "no_fracture", spine=False)

doc("ED Note", "F", 31, """
    ED NOTE
    PC: FOOSH on dry ski slope, R wrist pain
    O/E: tender anatomical snuffbox, pain on axial thumb loading.
    XR scaphoid views: no fracture seen.
    Imp: ?occult scaphoid fracture
    Plan: thumb spica splint, MRI scaphoid via virtual fracture clinic.
    """, "no_fracture", spine=False)

doc("Orthopaedic Clinic Letter", "M", 69, """
    Orthopaedic Knee Clinic

    Mr Jackson has bilateral knee OA, right worse than left, with a varus deformity of 8 degrees on the right. Standing x-rays show bone-on-bone medial compartment on the right. He would like to delay surgery; I have given a steroid injection into the right knee today and referred him for weight management.
    """, "no_fracture", spine=False)

doc("Rheumatology Clinic Letter", "F", 64, """
    Rheumatology

    Long-standing seropositive RA with swan-neck deformities of the fingers, ulnar deviation at the MCPJs and boutonniere deformity of the right thumb. DAS28 3.1 on methotrexate 20 mg and sarilumab. No new erosions on hand x-rays.

    Plan: continue; hand therapy for splints; DXA due (on long-term low dose prednisolone).
    """, "no_fracture", spine=False)

doc("Stroke Discharge Summary", "M", 80, """
    DISCHARGE SUMMARY - Stroke Unit
    Diagnosis: left MCA territory ischaemic stroke (thrombolysed), NIHSS 12 -> 5
    Cause: new AF - started apixaban day 5.
    VTE prophylaxis: compression stockings not used (CLOTS) - intermittent pneumatic compression while immobile.
    Swallow: normal diet. Mobility: walking with stick and supervision.
    Follow up: stroke clinic 6 weeks, community stroke team.
    """, "no_fracture", spine=False)

doc("Menopause Clinic Letter", "F", 52, """
    Menopause Clinic

    Mrs Fraser has vasomotor symptoms and low mood since her periods stopped 14 months ago. No personal or family history of fractures. No history of VTE or breast cancer.

    I have started transdermal oestradiol 50 micrograms with micronised progesterone 100 mg daily (continuous combined). Review in 3 months.
    """, "no_fracture", spine=False)

doc("ED Note", "F", 90, """
    ED NOTE
    PC: fall, head injury, on apixaban
    O/E: boggy haematoma R occiput, GCS 15. No neck pain.
    CT head: skull fracture excluded; no intracranial haemorrhage.
    Imp: scalp haematoma
    Plan: home with family, head injury advice, continue apixaban.
    """, "no_fracture", spine=False)

doc("OPERATIVE NOTE", "M", 67, """
    OPERATIVE NOTE - Cardiac Surgery
    Procedure: CABG x3 (LIMA-LAD, SVG-OM1, SVG-PDA), on pump
    Median sternotomy: the sternum was divided with an oscillating saw. LIMA harvested skeletonised. Long saphenous vein harvested endoscopically. Cardiopulmonary bypass, cold blood cardioplegia. Distal anastomoses x3, proximals on aorta. Weaned from CPB easily. Sternum closed with 7 stainless steel wires. 2 mediastinal drains.
    Cross clamp 62 min, bypass 88 min.
    """, "no_fracture", spine=False, modality="OT")

doc("Sports Medicine Clinic Letter", "F", 29, """
    Sports & Exercise Medicine

    Ms Silva, a marathon runner, has a stress fracture of the right second metatarsal shaft confirmed on MRI. Low energy availability screen positive - irregular periods for 8 months.

    Plan: boot, offload 6 weeks, graded return to running, dietitian referral, DXA and bloods.
    """, "no_fracture", spine=False)

doc("Bronchoscopy Report", "F", 60, """
    BRONCHOSCOPY REPORT (Respiratory procedure note)
    Indication: persistent right middle lobe collapse on CXR after 2 weeks of antibiotics
    Findings: thick mucus plug occluding the RML bronchus, removed by suction and saline lavage. Mucosa normal, no endobronchial lesion.
    Samples: BAL for MC&S, AFB, cytology.
    Plan: chest physio, repeat CXR 48 h.
    """, "no_fracture", spine=False)

doc("OPERATIVE NOTE", "M", 82, """
    OPERATIVE NOTE
    Procedure: revision of femoral component and cerclage cabling, left
    Diagnosis: periprosthetic femoral fracture around a loose stem (Vancouver B2), after fall from standing

    Extended posterior approach. Loose stem removed. Fracture reduced and held with cerclage cables. Long distally fixed modular revision stem. Stable reduction.
    Post op: touch weight bearing 6 weeks, orthogeriatric review.
    """, "no_fracture", spine=False, modality="OT")

doc("Discharge Summary", "F", 76, """
    DISCHARGE SUMMARY - T&O
    Diagnosis: displaced right olecranon fracture - tension band wiring
    Mechanism: fall onto elbow from standing height
    Post op: broad arm sling, active ROM as pain allows, no resisted extension 6 weeks.
    Bone health: referred to FLS.
    """, "no_fracture", spine=False)

doc("Discharge Summary", "M", 88, """
    DISCHARGE SUMMARY - Acute Medicine
    Presenting complaint: collapse with long lie (~12 h) on bedroom floor
    Findings: CK 14,000, AKI stage 2 (creat 210). Pressure damage grade 2 sacrum. No injuries on x-ray of hips.
    Diagnosis: rhabdomyolysis and AKI secondary to long lie after mechanical fall
    Treatment: IV fluids, renal function recovered (creat 118).
    Plan: falls clinic, pendant alarm, tissue viability nurse for sacral pressure ulcer.
    """, "no_fracture", spine=False)

doc("Plastic Surgery Clinic Letter", "F", 45, """
    Plastic Surgery Clinic

    Mrs Morris is 6 weeks following abdominoplasty. The wound has healed. She has a small seroma, aspirated today (60 ml). Continue the compression garment for a further 2 weeks.
    """, "no_fracture", spine=False)

doc("Maxillofacial Clinic Letter", "M", 26, """
    Oral and Maxillofacial Surgery

    Mr Ali was assaulted and sustained a left orbital floor fracture (blowout). There is no enophthalmos and no diplopia in primary gaze, with full eye movements. Ophthalmology review satisfactory.

    Conservative management. Nose blowing to be avoided for 3 weeks. Review 1 week.
    """, "no_fracture", spine=False)

doc("OPERATIVE NOTE", "M", 21, """
    OPERATIVE NOTE - OMFS
    Procedure: ORIF left mandibular angle fracture and right parasymphyseal fracture
    Intraoral approach. Arch bars applied, occlusion restored with IMF. Parasymphysis: two 2.0 mm miniplates. Angle: single Champy plate along the external oblique ridge. IMF released, occlusion checked. Lower left third molar in the fracture line removed.
    Post op: soft diet 6 weeks, chlorhexidine mouthwash, antibiotics 5 days.
    """, "no_fracture", spine=False, modality="OT")

doc("ED Note", "F", 86, """
    ED NOTE
    PC: fall from standing, L hip pain
    O/E: able to SLR, no shortening or rotation, pain on hip rotation.
    XR L hip and pelvis: no fracture.
    Mobilised with physio in ED with frame.
    Plan: analgesia, home with care package restart. Return if unable to weight bear (?occult fracture).
    """, "no_fracture", spine=False)

doc("Falls Clinic Letter", "F", 84, """
    Falls and Bone Health Clinic

    Mrs Cooper has had three falls this year, none with injury - no fractures sustained. No history of vertebral fracture; her thoracic spine x-ray was normal. She is on alendronic acid (year 4).

    Gait assessment: reduced step length and base of support widened. Vision checked - cataract referral. Medications: amitriptyline stopped.
    Plan: strength and balance class, OT home hazard assessment.
    """, "no_fracture")

doc("Echocardiography Report", "M", 59, """
    ECHOCARDIOGRAM (cardiology procedure note)
    Indication: pericardial effusion on CT, hypotension
    Findings: large circumferential pericardial effusion (2.4 cm), RV diastolic collapse and RA systolic collapse, IVC plethoric. Features of tamponade.
    LV function normal.
    Action: discussed with cardiology registrar - urgent pericardiocentesis.
    """, "no_fracture", spine=False, modality="OT")

doc("Occupational Therapy Home Visit", "F", 82, """
    OT HOME VISIT REPORT
    Background: recent left hip fracture (DHS), discharged last week.
    Findings: 2 steps to front door - rail fitted. Bathroom: over-bath shower, unable to step in - bath board issued. Raised toilet seat and frame. Chair raisers fitted.
    Client wearing compression stockings as advised by ward. Managing stairs with rail and stick, supervision.
    Plan: community physio, review 2 weeks.
    """, "no_fracture", spine=False)

doc("ED Note", "M", 65, """
    ED NOTE
    PC: collapsed in shop
    HPC: witnessed by staff - went pale, slumped to floor, ~20 s LOC, no jerking, rapid recovery. Had been standing in a queue in the heat. No chest pain.
    O/E: normal, no injuries. ECG: SR, normal QTc, no pre-excitation.
    Imp: vasovagal syncope, low risk (San Francisco rule negative)
    Plan: discharge, DVLA advice, GP f/u.
    """, "no_fracture", spine=False)

doc("Wound Clinic Letter", "F", 93, """
    Tissue Viability

    Category 3 pressure ulcer over the sacrum, 3 x 2.5 cm, granulating, no slough. No clinical infection. She has an alternating pressure mattress and is repositioned 2-hourly by carers.

    Plan: continue foam dressing changed twice weekly, dietitian review (albumin 29), photos monthly.
    """, "no_fracture", spine=False)
