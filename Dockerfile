# The application image for docker-compose.yml: built from source, run on a JRE, talking to a Neo4j server.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY cypher cypher
COPY src src
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --create-home policygraph
USER policygraph
WORKDIR /home/policygraph
COPY --from=build /src/target/policygraph.jar policygraph.jar
# Inside a container the API must listen beyond loopback; compose publishes it on the host's loopback only.
ENV POLICYGRAPH_HTTP_ADDRESS=0.0.0.0 \
    POLICYGRAPH_DATA_DIR=/home/policygraph/data
EXPOSE 8080
ENTRYPOINT ["java", "-Xmx1g", "-jar", "policygraph.jar"]
