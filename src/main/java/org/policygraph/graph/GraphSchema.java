package org.policygraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Applies {@code cypher/schema.cypher} (packaged on the classpath) to the database. Every statement is
 * idempotent, so this runs at every start, against the embedded store or a server alike, before the API
 * takes its first request.
 */
@Component
public class GraphSchema implements InitializingBean {

    private static final String SCHEMA = "cypher/schema.cypher";

    private final Driver driver;

    GraphSchema(Driver driver) {
        this.driver = driver;
    }

    @Override
    public void afterPropertiesSet() {
        apply();
    }

    public void apply() {
        try (var session = driver.session()) {
            for (String statement : statements()) {
                session.run(statement).consume();
            }
        }
    }

    static List<String> statements() {
        String text;
        try {
            text = new ClassPathResource(SCHEMA).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SCHEMA, e);
        }
        String withoutComments = text.lines()
                .filter(line -> !line.strip().startsWith("//"))
                .collect(Collectors.joining("\n"));
        return Arrays.stream(withoutComments.split(";"))
                .map(String::strip)
                .filter(statement -> !statement.isEmpty())
                .toList();
    }
}
