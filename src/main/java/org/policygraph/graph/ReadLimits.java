package org.policygraph.graph;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What one read may cost: the database ends a read transaction after {@code readTimeout}, and a read whose
 * answer would exceed {@code maxResults} rows is refused rather than streamed, so no request can hold the
 * server or its memory for long.
 */
@ConfigurationProperties("policygraph.api")
public record ReadLimits(Duration readTimeout, int maxResults) {
}
