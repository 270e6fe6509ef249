package org.policygraph;

import org.policygraph.cli.PolicyGraphCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * PolicyGraph: Chinese policy news read into a Neo4j knowledge graph. One jar, three commands: serve
 * (the default), {@code extract} and {@code ingest}; see {@link PolicyGraphCommand}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PolicyGraphApplication {

    public static void main(String[] args) {
        PolicyGraphCommand.run(args);
    }
}
