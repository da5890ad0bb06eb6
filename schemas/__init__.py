"""The bundled JSON Schemas, shipped inside the package as ``tjlint.schemas`` (see ``pyproject.toml``)."""
