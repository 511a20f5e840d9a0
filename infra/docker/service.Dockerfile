# syntax=docker/dockerfile:1
# One image recipe for every TraAM service and the gateway; docker-compose.yml says which module and port.
#   docker build -f infra/docker/service.Dockerfile --build-arg MODULE=services/campaigns --build-arg PORT=8081 .
# The whole tree is the build context because Maven reads every module's pom to build the reactor, even with -pl.

FROM eclipse-temurin:17-jdk AS build
ARG MODULE
WORKDIR /workspace
COPY . .
# The cache mount keeps ~/.m2 between builds, so only changed dependencies are downloaded again.
RUN --mount=type=cache,target=/root/.m2 \
    test -n "$MODULE" \
    && ./mvnw -B -q -pl "$MODULE" -am -DskipTests package \
    && cp "$MODULE"/target/*-SNAPSHOT.jar /workspace/app.jar

FROM eclipse-temurin:17-jre
ARG PORT=8080
# curl serves the container healthcheck; nothing else is added to the runtime image.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system traam \
    && useradd --system --gid traam --home-dir /app --shell /usr/sbin/nologin traam
WORKDIR /app
COPY --from=build --chown=traam:traam /workspace/app.jar app.jar
USER traam
# Size the heap from the container's memory limit rather than the host's, and die (to be restarted) rather
# than limp on after an OutOfMemoryError.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75.0 -XX:InitialRAMPercentage=25.0 -XX:+ExitOnOutOfMemoryError" \
    SERVER_PORT=${PORT}
EXPOSE ${PORT}
HEALTHCHECK --interval=10s --timeout=5s --start-period=40s --retries=5 \
    CMD curl -fsS "http://localhost:${SERVER_PORT}/actuator/health" || exit 1
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
