#!/usr/bin/env bash
# Load test of the whole pipeline against a running stack (e.g. deploy/run-local.sh): uploads N distinct articles
# made from seeds/ through ingest's REST API, follows each document until its article is INDEXED, then prints
# throughput and upload-to-INDEXED latency. Exits 1 if any article failed or timed out.
# Usage: deploy/load-test.sh [N] [CONCURRENCY]      (defaults 200 and 4)
# Env: INGEST_URL (http://127.0.0.1:8081), SEARCH_URL (http://127.0.0.1:8083), INGEST_API_KEY (else
#      data/ingest-api-key), LOAD_TIMEOUT (seconds to wait for INDEXED after the uploads, default 600).
# Needs bash, curl, jq (or python3), coreutils, grep, sed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N="${1:-200}" CONCURRENCY="${2:-4}" TIMEOUT="${LOAD_TIMEOUT:-600}"
INGEST_URL="${INGEST_URL:-http://127.0.0.1:8081}" SEARCH_URL="${SEARCH_URL:-http://127.0.0.1:8083}"
INGEST_API_KEY="${INGEST_API_KEY:-$(cat "$ROOT/data/ingest-api-key")}"

WORK="$(mktemp -d -t wenliu-load.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
trap 'exit 130' INT TERM
RUN="$(date +%Y%m%d%H%M%S)p$$"
export INGEST_URL INGEST_API_KEY WORK

# Status API answers (one JSON object per line) to one line per document, "-" for empty fields: id, status,
# articles, articles INDEXED, receivedAt, the articles' indexedAt (comma-separated), failure reason, article statuses.
to_tsv() {
  if command -v jq >/dev/null; then
    jq -R -r 'fromjson? | select(.id) | [.id, .status, (.articles | length),
      ([.articles[] | select(.status == "INDEXED")] | length), .receivedAt,
      ([.articles[].indexedAt | values] | join(",")), (.error.reason // ""),
      ([.articles[].status] | join(","))] | map(tostring | if . == "" then "-" else . end) | @tsv'
  else
    python3 -c 'import json, sys
for line in sys.stdin:
    try: d = json.loads(line)
    except ValueError: continue
    a = d.get("articles") or []
    row = [d["id"], d["status"], len(a), sum(x["status"] == "INDEXED" for x in a), d["receivedAt"],
           ",".join(x["indexedAt"] for x in a if x.get("indexedAt")), (d.get("error") or {}).get("reason"),
           ",".join(x["status"] for x in a)]
    print("\t".join(str(v) if v not in (None, "") else "-" for v in row))'
  fi
}

