#!/usr/bin/env bash
# Compiles the application with the benchmarks (Maven profile "bench") and copies the classes and the
# class path to bench/work/build, so that rebuilding the project during a long run changes nothing in it.
set -euo pipefail
cd "$(dirname "$0")/.."
out=bench/work/build
mkdir -p "$out"
mvn -q -B ${MAVEN_ARGS:-} -Pbench test-compile dependency:build-classpath \
    -Dmdep.outputFile="$out/deps.txt" -Dmdep.includeScope=test
rm -rf "$out/classes" "$out/test-classes"
cp -r target/classes "$out/classes"
cp -r target/test-classes "$out/test-classes"
echo "$out/test-classes:$out/classes:$(cat "$out/deps.txt")" > "$out/classpath"
