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

FROM eclipse-temurin:21-jre
RUN useradd --system --create-home storefront
USER storefront
WORKDIR /home/storefront
COPY --from=build /src/backend/target/storefront.jar storefront.jar
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "storefront.jar"]
