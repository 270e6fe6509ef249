package org.policygraph.ingest;

import org.policygraph.extract.Extractor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One shared extractor: it is thread-safe and loading its dictionaries once is what makes it fast. */
@Configuration(proxyBeanMethods = false)
class ExtractorConfiguration {

    @Bean
    Extractor extractor() {
        return Extractor.create();
    }
}
