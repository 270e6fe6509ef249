package org.policygraph.extract;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads documents and says what their articles contain. Thread-safe and meant to be shared: building one
 * loads HanLP's dictionaries and the gazetteer once.
 */
public final class Extractor {

    private final ArticleSplitter splitter = new ArticleSplitter();
    private final PlaceRecognizer places;
    private final OrganizationRecognizer organisations;
    private final ProgramRecognizer programs = new ProgramRecognizer();
    private final JournalRecognizer journals = new JournalRecognizer();
    private final PersonRecognizer persons;
    private final AliasResolver aliases;
    private final ReferenceResolver references = new ReferenceResolver();
    private final RelationFinder relations;
    /** HanLP segmenters keep per-call state; one per thread keeps {@link #extract} safe to share. */
    private final ThreadLocal<Segment> segmenter = ThreadLocal.withInitial(() -> HanLP.newSegment()
            .enablePlaceRecognize(true).enableOrganizationRecognize(true).enableOffset(true));

    private Extractor(Gazetteer gazetteer, Lexicon lexicon) {
        this.places = new PlaceRecognizer(gazetteer, lexicon);
        this.organisations = new OrganizationRecognizer(gazetteer, lexicon);
        this.persons = new PersonRecognizer(lexicon);
        this.aliases = new AliasResolver(lexicon, gazetteer);
        this.relations = new RelationFinder(lexicon, gazetteer);
    }

    public static Extractor create() {
        return new Extractor(Gazetteer.load(), Lexicon.load());
    }

    /** The articles of a document (a page may hold many), with bylines moved to authors. Cheap. */
    public List<Article> split(Document document) {
        return splitter.split(document);
    }

    /**
     * Splits the document into its articles and extracts each.
     *
     * @throws IllegalArgumentException naming the document when it has no text or cannot be read
     */
    public List<ArticleExtraction> extract(Document document) {
        if (document.text() == null) {
            throw new IllegalArgumentException("document " + document.id() + " has no text");
        }
        List<ArticleExtraction> out = new ArrayList<>();
        for (Article article : split(document)) {
            try {
                out.add(extract(article));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("document " + document.id() + ", article " + article.id()
                        + ": cannot extract: " + e, e);
            }
        }
        return out;
    }

    /**
     * What one article says; entity and evidence offsets count in the article text. A text longer than any
     * news article is read in windows (see {@link Windows}).
     */
    public ArticleExtraction extract(Article article) {
        List<Integer> starts = Windows.starts(article.text());
        List<ArticleExtraction> windows = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : article.text().length();
            windows.add(extract(article, starts.get(i), end));
        }
        return Windows.merge(article, windows);
    }

    private ArticleExtraction extract(Article article, int from, int to) {
        String text = article.text().substring(from, to);
        Passage p = new Passage(article.title(), text, from, segment(Passage.joined(article.title(), text)));
        List<Mention> placeMentions = places.find(p);
        List<Mention> journalMentions = journals.find(p);
        List<Mention> organisationsFound = organisations.find(p, placeMentions);
        List<Mention> universityParks = PlaceRecognizer.universityParks(p, organisationsFound);
        // The university a park is named after is part of the park's name there, as a place is of a company's.
        List<Mention> orgs = outsideTitles(organisationsFound.stream().filter(o -> universityParks.stream()
                .noneMatch(park -> park.start() == o.start() && park.name().startsWith(o.name())))
                .toList(), journalMentions);
        List<Mention> found = new ArrayList<>(outsideTitles(
                PlaceRecognizer.outsideNames(placeMentions, organisationsFound), journalMentions));
        found.addAll(universityParks);
        found.addAll(journalMentions);
        found.addAll(orgs);
        found.addAll(programs.find(p, journalMentions, placeMentions));
        Set<String> authors = new HashSet<>(article.authors());
        found.addAll(persons.find(p, orgs, authors));
        AliasResolver.Resolution resolution = aliases.resolve(p, found);
        List<Mention> withReferences = new ArrayList<>(resolution.mentions());
        List<Mention> referred = references.find(p, resolution.mentions());
        withReferences.addAll(referred);
        withReferences.sort(Comparator.comparingInt(Mention::start).thenComparingInt(m -> -m.end()));
        List<Entity> entities = new ArrayList<>(resolution.entities());
        entities.addAll(ReferenceResolver.stationsNamedByReference(p, referred, resolution.entities()));
        return new ArticleExtraction(article, entities, relations.find(p, article.id(), withReferences));
    }

    /**
     * {@code mentions} less those inside a journal's title: the body or country of 《美国国家科学院院刊》 or
     * 《美国化学会志》 is no body or place the text names.
     */
    private static List<Mention> outsideTitles(List<Mention> mentions, List<Mention> journals) {
        return mentions.stream()
                .filter(m -> journals.stream().noneMatch(j -> j.start() <= m.start() && m.end() <= j.end()))
                .toList();
    }

    private List<Term> segment(String text) {
        return segmenter.get().seg(text);
    }
}
