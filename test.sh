#!/usr/bin/env bash
# The project's test command: every test project, including the PostgreSQL and browser tests.
#
#   ./test.sh [extra dotnet test arguments, e.g. --filter "FullyQualifiedName~Audit"]
#
# Installs what is missing (PostgreSQL, Chromium, CJK fonts) with apt-get, starts a throwaway PostgreSQL
# server for the run, runs `dotnet test` over the solution and ends with one line: "N passed, N failed, N skipped".
# Exits with dotnet test's exit code.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$repo"
started=$SECONDS

log() { printf '==> %s\n' "$*"; }
die() { printf 'test.sh: %s\n' "$*" >&2; exit 1; }

# --- Prerequisites -------------------------------------------------------------------------------------------

pg_bindir() {
    local dir
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    [[ -n "$dir" && -x "$dir/initdb" && -x "$dir/pg_ctl" ]] && printf '%s\n' "$dir"
    return 0
}

missing=()
[[ -n "$(pg_bindir)" ]] || missing+=(postgresql)
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q 'install ok installed' || missing+=(fonts-noto-cjk)
command -v pdftotext >/dev/null && command -v pdftoppm >/dev/null || missing+=(poppler-utils)

if ((${#missing[@]} > 0)); then
    if [[ $EUID -ne 0 ]]; then
        die "missing packages: ${missing[*]}. Install them (sudo apt-get install ${missing[*]}) or run as root."
    fi
    log "Installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

command -v dotnet >/dev/null || die "the .NET SDK (dotnet) is not on PATH"
pgbin="$(pg_bindir)"
[[ -n "$pgbin" ]] || die "PostgreSQL binaries not found under /usr/lib/postgresql/*/bin"

# --- Throwaway PostgreSQL server -----------------------------------------------------------------------------

pgdir="$(mktemp -d "${TMPDIR:-/tmp}/onestop-pg.XXXXXX")"
pg_started=0

as_pg() {
    # initdb and postgres refuse to run as root; use the postgres OS user then.
    if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    if ((pg_started)); then
        as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$pgdir"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

[[ $EUID -eq 0 ]] && chown postgres: "$pgdir"
pgpass="$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
printf '%s\n' "$pgpass" >"$pgdir/pwfile"
[[ $EUID -eq 0 ]] && chown postgres: "$pgdir/pwfile"
chmod 600 "$pgdir/pwfile"

log "Starting a throwaway PostgreSQL ($("$pgbin/postgres" --version | awk '{print $3}')) in $pgdir"
as_pg "$pgbin/initdb" -D "$pgdir/data" -U postgres --pwfile="$pgdir/pwfile" \
    --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$pgdir/initdb.log" 2>&1 \
    || { cat "$pgdir/initdb.log" >&2; die "initdb failed"; }

# A free port: random candidates in the ephemeral-free range, skipping those something listens on; if the
# server still cannot bind (a race), try the next candidate.
pgport=""
for _ in $(seq 1 20); do
    candidate=$((20000 + RANDOM % 30000))
    port_in_use "$candidate" && continue
    if as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w -t 60 start \
        -o "-c listen_addresses=127.0.0.1 -p $candidate -k $pgdir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        >/dev/null 2>&1; then
        pgport=$candidate
        pg_started=1
        break
    fi
done
[[ -n "$pgport" ]] || { cat "$pgdir/server.log" >&2 || true; die "could not start PostgreSQL on a free port"; }
export ONESTOP_TEST_POSTGRES="Host=127.0.0.1;Port=$pgport;Username=postgres;Password=$pgpass;Database=postgres"
log "PostgreSQL listening on 127.0.0.1:$pgport"

# --- Shared reference data -----------------------------------------------------------------------------------

if [[ -z "${ONESTOP_SHARED_DATA:-}" && -d "$repo/../shared/data" ]]; then
    ONESTOP_SHARED_DATA="$(cd "$repo/../shared/data" && pwd)"
    export ONESTOP_SHARED_DATA
fi

# --- Tests ---------------------------------------------------------------------------------------------------

results="$repo/TestResults/test.sh"
rm -rf "$results"
mkdir -p "$results"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

log "dotnet test OneStop.slnx -c Release"
set +e
dotnet test OneStop.slnx -c Release --logger trx --results-directory "$results" "$@"
test_rc=$?
set -e

# --- Summary (aggregated over every project's TRX) -----------------------------------------------------------

# Counted from the test results themselves: <Counters> leaves xunit's skipped tests out of every field.
outcomes="$(find "$results" -name '*.trx' -print0 \
    | xargs -0 -r grep -ho '<UnitTestResult [^>]*>' \
    | grep -o ' outcome="[A-Za-z]*"' | sed 's/.*="\(.*\)"/\1/' || true)"
count() { grep -cx "$1" <<<"$outcomes" || true; }
passed=$(count Passed)
failed=$(($(count Failed) + $(count Error) + $(count Timeout) + $(count Aborted)))
skipped=$(($(count NotExecuted) + $(count Inconclusive)))
trx_count=$(find "$results" -name '*.trx' | wc -l)

elapsed=$((SECONDS - started))
log "TRX: $trx_count file(s) in $results; took $((elapsed / 60))m$((elapsed % 60))s; dotnet test exit code $test_rc"
if ((test_rc != 0 && failed == 0)); then
    log "dotnet test failed without a failed test in the TRX (build error or crashed test host?)"
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$test_rc"
