package org.policygraph.explore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The researchers' queries in {@code cypher/queries} (packaged on the classpath), in file name order. The
 * files are the single source: the Browser guide is made from them, so the two never drift apart.
 *
 * <p>A file starts with comment lines: the question, a description, then {@code Parameters:} and one
 * line per parameter ({@code name  meaning}); then one {@code :param name => value;} line per parameter;
 * then the query, ending with a semicolon.
 */
@Component
public class QueryLibrary {

    static final String LOCATION = "classpath*:cypher/queries/*.cypher";

    private static final String PARAMETERS_HEADING = "Parameters:";
    private static final Pattern PARAMETER_LINE = Pattern.compile("(\\w+)\\s+(.+)");

    private final List<LibraryQuery> queries;

    QueryLibrary() {
        this.queries = Arrays.stream(resources())
                .sorted(Comparator.comparing(Resource::getFilename))
                .map(resource -> parse(resource.getFilename(), read(resource)))
                .toList();
    }

    public List<LibraryQuery> queries() {
        return queries;
    }

    static LibraryQuery parse(String file, String text) {
        List<String> comments = new ArrayList<>();
        List<String> commands = new ArrayList<>();
        List<String> body = new ArrayList<>();
        for (String line : text.strip().lines().toList()) {
            if (body.isEmpty() && commands.isEmpty() && line.startsWith("//")) {
                comments.add(line.substring(2).strip());
            } else if (body.isEmpty() && line.startsWith(":param")) {
                commands.add(line.strip());
            } else if (!body.isEmpty() || !line.isBlank()) {
                body.add(line.stripTrailing());
            }
        }
        String title = comments.isEmpty() ? "" : comments.get(0);
        int heading = comments.indexOf(PARAMETERS_HEADING);
        List<String> described = comments.subList(Math.min(1, comments.size()), heading < 0 ? comments.size() : heading);
        String description = String.join(" ", described.stream().filter(line -> !line.isEmpty()).toList());
        List<LibraryQuery.Parameter> parameters = heading < 0 ? List.of() : comments.subList(heading + 1, comments.size())
                .stream()
                .map(PARAMETER_LINE::matcher)
                .filter(Matcher::matches)
                .map(matcher -> new LibraryQuery.Parameter(matcher.group(1), matcher.group(2)))
                .toList();
        String cypher = String.join("\n", body).strip();
        if (cypher.endsWith(";")) {
            cypher = cypher.substring(0, cypher.length() - 1);
        }
        return new LibraryQuery(file, title, description, parameters, List.copyOf(commands), cypher);
    }

    private static Resource[] resources() {
        try {
            return new PathMatchingResourcePatternResolver().getResources(LOCATION);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the queries in " + LOCATION, e);
        }
    }

    private static String read(Resource resource) {
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read query " + resource.getFilename(), e);
        }
    }
}
