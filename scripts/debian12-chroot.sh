#!/usr/bin/env bash
# Runs the README's test command (scripts/run-tests.sh) as root on a pristine Debian 12, the way a
# new user would: a minbase bookworm chroot, a fresh clone, nothing from this machine's PATH.
#   scripts/debian12-chroot.sh [--ccache DIR] [--env NAME=VALUE]... CHROOT [COMMIT]
#     CHROOT   made with `debootstrap --variant=minbase bookworm` if it does not exist, else reused
#              (copy a pristine one first with `cp -a` so each trial starts clean)
#     COMMIT   commit or branch of this repository to test (default HEAD)
#     --ccache DIR  share DIR as the chroot's compiler cache. This does not make the chroot less
#              pristine: ccache only returns an object file for identical preprocessed source,
#              compiler and flags, so it saves compile time and changes no package, file or
#              result the tests see.
#     --env NAME=VALUE  add this variable to the root shell's environment, e.g. --env CI=true to
#              run as a CI service does (Yarn and pnpm change their defaults when they see CI).
# Needs root (debootstrap, chroot, mount). Set DEBIAN_MIRROR to use another apt source.
set -euo pipefail

ccache_dir=""
extra_env=()
while (($# >= 2)); do
    case "$1" in
    --ccache) ccache_dir=$(realpath -m "$2") ;;
    --env) extra_env+=("$2") ;;
    *) break ;;
    esac
    shift 2
done
if (($# < 1 || $# > 2)); then
    sed -n '2,14p' "$0" >&2
    exit 2
fi
chroot_dir=$(realpath -m "$1")
commit=${2:-HEAD}
repo=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

if [[ $(id -u) -ne 0 ]]; then
    echo "debian12-chroot: must run as root" >&2
    exit 2
fi

if [[ ! -x "$chroot_dir/bin/bash" ]]; then
    echo "debian12-chroot: debootstrap minbase bookworm into $chroot_dir"
    debootstrap --variant=minbase bookworm "$chroot_dir" "$mirror"
fi
# The same suites a Debian 12 installer sets up, from the same mirror as debootstrap.
rm -f "$chroot_dir/etc/apt/sources.list"
cat >"$chroot_dir/etc/apt/sources.list.d/debian.sources" <<EOF
Types: deb
URIs: $mirror
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: ${mirror%/debian}/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
cp -L /etc/resolv.conf "$chroot_dir/etc/resolv.conf"
# debootstrap leaves /etc/hosts to the host; the Debian installer writes this one, so "localhost"
# resolves on every installed Debian 12 and must here too.
if [[ ! -s "$chroot_dir/etc/hosts" ]]; then
    printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' \
        > "$chroot_dir/etc/hosts"
fi
# The network of this machine may re-sign TLS (an egress proxy); a user's machine on it would
# trust that CA too. Public certificates only: the ca-certificates package, once install-deps.sh
# installs it, adds them to the system store, and npm can then reach its registry.
if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
    mkdir -p "$chroot_dir/usr/local/share/ca-certificates"
    cp /usr/local/share/ca-certificates/*.crt "$chroot_dir/usr/local/share/ca-certificates/"
fi

mounted=()
cleanup() {
    local i
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount -l "${mounted[i]}" || echo "debian12-chroot: could not unmount ${mounted[i]}" >&2
    done
}
trap cleanup EXIT
bind() {
    mkdir -p "$2"
    mount --bind "$1" "$2"
    mounted+=("$2")
}
bind /proc "$chroot_dir/proc"
bind /sys "$chroot_dir/sys"
bind /dev "$chroot_dir/dev"
bind /dev/pts "$chroot_dir/dev/pts"
ccache_env=()
if [[ -n "$ccache_dir" ]]; then
    mkdir -p "$ccache_dir"
    bind "$ccache_dir" "$chroot_dir/var/cache/mirrordeck-ccache"
    ccache_env=(CCACHE_DIR=/var/cache/mirrordeck-ccache)
fi

# A fresh clone, as a user would have: no build tree, no untracked files from this checkout.
src=/root/mirrordeck
rm -rf "${chroot_dir:?}$src"
git clone --quiet --no-hardlinks "$repo" "$chroot_dir$src"
git -C "$chroot_dir$src" checkout --quiet --detach "$(git -C "$repo" rev-parse "$commit")"
echo "debian12-chroot: testing $(git -C "$chroot_dir$src" log --oneline -1)"

# A root login shell's environment and nothing else (no USER, no locale, no proxy, no GOPATH).
start=$(date +%s)
status=0
chroot "$chroot_dir" /usr/bin/env -i \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root TERM=dumb \
    "${ccache_env[@]}" "${extra_env[@]}" /bin/bash -c "cd $src && scripts/run-tests.sh" || status=$?
echo "debian12-chroot: scripts/run-tests.sh exited $status after $(($(date +%s) - start)) s"
exit "$status"
