# Build: the same wrapper and JDK 17 as development; tests run in CI, not in the image build.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml lombok.config ./
COPY congress-domain/pom.xml congress-domain/
COPY congress-legislation/pom.xml congress-legislation/
COPY congress-oversight/pom.xml congress-oversight/
COPY congress-deputies/pom.xml congress-deputies/
COPY congress-web/pom.xml congress-web/
RUN ./mvnw -B -q dependency:go-offline -DskipTests || true
COPY . .
RUN ./mvnw -B -q package -DskipTests

# Run: a JRE 25 (the Java 17 bytecode runs unchanged; its AOT cache starts the application faster than JDK 17's
# class-data sharing), an unprivileged user, the executable jar.
FROM eclipse-temurin:25-jre
RUN apt-get update && apt-get install -y --no-install-recommends wget && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 congress && mkdir -p /app/data && chown congress /app/data && chmod 700 /app/data
WORKDIR /app
COPY --from=build /src/congress-web/target/congress.jar /app/congress.jar
COPY deploy/start-jar.sh /app/start-jar.sh
# Extract the jar and train the AOT cache at build time (no database needed), so that each
# container starts from mapped classes: see deploy/start-jar.sh.
ENV CONGRESS_APP_DIR=/app/extracted JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Duser.timezone=Asia/Shanghai"
RUN CONGRESS_TRAIN_ONLY=true /app/start-jar.sh /app/congress.jar && chown -R congress /app/extracted
USER congress
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD wget -qO- http://localhost:8080/actuator/health | grep -q '"UP"' || exit 1
ENTRYPOINT ["/app/start-jar.sh", "/app/congress.jar"]
