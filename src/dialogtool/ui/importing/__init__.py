"""Loading a data export in the UI: read in the background, ask about columns when unsure.

``flow.ImportFlow`` drives one import; ``mapping_dialog`` asks which column holds
what with a live preview; ``problems_dialog`` lists what the file could not give;
``controller.DataController`` keeps the remembered mappings and the team's data
landscape and hands the loaded dataset to the main window.
"""
