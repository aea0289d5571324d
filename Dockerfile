# Gatehouse's container image. Build it with a Docker engine:  docker build -t gatehouse .
# Run it on MySQL:       docker run -p 8080:8080 -e DATABASE_URL=... (see docs/configuration.md) gatehouse
# Or self-contained:     docker run -p 8080:8080 gatehouse server /app/config/embedded.yml
# The same image comes from Jib without a Docker file: mvn -Pimage -pl bootstrap -am package jib:dockerBuild

# --- build: the shaded jar, tests skipped (CI runs them) ---
FROM maven:3-eclipse-temurin-17 AS build
WORKDIR /src
# Dependencies first, in their own layer, so that changing the code does not download them again
# (best effort: whatever this misses, the package step below still downloads).
COPY pom.xml .
COPY domain/pom.xml domain/
COPY application/pom.xml application/
COPY adapters-persistence/pom.xml adapters-persistence/
COPY adapters-crypto/pom.xml adapters-crypto/
COPY adapters-mail/pom.xml adapters-mail/
COPY adapters-web/pom.xml adapters-web/
COPY bootstrap/pom.xml bootstrap/
COPY testing-kit/pom.xml testing-kit/
RUN mvn -B -q -pl bootstrap -am dependency:go-offline -DexcludeReactor=true || true
COPY . .
RUN mvn -B -q -pl bootstrap -am package -DskipTests

# --- runtime: a JRE, the jar, the configurations, an unprivileged user ---
FROM eclipse-temurin:17-jre
# curl for the health check; the embedded MariaDB needs nothing beyond the base image's libraries.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 gatehouse \
 && useradd --system --uid 10001 --gid gatehouse --home-dir /app --shell /usr/sbin/nologin gatehouse
WORKDIR /app
COPY --from=build /src/bootstrap/target/gatehouse.jar /app/libs/gatehouse.jar
COPY config/production.yml config/embedded.yml /app/config/
COPY docker/app/bin/gatehouse /app/bin/gatehouse
USER 10001:10001

# Configuration comes from the environment: production.yml names every variable (docs/configuration.md).
# The admin port stays on the container's loopback unless ADMIN_BIND_HOST says otherwise.
ENV PORT=8080 ADMIN_PORT=8081
EXPOSE 8080 8081
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS "http://127.0.0.1:${ADMIN_PORT}/healthcheck" > /dev/null || exit 1
ENTRYPOINT ["/app/bin/gatehouse"]
CMD ["server", "/app/config/production.yml"]
