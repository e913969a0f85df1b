#!/usr/bin/env bash
# Build the Debian package dist/clientjournal_<version>_amd64.deb from a clean clone.
#
#   bash build/package.sh                 PyInstaller build (build/build.sh), then the .deb
#   bash build/package.sh --reuse-build   package an existing build/dist/clientjournal of this
#                                         version (CI: the frozen-build step just made it)
#
# The package installs the one-folder build under /opt/clientjournal, /usr/bin/clientjournal (a
# symlink), the .desktop file, the icon (SVG and PNGs 16–512 px, hicolor theme), a man page and
# /usr/share/doc/clientjournal. Shared libraries that PyInstaller copied from Debian (libX11,
# libxcb-*, fontconfig, glib, …) are left out; `Depends:` names their Debian packages, computed by
# dpkg-shlibdeps from every ELF file in the package (so apt installs them and Debian's security
# updates apply). What stays bundled is what Debian 12 does not have in that version: Python 3.11.7,
# PySide6/Qt 6.11, ICU 73.
#
# Needs Debian/Ubuntu with dpkg-dev (dpkg-shlibdeps) and, for dpkg-shlibdeps to resolve them, the
# Debian libraries the bundle links against; as root, missing ones are installed with apt-get.
# Staging happens in build/work/deb/ (git-ignored). Check the result: lintian dist/*.deb, and
# CLIENTJOURNAL_TEST_PACKAGE=1 .venv/bin/python -m pytest tests/test_package.py (fresh Debian 12).
set -euo pipefail
cd "$(dirname "$0")/.."

reuse=0
case ${1:-} in
  --reuse-build) reuse=1 ;;
  "") ;;
  *) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac

say() { echo "package: $*" >&2; }
die() { say "$*"; exit 1; }

