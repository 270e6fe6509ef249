package org.policygraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.neo4j.driver.Driver;
import org.policygraph.PolicyGraphApplication;
import org.policygraph.extract.Document;
import org.policygraph.graph.ArticleGraph;
import org.policygraph.ingest.BulkLoader;
import org.policygraph.ingest.DocumentFiles;
import org.policygraph.ingest.Ingestion;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.util.FileSystemUtils;

/**
 * Ingestion throughput on a synthetic corpus: articles built from real place names (the gazetteer) and
 * common company-name patterns, loaded into a fresh embedded store by the same loader the ingest command
 * uses. In the same run, a sample of the extracted facts is written the naive way (one transaction per
 * fact) and the batched way, and the ratio printed. Run with {@code mvn -Pbench-ingest verify -DskipTests}
 * ({@code -Dbench.articles=N} to change the corpus size).
 */
public final class IngestBenchmark {

    private static final String[] BRANDS = {"丰源", "绿禾", "金穗", "恒通", "瑞丰", "华泰", "鑫达", "宏昌", "惠民", "兴农",
        "嘉禾", "润田", "富民", "天成", "永盛", "佳源", "东升", "万和", "泰丰", "隆盛"};
    private static final String[] TRADES = {"农业科技", "食品", "新能源", "种植", "生物科技", "农产品加工", "新材料"};
    private static final String[] CROPS = {"芦笋", "蓝莓", "食用菌", "中药材", "小杂粮", "设施蔬菜", "核桃", "红枣"};
    private static final String[] PROGRAMS = {"“千村示范”行动", "“乡村振兴”工程", "“数字乡村”计划", "“品牌强农”行动"};

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int articles = Integer.getInteger("bench.articles", 20_000);
        int naiveSample = Integer.getInteger("bench.naive-articles", 500);
        List<String[]> towns = towns();
        var dataDir = Files.createTempDirectory("policygraph-bench-");
        try (var context = new SpringApplicationBuilder(PolicyGraphApplication.class)
                .web(WebApplicationType.NONE)
                .run("--policygraph.data-dir=" + dataDir, "--policygraph.embedded.bolt-port=0",
                        "--policygraph.neo4j.uri=", "--policygraph.samples.load-on-start=false",
                        "--logging.level.org.policygraph=WARN")) {
            var ingestion = context.getBean(Ingestion.class);
            var driver = context.getBean(Driver.class);
            var random = new Random(42);
            Stream<DocumentFiles.Entry> corpus = Stream.iterate(0, i -> i < articles, i -> i + 1)
                    .map(i -> new DocumentFiles.Entry("synthetic-" + i, article(i, towns, random), null));

            long start = System.nanoTime();
            var summary = new BulkLoader(ingestion, Runtime.getRuntime().availableProcessors())
                    .load(corpus, entry -> { });
            double seconds = (System.nanoTime() - start) / 1e9;
            long facts = count(driver, "MATCH (:Entity)-[r]->(:Entity) RETURN sum(r.support) AS n");

            var sample = new ArrayList<ArticleGraph>();
            for (int i = 0; i < naiveSample; i++) {
                sample.addAll(ingestion.prepare(article(articles + i, towns, random)).changed());
            }
            long sampleFacts = sample.stream().mapToLong(a -> a.facts().size()).sum();
            double naive = NaiveWriter.factsPerSecond(driver, sample);
            long batchedStart = System.nanoTime();
            for (int i = 0; i < sample.size(); i += BulkLoader.BATCH) {
                ingestion.write(sample.subList(i, Math.min(sample.size(), i + BulkLoader.BATCH)));
            }
            double batched = sampleFacts / ((System.nanoTime() - batchedStart) / 1e9);

            System.out.printf("""

                    Ingestion benchmark (%d synthetic articles, %d cores, fresh embedded store)
                      end to end (extract + write): %.0f articles/s, %.0f facts/s in %.1f s  [%s]
                      write path on a sample of %d articles (%d facts):
                        batched, %d articles per transaction: %.0f facts/s
                        naive, one transaction per fact:      %.0f facts/s
                        ratio batched / naive:                %.1fx
                      peak heap: %d MB
                    """, articles, Runtime.getRuntime().availableProcessors(), summary.written() / seconds,
                    facts / seconds, seconds, summary.toString().lines().findFirst().orElse(""), naiveSample,
                    sampleFacts, BulkLoader.BATCH, batched, naive, batched / naive, peakHeapMegabytes());
        } finally {
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }

    /** A short news item of the kind the corpus holds, about a real town and a made-up company. */
    static Document article(int i, List<String[]> towns, Random random) {
        String[] place = towns.get(random.nextInt(towns.size()));
        String brand = BRANDS[random.nextInt(BRANDS.length)] + BRANDS[random.nextInt(BRANDS.length)];
        String company = brand + TRADES[random.nextInt(TRADES.length)] + "有限公司";
        String crop = CROPS[random.nextInt(CROPS.length)];
        String village = brand.substring(0, 2) + "村";
        int amount = 100 + random.nextInt(5000);
        String text = """
                %1$s%2$s%3$s发展%4$s产业
                近日,%1$s%2$s%3$s引进%5$s(以下简称“%6$s公司”)。%6$s公司投资%7$d万元,在%8$s建设%4$s种植基地,\
                带动周边农户增收。%2$s实施%9$s,推动%4$s产业规模化发展。""".formatted(place[0], place[1], place[2], crop,
                company, brand, amount, village, PROGRAMS[random.nextInt(PROGRAMS.length)]);
        return new Document("synthetic-" + i, null, text, "合成日报", null, null);
    }

    /** (county, town, "") triples of real counties and their towns, from the bundled gazetteer. */
    private static List<String[]> towns() throws IOException {
        var names = new java.util.HashMap<String, String>();
        var towns = new ArrayList<String[]>();
        try (var in = IngestBenchmark.class.getResourceAsStream("/gazetteer/divisions.tsv");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.startsWith("#") && !line.startsWith("code")).forEach(line -> {
                String[] row = line.split("\t", -1);
                names.put(row[0], row[1]);
                if (row[2].equals("town") && row[1].endsWith("镇") && names.containsKey(row[3])) {
                    towns.add(new String[] {names.get(row[3]), row[1], ""});
                }
            });
        }
        return towns;
    }

    private static long count(Driver driver, String query) {
        return driver.executableQuery(query).execute().records().get(0).get("n").asLong(0);
    }

    private static long peakHeapMegabytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum() / (1024 * 1024);
    }

    /** Facts written one transaction each: both entities merged, then the relationship, as a naive loader would. */
    private static final class NaiveWriter {

        static double factsPerSecond(Driver driver, List<ArticleGraph> articles) {
            long facts = 0;
            long start = System.nanoTime();
            try (var session = driver.session()) {
                for (var article : articles) {
                    for (var fact : article.facts()) {
                        session.executeWrite(tx -> tx.run("""
                                MERGE (s:NaiveEntity {id: $source}) MERGE (t:NaiveEntity {id: $target})
                                MERGE (s)-[r:NAIVE_FACT {type: $type}]->(t)
                                SET r.evidence = coalesce(r.evidence, []) + $evidence""",
                                Map.of("source", fact.sourceId(), "target", fact.targetId(),
                                        "type", fact.type().name(), "evidence", fact.evidence())).consume());
                        facts++;
                    }
                }
            }
            return facts / ((System.nanoTime() - start) / 1e9);
        }
    }
}
