package org.policygraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.policygraph.PolicyGraphProperties;
import org.policygraph.graph.GraphReader;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads the bundled sample articles (our own short texts in {@code samples/}) into an empty graph, so a new
 * user sees a graph at once. A graph holding any article is left alone, so restarts never load them twice.
 */
@Component
class SampleArticles implements ApplicationRunner {

    private static final Log log = LogFactory.getLog(SampleArticles.class);

    private final Ingestion ingestion;
    private final GraphReader graph;
    private final boolean enabled;

    SampleArticles(Ingestion ingestion, GraphReader graph, PolicyGraphProperties properties) {
        this.ingestion = ingestion;
        this.graph = graph;
        this.enabled = properties.samples().loadOnStart();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || graph.hasArticles()) {
            return;
        }
        Resource[] samples = samples();
        int articles = 0;
        for (Resource sample : samples) {
            articles += ingestion.ingest(FrontMatter.document(read(sample)).withId("sample/" + sample.getFilename()))
                    .size();
        }
        log.info("Loaded %d sample articles into the empty graph (POLICYGRAPH_LOAD_SAMPLES=false turns this off)"
                .formatted(articles));
    }

    static Resource[] samples() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:samples/*.md");
            Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
            return resources;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the sample articles", e);
        }
    }

    private static String read(Resource resource) {
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sample " + resource.getFilename(), e);
        }
    }
}
