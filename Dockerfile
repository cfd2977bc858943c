# Builds and runs Storefront. The build stage downloads a pinned LTS node through the
# frontend's opt-in profile (-Dfrontend.downloadNode), since the build image has none.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY frontend/pom.xml frontend/pom.xml
COPY backend/pom.xml backend/pom.xml
RUN ./mvnw -B -q -Dfrontend.downloadNode dependency:go-offline -DexcludeGroupIds=dev.storefront || true
COPY frontend frontend
COPY backend backend
RUN ./mvnw -B -Dfrontend.downloadNode -DskipTests package

# The runtime the benchmark measures (bench/README.md): Java 25 (requests run on platform
# threads: virtual threads are off, see application.yaml); the serial collector with a heap of
# at most 192 MB bounds the process's memory (what it comes to at 64 concurrent shoppers: the
# benchmark's peak RSS). The heap starts at 128 MB (a 64 MB young generation) and grows only
# when a collection leaves too little free, so the old generation's pages are not all touched
# by garbage waiting for its first full collection; the code cache is capped at 64 MB (the JVM
# reserves 240 MB on its own), so compiled code that was replaced is unloaded by a collection
# instead of piling up (21-28 MB in use under load against 43 MB). Together ~20-35 MiB less at
# the peak, no worse p99 (bench/README.md). The bean graph Spring's AOT processing made in the build
# (-Dspring.aot.enabled, README, Start-up). Override JAVA_TOOL_OPTIONS to change them.
FROM eclipse-temurin:25-jre
RUN useradd --system --create-home storefront
USER storefront
WORKDIR /home/storefront
COPY --from=build /src/backend/target/storefront.jar storefront.jar
ENV JAVA_TOOL_OPTIONS="-Xms128m -Xmx192m -Xmn64m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -XX:+UseCompactObjectHeaders -XX:TrimNativeHeapInterval=5000 -Dspring.aot.enabled=true" \
    MALLOC_ARENA_MAX=2
# The JVM's AOT cache of the start-up (README, Start-up): the jar extracted, since the cache
# needs plain jars on the class path, and a training run that starts the app on a scratch
# embedded database up to a refreshed context, with the options above (a cache is only used by
# a JVM with the same ones: other JAVA_TOOL_OPTIONS start without it, with a warning).
RUN java -Djarmode=tools -jar storefront.jar extract --destination app && rm storefront.jar \
    && mkdir training && cd training \
    && java -XX:AOTCacheOutput=/home/storefront/app/storefront.aot -Dspring.context.exit=onRefresh -jar /home/storefront/app/storefront.jar \
    && cd .. && rm -rf training
# 8080: the shop. 8081: the actuator (health, /actuator/prometheus), on loopback unless
# MANAGEMENT_SERVER_ADDRESS says otherwise; never publish it to the internet (README, Operations).
EXPOSE 8080 8081
ENTRYPOINT ["java", "-XX:AOTCache=/home/storefront/app/storefront.aot", "-jar", "/home/storefront/app/storefront.jar"]
