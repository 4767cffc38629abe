# Sourced by the launchers (./xianzhi, xianzhi-spark/spark.sh): builds a module with Maven when its jar is missing or
# older than any source, pom or resource of the project, and shows Maven's log only when the build fails.
# Usage: build_when_needed ROOT JAR MODULE
build_when_needed() {
  local root="$1" jar="$2" module="$3"
  if [ -f "$jar" ] && [ -z "$(find "$root" -path "$root/xianzhi-*/target" -prune -o \( -name '*.java' -o -name 'pom.xml' \
      -o -path '*/src/main/resources/*' \) -newer "$jar" -print -quit 2>/dev/null)" ]; then
    return 0
  fi
  echo "xianzhi: building $module (mvn package, tests skipped)…" >&2
  local log
  log="$(mktemp)"
  if ! (cd "$root" && mvn -B -DskipTests package -pl "$module" -am) >"$log" 2>&1; then
    cat "$log" >&2
    echo "xianzhi: the build failed (log above)" >&2
    rm -f "$log"
    exit 1
  fi
  rm -f "$log"
  touch "$jar"
}