# --- host tools and the libraries dpkg-shlibdeps must find ------------------------------------
# Libraries the bundled Qt plugins link against that a desktop has but a build host may lack.
HOST_LIBS=(libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libwayland-cursor0 libwayland-egl1)
need=()
command -v dpkg-shlibdeps >/dev/null || need+=(dpkg-dev)
command -v desktop-file-validate >/dev/null || need+=(desktop-file-utils)
command -v patchelf >/dev/null || need+=(patchelf)
command -v python3 >/dev/null || need+=(python3)
for deb in "${HOST_LIBS[@]}"; do dpkg -s "$deb" >/dev/null 2>&1 || need+=("$deb"); done
if (( ${#need[@]} )); then
  [[ $(id -u) -eq 0 ]] || die "missing on this machine: ${need[*]} (sudo apt-get install ${need[*]})"
  say "installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

[[ -x .venv/bin/python ]] || bash scripts/setup.sh
# Who the package names as its maintainer (control file and changelog): DEBFULLNAME/DEBEMAIL.
maintainer="${DEBFULLNAME:-Client Journal developers} <${DEBEMAIL:-maintainers@clientjournal.example.org}>"
version=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
arch=$(dpkg --print-architecture)
[[ $arch == amd64 ]] || die "this recipe builds amd64 packages only (this machine: $arch)"

# --- the frozen app -------------------------------------------------------------------------
app=build/dist/clientjournal
if (( reuse )) && [[ -x $app/clientjournal && -d $app/_internal/clientjournal-$version.dist-info ]]; then
  say "reusing $app (version $version)"
else
  (( reuse )) && say "no build of version $version in $app: building"
  bash build/build.sh
fi
[[ -d $app/_internal/clientjournal-$version.dist-info ]] || die "$app is not version $version"

# --- stage the package tree -----------------------------------------------------------------
work=build/work/deb
root=$work/root
rm -rf "$work"
mkdir -p "$root/opt" "$root/usr/bin" "$root/DEBIAN"
cp -a "$app" "$root/opt/clientjournal"
internal=$root/opt/clientjournal/_internal

# Debian's own libraries, copied in by PyInstaller from this (Debian) host: leave them to apt.
# Only top-level files of _internal/ that a Debian package on this host owns; Python (pyenv's
# 3.11.7, not Debian's 3.11.2), Qt/PySide6 and ICU 73 come from the wheels and stay.
dropped=()
for lib in "$internal"/lib*.so*; do
  name=${lib##*/}
  case $name in libpython* | libQt6* | libpyside6* | libshiboken6* | libicu*) continue ;; esac
  for dir in /usr/lib/x86_64-linux-gnu /lib/x86_64-linux-gnu; do
    if dpkg -S "$dir/$name" >/dev/null 2>&1; then
      rm -f "$lib"
      dropped+=("$name")
      break
    fi
  done
done
say "left to Debian (${#dropped[@]}): ${dropped[*]}"

# RUNPATHs that name the build machine (pyenv's lib folder in Python's own modules) point nowhere
# on the user's machine: drop them. Those relative to $ORIGIN (Qt finding its libraries and
# plugins inside the bundle) stay.
runpaths=0
while IFS= read -r -d '' file; do
  head -c4 "$file" | grep -q ELF || continue
  runpath=$(patchelf --print-rpath "$file" 2>/dev/null) || continue
  [[ -n $runpath ]] || continue
  kept=$(tr ':' '\n' <<<"$runpath" | grep '^\$ORIGIN' | paste -sd: || true)
  [[ $kept == "$runpath" ]] && continue
  if [[ -n $kept ]]; then patchelf --set-rpath "$kept" "$file"; else patchelf --remove-rpath "$file"; fi
  runpaths=$((runpaths + 1))
done < <(find "$root/opt" -type f -print0)
say "dropped build-machine RUNPATHs from $runpaths files"

# Permissions as Debian wants them: shared objects not executable, everything readable.
find "$root" -type d -exec chmod 0755 {} +
find "$root" -type f -exec chmod 0644 {} +
chmod 0755 "$root/opt/clientjournal/clientjournal"
ln -s /opt/clientjournal/clientjournal "$root/usr/bin/clientjournal"

share=$root/usr/share
desktop-file-validate clientjournal/resources/clientjournal.desktop
install -Dm0644 clientjournal/resources/clientjournal.desktop "$share/applications/clientjournal.desktop"
install -Dm0644 clientjournal/resources/icons/clientjournal.svg "$share/icons/hicolor/scalable/apps/clientjournal.svg"
.venv/bin/python build/render_icons.py "$share/icons/hicolor" >/dev/null
find "$share/icons" -type f -exec chmod 0644 {} +

# Dates from the last commit, so that the same commit packages the same way.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
changelog_date=$(LC_ALL=C date -u -d "@$SOURCE_DATE_EPOCH" -R)
man_date=$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%d)
doc=$share/doc/clientjournal
install -Dm0644 build/deb/copyright "$doc/copyright"
# A native package (the version has no Debian revision): its changelog is changelog.gz.
sed -e "s/@VERSION@/$version/g" -e "s/@DATE@/$changelog_date/" -e "s/@MAINTAINER@/$maintainer/" \
  build/deb/changelog.in | gzip -9n > "$doc/changelog.gz"
mkdir -p "$share/man/man1"
sed -e "s/@VERSION@/$version/g" -e "s/@DATE@/$man_date/" build/deb/clientjournal.1 \
  | gzip -9n > "$share/man/man1/clientjournal.1.gz"
install -Dm0644 build/deb/lintian-overrides "$share/lintian/overrides/clientjournal"
chmod 0644 "$doc/changelog.gz" "$share/man/man1/clientjournal.1.gz"

# --- Depends: what the ELF files link against, as Debian packages ------------------------------
# dpkg-shlibdeps maps every needed library that is not in the package to its Debian package and
# the lowest version with the symbols used. Libraries inside the package are found through -l and
# need no package (--ignore-missing-info). libqgtk3.so is left out: Qt loads that theme plugin only
# where GTK 3 is installed already, and the app must not pull in GTK.
mkdir -p "$work/src/debian"
printf 'Source: clientjournal\n\nPackage: clientjournal\nArchitecture: amd64\n' > "$work/src/debian/control"
mapfile -t elves < <(find "$root/opt" -type f \( -name '*.so' -o -name '*.so.*' -o -perm -u+x \) \
  ! -name libqgtk3.so -exec sh -c 'head -c4 "$1" | grep -q "ELF" && echo "$1"' _ {} \; | sort)
mapfile -t libdirs < <(for f in "${elves[@]}"; do dirname "$(realpath "$f")"; done | sort -u)
top=$PWD
shlibs=$(cd "$work/src" && dpkg-shlibdeps -O --ignore-missing-info \
  "${libdirs[@]/#/-l}" "${elves[@]/#/-e$top/}" 2>"$top/$work/shlibdeps.log") || {
  cat "$work/shlibdeps.log" >&2
  die "dpkg-shlibdeps failed (a library above is not installed on this machine?)"
}
depends=${shlibs#shlibs:Depends=}
# Not linked, but read at run time: xkbcommon's keyboard layouts (typing under X11 and Wayland).
depends="$depends, xkb-data"

# --- control file and the .deb ---------------------------------------------------------------
installed_size=$(du -sk --apparent-size "$root" --exclude=DEBIAN | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@INSTALLED_SIZE@/$installed_size/" -e "s/@DEPENDS@/$depends/" \
  -e "s/@MAINTAINER@/$maintainer/" build/deb/control.in > "$root/DEBIAN/control"
chmod 0644 "$root/DEBIAN/control"

mkdir -p dist
deb=dist/clientjournal_${version}_${arch}.deb
rm -f "$deb"
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
say "Depends: $depends"
say "$deb: $(du -h --apparent-size "$deb" | cut -f1) ($(stat -c %s "$deb") bytes), installed $((installed_size / 1024)) MB"
echo "$deb"
