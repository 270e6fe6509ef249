package org.policygraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.policygraph.extract.Document;
import org.springframework.core.io.Resource;

/** Corpora for loading tests, built from the bundled sample articles (our own texts). */
final class Corpora {

    private Corpora() {
    }

    /** {@code copies} distinct documents per sample: the same facts reported again on other days. */
    static List<Document> samples(int copies) {
        var documents = new ArrayList<Document>();
        for (int copy = 1; copy <= copies; copy++) {
            for (Resource sample : SampleArticles.samples()) {
                String text = read(sample) + "\n\n（第" + copy + "次报道）";
                documents.add(Document.ofText("copy-" + copy + "/" + sample.getFilename(), text));
            }
        }
        return documents;
    }

    private static String read(Resource resource) {
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
