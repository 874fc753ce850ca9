"""Loading a data export in the UI: read in the background, ask about columns when unsure.

``flow.ImportFlow`` drives one import (its decisions come from ``app.import_plan``);
``mapping_dialog`` asks which column holds what with a live preview;
``reading_dialog`` shows how the file was read ("Sådan læste jeg filen") with its
warnings and each indicator's direction (``directions_model``) before the data are
used; ``controller.DataController`` keeps the remembered mappings, the team's data
landscape and the kept copy of each dataset, and hands the loaded dataset to the
main window; ``kept`` reads a kept copy back in the background and says in one line
when its original moved or changed.
"""
