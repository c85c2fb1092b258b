"""callqa core: data model, pipeline, storage, command line."""

__version__ = "0.1.0"
