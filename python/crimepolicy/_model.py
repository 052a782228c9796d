"""Python classes over the C handles of libcrimepolicy.

Every object below borrows a pointer from its Corpus and keeps the Corpus
alive, so a pointer is never used after cp_corpus_free(). Offsets are bytes
of the document as read; Mention.text and Document.bytes give those bytes.
"""
import ctypes
import json
import weakref
from typing import Dict, Iterator, List, Optional

from ._native import STREAM_FN, WRITE_FN, lib

STATUS_NAMES = {
    0: "ok", 1: "nomem", 2: "invalid_argument", 3: "io", 4: "not_found",
    5: "invalid_utf8", 6: "nul_byte", 7: "empty", 8: "bad_header", 9: "no_documents",
    10: "duplicate_id", 11: "too_large", 12: "bad_json", 13: "limit",
}
KEEP_GOING = 1


def _s(value: Optional[bytes]) -> Optional[str]:
    return None if value is None else value.decode("utf-8", "replace")


class Error(Exception):
    """A failed call: status (int), status_name, message, path, line, column, offset."""

    def __init__(self, status: int, message: str, path: str = "", line: int = 0,
                 column: int = 0, offset: int = 0):
        self.status = status
        self.status_name = STATUS_NAMES.get(status, "unknown")
        self.message = message
        self.path = path
        self.line = line
        self.column = column
        self.offset = offset
        where = f"{path}:{line}:{column}: " if line else (f"{path}: " if path else "")
        super().__init__(where + message)

    @classmethod
    def _from(cls, status: int, err) -> "Error":
        return cls(status, _s(lib.cp_error_message(err)) or _s(lib.cp_status_string(status)),
                   _s(lib.cp_error_path(err)) or "", lib.cp_error_line(err),
                   lib.cp_error_column(err), lib.cp_error_offset(err))


class Mention:
    """Where an entity is named: document, start, end (bytes) and text."""

    def __init__(self, corpus: "Corpus", handle: int):
        self.document = corpus._document(lib.cp_mention_document(handle))
        self.start: int = lib.cp_mention_start(handle)
        self.end: int = lib.cp_mention_end(handle)

    @property
    def text(self) -> Optional[str]:
        """The bytes mentioned, or None when the document has no text."""
        data = self.document.bytes
        return None if data is None else data[self.start:self.end].decode("utf-8", "replace")

    def to_dict(self) -> dict:
        return {"document": self.document.id, "start": self.start, "end": self.end}


class _Entity:
    _prefix = ""

    def __init__(self, corpus: "Corpus", handle: int):
        self._corpus = corpus
        self._h = handle

    def _str(self, field: str) -> Optional[str]:
        return _s(getattr(lib, f"cp_{self._prefix}_{field}")(self._h))

    def _mentions(self) -> List[Mention]:
        count = getattr(lib, f"cp_{self._prefix}_mention_count")(self._h)
        at = getattr(lib, f"cp_{self._prefix}_mention_at")
        return [Mention(self._corpus, at(self._h, i)) for i in range(count)]

    def __eq__(self, other):
        return isinstance(other, _Entity) and other._h == self._h

    def __hash__(self):
        return hash(self._h)

    def __repr__(self):
        return f"<{type(self).__name__} {getattr(self, 'id', '')}>"


