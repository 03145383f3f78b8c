from common import doc

# ---------------------------------------------------------------- no_fracture, spine content (32)

doc("OPERATIVE NOTE", "M", 58, """
    OPERATION NOTE
    Procedure: ACDF C5-6
    Indication: C6 radiculopathy R, failed conservative mx, C5-6 disc osteophyte complex with foraminal stenosis.
    Anaesthetic: GA, ETT. Position: supine, head ring, shoulders taped.

    Right sided transverse skin crease incision. Platysma divided. Avascular plane medial to sternocleidomastoid developed to the prevertebral fascia. Level confirmed with image intensifier. Longus colli elevated, Caspar pins placed in C5 and C6. Discectomy performed. Posterior osteophytes removed with a high-speed burr and Kerrison rongeurs. PLL taken down, both foramina decompressed. The endplates were prepared with the burr, preserving the cortical endplate. 6 mm PEEK cage packed with synthetic bone graft inserted. Anterior plate with 4 screws. Position satisfactory on II. Haemostasis. Drain. Closure in layers.

    EBL 50 ml. No complications.
    Post-op: soft collar for comfort, x-ray before discharge, wound check 10 days.
    """, "no_fracture", modality="OT")

doc("OPERATIVE NOTE", "F", 71, """
    OPERATIVE NOTE
    Procedure: L4-5 bilateral decompression (laminotomy, undercutting facetectomy, flavectomy)
    Diagnosis: L4-5 spinal stenosis with neurogenic claudication, degenerative spondylolisthesis grade 1

    Prone on Wilson frame. Level confirmed on II. Midline incision, subperiosteal dissection to the L4-5 facets bilaterally, facet capsules preserved. Bilateral laminotomies with a high-speed burr and Kerrison punches. Ligamentum flavum excised. Lateral recesses undercut; L5 roots free and mobile at the end. Dura intact, no durotomy. Haemostasis with Floseal. Layered closure with Vicryl, clips to skin.

    Complications: none. Mobilise day 0. Home when safe.
    """, "no_fracture", modality="OT")

doc("Operative Report", "M", 63, """
    OPERATIVE REPORT
    PROCEDURE: L4-5 TLIF, left approach, with bilateral pedicle screw fixation L4-L5
    PREOP DX: L4-5 degenerative disc disease with foraminal stenosis, mechanical back pain
    FINDINGS: severely degenerate, collapsed L4-5 disc space. Dense epidural scar absent.

    DESCRIPTION: Prone on Jackson table. Pedicle screws placed L4 and L5 bilaterally with neuromonitoring, all stimulated >15 mA. Left L4-5 facetectomy with osteotome and burr. Discectomy. The endplates were prepared with shavers and curettes down to bleeding bone, no endplate violation. 12 mm x 10 mm expandable cage packed with local autograft inserted obliquely. Rods placed, compression applied across L4-5. Final AP/lateral fluoro satisfactory. Vancomycin powder. Closed in layers over drain.

    EBL 300 mL. No complications.
    """, "no_fracture", modality="OT")

doc("OPERATIVE NOTE", "M", 66, """
    OPERATIVE NOTE - Revision lumbar instrumentation
    Indication: symptomatic pseudarthrosis L5-S1 with a fractured left L5 pedicle screw seen on CT.

    Previous midline incision reopened. Instrumentation exposed. The left L5 pedicle screw had fractured at the junction of the shank and the head; the head was removed and the retained shank was left in situ as it was well fixed. New 7.5 mm screw placed in the left L5 pedicle via a divergent trajectory. Right-sided screws solid. Rods exchanged. Decortication of the L5 and S1 transverse processes and ala with the burr; allograft and autograft laid out posterolaterally.

    Complications: small durotomy at L5 repaired primarily with 6-0 Prolene and sealant. Flat bed rest 24 h.
    """, "no_fracture", modality="OT")

