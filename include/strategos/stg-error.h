/* stg-error.h: the errors of opening, reading and editing a strategy file */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * StgStoreError:
 * @STG_STORE_ERROR_NOT_FOUND: the file does not exist
 * @STG_STORE_ERROR_EXISTS: creating a file that already exists
 * @STG_STORE_ERROR_NOT_REGULAR: a directory, a FIFO, a device...
 * @STG_STORE_ERROR_FOREIGN: not a Strategos file (empty, not SQLite, or
 *   another program's SQLite database)
 * @STG_STORE_ERROR_CORRUPT: a Strategos file that is damaged or truncated
 * @STG_STORE_ERROR_TOO_NEW: written by a newer Strategos (schema version)
 * @STG_STORE_ERROR_TOO_OLD: needs upgrading but was opened read-only
 * @STG_STORE_ERROR_TAMPERED: its schema was changed outside Strategos
 * @STG_STORE_ERROR_READ_ONLY: the file or its folder cannot be written
 * @STG_STORE_ERROR_IO: reading or writing failed (disk full, I/O error)
 * @STG_STORE_ERROR_BUSY: another program holds the file locked
 * @STG_STORE_ERROR_INVALID: a value that the model does not allow
 * @STG_STORE_ERROR_IN_USE: deleting an item that others still depend on
 * @STG_STORE_ERROR_NO_SUCH_ITEM: an id that is not (or no longer) there
 * @STG_STORE_ERROR_DUPLICATE: an item or link that already exists
 * @STG_STORE_ERROR_NOTHING_TO_UNDO: undo or redo with an empty history
 * @STG_STORE_ERROR_LOCKED: another Strategos window or process has the file
 *   open for editing (it may still be opened read-only)
 * @STG_STORE_ERROR_FAILED: anything else (the message says what)
 */
typedef enum {
  STG_STORE_ERROR_NOT_FOUND,
  STG_STORE_ERROR_EXISTS,
  STG_STORE_ERROR_NOT_REGULAR,
  STG_STORE_ERROR_FOREIGN,
  STG_STORE_ERROR_CORRUPT,
  STG_STORE_ERROR_TOO_NEW,
  STG_STORE_ERROR_TOO_OLD,
  STG_STORE_ERROR_TAMPERED,
  STG_STORE_ERROR_READ_ONLY,
  STG_STORE_ERROR_IO,
  STG_STORE_ERROR_BUSY,
  STG_STORE_ERROR_INVALID,
  STG_STORE_ERROR_IN_USE,
  STG_STORE_ERROR_NO_SUCH_ITEM,
  STG_STORE_ERROR_DUPLICATE,
  STG_STORE_ERROR_NOTHING_TO_UNDO,
  STG_STORE_ERROR_LOCKED,
  STG_STORE_ERROR_FAILED,
} StgStoreError;

#define STG_STORE_ERROR (stg_store_error_quark ())
GQuark stg_store_error_quark (void);

G_END_DECLS
