"""Go-live validation: interval statistics, the stratified sample and labelling sheet, labeller agreement."""
