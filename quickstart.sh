#!/usr/bin/env bash
# Quotelens quick start: installs what is missing (Debian), configures, builds, then
#   ./quickstart.sh run [ARTICLE]   opens the GUI on the bundled sample article (or ARTICLE)
#   ./quickstart.sh test            runs the whole test suite with ctest
#   ./quickstart.sh build           only builds
# Environment: BUILD_DIR (default build), QUOTELENS_WERROR=ON to make warnings errors.
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(cmake ninja-build g++ pkg-config qt6-base-dev libgl-dev catch2 nlohmann-json3-dev
          libcli11-dev xvfb xauth fonts-dejavu-core libgumbo-dev libcmark-dev libcurl4-openssl-dev python3-jsonschema)
BUILD_DIR=${BUILD_DIR:-build}

install_missing() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing Debian packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    install_missing
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
          -DQUOTELENS_WERROR="${QUOTELENS_WERROR:-OFF}" >/dev/null
    cmake --build "$BUILD_DIR" --parallel
}

case "${1:-}" in
    build)
        build ;;
    run)
        build
        article=${2:-resources/samples/harbour-bridge.txt}
        if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
            echo "No display found: starting under xvfb-run (nothing will be visible)." >&2
            exec xvfb-run -a "$BUILD_DIR/bin/quotelens" "$article"
        fi
        exec "$BUILD_DIR/bin/quotelens" "$article" ;;
    test)
        build
        (cd "$BUILD_DIR" && ctest --output-on-failure --timeout 300)
        tests/check_test_counts.sh "$BUILD_DIR" ;;
    *)
        echo "usage: $0 run [ARTICLE] | test | build" >&2
        exit 2 ;;
esac
