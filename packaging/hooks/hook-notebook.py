# Our core package is called `notebook`, as is Jupyter's; PyInstaller's community hooks
# carry one for Jupyter's, which fails here (it imports jupyter_core). Hooks in this folder
# take precedence, and ours has nothing to add: the spec lists the modules and the data.
