#!/usr/bin/env bash
# Build the citynet-analysis stable plugin against an unpacked Elasticsearch.
#
#   build.sh ES_HOME [OUT_DIR]
#
# Compiles src/ with javac against the jars in ES_HOME/lib (no Gradle, no Maven),
# and writes OUT_DIR/citynet-analysis.zip (default OUT_DIR: <repo>/.cache/elasticsearch-analysis)
# plus citynet-analysis.zip.sha256. The zip is byte-reproducible (fixed timestamps, sorted
# entries), so its checksum only changes when the sources or the ES version change.
# Skips the build when an up-to-date zip exists. Prints the zip path as the last line.
set -euo pipefail

PLUGIN_NAME=citynet-analysis
PLUGIN_VERSION=1.0.0
JAVA_RELEASE=17

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
ES_HOME=${1:?usage: build.sh ES_HOME [OUT_DIR]}
ES_HOME=$(cd "$ES_HOME" && pwd)
OUT_DIR=${2:-$REPO/.cache/elasticsearch-analysis}
JAVA_HOME=${JAVA_HOME:-${ES_JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}}
JAVAC=$JAVA_HOME/bin/javac
[ -x "$JAVAC" ] || JAVAC=$(command -v javac) || { echo "build.sh: javac not found (install openjdk-17-jdk-headless)" >&2; exit 1; }
command -v zip >/dev/null || { echo "build.sh: zip not found (apt-get install zip)" >&2; exit 1; }

lib_jar() { # lib_jar PREFIX -> the single ES_HOME/lib/PREFIX-<version>.jar
    local matches=("$ES_HOME"/lib/"$1"-[0-9]*.jar)
    [ -f "${matches[0]}" ] || { echo "build.sh: no $1-*.jar in $ES_HOME/lib" >&2; exit 1; }
    echo "${matches[0]}"
}
API_JAR=$(lib_jar elasticsearch-plugin-api)
ANALYSIS_API_JAR=$(lib_jar elasticsearch-plugin-analysis-api)
LUCENE_CORE_JAR=$(lib_jar lucene-core)
LUCENE_COMMON_JAR=$(lib_jar lucene-analysis-common)
ES_VERSION=${API_JAR##*/elasticsearch-plugin-api-}
ES_VERSION=${ES_VERSION%.jar}

mkdir -p "$OUT_DIR"
ZIP=$OUT_DIR/$PLUGIN_NAME.zip
# Everything that determines the output goes into the build key.
BUILD_KEY=$( {
    echo "$PLUGIN_NAME $PLUGIN_VERSION es=$ES_VERSION release=$JAVA_RELEASE"
    "$JAVAC" -version 2>&1
    cd "$HERE" && find src build.sh -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum
} | sha256sum | cut -d' ' -f1)
if [ -f "$ZIP" ] && [ -f "$ZIP.sha256" ] && [ "$(cat "$OUT_DIR/.build-key" 2>/dev/null)" = "$BUILD_KEY" ]; then
    echo "build.sh: $ZIP is up to date" >&2
    echo "$ZIP"
    exit 0
fi

WORK=$OUT_DIR/build
rm -rf "$WORK"
mkdir -p "$WORK/classes" "$WORK/plugin"
mapfile -t SOURCES < <(find "$HERE/src" -name '*.java' | LC_ALL=C sort)
echo "build.sh: compiling ${#SOURCES[@]} sources against Elasticsearch $ES_VERSION" >&2
"$JAVAC" --release "$JAVA_RELEASE" -encoding UTF-8 -Xlint:all -Werror -implicit:none \
    -cp "$API_JAR:$ANALYSIS_API_JAR:$LUCENE_CORE_JAR:$LUCENE_COMMON_JAR" \
    -d "$WORK/classes" "${SOURCES[@]}"

# named_components.json: { "<extensible interface>": { "<component name>": "<class>" } },
# generated from the @NamedComponent annotations so it cannot drift from the sources.
{
    echo "{"
    first_iface=1
    for iface in CharFilterFactory TokenFilterFactory TokenizerFactory; do
        entries=()
        for f in "${SOURCES[@]}"; do
            grep -q "implements $iface\b" "$f" || continue
            name=$(sed -n 's/^@NamedComponent("\([^"]*\)").*/\1/p' "$f")
            pkg=$(sed -n 's/^package \([^;]*\);.*/\1/p' "$f")
            cls=$(basename "$f" .java)
            [ -n "$name" ] && [ -n "$pkg" ] || { echo "build.sh: cannot parse $f" >&2; exit 1; }
            entries+=("    \"$name\": \"$pkg.$cls\"")
        done
        [ "${#entries[@]}" -gt 0 ] || continue
        [ "$first_iface" = 1 ] || echo "  },"
        first_iface=0
        echo "  \"org.elasticsearch.plugin.analysis.$iface\": {"
        (IFS=$'\n'; echo "${entries[*]}" | sed '$!s/$/,/')
    done
    [ "$first_iface" = 1 ] || echo "  }"
    echo "}"
} > "$WORK/plugin/named_components.json"

cat > "$WORK/plugin/stable-plugin-descriptor.properties" <<EOF
description=CityNet language analysis token filters (Greek, German, English, Russian, Arabic, Persian, folding) wrapping lucene-analysis-common
version=$PLUGIN_VERSION
name=$PLUGIN_NAME
java.version=$JAVA_RELEASE
elasticsearch.version=$ES_VERSION
modular=false
EOF

# Reproducible archives: fixed mtimes, sorted entries, no extra attributes.
export TZ=UTC
find "$WORK/classes" "$WORK/plugin" -exec touch -h -d '2000-01-01 00:00:00' {} +
(cd "$WORK/classes" && find . -type f | LC_ALL=C sort | zip -q -X -D "$WORK/plugin/$PLUGIN_NAME-$PLUGIN_VERSION.jar" -@)
touch -d '2000-01-01 00:00:00' "$WORK/plugin/$PLUGIN_NAME-$PLUGIN_VERSION.jar"
rm -f "$ZIP"
(cd "$WORK/plugin" && find . -type f | LC_ALL=C sort | zip -q -X -D "$ZIP" -@)
sha256sum "$ZIP" | cut -d' ' -f1 > "$ZIP.sha256"
echo "$BUILD_KEY" > "$OUT_DIR/.build-key"
echo "build.sh: built $ZIP (sha256 $(cat "$ZIP.sha256"))" >&2
echo "$ZIP"