class Document(_Entity):
    """One loaded document."""
    _prefix = "document"

    id = property(lambda self: self._str("id"))
    path = property(lambda self: self._str("path"))
    date = property(lambda self: self._str("date"))
    title = property(lambda self: self._str("title"))

    @property
    def kind(self) -> str:
        return _s(lib.cp_document_kind_name(lib.cp_document_kind_of(self._h)))

    @property
    def size(self) -> int:
        return lib.cp_document_size(self._h)

    @property
    def has_text(self) -> bool:
        """False for a document read back from JSON (Corpus.load_json)."""
        return bool(lib.cp_document_has_text(self._h))

    @property
    def bytes(self) -> Optional[bytes]:
        """The document's bytes as read; every offset points into them. None
        for a document read back from JSON, which has no text."""
        if not self.has_text:
            return None
        return ctypes.string_at(lib.cp_document_bytes(self._h), self.size)

    @property
    def administration(self) -> Optional["Administration"]:
        h = lib.cp_document_administration(self._h)
        return Administration(self._corpus, h) if h else None

    @property
    def sites(self) -> List["Site"]:
        return [Site(self._corpus, lib.cp_document_site_at(self._h, i))
                for i in range(lib.cp_document_site_count(self._h))]

    @property
    def programs(self) -> List["Program"]:
        return [Program(self._corpus, lib.cp_document_program_at(self._h, i))
                for i in range(lib.cp_document_program_count(self._h))]

    @property
    def officials(self) -> List["Official"]:
        return [Official(self._corpus, lib.cp_document_official_at(self._h, i))
                for i in range(lib.cp_document_official_count(self._h))]

    @property
    def figures(self) -> List["Figure"]:
        return [Figure(self._corpus, lib.cp_document_figure_at(self._h, i))
                for i in range(lib.cp_document_figure_count(self._h))]

    def to_dict(self) -> dict:
        admin = self.administration
        return {"id": self.id, "path": self.path, "date": self.date, "title": self.title,
                "kind": self.kind, "administration": admin.id if admin else None,
                "bytes": self.size}


class Official(_Entity):
    """A person named with a federal role."""
    _prefix = "official"
    name = property(lambda self: self._str("name"))
    role = property(lambda self: self._str("role"))

    @property
    def administration(self) -> "Administration":
        return Administration(self._corpus, lib.cp_official_administration(self._h))

    @property
    def mentions(self) -> List[Mention]:
        return self._mentions()

    def to_dict(self) -> dict:
        return {"name": self.name, "role": self.role}


class Administration(_Entity):
    """One presidency."""
    _prefix = "administration"
    id = property(lambda self: self._str("id"))
    president = property(lambda self: self._str("president"))
    party = property(lambda self: self._str("party"))
    start = property(lambda self: self._str("start"))
    end = property(lambda self: self._str("end"))

    @property
    def officials(self) -> List[Official]:
        return [Official(self._corpus, lib.cp_administration_official_at(self._h, i))
                for i in range(lib.cp_administration_official_count(self._h))]

    @property
    def documents(self) -> List[Document]:
        return [self._corpus._document(lib.cp_administration_document_at(self._h, i))
                for i in range(lib.cp_administration_document_count(self._h))]

    def to_dict(self) -> dict:
        return {"id": self.id, "president": self.president, "party": self.party,
                "start": self.start, "end": self.end,
                "officials": sorted((o.to_dict() for o in self.officials),
                                    key=lambda o: o["name"]),
                "documents": sorted(d.id for d in self.documents)}


class Agency(_Entity):
    """A federal agency."""
    _prefix = "agency"
    id = property(lambda self: self._str("id"))
    name = property(lambda self: self._str("name"))
    acronym = property(lambda self: self._str("acronym"))
    department = property(lambda self: self._str("department"))

    @property
    def mentions(self) -> List[Mention]:
        return self._mentions()

    def to_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "acronym": self.acronym,
                "department": self.department,
                "mentions": sorted((m.to_dict() for m in self.mentions),
                                   key=lambda m: (m["document"], m["start"]))}


SITE_KINDS = {0: "unknown", 1: "city", 2: "county", 3: "state", 4: "district", 5: "region"}


