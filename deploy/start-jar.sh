#!/usr/bin/env bash
# Starts the packaged application the fast way (issue "Every page at the speed of Spring": cold start).
#
#   deploy/start-jar.sh [path/to/congress.jar] [application arguments…]
#
# A Spring Boot jar nests its libraries, and the JVM can neither map nested jars into a class archive nor read them
# as fast as plain files. So the first start extracts the jar next to it (once per build of the jar) and trains an
# archive with a run that stops right after the context is built: it needs no database (Flyway and Hibernate's
# metadata look-ups are switched off for it). Every start after that maps the classes from the archive instead of
# loading, verifying and linking them again.
#  - On a JDK 25 or later: an AOT cache (JEP 483/514/515: classes loaded and linked, plus the method profiles of the
#    training run, so the JIT starts warm). The bytecode is Java 17; a newer JVM runs it unchanged.
#  - On an older JDK: a class-data-sharing (CDS) archive.
# Which java: CONGRESS_JAVA, else JAVA_HOME's, else the newest JDK 25+ under /usr/lib/jvm, else `java` on the PATH.
# Configuration comes from the environment as usual.
# CONGRESS_APP_DIR: where to extract (default: next to the jar); CONGRESS_TRAIN_ONLY=true: extract and train, then stop.
set -euo pipefail
JAR="${1:-congress-web/target/congress.jar}"
[[ $# -gt 0 ]] && shift
DIR="${CONGRESS_APP_DIR:-$(dirname "$JAR")/congress-app}"
[[ -f "$JAR" ]] || { echo "start-jar.sh: no $JAR (build it with ./mvnw -B package -DskipTests)" >&2; exit 2; }

feature() { "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1; }
if [[ -n "${CONGRESS_JAVA:-}" ]]; then JAVA="$CONGRESS_JAVA"
elif [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then JAVA="$JAVA_HOME/bin/java"
else
    JAVA=java
    for candidate in /usr/lib/jvm/*/bin/java; do
        [[ -x "$candidate" ]] || continue
        v="$(feature "$candidate")"
        if [[ -n "$v" ]] && (( v >= 25 )) && (( v > $(feature "$JAVA" || echo 0) )); then JAVA="$candidate"; fi
    done
fi
VERSION="$(feature "$JAVA")"

if [[ ! -f "$DIR/congress.jar" || "$JAR" -nt "$DIR/congress.jar" ]]; then
    rm -rf "$DIR"
    "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$DIR" >/dev/null
fi
DIR="$(cd "$DIR" && pwd)"   # the archive records the jar's path: the same absolute one for training and start
# The archive belongs to one JVM build and one set of options: retrained when either changes.
JVM=(${JAVA_OPTS:-} -Xlog:cds=off -Xlog:cds+dynamic=off)
if (( VERSION >= 25 )); then
    ARCHIVE_FILE="$DIR/congress.aot"; TRAIN=(-XX:AOTCacheOutput="$ARCHIVE_FILE" -Xlog:aot=off); USE=(-XX:AOTCache="$ARCHIVE_FILE" -Xlog:aot=off)
else
    ARCHIVE_FILE="$DIR/congress.jsa"; TRAIN=(-XX:ArchiveClassesAtExit="$ARCHIVE_FILE"); USE=(-XX:SharedArchiveFile="$ARCHIVE_FILE")
fi
STAMP="$("$JAVA" -version 2>&1 | tr '\n' ' ') ${JVM[*]}"
if [[ ! -f "$ARCHIVE_FILE" || "$(cat "$ARCHIVE_FILE.stamp" 2>/dev/null)" != "$STAMP" ]]; then
    echo "start-jar.sh: training the class archive for Java $VERSION (once per build, about a minute)…" >&2
    rm -f "$ARCHIVE_FILE"
    (SPRING_PROFILES_ACTIVE= "$JAVA" "${JVM[@]}" "${TRAIN[@]}" -Dspring.context.exit=onRefresh \
        -jar "$DIR/congress.jar" --spring.datasource.url=jdbc:postgresql://127.0.0.1:1/cds-training \
        --spring.flyway.enabled=false --spring.jpa.database-platform=org.hibernate.dialect.PostgreSQLDialect \
        --spring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access=false \
        --spring.datasource.hikari.initialization-fail-timeout=-1 \
        --congress.security.keys.audit-hmac="$(head -c 32 /dev/urandom | base64)" \
        --congress.security.keys.data="$(head -c 32 /dev/urandom | base64)" >"$DIR/archive-training.log" 2>&1) \
        && [[ -f "$ARCHIVE_FILE" ]] && echo "$STAMP" >"$ARCHIVE_FILE.stamp" \
        || { echo "start-jar.sh: training failed (see $DIR/archive-training.log); starting without the archive" >&2; rm -f "$ARCHIVE_FILE"; }
fi
[[ "${CONGRESS_TRAIN_ONLY:-}" == "true" ]] && exit 0   # the image build trains, the container starts
[[ -f "$ARCHIVE_FILE" ]] || USE=()
exec "$JAVA" "${JVM[@]}" "${USE[@]}" -jar "$DIR/congress.jar" "$@"