doc("OPERATIVE NOTE", "F", 64, """
    OPERATION NOTE
    Procedure: L3 pedicle subtraction osteotomy with extension of instrumentation T10 to pelvis
    Indication: fixed sagittal imbalance (flat back) after previous L4-S1 fusion; SVA 14 cm.

    Prone. Previous instrumentation removed. Pedicle screws T10-L2, S1 and S2AI screws inserted under navigation. L3 posterior elements resected. Both L3 pedicles removed down to the body. A posteriorly based wedge osteotomy of the L3 vertebral body was performed with osteotomes and the burr, decancellating the body, preserving the anterior cortex. The osteotomy was closed in a controlled manner with the table extension and compression across temporary rods. Satisfactory lordosis correction on fluoroscopy. Final rods, cross-link. Neuromonitoring stable throughout.

    EBL 1.8 L, cell saver returned 600 ml. To HDU.
    """, "no_fracture", modality="OT")

doc("Spine Clinic Letter", "F", 52, """
    Spinal Clinic

    Diagnosis: right C7 radiculopathy

    Dear Dr Foster,
    Ms Mahmood has 8 weeks of right neck and arm pain radiating to the middle finger, with paraesthesia. Spurling's compression test is positive on the right. Triceps reflex reduced on the right, power 5/5.

    MRI cervical spine shows a right paracentral/foraminal disc protrusion at C6-7 with foraminal narrowing and compression of the exiting right C7 nerve root. There is no cord compression. Vertebral alignment is normal.

    We discussed options and she would like to try a CT-guided right C7 nerve root block before considering surgery.
    """, "no_fracture")

doc("Spine Clinic Letter", "M", 74, """
    Spinal Surgery Outpatients

    Mr Kowalski describes classic neurogenic claudication, limited to 100 m, relieved by sitting or leaning on a shopping trolley. MRI shows multilevel degenerative change with loss of disc height at L3/4 and L4/5, facet hypertrophy and severe central canal stenosis at L4/5, moderate at L3/4. No spondylolisthesis.

    He would like to proceed with an L3-L5 decompression and has been listed. Consent discussed including dural tear, infection, DVT and failure to improve.
    """, "no_fracture")

doc("Neurosurgery Clinic Letter", "M", 68, """
    Neurosurgery Clinic

    Diagnosis: degenerative cervical myelopathy

    Mr Abbott has clumsy hands, difficulty with buttons and an unsteady gait. Hoffmann's positive bilaterally, brisk lower limb reflexes. MRI shows cord compression at C4-5 and C5-6 from disc osteophyte bars with T2 signal change in the cord at C5.

    I have recommended a C4-C6 anterior decompression and fusion. He understands the aim is to halt progression rather than reverse deficits.
    """, "no_fracture")

doc("ED Note", "F", 77, """
    ED NOTE
    PC: fall from standing at bus stop, landed on bottom, low back pain
    PMH: osteoporosis on alendronate, T2DM
    O/E: mild paraspinal tenderness L3-L5, no midline tenderness, PNS intact, mobilising.
    XR L-spine: no fracture. Vertebral body heights maintained. Degenerative change L4/5.
    Imp: soft tissue injury lower back
    Plan: analgesia, safety net advice, d/c home.
    """, "no_fracture")

doc("GP Referral Letter", "F", 69, """
    REFERRAL - MSK / Spinal triage service

    Reason for referral: ?vertebral fracture
    Clinical question: ?T12 fracture - please assess and image as appropriate

    History: 6 weeks of thoracolumbar pain, no trauma. Osteopenia on DXA 2024. Taking letrozole (breast cancer 2023, no known metastases).
    Medications: letrozole 2.5 mg, Adcal D3, co-codamol 30/500 prn.

    Thank you for seeing her.
    """, "no_fracture", modality="DOC")

doc("Physiotherapy Note", "M", 41, """
    PHYSIOTHERAPY - MSK INITIAL ASSESSMENT
    S: 2/52 LBP after lifting a sofa. No leg pain. Red flags screened: no trauma, no hx of cancer, no weight loss, no night pain, no bladder/bowel change, not on steroids. Works as a delivery driver.
    O: lumbar flexion limited to knees, ext full. Neuro screen normal. SLR 80 bilat.
    A: non-specific mechanical LBP, good prognosis.
    P: education, walking, McKenzie extension exercises, return to modified duties. Review 2/52.
    """, "no_fracture")

