"""libcrimepolicy from Python: read documents about US federal crime policy
into a typed model with byte-exact provenance (ctypes over the C library).

    from crimepolicy import Corpus
    with Corpus() as corpus:
        corpus.load("seeds")
        for site in corpus.sites:
            print(site.name, site.state, [p.name for p in site.programs])
"""
from ._model import (Administration, Agency, Corpus, Document, Error, Figure, Mention,
                     Official, Program, Site, merge)
from ._native import lib as _lib

__version__ = _lib.cp_version_string().decode()
__all__ = ["Corpus", "Document", "Administration", "Official", "Agency", "Site", "Program",
           "Figure", "Mention", "Error", "merge", "__version__"]