# The ingest splits a page at byline boxes (□…) and datelines (（新华社…电）): take the seeds with neither, so each
# generated file is exactly one article. A numbered paragraph with the run id makes every body hash unique.
mapfile -t SEEDS < <(grep -LE '^\s*[□■◎●▲◆☆★]|电\s*[）)]|^\s*新华社.{0,20}电' "$ROOT"/seeds/*.txt)
(( ${#SEEDS[@]} > 0 )) || { echo "no single-article seed in $ROOT/seeds" >&2; exit 2; }
mkdir "$WORK/articles"
for ((i = 1; i <= N; i++)); do
  printf -v name 'load-%s-%04d.txt' "$RUN" "$i"
  { cat "${SEEDS[$(( (i - 1) % ${#SEEDS[@]} ))]}"
    printf '\n\n（第%04d篇）本报讯 记者回访发现，第%d批复工企业已全部恢复生产，各项防控措施落实到位。编号：%s。\n' \
      "$i" "$i" "$RUN"; } > "$WORK/articles/$name"
done
echo "Run $RUN: $N articles, $(( $(cat "$WORK"/articles/* | wc -c) / 1024 )) KB from ${#SEEDS[@]} seeds," \
  "concurrency $CONCURRENCY, $INGEST_URL"

# Upload: one line per file: name, bytes, HTTP code, document id or the error answer.
upload() {
  local file="$1" out code answer
  out="$(mktemp -p "$WORK")"
  code=$(curl -s -o "$out" -w '%{http_code}' -H "X-API-Key: $INGEST_API_KEY" -H "X-File-Name: ${file##*/}" \
    -H 'Content-Type: application/octet-stream' --data-binary "@$file" "$INGEST_URL/api/documents") || true
  if [[ "$code" == 202 ]]; then answer=$(sed -n 's/.*"id":"\([^"]*\)".*/\1/p' "$out"); else answer=$(tr -d '\n' < "$out"); fi
  printf '%s\t%s\t%s\t%s\n' "${file##*/}" "$(stat -c %s "$file")" "$code" "${answer:--}"
  rm -f "$out"
}
export -f upload
start_ms=$(date +%s%3N)
printf '%s\n' "$WORK"/articles/* | xargs -d '\n' -P "$CONCURRENCY" -n 1 bash -c 'upload "$1"' _ > "$WORK/uploads.tsv"
grep $'\t202\t' "$WORK/uploads.tsv" | cut -f4 > "$WORK/pending" || true
accepted=$(wc -l < "$WORK/pending")
echo "uploads done in $(( $(date +%s%3N) - start_ms )) ms: $accepted of $N accepted (202)"

# Poll the status API, one curl for all pending documents per round, until each is finished or time is up.
: > "$WORK/ok.tsv"; : > "$WORK/failed.tsv"
deadline=$(( $(date +%s) + TIMEOUT ))
while [[ -s "$WORK/pending" ]] && (( $(date +%s) < deadline )); do
  sed "s|.*|url = \"$INGEST_URL/api/documents/&\"|" "$WORK/pending" > "$WORK/curl.cfg"
  curl -s -w '\n' -K "$WORK/curl.cfg" > "$WORK/answers" || true
  to_tsv < "$WORK/answers" > "$WORK/round.tsv"
  cp "$WORK/pending" "$WORK/asked"; : > "$WORK/pending"
  while IFS= read -r row; do
    IFS=$'\t' read -r id status n nindexed _ _ _ statuses <<< "$row"
    if [[ $status == PROCESSED && $n -gt 0 && $n == "$nindexed" ]]; then echo "$row" >> "$WORK/ok.tsv"
    elif [[ $status =~ ^(FAILED|DUPLICATE|DELETED)$ || $statuses =~ DUPLICATE|DELETED ]]; then echo "$row" >> "$WORK/failed.tsv"
    else echo "$id" >> "$WORK/pending"; fi
  done < "$WORK/round.tsv"
  # A document the status API did not answer for this round is asked again.
  cut -f1 "$WORK/round.tsv" | grep -vxFf - "$WORK/asked" >> "$WORK/pending" || true
  [[ -s "$WORK/pending" ]] && sleep 1
done

indexed=$(wc -l < "$WORK/ok.tsv") failed_pipeline=$(wc -l < "$WORK/failed.tsv") timed_out=$(wc -l < "$WORK/pending")
failed_upload=$(( N - accepted ))
echo
echo "submitted $N, accepted $accepted, INDEXED $indexed, failed $(( failed_upload + failed_pipeline )) (upload" \
  "$failed_upload, pipeline $failed_pipeline), never INDEXED within ${TIMEOUT} s: $timed_out"
if (( failed_upload > 0 )); then
  echo "upload failures (count, HTTP code, answer):"; grep -v $'\t202\t' "$WORK/uploads.tsv" | cut -f3,4 | sort | uniq -c
fi
if (( failed_pipeline > 0 )); then
  echo "pipeline failures (count, document status, reason, article statuses):"
  cut -f2,7,8 "$WORK/failed.tsv" | sort | uniq -c
fi
if (( timed_out > 0 )); then
  echo "not INDEXED (count, last document status, article statuses), e.g. $(head -1 "$WORK/pending"):"
  grep -Ff "$WORK/pending" "$WORK/round.tsv" | cut -f2,8 | sort | uniq -c
fi

# Latency per article = its indexedAt - its document's receivedAt; wall time = first receivedAt to last indexedAt
# (both server clock).
if (( indexed > 0 )); then
  : > "$WORK/lat"; first=$(( 1 << 62 )) last=0
  while IFS=$'\t' read -r _ _ _ _ received indexed_at _; do
    r=$(date -d "$received" +%s%3N); first=$(( r < first ? r : first ))
    for t in ${indexed_at//,/ }; do
      x=$(date -d "$t" +%s%3N); echo $(( x - r )) >> "$WORK/lat"; last=$(( x > last ? x : last ))
    done
  done < "$WORK/ok.tsv"
  sort -n -o "$WORK/lat" "$WORK/lat"
  count=$(wc -l < "$WORK/lat") wall=$(( last > first ? last - first : 1 ))
  bytes=$(( $(grep -Ff <(cut -f1 "$WORK/ok.tsv") "$WORK/uploads.tsv" | cut -f2 | paste -sd+) ))
  pct() { sed -n "$(( ($1 * count + 99) / 100 ))p" "$WORK/lat"; }
  dec() { printf '%d.%0*d' $(( $1 / $2 )) "$3" $(( ($1 % $2) * 10 ** $3 / $2 )); }  # $1/$2 with $3 decimals
  echo "wall time, first upload received to last INDEXED: $(dec "$wall" 1000 1) s"
  echo "throughput: $(dec $(( count * 1000 )) "$wall" 2) articles/s, $(dec $(( bytes * 1000 )) $(( wall * 1048576 )) 3) MB/s" \
    "($(( bytes / 1024 )) KB)"
  echo "latency upload to INDEXED: p50 $(dec "$(pct 50)" 1000 2) s, p95 $(dec "$(pct 95)" 1000 2) s," \
    "max $(dec "$(tail -1 "$WORK/lat")" 1000 2) s"
  # INDEXED means written; OpenSearch makes writes searchable at its next refresh (1 s), so allow a few seconds
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    hits=$(curl -s "$SEARCH_URL/api/search?q=$RUN&size=1" | sed -n 's/^{"total":\([0-9]*\).*/\1/p')
    [[ "$hits" == "$count" ]] && break
    sleep 0.5
  done
  echo "search: ${hits:-?} hits for the run id $RUN (expected $count)"
fi
(( failed_upload + failed_pipeline + timed_out == 0 ))