doc("Pain Procedure Note", "M", 71, """
    PAIN PROCEDURE NOTE
    Procedure: bilateral L4-5 and L5-S1 facet joint injections under fluoroscopic guidance
    Indication: lumbar spondylosis with facet-mediated low back pain. MRI: facet arthropathy L4-S1, no fracture, no stenosis.
    Consent: written, risks explained.
    Technique: prone, skin prepped. 22G spinal needles to each joint under fluoroscopy, intra-articular spread confirmed with 0.2 ml Omnipaque. 0.5 ml 0.25% levobupivacaine + 10 mg triamcinolone per joint.
    Immediate pain score 6 -> 2. No complications. Discharged after 30 min observation.
    """, "no_fracture", modality="OT")

doc("ED Note", "F", 88, """
    ED NOTE
    PC: unwitnessed fall in care home, hit head on wardrobe
    Anticoagulated (rivaroxaban). GCS 15, at baseline confusion.
    CT head: no intracranial haemorrhage.
    CT C-spine: no fracture or malalignment. Degenerative change.
    Imp: minor head injury
    Plan: discharge back to care home with head injury advice, rivaroxaban to continue.
    """, "no_fracture")

doc("GP Consultation Note", "F", 63, """
    Consultation
    History: 10 days low back pain after gardening. No trauma, no leg sx, no red flags. Sleeping OK.
    Examination: paraspinal spasm L, SLR neg, neuro normal.
    Assessment: mechanical low back pain
    Plan: ibuprofen + PPI, keep active, leaflet. Advised if pain persists beyond 6 weeks, MRI to exclude fracture given her osteopenia.
    """, "no_fracture")

doc("Osteoporosis Clinic Letter", "F", 64, """
    Bone Health Clinic

    Mrs Reid reports 3 cm of height loss since her twenties and was worried about her spine.
    DXA: lumbar spine T-score -2.3, femoral neck -1.8 (osteopenia).
    VFA: no vertebral fractures.
    FRAX major osteoporotic 11%, hip 1.5%: below intervention threshold.

    Plan: calcium-rich diet, vitamin D 1000 units daily, weight bearing exercise. Repeat DXA in 2-3 years.
    """, "no_fracture")

doc("Uro-Oncology Clinic Letter", "M", 72, """
    Uro-oncology Clinic

    Diagnosis: metastatic hormone-sensitive prostate cancer (Gleason 4+4), PSA 86 at diagnosis

    Staging: PSMA PET shows a solitary T10 metastasis, with no vertebral collapse and no cord compression. Nodes negative.

    Plan: start ADT (degarelix) with enzalutamide; consider SABR to T10 - discussed at oligomets MDT. MSCC red-flag advice card given.
    """, "no_fracture")

doc("Rheumatology Clinic Letter", "M", 49, """
    Rheumatology

    Diagnosis: ankylosing spondylitis (HLA-B27 positive)

    Mr Tan's BASDAI has improved from 6.8 to 2.1 on adalimumab. Spinal x-rays show marginal syndesmophytes from T10 to L3 and bilateral grade 3 sacroiliitis. No fracture. Posture stable, occiput-to-wall 4 cm.

    Continue adalimumab 40 mg fortnightly. I have reminded him that after any fall or new spinal pain he must be seen urgently as an AS spine can fracture after minor trauma.
    """, "no_fracture")

doc("Discharge Summary", "M", 44, """
    DISCHARGE SUMMARY - Neurosurgery
    Diagnosis: cauda equina syndrome secondary to massive L4/5 disc prolapse
    Presentation: 2 days LBP and bilateral sciatica, then urinary retention (900 ml residual) and saddle anaesthesia.
    MRI: large central L4/5 sequestrated disc causing severe compression of the cauda equina.
    Procedure: emergency L4/5 laminectomy and discectomy (night of admission).
    Outcome: saddle sensation returning, TWOC successful day 3.
    Follow up: neurosurgery clinic 6 weeks, urodynamics if symptoms persist.
    """, "no_fracture")

