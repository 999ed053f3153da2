#!/usr/bin/env bash
# Stands in for the docker CLI when quarkus-container-image-jib "loads" an image, so that images are built without a
# Docker daemon: the image (docker-archive format, `docker load -i` reads it) goes to target/images/<name>.tar.
# Jib asks this program only "info" (the platform to build for) and "load" (the image on stdin).
set -euo pipefail
out="${WENLIU_IMAGE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)/target/images}"
case "${1:-}" in
  info)
    echo '{"OSType":"linux","Architecture":"x86_64"}'
    ;;
  load)
    mkdir -p "$out"
    tmp="$(mktemp "$out/.image.XXXXXX")"
    cat > "$tmp"
    name="$(tar -xOf "$tmp" manifest.json | sed -n 's/.*"RepoTags":\["\([^"]*\)".*/\1/p')"
    file="$out/$(printf '%s' "${name##*/}" | tr ':' '-').tar"
    chmod 644 "$tmp"
    mv "$tmp" "$file"
    echo "Loaded image: $name ($file)"
    ;;
  *)
    echo "jib-tar.sh stands in for docker only for 'info' and 'load', not: $*" >&2
    exit 2
    ;;
esac
