package org.policygraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.policygraph.EmbeddedGraphTest;
import org.policygraph.Http;
import org.policygraph.ingest.Ingestion;
import org.policygraph.reliability.TemplateArticles.Article;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.UriUtils;

/**
 * {@code load.clients} clients (default 32) reading and writing through the API for {@code load.seconds}
 * (default 60) on loopback, against the application on its embedded Neo4j. No request may fail, and every
 * write the API acknowledged must be in the graph exactly once afterwards, with concurrent writers never
 * creating one entity twice. Prints requests, throughput and latency per kind of request (README
 * "Reliability and security"): {@code mvn test -Dtest=LoadTest -Dload.clients=8 -Dload.seconds=10}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"policygraph.samples.load-on-start=false", "policygraph.api.token=" + LoadTest.TOKEN})
@DirtiesContext
class LoadTest {

    static final String TOKEN = "load-test-token";

    private static final int CLIENTS = Integer.getInteger("load.clients", 32);
    private static final Duration RUN = Duration.ofSeconds(Long.getLong("load.seconds", 60));
    /** Articles written before the clients start, never deleted: what the reads look at. */
    private static final int SEEDED = 40;
    private static final List<String> SEARCHES = List.of("晋禾", "三晋乡村", "山西", "大学", "禾源", "鑫达", "泽州县",
            "南村镇", "农业科技", "禾");

    @DynamicPropertySource
    static void ownStore(DynamicPropertyRegistry registry) {
        registry.add("policygraph.data-dir", () -> EmbeddedGraphTest.temporaryFolder("policygraph-load-"));
        registry.add("policygraph.embedded.bolt-port", () -> "0");
        registry.add("policygraph.neo4j.uri", () -> "");
    }

    /** What clients do, with how often (in percent) and the status a correct answer has. */
    enum Kind {
        SEARCH(16, 200), ENTITY(12, 200), NEIGHBOURS(14, 200), PATHS(8, 200), ARTICLES(10, 200), ARTICLE(5, 200),
        STATS(5, 200), POST(21, 201), REPOST(6, 200), DELETE(3, 204);

        final int percent;
        final int status;

        Kind(int percent, int status) {
            this.percent = percent;
            this.status = status;
        }

        static Kind pick(Random random) {
            int roll = random.nextInt(100);
            for (Kind kind : values()) {
                roll -= kind.percent;
                if (roll < 0) {
                    return kind;
                }
            }
            throw new IllegalStateException("the percentages add up to less than 100");
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    Ingestion ingestion;

    @Autowired
    Driver driver;

    private ApiClient api;
    private final AtomicInteger nextArticle = new AtomicInteger(SEEDED);
    private List<String> entityIds;

    @Test
    void clientsReadingAndWritingAtOnceGetNoErrorAndEveryAcknowledgedWriteIsStoredOnce() throws Exception {
        api = new ApiClient(port, TOKEN);
        var seeded = IntStream.range(0, SEEDED).mapToObj(n -> TemplateArticles.article("seed", n)).toList();
        seeded.forEach(article -> ingestion.ingest(article.document()));
        entityIds = driver.executableQuery("MATCH (e:Entity) RETURN e.id AS id ORDER BY id").execute().records()
                .stream().map(r -> r.get("id").asString()).toList();

        long deadline = System.nanoTime() + RUN.toNanos();
        var clients = IntStream.range(0, CLIENTS).mapToObj(i -> new Client(new Random(i), deadline)).toList();
        var pool = Executors.newFixedThreadPool(CLIENTS);
        double loadBefore = loadAverage();
        long start = System.nanoTime();
        for (var done : pool.invokeAll(clients)) {
            done.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();

        var samples = clients.stream().flatMap(client -> client.samples.stream()).toList();
        System.out.println(report(samples, seconds));
        System.out.printf("System load average (1 min) %.1f before, %.1f after, on %d cores%n", loadBefore,
                loadAverage(), Runtime.getRuntime().availableProcessors());
        var failures = clients.stream().flatMap(client -> client.failures.stream()).toList();
        assertThat(failures).as("requests answered with an error or not at all").isEmpty();

        var live = Stream.concat(seeded.stream(), clients.stream().flatMap(client -> client.live.stream())).toList();
        var deleted = clients.stream().flatMap(client -> client.deleted.stream()).toList();
        assertThat(articleCounts(live)).as("acknowledged articles not deleted, stored once each")
                .containsOnlyKeys(ids(live)).allSatisfy((id, count) -> assertThat(count).isOne());
        assertThat(articleCounts(deleted)).as("acknowledged deletes")
                .allSatisfy((id, count) -> assertThat(count).isZero());
        assertThat(count("MATCH (a:Article) RETURN count(a) AS n")).isEqualTo(live.size());
        assertThat(companies(live)).as("each live article's company, once")
                .allSatisfy((name, count) -> assertThat(count).isOne());
        assertThat(companies(deleted)).as("companies only deleted articles mentioned")
                .allSatisfy((name, count) -> assertThat(count).isZero());
        assertThat(duplicateEntities()).as("entities of one label and name stored twice").isEmpty();
        assertThat(mentionsOfSharedEntities()).as("articles mentioning each shared entity")
                .isEqualTo(expectedMentions(live));
    }

    /** One client: its own random mix of requests, the answers' timings, and the articles it wrote and deleted. */
    private final class Client implements Callable<Void> {

        private final Random random;
        private final long deadline;
        final List<Sample> samples = new ArrayList<>();
        final List<String> failures = new ArrayList<>();
        final List<Article> live = new ArrayList<>();
        final List<Article> deleted = new ArrayList<>();

        Client(Random random, long deadline) {
            this.random = random;
            this.deadline = deadline;
        }

        @Override
        public Void call() {
            while (System.nanoTime() < deadline) {
                Kind kind = Kind.pick(random);
                if (live.isEmpty() && (kind == Kind.REPOST || kind == Kind.DELETE)) {
                    kind = Kind.POST;
                }
                switch (kind) {
                    case POST -> {
                        var article = TemplateArticles.article("load", nextArticle.getAndIncrement());
                        if (send(kind, api.post(article), "CREATED")) {
                            live.add(article);
                        }
                    }
                    case REPOST -> send(kind, api.post(live.get(random.nextInt(live.size()))), "UNCHANGED");
                    case DELETE -> {
                        var article = live.remove(random.nextInt(live.size()));
                        if (send(kind, api.delete(article), null)) {
                            deleted.add(article);
                        }
                    }
                    default -> send(kind, api.get(readPath(kind)), null);
                }
            }
            return null;
        }

        private String readPath(Kind kind) {
            String id = any(entityIds);
            return switch (kind) {
                case SEARCH -> "/api/search?q=" + query(any(SEARCHES));
                case ENTITY -> "/api/entities/" + segment(id);
                case NEIGHBOURS -> "/api/entities/" + segment(id) + "/neighbors?limit=50&depth="
                        + (1 + random.nextInt(2));
                case PATHS -> "/api/paths?from=" + query(id) + "&to=" + query(other(id));
                case ARTICLES -> random.nextBoolean() ? "/api/articles?entity=" + query(id)
                        : "/api/articles?q=" + query(any(SEARCHES));
                case ARTICLE -> "/api/articles/seed/" + random.nextInt(SEEDED);
                case STATS -> "/api/stats";
                default -> throw new IllegalArgumentException(kind + " is not a read");
            };
        }

        /** Sends and records the request; true when it was answered as it should be. */
        private boolean send(Kind kind, HttpRequest request, String outcome) {
            long start = System.nanoTime();
            HttpResponse<String> response;
            try {
                response = api.send(request);
            } catch (IOException e) {
                samples.add(new Sample(kind, 0, System.nanoTime() - start));
                failures.add(request.method() + " " + request.uri() + " failed: " + e);
                return false;
            }
            samples.add(new Sample(kind, response.statusCode(), System.nanoTime() - start));
            boolean expected = response.statusCode() == kind.status && (outcome == null
                    || outcome.equals(Http.json(response.body()).at("/articles/0/write/outcome").asString()));
            if (!expected) {
                failures.add(request.method() + " " + request.uri() + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return expected;
        }

        private String other(String id) {
            String other = any(entityIds);
            return other.equals(id) ? other(id) : other;
        }

        private <T> T any(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }
    }

    /** One request: its kind, the status (0: no answer) and how long it took. */
    record Sample(Kind kind, int status, long nanos) {
    }

    private static String report(List<Sample> samples, double seconds) {
        var byKind = samples.stream().collect(Collectors.groupingBy(Sample::kind, () -> new EnumMap<>(Kind.class),
                Collectors.toList()));
        var text = new StringBuilder("Load: %d clients for %.0f s on loopback, embedded Neo4j: %d requests, %.0f/s%n"
                .formatted(CLIENTS, seconds, samples.size(), samples.size() / seconds));
        text.append("%-11s %9s %8s %8s %8s %8s %8s %7s %7s%n".formatted("kind", "requests", "req/s", "p50 ms",
                "p95 ms", "p99 ms", "max ms", "errors", "5xx"));
        byKind.forEach((kind, kindSamples) -> text.append(row(kind.name().toLowerCase(), kindSamples, seconds)));
        text.append(row("all", samples, seconds));
        return text.toString();
    }

    private static String row(String name, List<Sample> samples, double seconds) {
        long[] millis = samples.stream().mapToLong(Sample::nanos).sorted().toArray();
        long errors = samples.stream().filter(s -> s.status() != s.kind().status).count();
        long serverErrors = samples.stream().filter(s -> s.status() >= 500).count();
        return "%-11s %9d %8.1f %8.1f %8.1f %8.1f %8.1f %7d %7d%n".formatted(name, samples.size(),
                samples.size() / seconds, percentile(millis, 0.50), percentile(millis, 0.95),
                percentile(millis, 0.99), millis[millis.length - 1] / 1e6, errors, serverErrors);
    }

    /** The machine's, not only this test's: the figures mean little without it on a shared machine. */
    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double percentile(long[] sortedNanos, double fraction) {
        int index = (int) Math.ceil(fraction * sortedNanos.length) - 1;
        return sortedNanos[Math.max(index, 0)] / 1e6;
    }

    private Map<String, Long> articleCounts(List<Article> articles) {
        return countsBy("UNWIND $keys AS id RETURN id AS key, COUNT { MATCH (:Article {id: id}) } AS n", ids(articles));
    }

    private Map<String, Long> companies(List<Article> articles) {
        return countsBy("UNWIND $keys AS name RETURN name AS key, COUNT { MATCH (:Enterprise {name: name}) } AS n",
                articles.stream().map(Article::company).toList());
    }

    private Map<String, Long> mentionsOfSharedEntities() {
        var shared = Stream.concat(TemplateArticles.INVESTORS.stream(), TemplateArticles.UNIVERSITIES.stream())
                .toList();
        return countsBy("""
                UNWIND $keys AS name MATCH (e:Entity {name: name})
                RETURN name AS key, COUNT { (:Article)-[:MENTIONS]->(e) } AS n""", shared);
    }

    private static Map<String, Long> expectedMentions(List<Article> live) {
        return live.stream().flatMap(article -> Stream.of(article.investor(), article.university()))
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    }

    private List<String> duplicateEntities() {
        return driver.executableQuery("""
                MATCH (e:Entity) UNWIND [label IN labels(e) WHERE label <> 'Entity'] AS label
                WITH label, e.name AS name, count(*) AS nodes WHERE nodes > 1
                RETURN label + ' ' + name + ' x' + nodes AS duplicate""").execute().records().stream()
                .map(r -> r.get("duplicate").asString()).toList();
    }

    private Map<String, Long> countsBy(String query, Collection<String> keys) {
        var counts = new TreeMap<String, Long>();
        driver.executableQuery(query).withParameters(Map.of("keys", List.copyOf(keys))).execute().records()
                .forEach(r -> counts.put(r.get("key").asString(), r.get("n").asLong()));
        return counts;
    }

    private long count(String query) {
        return driver.executableQuery(query).execute().records().get(0).get("n").asLong();
    }

    private static List<String> ids(List<Article> articles) {
        return articles.stream().map(Article::id).toList();
    }

    private static String query(String value) {
        return UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8);
    }

    private static String segment(String value) {
        return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
    }
}