doc("Operative Report", "M", 67, """
    OPERATIVE REPORT
    PROCEDURE: L2-3 lateral lumbar interbody fusion (XLIF), right sided approach
    INDICATION: L2-3 adjacent segment degeneration above previous L3-5 fusion

    Right lateral decubitus, table flexed. Retroperitoneal approach through the psoas with triggered EMG. Annulotomy, discectomy. Contralateral annulus released with Cobb. The endplates were prepared with rasps and curettes; sequential trials; 10 mm lordotic cage, 55 mm long, with allograft. Lateral plate and two screws. No subsidence on final fluoroscopy.
    Neuromonitoring stable. EBL 40 mL.
    """, "no_fracture", modality="OT")

doc("OPERATIVE NOTE", "F", 55, """
    OPERATIVE NOTE
    Procedure: implantation of spinal cord stimulator (paddle lead via T10 laminotomy, IPG left buttock)
    Indication: persistent spinal pain syndrome type 2 after L5/S1 fusion, successful trial.

    Prone. Small midline incision over T10-T11. Partial T10 laminotomy with burr and Kerrison. Paddle lead passed cephalad to sit at T8-T9, midline confirmed on fluoroscopy and paraesthesia mapping. Anchored to fascia. Tunnelled to IPG pocket in left upper buttock. Impedances normal.
    No complications.
    """, "no_fracture", modality="OT")

doc("OPERATIVE NOTE", "M", 60, """
    OPERATION NOTE
    Procedure: removal of L3-L5 instrumentation
    Indication: prominent metalwork and back pain; CT shows solid fusion L3-L5. The left rod had fractured at the L3-4 level.

    Midline incision through old scar. Rods and caps exposed. Broken left rod removed in two pieces; right rod removed. All six pedicle screws removed without difficulty. Fusion mass tested and solid across both levels. Washout. Closure.

    EBL 150 ml. Home tomorrow.
    """, "no_fracture", modality="OT")

doc("Discharge Summary", "F", 81, """
    DISCHARGE SUMMARY - Acute Medicine
    Presenting complaint: collapse at home - felt lightheaded after standing from the toilet, brief LOC, no injury.
    Findings: lying/standing BP 138/80 -> 104/66 with symptoms. ECG sinus, normal intervals. 24h tape: no pauses. Troponin negative.
    C-spine cleared clinically - no neck pain, no tenderness, full range of movement.
    Diagnosis: orthostatic syncope (contributed by doxazosin and furosemide)
    Plan: doxazosin stopped, furosemide reduced to 20 mg. Falls clinic referral.
    """, "no_fracture")

doc("ED Provider Note", "M", 33, """
    ED PROVIDER NOTE
    CC: neck pain after MVC
    HPI: 33M restrained driver, rear-ended at a stop light ~25 mph. Ambulatory at scene. Posterior neck pain onset 2 h later.
    Exam: paraspinal tenderness, no midline tenderness? - mild midline TTP C5-C6. Neuro intact.
    Imaging: CT C-spine w/o contrast - negative for fracture or malalignment.
    A/P: cervical strain. NSAIDs, cyclobenzaprine qhs, soft collar not indicated. Return precautions. F/u PCP.
    """, "no_fracture")

doc("Transcribed Dictation", "F", 59, """
    Transcribed dictation - spinal clinic
    Thank you for referring this 59 year old lady with low back pain period She has had an MRI of her lumbar spine which shows disc desiccation at L4 5 and L5 S1 with Modic type 2 endplate changes at L5 S1 period There is no fracture and no nerve root compression period
    New paragraph I have explained that surgery would not be helpful and I have referred her to the back pain programme period
    """, "no_fracture")

