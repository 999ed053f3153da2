#!/usr/bin/env bash
# Builds a JVM base image from Debian's packages (debootstrap: bookworm, openjdk-17-jre-headless, ca-certificates)
# into target/images/base-jre17.tar, for machines that reach Debian's mirror but no container registry. Then:
#   ./mvnw -B package -DskipTests -Pimages -Dquarkus.jib.base-jvm-image=tar://$PWD/target/images/base-jre17.tar
# Needs root (debootstrap) and about 400 MB of disk; takes a few minutes.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$root/target/images"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out" "$work/image"
debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates \
  bookworm "$work/rootfs" "${DEBIAN_MIRROR:-http://deb.debian.org/debian}" >"$work/debootstrap.log" \
  || { tail -20 "$work/debootstrap.log" >&2; exit 1; }
rm -rf "$work"/rootfs/var/cache/apt/archives/*.deb "$work"/rootfs/var/lib/apt/lists/* \
  "$work"/rootfs/usr/share/doc "$work"/rootfs/usr/share/man "$work"/rootfs/usr/share/locale
tar --numeric-owner --sort=name --mtime=@0 -C "$work/rootfs" -cf "$work/image/layer.tar" .
diff_id="sha256:$(sha256sum "$work/image/layer.tar" | cut -d' ' -f1)"
cat >"$work/image/config.json" <<JSON
{"architecture":"amd64","os":"linux","config":{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64","LANG=C.UTF-8"]},"rootfs":{"type":"layers","diff_ids":["$diff_id"]}}
JSON
echo '[{"Config":"config.json","RepoTags":["wenliu/base-jre17:bookworm"],"Layers":["layer.tar"]}]' \
  >"$work/image/manifest.json"
tar -C "$work/image" -cf "$out/base-jre17.tar" manifest.json config.json layer.tar
echo "$out/base-jre17.tar ($(du -h "$out/base-jre17.tar" | cut -f1))"
