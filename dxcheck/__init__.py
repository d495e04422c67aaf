"""dxcheck: checks a Japanese municipal digital plan against the national frameworks."""

__version__ = "0.2.0"
