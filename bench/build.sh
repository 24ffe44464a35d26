#!/usr/bin/env bash
# Compiles the application with the benchmarks (Maven profile "bench") and copies the classes and the
# class path to DIR (each run its own), so that rebuilding the project during a long run changes
# nothing in it. Usage: bench/build.sh DIR; DIR/classpath is then the class path to run with.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: bench/build.sh DIR}
mkdir -p "$out"
mvn -q -B ${MAVEN_ARGS:-} -Pbench test-compile dependency:build-classpath \
    -Dmdep.outputFile="$out/deps.txt" -Dmdep.includeScope=test
rm -rf "$out/classes" "$out/test-classes"
cp -r target/classes "$out/classes"
cp -r target/test-classes "$out/test-classes"
echo "$out/test-classes:$out/classes:$(cat "$out/deps.txt")" > "$out/classpath"
