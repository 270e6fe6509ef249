package org.policygraph.embedded;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Logging;
import org.policygraph.PolicyGraphProperties;
import org.policygraph.graph.DatabaseAddress;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Chooses the database: the embedded store when {@code NEO4J_URI} is unset, else that server. Either way
 * the rest of the application gets a Bolt driver from Spring Boot and cannot tell the difference.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    @Conditional(EmbeddedMode.class)
    EmbeddedNeo4j embeddedNeo4j(PolicyGraphProperties properties) {
        var embedded = properties.embedded();
        return EmbeddedNeo4j.start(properties.dataDir().resolve("neo4j"), embedded.boltPort(),
                embedded.pageCache().toBytes());
    }

    @Bean
    @Conditional(EmbeddedMode.class)
    Neo4jConnectionDetails embeddedConnection(EmbeddedNeo4j database) {
        return new Connection(database.boltUri(), AuthTokens.none());
    }

    @Bean
    @Conditional(EmbeddedMode.class)
    DatabaseAddress embeddedAddress(EmbeddedNeo4j database) {
        // Browsers trust localhost as a secure origin; 127.0.0.1 is the same loopback.
        String browserUri = database.boltUri().toString().replace("127.0.0.1", "localhost");
        return new DatabaseAddress(database.boltUri(), browserUri, true, database.storeDir());
    }

    @Bean
    @Conditional(ExternalMode.class)
    Neo4jConnectionDetails externalConnection(PolicyGraphProperties properties) {
        var neo4j = properties.neo4j();
        return new Connection(URI.create(neo4j.uri()), AuthTokens.basic(neo4j.username(), neo4j.password()));
    }

    @Bean
    @Conditional(ExternalMode.class)
    DatabaseAddress externalAddress(PolicyGraphProperties properties) {
        var neo4j = properties.neo4j();
        String browserUri = StringUtils.hasText(neo4j.browserUri()) ? neo4j.browserUri() : neo4j.uri();
        return new DatabaseAddress(URI.create(neo4j.uri()), browserUri, false, null);
    }

    /**
     * The driver's default logger (System.Logger) formats every Bolt message it is handed, query text and
     * parameters included, and only then drops it by level: a fifth of the driver's I/O thread in the API
     * benchmark. Its SLF4J logger asks Logback for the level first. {@code Logging} is deprecated in driver 6
     * but remains the only way to choose the logger.
     */
    @Bean
    @SuppressWarnings("deprecation")
    ConfigBuilderCustomizer driverLogsThroughSlf4j() {
        return builder -> builder.withLogging(Logging.slf4j());
    }

    private record Connection(URI getUri, AuthToken getAuthToken) implements Neo4jConnectionDetails {
    }

    static class EmbeddedMode implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("policygraph.neo4j.uri"));
        }
    }

    static class ExternalMode implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !new EmbeddedMode().matches(context, metadata);
        }
    }
}