class Site(_Entity):
    """A US place: city, county, state, the District, or a region."""
    _prefix = "site"
    id = property(lambda self: self._str("id"))
    name = property(lambda self: self._str("name"))
    state = property(lambda self: self._str("state"))

    @property
    def kind(self) -> str:
        return SITE_KINDS.get(lib.cp_site_kind_of(self._h), "unknown")

    @property
    def coordinates(self) -> Optional[tuple]:
        lat, lon = ctypes.c_double(), ctypes.c_double()
        if not lib.cp_site_coordinates(self._h, ctypes.byref(lat), ctypes.byref(lon)):
            return None
        return (lat.value, lon.value)

    @property
    def programs(self) -> List["Program"]:
        return [Program(self._corpus, lib.cp_site_program_at(self._h, i))
                for i in range(lib.cp_site_program_count(self._h))]

    @property
    def mentions(self) -> List[Mention]:
        return self._mentions()

    def to_dict(self) -> dict:
        c = self.coordinates
        return {"id": self.id, "name": self.name, "state": self.state, "kind": self.kind,
                "lat": round(c[0], 4) if c else None, "lon": round(c[1], 4) if c else None,
                "programs": sorted(p.id for p in self.programs),
                "mentions": sorted((m.to_dict() for m in self.mentions),
                                   key=lambda m: (m["document"], m["start"]))}


class Program(_Entity):
    """A federal program, partnership, task force, operation …"""
    _prefix = "program"
    id = property(lambda self: self._str("id"))
    name = property(lambda self: self._str("name"))
    acronym = property(lambda self: self._str("acronym"))
    kind = property(lambda self: self._str("kind"))

    @property
    def aliases(self) -> List[str]:
        return [_s(lib.cp_program_alias_at(self._h, i))
                for i in range(lib.cp_program_alias_count(self._h))]

    @property
    def parent(self) -> Optional["Program"]:
        h = lib.cp_program_parent(self._h)
        return Program(self._corpus, h) if h else None

    @property
    def components(self) -> List["Program"]:
        return [Program(self._corpus, lib.cp_program_component_at(self._h, i))
                for i in range(lib.cp_program_component_count(self._h))]

    @property
    def administration(self) -> Optional[Administration]:
        h = lib.cp_program_administration(self._h)
        return Administration(self._corpus, h) if h else None

    @property
    def agencies(self) -> List[Agency]:
        return [Agency(self._corpus, lib.cp_program_agency_at(self._h, i))
                for i in range(lib.cp_program_agency_count(self._h))]

    @property
    def sites(self) -> List[Site]:
        return [Site(self._corpus, lib.cp_program_site_at(self._h, i))
                for i in range(lib.cp_program_site_count(self._h))]

    @property
    def mentions(self) -> List[Mention]:
        return self._mentions()

    def to_dict(self) -> dict:
        parent, admin = self.parent, self.administration
        return {"id": self.id, "name": self.name, "acronym": self.acronym,
                "aliases": sorted(self.aliases), "kind": self.kind,
                "parent": parent.id if parent else None,
                "administration": admin.id if admin else None,
                "agencies": sorted(a.id for a in self.agencies),
                "sites": sorted(s.id for s in self.sites),
                "mentions": sorted((m.to_dict() for m in self.mentions),
                                   key=lambda m: (m["document"], m["start"]))}


class Figure(_Entity):
    """A quantity stated in a document."""
    _prefix = "figure"
    text = property(lambda self: self._str("text"))
    unit = property(lambda self: self._str("unit"))
    per = property(lambda self: self._str("per"))

    @property
    def document(self) -> Document:
        return self._corpus._document(lib.cp_figure_document(self._h))

    start = property(lambda self: lib.cp_figure_start(self._h))
    end = property(lambda self: lib.cp_figure_end(self._h))
    value = property(lambda self: lib.cp_figure_value(self._h))

    @property
    def from_value(self) -> Optional[float]:
        v = ctypes.c_double()
        return v.value if lib.cp_figure_from(self._h, ctypes.byref(v)) else None

    @property
    def kind(self) -> str:
        return _s(lib.cp_figure_kind_name(lib.cp_figure_kind_of(self._h)))

    @property
    def qualifier(self) -> str:
        return _s(lib.cp_qualifier_name(lib.cp_figure_qualifier(self._h)))

    def to_dict(self) -> dict:
        def num(v):
            return int(v) if v is not None and v == int(v) and abs(v) < 9e15 else v
        return {"document": self.document.id, "start": self.start, "end": self.end,
                "text": self.text, "value": num(self.value), "from": num(self.from_value),
                "kind": self.kind, "qualifier": self.qualifier, "unit": self.unit,
                "per": self.per}


