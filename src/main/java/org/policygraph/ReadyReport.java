package org.policygraph;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.policygraph.graph.DatabaseAddress;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** One block in the log, once the server is ready, with every address a user needs. */
@Component
class ReadyReport {

    private static final Log log = LogFactory.getLog(ReadyReport.class);

    private final DatabaseAddress database;

    ReadyReport(DatabaseAddress database) {
        this.database = database;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        String base = "http://localhost:" + web.getWebServer().getPort();
        String store = database.embedded() ? "embedded, store in " + database.storeDir() : "external server";
        log.info("""
                PolicyGraph is ready
                  Explorer %1$s/
                  API      %1$s/api/stats   (search: %1$s/api/search?q=...)
                  Browser  %1$s/browser/
                  Guide    :play %1$s/guide   (in the Browser)
                  Style    :style %1$s/style.grass   (in the Browser: a colour per label)
                  Bolt     %2$s   (%3$s)
                  Health   %1$s/actuator/health""".formatted(base, database.boltUri(), store));
    }
}
