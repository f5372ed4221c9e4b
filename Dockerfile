# syntax=docker/dockerfile:1

# Build: the Maven wrapper in a JDK, then Spring Boot's layered jar split into its layers, so
# that a change to the code rebuilds only the small "application" layer of the image.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN --mount=type=cache,target=/root/.m2 ./mvnw --batch-mode --no-transfer-progress dependency:go-offline
COPY src/ src/
# The tests need a PostgreSQL that refuses to run as root; CI runs them (.ci/run), not the image build.
RUN --mount=type=cache,target=/root/.m2 ./mvnw --batch-mode --no-transfer-progress package -DskipTests \
	&& java -Djarmode=tools -jar target/contacts-api-*.jar extract --layers --launcher --destination extracted

# Run: a JRE only, as an unprivileged user, configured through environment variables alone
# (SPRING_DATASOURCE_URL is required: the image never starts an embedded database).
FROM eclipse-temurin:17-jre
RUN groupadd --system contacts && useradd --system --gid contacts --no-create-home contacts
WORKDIR /app
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./
USER contacts
ENV SERVER_PORT=8080 \
	JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
# The JRE image is not guaranteed to have curl or wget: ask readiness with bash's /dev/tcp, on the
# management port when MANAGEMENT_SERVER_PORT moves it.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
	CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${MANAGEMENT_SERVER_PORT:-$SERVER_PORT} \
        && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 \
        && head -n 1 <&3 | grep -q ' 200 '"]
# Exec form: java is PID 1 and receives SIGTERM itself, for the graceful shutdown.
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