def _free(handle, err):
    lib.cp_corpus_free(handle)
    lib.cp_error_free(err)


class Corpus:
    """A set of documents and the model read from them. Use as a context
    manager, or call close(); it is also freed when collected."""

    def __init__(self):
        out = ctypes.c_void_p()
        status = lib.cp_corpus_new(ctypes.byref(out), None)
        if status != 0:
            raise Error(status, _s(lib.cp_status_string(status)))
        self._h = out.value
        self._err = lib.cp_error_new()
        self._finalizer = weakref.finalize(self, _free, self._h, self._err)
        self._docs: Dict[int, Document] = {}

    @classmethod
    def _borrowed(cls, handle: int, err) -> "Corpus":
        """A corpus the library lends for the length of a call (a stream's
        one-document corpus): never freed from Python."""
        view = cls.__new__(cls)
        view._h = handle
        view._err = err
        view._finalizer = lambda: None
        view._docs = {}
        return view

    def close(self) -> None:
        """Free the corpus now; every object borrowed from it becomes unusable."""
        self._finalizer()
        self._h = None

    @property
    def jobs(self) -> int:
        """Threads for directory loads and streams (1 by default; setting 0
        means one per processor). The model is the same for any number."""
        return lib.cp_corpus_jobs(self._h)

    @jobs.setter
    def jobs(self, value: int) -> None:
        lib.cp_corpus_set_jobs(self._h, int(value))

    def set_keep_blocks(self, keep: bool) -> None:
        """Keep each document's blocks (clean texts and sentences, read with
        the cp_block_* functions of `lib`) after extraction, the default, or
        drop them: the model and the documents' bytes stay, in about 40%
        less memory. Applies to documents loaded later."""
        lib.cp_corpus_set_keep_blocks(self._h, bool(keep))

    def __enter__(self) -> "Corpus":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _check(self, status: int) -> None:
        if status != 0:
            raise Error._from(status, self._err)

    def load(self, path: str, keep_going: bool = False) -> None:
        """Load a file or a directory of *.txt. Raises Error; with keep_going a
        directory's good files stay loaded (see problems)."""
        self._check(lib.cp_corpus_load_path(self._h, path.encode(), KEEP_GOING if keep_going else 0,
                                            self._err))

    def load_files(self, paths: List[str], keep_going: bool = False) -> None:
        """Load a list of files as one batch, in the order given (with the
        corpus's threads)."""
        arr = (ctypes.c_char_p * len(paths))(*[p.encode() for p in paths])
        self._check(lib.cp_corpus_load_files(self._h, arr, len(paths),
                                             KEEP_GOING if keep_going else 0, self._err))

    def load_json(self, text, name: str = "json") -> None:
        """Read crimepolicy/1 JSON back (one model, or one per line): its
        documents join the corpus without their text, and entities merge by
        id, so outputs of separate runs merge into the model of one run."""
        data = text.encode("utf-8") if isinstance(text, str) else bytes(text)
        self._check(lib.cp_corpus_load_json(self._h, name.encode(), data, len(data), self._err))

    def load_json_file(self, path: str) -> None:
        self._check(lib.cp_corpus_load_json_file(self._h, path.encode(), self._err))

    def stream(self, path: str, fn, keep_going: bool = False) -> None:
        """Call fn(one) for each document of path, in path order, where `one`
        is a Corpus holding only that document, valid during the call; nothing
        is kept. fn returns False to stop. Raises what fn raises."""
        failure = []

        def call(one, doc, user):
            try:
                return fn(Corpus._borrowed(one, self._err)) is not False
            except BaseException as e:  # noqa: B036 - re-raised below
                failure.append(e)
                return False

        callback = STREAM_FN(call)
        status = lib.cp_corpus_stream(self._h, path.encode(), KEEP_GOING if keep_going else 0,
                                      callback, None, self._err)
        if failure:
            raise failure[0]
        self._check(status)

    def load_text(self, name: str, text) -> None:
        """Load one document from a str or bytes, named `name`."""
        data = text.encode("utf-8") if isinstance(text, str) else bytes(text)
        self._check(lib.cp_corpus_load_buffer(self._h, name.encode(), data, len(data), self._err))

    @property
    def problems(self) -> List[Error]:
        out = []
        for i in range(lib.cp_corpus_problem_count(self._h)):
            e = lib.cp_corpus_problem_at(self._h, i)
            out.append(Error._from(lib.cp_error_status(e), e))
        return out

    def _document(self, handle: int) -> Document:
        doc = self._docs.get(handle)
        if doc is None:
            doc = self._docs[handle] = Document(self, handle)
        return doc

    def _list(self, kind, cls) -> List:
        count = getattr(lib, f"cp_corpus_{kind}_count")(self._h)
        at = getattr(lib, f"cp_corpus_{kind}_at")
        return [cls(self, at(self._h, i)) for i in range(count)]

    @property
    def documents(self) -> List[Document]:
        return [self._document(lib.cp_corpus_document_at(self._h, i))
                for i in range(lib.cp_corpus_document_count(self._h))]

    administrations = property(lambda self: self._list("administration", Administration))
    agencies = property(lambda self: self._list("agency", Agency))
    sites = property(lambda self: self._list("site", Site))
    programs = property(lambda self: self._list("program", Program))
    figures = property(lambda self: self._list("figure", Figure))

    def _by_id(self, kind, cls, id: str):
        h = getattr(lib, f"cp_corpus_{kind}_by_id")(self._h, id.encode())
        return cls(self, h) if h else None

    def document(self, id: str) -> Optional[Document]:
        h = lib.cp_corpus_document_by_id(self._h, id.encode())
        return self._document(h) if h else None

    def administration(self, id: str) -> Optional[Administration]:
        return self._by_id("administration", Administration, id)

    def agency(self, id: str) -> Optional[Agency]:
        return self._by_id("agency", Agency, id)

    def site(self, id: str) -> Optional[Site]:
        return self._by_id("site", Site, id)

    def program(self, id: str) -> Optional[Program]:
        return self._by_id("program", Program, id)

    def to_json(self, compact: bool = False) -> str:
        """The crimepolicy/1 JSON, as the CLI's `json` prints it (compact: on
        one line, as `json --lines` prints each document)."""
        out, size = ctypes.c_void_p(), ctypes.c_size_t()
        self._check(lib.cp_corpus_to_json_ex(self._h, 1 if compact else 0, ctypes.byref(out),
                                             ctypes.byref(size)))
        try:
            return ctypes.string_at(out, size.value).decode("utf-8")
        finally:
            lib.cp_string_free(out)

    def write_json(self, file, compact: bool = False) -> None:
        """Write the bytes of to_json() (UTF-8) to a binary file object, piece
        by piece as they are made: the JSON is never held whole. Raises what
        file.write raises."""
        failure = []

        def piece(data, size, user):
            try:
                file.write(ctypes.string_at(data, size))
                return 0
            except BaseException as e:  # noqa: B036 - re-raised below
                failure.append(e)
                return 1

        lib.cp_error_clear(self._err)
        status = lib.cp_corpus_write_json(self._h, 1 if compact else 0, WRITE_FN(piece), None)
        if failure:
            raise failure[0]
        self._check(status)

    def to_dict(self) -> dict:
        return json.loads(self.to_json())

    def __iter__(self) -> Iterator[Document]:
        return iter(self.documents)

    def __len__(self) -> int:
        return lib.cp_corpus_document_count(self._h)


def merge(parts) -> str:
    """Merge crimepolicy/1 JSON texts (whole models or JSON Lines) into the
    crimepolicy/1 JSON of one model: the reduce step after a map that ran
    anywhere (threads, processes, a Dask cluster)."""
    with Corpus() as corpus:
        for i, part in enumerate(parts):
            corpus.load_json(part, name=f"part {i}")
        return corpus.to_json()