doc("Orthopaedic Clinic Letter", "F", 72, """
    Orthopaedic Clinic

    Mrs Gill's family are concerned about her stooped posture. Her thoracic kyphosis is postural and corrects on extension. Lateral thoracic x-ray shows the vertebral bodies are of normal height and shape; the discs show mild degenerative narrowing.

    I have referred her to physiotherapy for postural and extensor strengthening exercises.
    """, "no_fracture")

doc("Osteoporosis Clinic Letter", "F", 70, """
    Osteoporosis Clinic

    She asked whether her back pain could be a fracture. Her thoracic and lumbar spine x-rays last month showed no vertebral fractures, only mild spondylosis. The pain is likely to be mechanical.

    She remains on alendronic acid (year 3). I have advised her to continue and to keep active. DXA in 2 years.
    """, "no_fracture")

doc("Pain Procedure Note", "M", 57, """
    PROCEDURE NOTE
    Procedure: L5-S1 interlaminar epidural steroid injection
    Indication: L5 radicular pain, L4/5 and L5/S1 disc bulges on MRI.
    Technique: seated, midline approach at L5-S1, 18G Tuohy needle, loss of resistance to saline at 5 cm. Contrast confirmed epidural spread. 80 mg methylprednisolone + 5 ml 0.9% saline injected.
    No paraesthesia, no blood/CSF. Obs stable. Discharged with leaflet.
    """, "no_fracture", modality="OT")

doc("OPERATIVE NOTE", "F", 39, """
    Op note
    Procedure: Right L5/S1 microdiscectomy
    Findings: large right paracentral sequestrated disc fragment compressing the S1 root. Root free and pulsatile at end.
    Details: prone, knee-chest. Level checked with II. Paramedian incision. Tubular retractor. Small laminotomy inferior L5 lamina with burr. Ligamentum flavum opened. Root retracted medially, fragment removed plus loose disc material. Washout. Depomedrol on root. Closure.
    Plan: home same day, mobilise, no driving 2/52.
    """, "no_fracture", modality="OT")

doc("Adult Spinal Deformity Clinic Letter", "F", 76, """
    Spinal Deformity Clinic

    Mrs Lowe has adult degenerative lumbar scoliosis (Cobb 28 degrees L1-L4) with lateral listhesis of L3 on L4 and asymmetric disc collapse at L3/4. Vertebral heights are preserved. Her main complaint is L4 radicular pain on the right.

    Plan: right L4 transforaminal epidural injection. Surgery would be a large undertaking and she does not wish to pursue it at present.
    """, "no_fracture")

doc("ED Note", "F", 45, """
    ED NOTE - minors
    PC: neck pain after turning head sharply while reversing the car (no collision)
    O/E: paraspinal tenderness R trapezius, no midline tenderness, able to rotate 45 deg both sides. Neuro normal.
    Canadian C-spine rule: low risk, no imaging required.
    Imp: neck sprain
    Plan: NSAIDs, heat, exercises leaflet.
    """, "no_fracture")

doc("Discharge Summary", "M", 70, """
    DISCHARGE SUMMARY - Infectious Diseases
    Diagnosis: L4/5 discitis (Staphylococcus aureus bacteraemia, source: infected PICC line)
    MRI: L4/5 discitis with endplate oedema, small anterior epidural phlegmon, no abscess, no vertebral collapse.
    TOE: no vegetation.
    Treatment: IV flucloxacillin 2 weeks then oral to complete 6 weeks. CRP 210 -> 34.
    Follow up: OPAT clinic, repeat CRP weekly.
    """, "no_fracture")

doc("GP Consultation Note", "F", 62, """
    Consultation - bone health review
    History: discussed DXA result. Denies any previous fractures. FRAX (no BMD): previous fracture - no; parent hip fracture - yes; smoker - no.
    Thoracic spine x-ray (for kyphosis): normal vertebral heights and alignment.
    Plan: DXA shows osteopenia (T -1.9), NOGG: reassure and lifestyle advice. Repeat in 5 years.
    """, "no_fracture")
