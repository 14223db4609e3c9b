"""Training Warta's models: data conversion and training entry points (``warta train``)."""
