package org.policygraph.graph;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.policygraph.PolicyGraphApplication;
import org.policygraph.extract.EntityType;
import org.policygraph.extract.RelationType;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.util.UriUtils;

/**
 * Benchmark of the read API on a synthetic graph of 100,000 entities and 1,000,000 relationships in a fresh
 * embedded store: search, 2-hop neighbours and shortest paths, each over HTTP with concurrent clients and
 * then as the same Cypher through the driver, printing p50/p99 latency, throughput and the API/driver ratio.
 * <p>
 * Run with {@code mvn -q -Pbench-api -DskipTests test}; sizes and timing through system properties
 * {@code bench.entities}, {@code bench.relationships}, {@code bench.clients} (counts to sweep, e.g. {@code 1,2,4,8}),
 * {@code bench.workloads}, {@code bench.seconds}, {@code bench.warm-up-seconds}, {@code bench.settle-seconds}
 * and {@code bench.rounds}.
 */
public final class ApiBenchmark {

    private static final int ENTITIES = Integer.getInteger("bench.entities", 100_000);
    private static final int RELATIONSHIPS = Integer.getInteger("bench.relationships", 1_000_000);
    /** Concurrent clients, one measurement per count: 2 cores saturate from 2 on, so the sweep shows queueing. */
    private static final List<Integer> CLIENTS = Arrays.stream(System.getProperty("bench.clients", "1,2,4,8")
            .split(",")).map(String::strip).map(Integer::valueOf).toList();
    private static final Duration MEASURE = Duration.ofSeconds(Long.getLong("bench.seconds", 15));
    /**
     * Every call path runs this long before any is measured. The JIT compiles Tomcat, MVC, Jackson and Cypher
     * code late on two cores: after 20 s a 1-client API search still had 15-60 calls a second over 3 ms, after
     * 60 s 5-10 (the driver's 3-5), and spent a third more CPU per call.
     */
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warm-up-seconds", 60));
    /** Before each measurement, both paths at its client count: a new concurrency sets the JIT compiling again. */
    private static final Duration SETTLE = Duration.ofSeconds(Long.getLong("bench.settle-seconds", 5));
    /** Workloads to measure, by the start of their name (e.g. {@code search,shortest}); all by default. */
    private static final List<String> WORKLOADS = Arrays.stream(System.getProperty("bench.workloads",
            "search,neighbours,shortest").split(",")).map(String::strip).toList();
    /** Each measurement alternates API and driver slices this many times. */
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 4);
    private static final int BATCH = 5_000;

    /** The whole process's CPU time: clients, server and database share this JVM, as on a one-machine install. */
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

    private ApiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // HttpURLConnection keeps 5 idle connections per host by default: more clients would reconnect.
        System.setProperty("http.maxConnections", String.valueOf(Collections.max(CLIENTS)));
        Path dataDir = Files.createTempDirectory("policygraph-bench-");
        int status = 0;
        try (var context = start(dataDir)) {
            measure(context);
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        } finally {
            // Before exiting: System.exit in the catch would skip this and leave a 1 GB store behind.
            FileSystemUtils.deleteRecursively(dataDir);
        }
        System.exit(status);
    }

    private static void measure(ConfigurableApplicationContext context) throws Exception {
        {
            var driver = context.getBean(Driver.class);
            var limits = context.getBean(ReadLimits.class);
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();

            long loadStart = System.nanoTime();
            var graph = SyntheticGraph.load(driver, ENTITIES, RELATIONSHIPS);
            System.out.printf("Loaded %,d entities and %,d relationships in %.0f s%n", ENTITIES, RELATIONSHIPS,
                    (System.nanoTime() - loadStart) / 1e9);

            var transaction = TransactionConfig.builder().withTimeout(limits.readTimeout()).build();
            int cap = limits.maxResults() + 1;
            var workloads = List.of(
                    new Workload("search",
                            i -> "/api/search?limit=20&q=" + encode(graph.prefix(i)),
                            i -> new Cypher(GraphReader.searchQuery(graph.prefix(i)), searchParams(graph.prefix(i),
                                    limits.maxResults()))),
                    new Workload("neighbours depth 2",
                            i -> "/api/entities/" + encode(graph.id(i)) + "/neighbors?depth=2&limit=100",
                            i -> new Cypher(GraphReader.neighboursQuery(2, EnumSet.allOf(RelationType.class),
                                    Direction.BOTH, EnumSet.noneOf(EntityType.class)),
                                    Map.of("id", graph.id(i), "limit", 100, "cap", cap))),
                    new Workload("shortest paths",
                            i -> "/api/paths?maxLength=4&from=" + encode(graph.id(i)) + "&to=" + encode(graph.id(i + 1)),
                            i -> new Cypher(GraphReader.pathsQuery(4, EnumSet.allOf(RelationType.class)),
                                    Map.of("from", graph.id(i), "to", graph.id(i + 1), "limit", 5))))
                    .stream().filter(workload -> WORKLOADS.stream().anyMatch(workload.name()::startsWith)).toList();

            Map<Workload, Call> overApi = new LinkedHashMap<>();
            Map<Workload, Call> overDriver = new LinkedHashMap<>();
            for (var workload : workloads) {
                overApi.put(workload, i -> httpGet("http://localhost:" + port + workload.path().apply(i)));
                // As GraphReader reads: one auto-commit query per session.
                overDriver.put(workload, i -> {
                    var cypher = workload.cypher().apply(i);
                    try (var session = driver.session(READ)) {
                        session.run(cypher.query(), cypher.params(), transaction).list();
                    }
                });
            }
            for (var workload : workloads) {
                run(overApi.get(workload), WARM_UP, Collections.max(CLIENTS));
                run(overDriver.get(workload), WARM_UP, Collections.max(CLIENTS));
            }
            for (int clients : CLIENTS) {
                var results = new ArrayList<String>();
                for (var workload : workloads) {
                    // The JIT recompiles when the concurrency changes; neither path is measured meanwhile.
                    run(overApi.get(workload), SETTLE, clients);
                    run(overDriver.get(workload), SETTLE, clients);
                    // Alternating slices: whatever drifts during the run (compilation, GC, other load) falls
                    // on both paths alike instead of on whichever was measured first.
                    var apiSlices = new ArrayList<Slice>();
                    var directSlices = new ArrayList<Slice>();
                    for (int round = 0; round < ROUNDS; round++) {
                        apiSlices.add(run(overApi.get(workload), MEASURE.dividedBy(ROUNDS), clients));
                        directSlices.add(run(overDriver.get(workload), MEASURE.dividedBy(ROUNDS), clients));
                    }
                    var api = Measurement.of(apiSlices);
                    var direct = Measurement.of(directSlices);
                    results.add("""
                            %-19s API     %s
                            %-19s driver  %s
                            %-19s API/driver  p50 %.2fx  p99 %.2fx  CPU %.2fx%s
                            %-19s CPU ms/call by thread, API:    %s
                            %-19s CPU ms/call by thread, driver: %s""".formatted(workload.name(),
                            api, "", direct, "", api.p50() / direct.p50(),
                            api.p99() / direct.p99(), api.cpuPerCall() / direct.cpuPerCall(),
                            api.errors() + direct.errors() > 0
                                    ? "  (errors: API %d, driver %d)".formatted(api.errors(), direct.errors())
                                    : "", "", api.cpuPerCallByThread(), "",
                            direct.cpuPerCallByThread()));
                }
                // Latency on two shared cores depends on what else runs: say how loaded the machine was.
                System.out.printf("%nRead API on %,d entities / %,d relationships, %d concurrent clients, %d s each"
                                + " (%d cores, load average %.1f at the end):%n", ENTITIES, RELATIONSHIPS, clients,
                        MEASURE.toSeconds(), Runtime.getRuntime().availableProcessors(),
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                results.forEach(System.out::println);
            }
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        var application = new SpringApplication(PolicyGraphApplication.class);
        // The application logs a failed start quietly (README "Commands"); a benchmark wants the cause.
        application.setLogStartupInfo(false);
        return application.run("--policygraph.data-dir=" + dataDir, "--policygraph.neo4j.uri=",
                "--policygraph.embedded.bolt-port=0", "--server.port=0",
                "--policygraph.embedded.page-cache=" + System.getProperty("bench.page-cache", "1GB"),
                "--policygraph.samples.load-on-start=false", "--policygraph.api.token=benchmark-only");
    }

    /** As {@link GraphReader#search} binds them: no label filter, the first page of 20. */
    private static Map<String, Object> searchParams(String q, int scan) {
        var params = new HashMap<String, Object>(Map.of("phrase", GraphReader.phrase(q), "q", q, "limit", 20,
                "offset", 0, "scan", scan));
        params.put("label", null);
        return params;
    }

    private static String encode(String value) {
        return UriUtils.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * A plain keep-alive GET: HttpURLConnection reuses the connection once the body is read, and costs the
     * shared two cores less than java.net.http's asynchronous machinery, which would be counted as API time.
     */
    private static void httpGet(String uri) throws IOException {
        var connection = (HttpURLConnection) URI.create(uri).toURL().openConnection();
        int status = connection.getResponseCode();
        try (var body = status == 200 ? connection.getInputStream() : connection.getErrorStream()) {
            byte[] bytes = body.readAllBytes();
            if (status != 200) {
                throw new IllegalStateException(uri + " answered " + status + ": "
                        + new String(bytes, StandardCharsets.UTF_8));
            }
        }
    }

    /** Calls {@code call} from {@code clients} threads for {@code duration}, each call with the next input. */
    private static Slice run(Call call, Duration duration, int clients) throws Exception {
        var next = new AtomicInteger();
        var errors = new AtomicInteger();
        long end = System.nanoTime() + duration.toNanos();
        long start = System.nanoTime();
        long cpuStart = PROCESS.getProcessCpuTime();
        var threadsBefore = threadCpu();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        var latencies = new ArrayList<Future<long[]>>();
        for (int c = 0; c < clients; c++) {
            latencies.add(pool.submit(() -> {
                long[] mine = new long[1 << 16];
                int count = 0;
                while (System.nanoTime() < end) {
                    long before = System.nanoTime();
                    try {
                        call.call(next.getAndIncrement());
                    } catch (Exception e) {
                        if (errors.incrementAndGet() == 1) {
                            System.err.println("first error: " + e.getMessage());
                        }
                        continue;
                    }
                    if (count == mine.length) {
                        mine = Arrays.copyOf(mine, count * 2);
                    }
                    mine[count++] = System.nanoTime() - before;
                }
                return Arrays.copyOf(mine, count);
            }));
        }
        var all = new ArrayList<long[]>();
        for (var future : latencies) {
            all.add(future.get());
        }
        // Before shutdown: the clients' threads are idle but alive, so their CPU time is still counted.
        var threads = cpuByThreadSince(threadsBefore);
        pool.shutdown();
        return new Slice(all.stream().flatMapToLong(Arrays::stream).toArray(), System.nanoTime() - start,
                PROCESS.getProcessCpuTime() - cpuStart, threads, errors.get());
    }

    /** CPU time so far of each live thread, by thread id. */
    private static Map<Long, CpuTime> threadCpu() {
        var threads = ManagementFactory.getThreadMXBean();
        var cpu = new HashMap<Long, CpuTime>();
        for (long id : threads.getAllThreadIds()) {
            cpu.put(id, CpuTime.of(threads, id));
        }
        return cpu;
    }

    /**
     * CPU time of the live threads since {@code before}, by their part in a call: where the API's extra time
     * goes, and whether the database itself works harder per call when the HTTP threads share the cores.
     */
    private static Map<ThreadRole, CpuTime> cpuByThreadSince(Map<Long, CpuTime> before) {
        var threads = ManagementFactory.getThreadMXBean();
        var cpu = new EnumMap<ThreadRole, CpuTime>(ThreadRole.class);
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue; // ended since it was listed
            }
            long id = info.getThreadId();
            var now = CpuTime.of(threads, id);
            if (now.total() > 0) {
                cpu.merge(ThreadRole.of(info.getThreadName()), now.minus(before.getOrDefault(id, CpuTime.NONE)),
                        CpuTime::plus);
            }
        }
        return cpu;
    }

    /**
     * A thread's CPU time and the part of it in user mode; the rest is the kernel's (socket calls, the
     * loopback TCP stack, waking other threads). Linux counts user time in clock ticks of 10 ms per thread,
     * so the kernel's share is exact to a few hundredths of a millisecond per call only over thousands of calls.
     */
    private record CpuTime(long total, long user) {
        static final CpuTime NONE = new CpuTime(0, 0);

        static CpuTime of(ThreadMXBean threads, long id) {
            return new CpuTime(threads.getThreadCpuTime(id), threads.getThreadUserTime(id));
        }

        CpuTime minus(CpuTime earlier) {
            return new CpuTime(total - earlier.total, user - earlier.user);
        }

        CpuTime plus(CpuTime other) {
            return new CpuTime(total + other.total, user + other.user);
        }

        long kernel() {
            return total - user;
        }
    }

    private enum ThreadRole {
        HTTP_SERVER("HTTP server"), DATABASE("database"), DRIVER_IO("driver I/O"), CLIENTS("clients"),
        OTHER("other");

        private final String label;

        ThreadRole(String label) {
            this.label = label;
        }

        /** By the names Tomcat, Neo4j's Bolt server, the driver and {@link Executors} give their threads. */
        static ThreadRole of(String threadName) {
            if (threadName.startsWith("http-nio")) {
                return HTTP_SERVER;
            } else if (threadName.startsWith("neo4j.Bolt")) {
                return DATABASE;
            } else if (threadName.startsWith("Neo4jDriverIO")) {
                return DRIVER_IO;
            } else if (threadName.startsWith("pool-")) {
                return CLIENTS;
            }
            return OTHER;
        }
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN : sorted[(int) Math.min(sorted.length - 1, sorted.length * p)] / 1e6;
    }

    @FunctionalInterface
    private interface Call {
        void call(int input) throws Exception;
    }

    private record Cypher(String query, Map<String, Object> params) {
    }

    private record Workload(String name, IntFunction<String> path, IntFunction<Cypher> cypher) {
    }

    /** One stretch of calls: every call's latency, the wall and process CPU time it took, the failed calls. */
    private record Slice(long[] latencies, long wallNanos, long cpuNanos, Map<ThreadRole, CpuTime> cpuByThread,
                         int errors) {
    }

    private record Measurement(double p50, double p99, double throughput, double cpuPerCall,
                               Map<ThreadRole, CpuTime> cpuByThread, int calls, int errors) {

        static Measurement of(List<Slice> slices) {
            long[] merged = slices.stream().flatMapToLong(slice -> Arrays.stream(slice.latencies())).sorted().toArray();
            double seconds = slices.stream().mapToLong(Slice::wallNanos).sum() / 1e9;
            double cpuMillis = slices.stream().mapToLong(Slice::cpuNanos).sum() / 1e6;
            int calls = Math.max(1, merged.length);
            var byThread = new EnumMap<ThreadRole, CpuTime>(ThreadRole.class);
            slices.forEach(slice -> slice.cpuByThread().forEach((group, time) ->
                    byThread.merge(group, time, CpuTime::plus)));
            return new Measurement(percentile(merged, 0.50), percentile(merged, 0.99), merged.length / seconds,
                    cpuMillis / calls, byThread, calls, slices.stream().mapToInt(Slice::errors).sum());
        }

        /**
         * Per call and thread role, milliseconds of CPU and, in brackets, the kernel's share of them. The JIT
         * compiler and the collector run on threads the JVM does not list: their time is the process's less
         * that of the listed threads, and shows whether a path's code was still being compiled.
         */
        String cpuPerCallByThread() {
            double listed = cpuByThread.values().stream().mapToLong(CpuTime::total).sum() / 1e6 / calls;
            return cpuByThread.entrySet().stream()
                    .map(part -> "%s %.2f (kernel %.2f)".formatted(part.getKey().label,
                            part.getValue().total() / 1e6 / calls, part.getValue().kernel() / 1e6 / calls))
                    .collect(Collectors.joining(", ", "", ", JIT and GC %.2f".formatted(cpuPerCall - listed)));
        }

        @Override
        public String toString() {
            return "p50 %6.2f ms  p99 %6.2f ms  %6.0f req/s  CPU %5.2f ms/req".formatted(p50, p99, throughput,
                    cpuPerCall);
        }
    }

    private record Facts(RelationType type, double share, List<EntityType> from, List<EntityType> to) {
    }

    /**
     * Entities with the model's labels, ids, names, aliases and properties, and facts of every type between
     * plausible labels, each with its article ids, evidence sentence, support and dates. A few per cent of
     * the entities draw a third of the relationships, as well-known places and companies do.
     */
    private static final class SyntheticGraph {

        private static final String[] PLACES = ("晋城 长治 太原 朔州 阳泉 大同 忻州 吕梁 晋中 临汾 运城 泽州 阳城 沁县 平遥 寿阳 "
                + "高平 陵川 沁水 襄垣 屯留 潞城 壶关 黎城 武乡 沁源 介休 灵石 孝义 汾阳 文水 交城 兴县 临县 柳林 石楼 岚县 "
                + "方山 中阳 交口 古县 安泽 浮山 吉县 乡宁 大宁 隰县 永和 蒲县 汾西").split(" ");
        private static final String[] WORDS = ("绿源 华盛 金谷 丰泽 瑞祥 鑫隆 恒达 宏远 晋丰 润禾 天成 汇通 博远 泰和 安康 "
                + "富民 兴农 永盛 嘉禾 锦程 新元 中联 东方 华夏 长青 德润 福源 昌盛 广源 惠民 青禾 远山 芦谷 禾丰 "
                + "金穗 银河 春晖 信达 明德 鼎新").split(" ");
        private static final String[] SURNAMES = ("王 李 张 刘 陈 杨 赵 黄 周 吴 徐 孙 胡 朱 高 林 何 郭 马 罗 梁 宋 郑 "
                + "谢 韩 唐 冯 于 董 萧 程 曹 袁 邓 许 傅 沈 曾 彭 吕").split(" ");
        private static final String[] GIVEN = "建国 秀英 志强 丽娟 海涛 晓明 春梅 永红 德胜 玉兰 文博 静怡 国庆 红霞 立新 淑芬 "
                .concat("宏伟 桂香 俊杰 雪梅").split(" ");

        /** Per label, the endings that make names distinct and look like that kind of entity. */
        private static final Map<EntityType, String[]> ENDINGS = Map.of(
                EntityType.Enterprise, "农业发展有限公司 食品有限公司 新材料有限公司 科技有限公司 能源有限公司 物流有限公司 建材有限公司 化工有限公司 机械制造有限公司 电子有限公司 医药有限公司 纺织有限公司 文旅有限公司 冷链有限公司 种业有限公司 畜牧有限公司 水务有限公司 环保有限公司 矿业有限公司 数字科技有限公司".split(" "),
                EntityType.Place, "村 东村 西村 南村 北村 上村 下村 前村 后村 新村".split(" "),
                EntityType.Program, "乡村振兴行动 数字农业工程 品牌培育计划 产业提升行动 人才引进计划".split(" "),
                EntityType.ResearchTeam, "农业研究所 材料实验室 工程技术研究中心 大学 职业技术学院".split(" "),
                EntityType.Government, "县政府 镇政府 农业农村局 发展和改革委员会 工业和信息化局".split(" "),
                EntityType.Journal, new String[] {"科技学报"});
        /** Share of the entities per label. */
        private static final Map<EntityType, Double> SHARES = Map.of(EntityType.Enterprise, 0.40, EntityType.Place, 0.20,
                EntityType.Program, 0.10, EntityType.ResearchTeam, 0.10, EntityType.Government, 0.10,
                EntityType.Journal, 0.02, EntityType.Person, 0.08);

        /** Share of the relationships per type, and the labels at either end. */
        private static final List<Facts> FACTS = List.of(
                new Facts(RelationType.INVESTS_IN, 0.25, List.of(EntityType.Enterprise),
                        List.of(EntityType.Place, EntityType.Enterprise)),
                new Facts(RelationType.PARTNERS_WITH, 0.20, List.of(EntityType.Enterprise, EntityType.ResearchTeam),
                        List.of(EntityType.ResearchTeam, EntityType.Government, EntityType.Enterprise)),
                new Facts(RelationType.LOCATED_IN, 0.20,
                        List.of(EntityType.Enterprise, EntityType.ResearchTeam, EntityType.Place), List.of(EntityType.Place)),
                new Facts(RelationType.IMPLEMENTS, 0.15, List.of(EntityType.Government, EntityType.Enterprise),
                        List.of(EntityType.Program)),
                new Facts(RelationType.PART_OF, 0.08, List.of(EntityType.Government, EntityType.Place),
                        List.of(EntityType.Government)),
                new Facts(RelationType.AFFILIATED_WITH, 0.07, List.of(EntityType.Person),
                        List.of(EntityType.Enterprise, EntityType.ResearchTeam)),
                new Facts(RelationType.PUBLISHED_IN, 0.05, List.of(EntityType.ResearchTeam), List.of(EntityType.Journal)));

        private final List<String> ids = new ArrayList<>();
        private final List<String> names = new ArrayList<>();
        private final Map<EntityType, int[]> ranges = new HashMap<>();
        private final Random random = new Random(20240520);

        static SyntheticGraph load(Driver driver, int entities, int relationships) {
            var graph = new SyntheticGraph();
            graph.createEntities(driver, entities);
            graph.createRelationships(driver, relationships);
            driver.executableQuery("CALL db.awaitIndexes(600)").execute();
            return graph;
        }

        /** The i-th input's entity: a fixed shuffle, so the API and the driver get the same inputs. */
        String id(int i) {
            return ids.get(Math.floorMod(i * 7919 + 13, ids.size()));
        }

        /** What a user types into a search box: the first four characters of a name. */
        String prefix(int i) {
            String name = names.get(Math.floorMod(i * 7919 + 13, names.size()));
            return name.substring(0, Math.min(4, name.length()));
        }

        private void createEntities(Driver driver, int total) {
            for (EntityType type : EntityType.values()) {
                int count = (int) Math.round(total * SHARES.get(type));
                int first = ids.size();
                var rows = new ArrayList<Map<String, Object>>();
                for (int i = 0; i < count; i++) {
                    String name = name(type, i);
                    String alias = type == EntityType.Enterprise ? PLACES[i % PLACES.length]
                            + WORDS[(i / PLACES.length) % WORDS.length] + "公司" : null;
                    var properties = type == EntityType.Place ? Map.<String, Object>of("level", "village")
                            : Map.<String, Object>of();
                    String id = type.name().toLowerCase() + ":" + name;
                    ids.add(id);
                    names.add(name);
                    rows.add(Map.of("id", id, "name", name, "aliases", alias == null ? List.of() : List.of(alias),
                            "aliasText", alias == null ? "" : " " + alias, "properties", properties));
                    if (rows.size() == BATCH || i == count - 1) {
                        driver.executableQuery("""
                                UNWIND $rows AS row
                                CREATE (e:Entity:%s {id: row.id, name: row.name, aliases: row.aliases,
                                                     aliasText: row.aliasText})
                                SET e += row.properties""".formatted(type.name()))
                                .withParameters(Map.of("rows", rows)).execute();
                        rows.clear();
                    }
                }
                ranges.put(type, new int[] {first, ids.size()});
            }
        }

        private String name(EntityType type, int i) {
            if (type == EntityType.Person) {
                return SURNAMES[i % SURNAMES.length] + GIVEN[(i / SURNAMES.length) % GIVEN.length]
                        + (i >= SURNAMES.length * GIVEN.length ? "(" + (i / (SURNAMES.length * GIVEN.length)) + ")" : "");
            }
            String[] endings = ENDINGS.get(type);
            int combinations = PLACES.length * WORDS.length;
            int round = i / (combinations * endings.length);
            return PLACES[i % PLACES.length] + WORDS[(i / PLACES.length) % WORDS.length]
                    + endings[(i / combinations) % endings.length] + (round > 0 ? round : "");
        }

        private void createRelationships(Driver driver, int total) {
            for (Facts facts : FACTS) {
                var type = facts.type();
                int count = (int) Math.round(total * facts.share());
                var rows = new ArrayList<Map<String, Object>>();
                for (int i = 0; i < count; i++) {
                    int source = pick(facts.from());
                    int target = pick(facts.to());
                    if (source == target) {
                        target = pick(facts.to());
                    }
                    LocalDate date = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(2500));
                    String article = "bench/%s/%d".formatted(date, random.nextInt(50_000));
                    // A property set as null is not stored: amount and currency exist on investments only.
                    var row = new HashMap<String, Object>(Map.of("s", ids.get(source), "t", ids.get(target),
                            "articleIds", List.of(article), "date", date,
                            "evidence", List.of(sentence(type, names.get(source), names.get(target)))));
                    if (type == RelationType.INVESTS_IN) {
                        row.put("amount", (random.nextInt(500) + 1) * 1_000_000L);
                        row.put("currency", "CNY");
                    }
                    rows.add(row);
                    if (rows.size() == BATCH || i == count - 1) {
                        driver.executableQuery("""
                                UNWIND $rows AS row
                                MATCH (s:Entity {id: row.s}), (t:Entity {id: row.t})
                                CREATE (s)-[r:%s {articleIds: row.articleIds, evidence: row.evidence, support: 1,
                                                  firstPublished: row.date, lastPublished: row.date,
                                                  amount: row.amount, currency: row.currency}]->(t)""".formatted(type.name()))
                                .withParameters(Map.of("rows", rows)).execute();
                        rows.clear();
                    }
                }
            }
        }

        /** An entity of one of the labels; a third of the picks go to the first 3% of that label, the hubs. */
        private int pick(List<EntityType> labels) {
            int[] range = ranges.get(labels.get(random.nextInt(labels.size())));
            int size = range[1] - range[0];
            int span = random.nextInt(3) == 0 ? Math.max(1, size * 3 / 100) : size;
            return range[0] + random.nextInt(span);
        }

        private static String sentence(RelationType type, String source, String target) {
            return switch (type) {
                case INVESTS_IN -> source + "投资建设" + target + "产业项目。";
                case PARTNERS_WITH -> source + "与" + target + "签订战略合作协议。";
                case LOCATED_IN -> source + "位于" + target + "。";
                case IMPLEMENTS -> source + "组织实施" + target + "。";
                case PART_OF -> source + "隶属于" + target + "。";
                case AFFILIATED_WITH -> source + "任职于" + target + "。";
                case PUBLISHED_IN -> source + "的研究成果发表于《" + target + "》。";
            };
        }
    }
}
