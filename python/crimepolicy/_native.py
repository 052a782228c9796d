"""Find, load and declare libcrimepolicy (ctypes only).

The library is looked for in $CRIMEPOLICY_LIBRARY, then in the build tree
next to this package (build/lib), then on the system (ctypes.util), then by
its soname. Every function of the C API is declared here, in one table, so
no call goes through ctypes' default int return type.
"""
import ctypes
import ctypes.util
import os
from ctypes import (CFUNCTYPE, POINTER, c_bool, c_char_p, c_double, c_int, c_size_t, c_uint,
                    c_uint32, c_void_p)

# bool (*cp_stream_fn)(const cp_corpus *one, const cp_document *doc, void *user)
STREAM_FN = CFUNCTYPE(c_bool, c_void_p, c_void_p, c_void_p)
# int (*cp_write_fn)(const char *bytes, size_t size, void *user)
WRITE_FN = CFUNCTYPE(c_int, c_void_p, c_size_t, c_void_p)

MAJOR = 1

# name: (restype, argtypes), for every CP_API function of crimepolicy.h
FUNCTIONS = {
    "cp_version": (c_int, []),
    "cp_version_string": (c_char_p, []),
    "cp_status_string": (c_char_p, [c_int]),
    "cp_error_new": (c_void_p, []),
    "cp_error_free": (None, [c_void_p]),
    "cp_error_clear": (None, [c_void_p]),
    "cp_error_status": (c_int, [c_void_p]),
    "cp_error_message": (c_char_p, [c_void_p]),
    "cp_error_path": (c_char_p, [c_void_p]),
    "cp_error_line": (c_size_t, [c_void_p]),
    "cp_error_column": (c_size_t, [c_void_p]),
    "cp_error_offset": (c_size_t, [c_void_p]),
    "cp_error_format": (c_size_t, [c_void_p, c_char_p, c_size_t]),
    "cp_corpus_new": (c_int, [POINTER(c_void_p), c_void_p]),
    "cp_corpus_free": (None, [c_void_p]),
    "cp_corpus_max_document_size": (c_size_t, [c_void_p]),
    "cp_corpus_set_max_document_size": (c_int, [c_void_p, c_size_t]),
    "cp_corpus_set_extraction": (None, [c_void_p, c_bool]),
    "cp_corpus_set_keep_blocks": (None, [c_void_p, c_bool]),
    "cp_corpus_load_buffer": (c_int, [c_void_p, c_char_p, c_char_p, c_size_t, c_void_p]),
    "cp_corpus_load_file": (c_int, [c_void_p, c_char_p, c_void_p]),
    "cp_corpus_load_dir": (c_int, [c_void_p, c_char_p, c_uint32, c_void_p]),
    "cp_corpus_load_path": (c_int, [c_void_p, c_char_p, c_uint32, c_void_p]),
    "cp_path_list": (c_int, [c_char_p, POINTER(POINTER(c_char_p)), POINTER(c_size_t), c_void_p]),
    "cp_path_list_free": (None, [POINTER(c_char_p), c_size_t]),
    "cp_corpus_problem_count": (c_size_t, [c_void_p]),
    "cp_corpus_problem_at": (c_void_p, [c_void_p, c_size_t]),
    "cp_document_kind_name": (c_char_p, [c_int]),
    "cp_corpus_document_count": (c_size_t, [c_void_p]),
    "cp_corpus_document_at": (c_void_p, [c_void_p, c_size_t]),
    "cp_corpus_document_by_id": (c_void_p, [c_void_p, c_char_p]),
    "cp_document_id": (c_char_p, [c_void_p]),
    "cp_document_path": (c_char_p, [c_void_p]),
    "cp_document_size": (c_size_t, [c_void_p]),
    "cp_document_bytes": (c_char_p, [c_void_p]),
    "cp_document_date": (c_char_p, [c_void_p]),
    "cp_document_header_date": (c_char_p, [c_void_p]),
    "cp_document_dateline_date": (c_char_p, [c_void_p]),
    "cp_document_title": (c_char_p, [c_void_p]),
    "cp_document_kind_of": (c_int, [c_void_p]),
    "cp_document_body_start": (c_size_t, [c_void_p]),
    "cp_block_kind_name": (c_char_p, [c_int]),
    "cp_document_block_count": (c_size_t, [c_void_p]),
    "cp_document_block_at": (c_void_p, [c_void_p, c_size_t]),
    "cp_block_kind_of": (c_int, [c_void_p]),
    "cp_block_level": (c_size_t, [c_void_p]),
    "cp_block_line": (c_size_t, [c_void_p]),
    "cp_block_start": (c_size_t, [c_void_p]),
    "cp_block_end": (c_size_t, [c_void_p]),
    "cp_block_text": (c_char_p, [c_void_p]),
    "cp_block_text_size": (c_size_t, [c_void_p]),
    "cp_block_original_start": (c_size_t, [c_void_p, c_size_t]),
    "cp_block_original_end": (c_size_t, [c_void_p, c_size_t]),
    "cp_block_sentence_count": (c_size_t, [c_void_p]),
    "cp_block_sentence_at": (c_void_p, [c_void_p, c_size_t]),
    "cp_sentence_text_start": (c_size_t, [c_void_p]),
    "cp_sentence_text_end": (c_size_t, [c_void_p]),
    "cp_sentence_start": (c_size_t, [c_void_p]),
    "cp_sentence_end": (c_size_t, [c_void_p]),
    "cp_mention_document": (c_void_p, [c_void_p]),
    "cp_mention_start": (c_size_t, [c_void_p]),
    "cp_mention_end": (c_size_t, [c_void_p]),
    "cp_corpus_administration_count": (c_size_t, [c_void_p]),
    "cp_corpus_administration_at": (c_void_p, [c_void_p, c_size_t]),
    "cp_corpus_administration_by_id": (c_void_p, [c_void_p, c_char_p]),
    "cp_administration_id": (c_char_p, [c_void_p]),
    "cp_administration_president": (c_char_p, [c_void_p]),
    "cp_administration_party": (c_char_p, [c_void_p]),
    "cp_administration_start": (c_char_p, [c_void_p]),
    "cp_administration_end": (c_char_p, [c_void_p]),
    "cp_administration_official_count": (c_size_t, [c_void_p]),
    "cp_administration_official_at": (c_void_p, [c_void_p, c_size_t]),
    "cp_administration_document_count": (c_size_t, [c_void_p]),
    "cp_administration_document_at": (c_void_p, [c_void_p, c_size_t]),
    "cp_document_administration": (c_void_p, [c_void_p]),
    "cp_official_name": (c_char_p, [c_void_p]),
    "cp_official_role": (c_char_p, [c_void_p]),
    "cp_official_administration": (c_void_p, [c_void_p]),
    "cp_official_mention_count": (c_size_t, [c_void_p]),
    "cp_official_mention_at": (c_void_p, [c_void_p, c_size_t]),
    "cp_document_official_count": (c_size_t, [c_void_p]),
    "cp_document_official_at": (c_void_p, [c_void_p, c_size_t]),
    "cp_corpus_agency_count": (c_size_t, [c_void_p]),
    "cp_corpus_agency_at": (c_void_p, [c_void_p, c_size_t]),
    "cp_corpus_agency_by_id": (c_void_p, [c_void_p, c_char_p]),
    "cp_agency_id": (c_char_p, [c_void_p]),
    "cp_agency_name": (c_char_p, [c_void_p]),
    "cp_agency_acronym": (c_char_p, [c_void_p]),
    "cp_agency_department": (c_char_p, [c_void_p]),
    "cp_agency_mention_count": (c_size_t, [c_void_p]),
    "cp_agency_mention_at": (c_void_p, [c_void_p, c_size_t]),
    "cp_site_kind_name": (c_char_p, [c_int]),
    "cp_corpus_site_count": (c_size_t, [c_void_p]),
    "cp_corpus_site_at": (c_void_p, [c_void_p, c_size_t]),
    "cp_corpus_site_by_id": (c_void_p, [c_void_p, c_char_p]),
    "cp_site_id": (c_char_p, [c_void_p]),
    "cp_site_name": (c_char_p, [c_void_p]),
    "cp_site_state": (c_char_p, [c_void_p]),
    "cp_site_kind_of": (c_int, [c_void_p]),
    "cp_site_coordinates": (c_bool, [c_void_p, POINTER(c_double), POINTER(c_double)]),
    "cp_site_mention_count": (c_size_t, [c_void_p]),
    "cp_site_mention_at": (c_void_p, [c_void_p, c_size_t]),
    "cp_document_site_count": (c_size_t, [c_void_p]),
    "cp_document_site_at": (c_void_p, [c_void_p, c_size_t]),
    "cp_corpus_program_count": (c_size_t, [c_void_p]),
    "cp_corpus_program_at": (c_void_p, [c_void_p, c_size_t]),
    "cp_corpus_program_by_id": (c_void_p, [c_void_p, c_char_p]),
    "cp_program_id": (c_char_p, [c_void_p]),
    "cp_program_name": (c_char_p, [c_void_p]),
    "cp_program_acronym": (c_char_p, [c_void_p]),
    "cp_program_kind": (c_char_p, [c_void_p]),
    "cp_program_alias_count": (c_size_t, [c_void_p]),
    "cp_program_alias_at": (c_char_p, [c_void_p, c_size_t]),
    "cp_program_parent": (c_void_p, [c_void_p]),
    "cp_program_component_count": (c_size_t, [c_void_p]),
    "cp_program_component_at": (c_void_p, [c_void_p, c_size_t]),
    "cp_program_administration": (c_void_p, [c_void_p]),
    "cp_program_agency_count": (c_size_t, [c_void_p]),
    "cp_program_agency_at": (c_void_p, [c_void_p, c_size_t]),
    "cp_program_site_count": (c_size_t, [c_void_p]),
    "cp_program_site_at": (c_void_p, [c_void_p, c_size_t]),
    "cp_program_mention_count": (c_size_t, [c_void_p]),
    "cp_program_mention_at": (c_void_p, [c_void_p, c_size_t]),
    "cp_site_program_count": (c_size_t, [c_void_p]),
    "cp_site_program_at": (c_void_p, [c_void_p, c_size_t]),
    "cp_document_program_count": (c_size_t, [c_void_p]),
    "cp_document_program_at": (c_void_p, [c_void_p, c_size_t]),
    "cp_figure_kind_name": (c_char_p, [c_int]),
    "cp_qualifier_name": (c_char_p, [c_int]),
    "cp_corpus_figure_count": (c_size_t, [c_void_p]),
    "cp_corpus_figure_at": (c_void_p, [c_void_p, c_size_t]),
    "cp_document_figure_count": (c_size_t, [c_void_p]),
    "cp_document_figure_at": (c_void_p, [c_void_p, c_size_t]),
    "cp_figure_document": (c_void_p, [c_void_p]),
    "cp_figure_start": (c_size_t, [c_void_p]),
    "cp_figure_end": (c_size_t, [c_void_p]),
    "cp_figure_text": (c_char_p, [c_void_p]),
    "cp_figure_value": (c_double, [c_void_p]),
    "cp_figure_from": (c_bool, [c_void_p, POINTER(c_double)]),
    "cp_figure_kind_of": (c_int, [c_void_p]),
    "cp_figure_qualifier": (c_int, [c_void_p]),
    "cp_figure_unit": (c_char_p, [c_void_p]),
    "cp_figure_unit_span": (c_bool, [c_void_p, POINTER(c_size_t), POINTER(c_size_t)]),
    "cp_figure_per": (c_char_p, [c_void_p]),
    "cp_corpus_to_json": (c_int, [c_void_p, POINTER(c_void_p), POINTER(c_size_t)]),
    "cp_string_free": (None, [c_void_p]),
    # 1.1
    "cp_corpus_set_jobs": (None, [c_void_p, c_uint]),
    "cp_corpus_jobs": (c_uint, [c_void_p]),
    "cp_corpus_load_json": (c_int, [c_void_p, c_char_p, c_char_p, c_size_t, c_void_p]),
    "cp_corpus_load_json_file": (c_int, [c_void_p, c_char_p, c_void_p]),
    "cp_document_has_text": (c_bool, [c_void_p]),
    "cp_corpus_load_files": (c_int, [c_void_p, POINTER(c_char_p), c_size_t, c_uint32, c_void_p]),
    "cp_corpus_stream": (c_int, [c_void_p, c_char_p, c_uint32, STREAM_FN, c_void_p, c_void_p]),
    "cp_corpus_to_json_ex": (c_int, [c_void_p, c_uint32, POINTER(c_void_p), POINTER(c_size_t)]),
    "cp_corpus_write_json": (c_int, [c_void_p, c_uint32, WRITE_FN, c_void_p]),
}


def _candidates():
    env = os.environ.get("CRIMEPOLICY_LIBRARY")
    if env:
        yield env
    here = os.path.dirname(os.path.abspath(__file__))
    for build in ("build", "build-debug", "build-asan"):
        yield os.path.join(here, "..", "..", build, "lib", "libcrimepolicy.so.1")
    found = ctypes.util.find_library("crimepolicy")
    if found:
        yield found
    yield "libcrimepolicy.so.1"


def load():
    """Load the library, declare every function and check the major version."""
    errors = []
    for path in _candidates():
        try:
            lib = ctypes.CDLL(path)
        except OSError as e:
            errors.append(f"{path}: {e}")
            continue
        for name, (restype, argtypes) in FUNCTIONS.items():
            fn = getattr(lib, name)
            fn.restype = restype
            fn.argtypes = argtypes
        major = lib.cp_version() >> 16
        if major != MAJOR:
            raise ImportError(f"{path}: libcrimepolicy major version {major}, "
                              f"this binding needs {MAJOR}")
        return lib
    raise ImportError("libcrimepolicy not found (set CRIMEPOLICY_LIBRARY): " + "; ".join(errors))


lib = load()
