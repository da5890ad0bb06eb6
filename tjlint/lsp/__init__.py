"""``tjlint lsp``: a language server (stdio) with live diagnostics, quick fixes, hovers and completion.

Needs the ``lsp`` extra (``pip install 'tjlint[lsp]'``: pygls and lsprotocol).
The rest of tjlint never imports this package. Modules:

- ``server``, ``handlers``, ``protocol``: the pygls server, one handler per message, and
  answers in the protocol's types;
- ``documents``: open documents, debounced background lints, newest text wins;
- ``setups``: settings and catalogues per folder, read again when they change;
- ``analysis``, ``encoding``, ``diagnostics``: lint results in the client's positions;
- ``actions``, ``hover``, ``completion``: the answers;
- ``bodies``, ``cursor``, ``yamlcursor``, ``jsoncursor``, ``schemainfo``: which documents
  are bodies, where the cursor is, and what the schemas say.
"""

from __future__ import annotations
