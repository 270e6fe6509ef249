package org.policygraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.policygraph.extract.DocumentExtraction;
import org.policygraph.extract.Entity;
import org.policygraph.extract.Extractor;
import org.policygraph.extract.Relation;
import org.policygraph.ingest.DocumentFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints what the extractor finds, in the evaluation format of {@code shared/eval/FORMAT.md}. Touches no
 * database and starts no Spring context, so it is quick enough to run over a corpus.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Prints the entities and relations of documents as JSON; touches no database.",
                "Without --jsonl: one FILE (or - for standard input), one JSON object.",
                "With --jsonl: files, folders or .jsonl files, one JSON line per document."})
class ExtractCommand implements Callable<Integer> {

    @Option(names = "--jsonl", description = "Print one JSON line {id, entities, relations} per document.")
    private boolean jsonLines;

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "Markdown or text files, folders, .jsonl files (one {id, text, title} a line), or -.")
    private List<Path> paths;

    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    @Override
    public Integer call() {
        Extractor extractor = Extractor.create();
        if (!jsonLines) {
            return single(extractor);
        }
        int failed = 0;
        JsonMapper json = JsonMapper.builder().build();
        for (Path file : DocumentFiles.expand(paths)) {
            try (Stream<DocumentFiles.Entry> entries = DocumentFiles.read(file)) {
                for (var entry : (Iterable<DocumentFiles.Entry>) entries::iterator) {
                    if (entry.error() != null) {
                        failed += fail(entry.name(), entry.error());
                        continue;
                    }
                    var extraction = DocumentExtraction.of(extractor.extract(entry.document()));
                    out.println(json.writeValueAsString(new Line(entry.name(), extraction.entities(),
                            extraction.relations())));
                }
            } catch (IOException e) {
                failed += fail(file.toString(), DocumentFiles.cannotRead(e));
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private static int fail(String name, String reason) {
        System.err.println("policygraph extract: " + name + ": " + reason);
        return 1;
    }

    private int single(Extractor extractor) {
        if (paths.size() != 1) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "extract takes one FILE; use --jsonl for several");
        }
        Path path = paths.get(0);
        DocumentFiles.Entry entry;
        try (var entries = path.toString().equals("-") ? Stream.of(DocumentFiles.readStandardInput(System.in))
                : DocumentFiles.read(path)) {
            entry = entries.findFirst().orElseThrow();
        } catch (IOException e) {
            return fail(path.toString(), DocumentFiles.cannotRead(e));
        }
        if (entry.error() != null) {
            return fail(entry.name(), entry.error());
        }
        var extraction = DocumentExtraction.of(extractor.extract(entry.document()));
        JsonMapper pretty = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        out.println(pretty.writeValueAsString(extraction));
        return 0;
    }

    /** One document's extraction in JSON-lines output. */
    record Line(String id, List<Entity> entities, List<Relation> relations) {
    }
}
