#!/usr/bin/env bash
# Backup and restore of a SIPEKA deployment on MariaDB: the database, the archive folder (signed documents, their
# tables, uploaded evidence) and the self-issued signing keys, with a manifest of SHA-256 sums.
#
#   docker/cadangan.sh buat <folder-baru>        write a backup into a new folder
#   docker/cadangan.sh periksa <folder-cadangan>  check a backup against its manifest
#   docker/cadangan.sh pulihkan <folder-cadangan> restore into an EMPTY database and EMPTY folders
#
# It reads the application's own settings from the environment: SIPEKA_DB_URL
# (jdbc:mariadb://host:port/database?…), SIPEKA_DB_USER, SIPEKA_DB_PASSWORD, SIPEKA_ARSIP_DIR (./data/arsip),
# SIPEKA_KUNCI_DIR (./data/kunci). Needs mariadb-dump, mariadb and sha256sum (Debian: mariadb-client, coreutils).
#
# Why in this order: the database is dumped first (one consistent snapshot, --single-transaction), the folders
# after it. Archive files are only ever added, never changed, so every row of the dump finds its file; a document
# signed while the backup runs leaves at most a file without a row, which SIPEKA moves to .karantina/ at start-up.
# The backup holds the signing keys: keep it as safe as the server itself.
set -euo pipefail

pesan() { printf '%s\n' "$*" >&2; }
gagal() { pesan "GAGAL: $*"; exit 1; }

url=${SIPEKA_DB_URL:-}
[[ $url =~ ^jdbc:mariadb://([^:/?]+)(:([0-9]+))?/([^?]+) ]] \
  || gagal "SIPEKA_DB_URL harus berbentuk jdbc:mariadb://host:port/basisdata (sekarang: '${url}')"
db_host=${BASH_REMATCH[1]}
db_port=${BASH_REMATCH[3]:-3306}
db_nama=${BASH_REMATCH[4]}
arsip=${SIPEKA_ARSIP_DIR:-./data/arsip}
kunci=${SIPEKA_KUNCI_DIR:-./data/kunci}

# The password goes through a temporary option file, not the command line (where ps would show it).
opsi=$(mktemp)
trap 'rm -f "$opsi"' EXIT
chmod 600 "$opsi"
printf '[client]\nhost=%s\nport=%s\nuser=%s\npassword="%s"\n' "$db_host" "$db_port" "${SIPEKA_DB_USER:-root}" \
  "${SIPEKA_DB_PASSWORD:-}" >"$opsi"
sql() { mariadb --defaults-extra-file="$opsi" "$@"; }

kosong_atau_tidak_ada() { [ ! -e "$1" ] || [ -z "$(ls -A "$1")" ]; }

periksa() {
  local dari=$1
  [ -f "$dari/MANIFEST.sha256" ] || gagal "$dari/MANIFEST.sha256 tidak ada: bukan folder cadangan SIPEKA"
  (cd "$dari" && sha256sum --quiet --strict -c MANIFEST.sha256) \
    || gagal "isi cadangan $dari tidak sesuai MANIFEST.sha256 (berkas rusak atau diubah)"
  pesan "Cadangan $dari utuh: $(wc -l <"$dari/MANIFEST.sha256") berkas sesuai MANIFEST.sha256."
}

buat() {
  local ke=$1
  kosong_atau_tidak_ada "$ke" || gagal "folder tujuan $ke tidak kosong"
  mkdir -p "$ke"
  pesan "Basis data $db_nama di $db_host:$db_port → $ke/basisdata.sql"
  mariadb-dump --defaults-extra-file="$opsi" --single-transaction --quick \
    --hex-blob --default-character-set=utf8mb4 "$db_nama" >"$ke/basisdata.sql"
  mkdir -p "$ke/arsip" "$ke/kunci"
  [ ! -d "$arsip" ] || cp -a "$arsip/." "$ke/arsip/"
  [ ! -d "$kunci" ] || cp -a "$kunci/." "$ke/kunci/"
  {
    printf 'dibuat=%s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    printf 'basisdata=%s\n' "$db_nama"
    printf 'versi_skema=%s\n' "$(sql -N -e "SELECT MAX(version) FROM flyway_schema_history WHERE success = 1" "$db_nama")"
  } >"$ke/CADANGAN.txt"
  (cd "$ke" && find . -type f ! -name MANIFEST.sha256 -print0 | LC_ALL=C sort -z | xargs -0 -r sha256sum) \
    >"$ke/MANIFEST.sha256"
  pesan "Selesai: $(wc -l <"$ke/MANIFEST.sha256") berkas, manifest $ke/MANIFEST.sha256."
}

pulihkan() {
  local dari=$1
  periksa "$dari"
  local tabel
  tabel=$(sql -N -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$db_nama'")
  [ "$tabel" = 0 ] || gagal "basis data $db_nama sudah berisi $tabel tabel; pulihkan hanya ke basis data kosong"
  kosong_atau_tidak_ada "$arsip" || gagal "folder arsip $arsip tidak kosong"
  kosong_atau_tidak_ada "$kunci" || gagal "folder kunci $kunci tidak kosong"
  sql -e "CREATE DATABASE IF NOT EXISTS \`$db_nama\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  pesan "$dari/basisdata.sql → basis data $db_nama di $db_host:$db_port"
  sql "$db_nama" <"$dari/basisdata.sql"
  mkdir -p "$arsip" "$kunci"
  cp -a "$dari/arsip/." "$arsip/"
  cp -a "$dari/kunci/." "$kunci/"
  # The copies are checked again where they now lie.
  local salah arsip_abs kunci_abs
  arsip_abs=$(cd "$arsip" && pwd)
  kunci_abs=$(cd "$kunci" && pwd)
  salah=$(grep -E '  \./(arsip|kunci)/' "$dari/MANIFEST.sha256" \
    | sed -e "s#  \./arsip/#  $arsip_abs/#" -e "s#  \./kunci/#  $kunci_abs/#" \
    | sha256sum --quiet -c 2>&1 || true)
  [ -z "$salah" ] || gagal "berkas yang dipulihkan tidak sesuai manifest: $salah"
  pesan "Dipulihkan: basis data $db_nama, arsip $arsip, kunci $kunci. Jalankan SIPEKA dengan pengaturan yang sama."
}

case "${1:-}" in
  buat) [ $# -eq 2 ] || gagal "pakai: $0 buat <folder-baru>"; buat "$2" ;;
  periksa) [ $# -eq 2 ] || gagal "pakai: $0 periksa <folder-cadangan>"; periksa "$2" ;;
  pulihkan) [ $# -eq 2 ] || gagal "pakai: $0 pulihkan <folder-cadangan>"; pulihkan "$2" ;;
  *) gagal "pakai: $0 buat|periksa|pulihkan <folder>" ;;
esac
