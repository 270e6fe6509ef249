package org.policygraph.graph;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What one export may cost. An export is large by design, so {@link ReadLimits} do not bound it: it streams,
 * so memory stays at the driver's fetch buffer whatever its size; its transaction, which stays open for the
 * whole download including a slow client, ends after {@code timeout}; and a selection of more than
 * {@code maxElements} nodes plus relationships is refused before anything is sent.
 */
@ConfigurationProperties("policygraph.api.export")
public record ExportLimits(Duration timeout, long maxElements) {
}
