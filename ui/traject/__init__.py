"""The traject screens of one casus after the plan is signed: timeline, aanbieder, journaal, evaluatie, afsluiten."""
