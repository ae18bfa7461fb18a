#!/bin/sh
# mime-check.sh: the file type Strategos installs recognises a strategy by
# its name and, renamed, by its content; a plain SQLite file is not one.
# Usage: mime-check.sh STRATEGOS MIME-XML
set -eu
strategos=$1
mime_xml=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/share/mime/packages"
cp "$mime_xml" "$work/share/mime/packages/"
XDG_DATA_DIRS="$work/share:/usr/share" update-mime-database "$work/share/mime"
"$strategos" new "$work/a.strategos" --sample >/dev/null
cp "$work/a.strategos" "$work/renamed.bin"
printf 'SQLite format 3\000' >"$work/other.bin"
head -c 84 /dev/zero >>"$work/other.bin"

type_of() {
  XDG_DATA_HOME="$work/share" XDG_DATA_DIRS="$work/share:/usr/share" \
    gio info -a standard::content-type "$1" | sed -n 's/.*standard::content-type: //p'
}

status=0
for f in a.strategos renamed.bin; do
  t=$(type_of "$work/$f")
  if [ "$t" = application/x-strategos ]; then echo "ok: $f is $t"; else echo "FAIL: $f is $t"; status=1; fi
done
t=$(type_of "$work/other.bin")
if [ "$t" != application/x-strategos ]; then echo "ok: another SQLite file is $t"; else echo "FAIL: another SQLite file is $t"; status=1; fi
exit $status
