package org.policygraph.api;

import org.policygraph.PolicyGraphProperties;
import org.policygraph.graph.DatabaseAddress;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Serves Neo4j Browser from its jar under {@code /browser/}. A bare {@code /browser/} redirects to the same
 * page with the database address filled in, so the Browser opens already connected.
 */
@Controller
class BrowserController implements WebMvcConfigurer {

    private final DatabaseAddress database;

    BrowserController(DatabaseAddress database) {
        this.database = database;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/browser/**").addResourceLocations("classpath:/browser/");
    }

    @GetMapping({"/browser", "/browser/"})
    String browser(@RequestParam(required = false) String dbms) {
        if (dbms != null) {
            return "forward:/browser/index.html";
        }
        String location = UriComponentsBuilder.fromPath("/browser/")
                .queryParam("dbms", database.browserUri())
                .queryParam("preselectAuthMethod", database.authenticated() ? "BASIC" : "NO_AUTH")
                .build().toUriString();
        return "redirect:" + location;
    }
}
