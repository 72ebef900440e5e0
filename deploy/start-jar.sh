#!/usr/bin/env bash
# Starts the packaged application the fast way (issue "Every page at the speed of Spring": cold start).
#
#   deploy/start-jar.sh [path/to/congress.jar] [application arguments…]
#
# A Spring Boot jar nests its libraries, and the JVM can neither map nested jars into a class-data-sharing (CDS)
# archive nor read them as fast as plain files. So the first start extracts the jar next to it (once per build of the
# jar) and trains a CDS archive with a run that stops right after the context is built: it needs no database (Flyway
# and Hibernate's metadata look-ups are switched off for it). Every start after that maps the classes from the
# archive instead of loading, verifying and linking them again. Configuration comes from the environment as usual.
# CONGRESS_APP_DIR: where to extract (default: next to the jar); CONGRESS_TRAIN_ONLY=true: extract and train, then stop.
set -euo pipefail
JAR="${1:-congress-web/target/congress.jar}"
[[ $# -gt 0 ]] && shift
DIR="${CONGRESS_APP_DIR:-$(dirname "$JAR")/congress-app}"
[[ -f "$JAR" ]] || { echo "start-jar.sh: no $JAR (build it with ./mvnw -B package -DskipTests)" >&2; exit 2; }

if [[ ! -f "$DIR/congress.jar" || "$JAR" -nt "$DIR/congress.jar" ]]; then
    rm -rf "$DIR"
    java -Djarmode=tools -jar "$JAR" extract --destination "$DIR" >/dev/null
fi
# The same JVM options for training and running: a CDS archive is refused under other flags.
JVM=(${JAVA_OPTS:-} -Xlog:cds=off -Xlog:cds+dynamic=off)
if [[ ! -f "$DIR/congress.jsa" ]]; then
    echo "start-jar.sh: training the class-data archive (once per build, about a minute)…" >&2
    SPRING_PROFILES_ACTIVE= java "${JVM[@]}" -XX:ArchiveClassesAtExit="$DIR/congress.jsa" -Dspring.context.exit=onRefresh \
        -jar "$DIR/congress.jar" --spring.datasource.url=jdbc:postgresql://127.0.0.1:1/cds-training \
        --spring.flyway.enabled=false --spring.jpa.database-platform=org.hibernate.dialect.PostgreSQLDialect \
        --spring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access=false \
        --spring.datasource.hikari.initialization-fail-timeout=-1 \
        --congress.security.keys.audit-hmac="$(head -c 32 /dev/urandom | base64)" \
        --congress.security.keys.data="$(head -c 32 /dev/urandom | base64)" >"$DIR/cds-training.log" 2>&1 \
        || { echo "start-jar.sh: training failed (see $DIR/cds-training.log); starting without the archive" >&2; rm -f "$DIR/congress.jsa"; }
fi
[[ "${CONGRESS_TRAIN_ONLY:-}" == "true" ]] && exit 0   # the image build trains, the container starts
ARCHIVE=()
[[ -f "$DIR/congress.jsa" ]] && ARCHIVE=(-XX:SharedArchiveFile="$DIR/congress.jsa")
exec java "${JVM[@]}" "${ARCHIVE[@]}" -jar "$DIR/congress.jar" "$@"
