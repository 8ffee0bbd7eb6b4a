"""Training scripts for the models that ship with the package (`python -m confide.train NAME`)."""
