/* Files: reading a document into the arena and finding the documents under a
 * directory. */
#ifndef CPI_FS_H
#define CPI_FS_H

#include "model.h"

/* Read the regular file at `path` into the arena (size bytes and a NUL). */
cp_status cpi_read_file(cpi_arena *arena, const char *path, size_t max_size,
                        char **bytes_out, size_t *size_out, cp_error *err);

typedef struct cpi_path_list {
    const cpi_mem *mem;
    char **paths;
    size_t count, cap;
    /* true: one heap block, the pointers then the paths (one malloc, one
     * free); false: each path a heap string of its own */
    bool one_block;
} cpi_path_list;

/* Every "*.txt" under `dir`, recursively, each directory's entries in byte
 * order; symlinked directories are entered once, so loops end; a file reached
 * twice is listed once. The list is one block (one_block). */
cp_status cpi_list_documents(const cpi_mem *mem, const char *dir, cpi_path_list *out,
                             cp_error *err);
/* A list of the one path, as one block. CP_ERR_NOMEM when out of memory. */
cp_status cpi_path_list_one(const cpi_mem *mem, const char *path, cpi_path_list *out);
void cpi_path_list_free(cpi_path_list *list);

/* 1 for a directory, 0 for anything else that exists; CP_ERR_* (as a negative
 * number) when it cannot be examined. */
int cpi_path_is_dir(const char *path, cp_error *err);

#endif
