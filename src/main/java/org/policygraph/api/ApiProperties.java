package org.policygraph.api;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The API's own settings ({@code policygraph.api.*}; the read limits beside them are {@code ReadLimits}).
 * {@code token} authorises writes (blank: generated once into the data folder); {@code corsOrigins} are the
 * web origins allowed to call the API from a browser (none by default); {@code maxBodySize} bounds posted
 * articles.
 */
@ConfigurationProperties("policygraph.api")
record ApiProperties(String token, List<String> corsOrigins, DataSize maxBodySize) {

    ApiProperties {
        corsOrigins = corsOrigins == null ? List.of()
                : corsOrigins.stream().map(String::strip).filter(origin -> !origin.isEmpty()).toList();
    }
}
