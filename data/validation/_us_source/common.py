import random

REPORTS = []


def R(finding, levels, severity, acuity, modality, exam, text, sex=None, age=None):
    REPORTS.append(dict(gold_finding=finding, gold_levels=levels, gold_severity=severity,
                        gold_acuity=acuity, modality=modality, exam_name=exam,
                        text=text.strip("\n"), sex=sex, age=age))


_rng = random.Random(20260311)


def pick(options):
    return _rng.choice(options)


# ---- reusable normal organ-system text (no spine language in these) ----
CHEST_LUNGS = [
    "Lungs/Pleura: Mild centrilobular emphysema, upper lobe predominant. No consolidation. No pleural effusion or pneumothorax.",
    "LUNGS AND AIRWAYS: Dependent atelectasis bilaterally. No focal consolidation. Central airways are patent.\nPLEURA: No effusion. No pneumothorax.",
    "Lungs: Scattered linear scarring in the lingula and right middle lobe. No suspicious pulmonary nodule. No consolidation.\nPleura: Trace left pleural effusion.",
    "Lungs and pleura: Clear lungs. No pleural effusion. No pneumothorax.",
    "LUNGS: Bibasilar subsegmental atelectasis. No consolidation or suspicious nodule.\nPLEURA: No pleural effusion.",
]
CHEST_MED = [
    "Mediastinum/Hila: No mediastinal or hilar lymphadenopathy. Thyroid unremarkable.\nHeart/Vessels: Normal heart size. No pericardial effusion. Moderate coronary artery calcifications. Atherosclerotic calcification of the thoracic aorta without aneurysm.",
    "MEDIASTINUM AND HILA: No lymphadenopathy by size criteria. Small hiatal hernia.\nHEART AND GREAT VESSELS: Heart size within normal limits. Trace pericardial fluid. Aortic valve calcification. Ascending aorta measures 3.8 cm.",
    "Heart and mediastinum: Cardiomegaly. Dense three-vessel coronary calcification. No pericardial effusion. No pathologically enlarged mediastinal, hilar or axillary lymph nodes.",
    "Mediastinum: Unremarkable. No adenopathy.\nCardiovascular: Heart is normal in size. Mild aortic atherosclerosis. Main pulmonary artery is normal caliber.",
]
UPPER_ABD = [
    "Upper abdomen: Limited evaluation demonstrates a few hepatic hypodensities too small to characterize. Cholelithiasis.",
    "UPPER ABDOMEN: Visualized portions are unremarkable.",
    "Upper abdomen: Small left adrenal nodule, unchanged, likely adenoma. Otherwise unremarkable.",
    "Upper abdomen: Status post cholecystectomy. No acute abnormality in the imaged upper abdomen.",
]
ABD_ORGANS = [
    """LIVER: Normal size. No focal lesion.
GALLBLADDER AND BILE DUCTS: Gallbladder is unremarkable. No biliary dilatation.
PANCREAS: Atrophic, otherwise unremarkable.
SPLEEN: Normal.
ADRENALS: Normal.
KIDNEYS AND URETERS: Bilateral renal cortical cysts, the largest 2.1 cm on the left, simple. No hydronephrosis or nephrolithiasis.
BLADDER: Unremarkable.
REPRODUCTIVE ORGANS: Unremarkable for age.
BOWEL: Colonic diverticulosis without diverticulitis. Normal appendix. No bowel obstruction.
PERITONEUM: No free fluid or free air.
VESSELS: Atherosclerotic calcification of the abdominal aorta, nonaneurysmal.
LYMPH NODES: No lymphadenopathy.""",
    """Liver: Diffuse hepatic steatosis. No focal mass.
Gallbladder/biliary: Cholelithiasis without wall thickening. CBD normal caliber.
Pancreas: Unremarkable.
Spleen: Unremarkable.
Adrenal glands: Unremarkable.
Kidneys: Symmetric enhancement. No hydronephrosis. Nonobstructing 4 mm right lower pole calculus.
GI tract: Sigmoid diverticulosis. No evidence of acute diverticulitis. Appendix not visualized; no secondary signs of appendicitis.
Peritoneum/retroperitoneum: No ascites. No free air. No adenopathy.
Vasculature: Moderate aortoiliac atherosclerosis.
Pelvis: Bladder is decompressed. No pelvic mass or free fluid.""",
    """Hepatobiliary: Liver normal in size and attenuation. Gallbladder surgically absent. No intra- or extrahepatic biliary dilatation.
Spleen: Normal in size.
Pancreas: No mass or ductal dilatation.
Adrenals: No nodule.
Kidneys: Mild bilateral cortical thinning. No stones or hydronephrosis.
Bowel: Normal caliber small and large bowel. Moderate stool burden. Appendix normal.
Bladder: Unremarkable.
Pelvic organs: No pelvic mass.
Lymph nodes: None enlarged.
Vessels: Aorta normal caliber with calcified plaque.
Abdominal wall: Small fat-containing umbilical hernia.""",
]
SOFT_TISSUE = [
    "Soft tissues: Unremarkable.",
    "Chest wall: No axillary lymphadenopathy. Unremarkable chest wall.",
    "SOFT TISSUES: Unremarkable.",
]
