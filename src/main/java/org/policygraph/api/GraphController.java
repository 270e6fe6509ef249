package org.policygraph.api;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.policygraph.extract.EntityType;
import org.policygraph.graph.Direction;
import org.policygraph.graph.EntityDetail;
import org.policygraph.graph.GraphReader;
import org.policygraph.graph.GraphStats;
import org.policygraph.graph.GraphView;
import org.policygraph.graph.PathsView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read endpoints over entities. Parameters are validated here; unknown names are 400, unknown ids 404. */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
@Tag(name = "graph", description = "Entities, their neighbourhoods and the connections between them")
class GraphController {

    static final int MAX_DEPTH = 3;
    static final int MAX_LIMIT = 500;
    static final int MAX_PATH_LENGTH = 6;
    static final int MAX_PATHS = 50;
    static final int MAX_SUBGRAPH_IDS = 100;
    static final int RECENT_ARTICLES = 10;

    private static final String TYPES = "Comma-separated relationship types to follow (default: every fact type): "
            + "INVESTS_IN, PARTNERS_WITH, PUBLISHED_IN, LOCATED_IN, IMPLEMENTS, PART_OF, AFFILIATED_WITH";

    private final GraphReader graph;

    GraphController(GraphReader graph) {
        this.graph = graph;
    }

    @GetMapping("/stats")
    @Operation(summary = "Node counts by label and relationship counts by type")
    GraphStats stats() {
        return graph.stats();
    }

    @GetMapping("/search")
    @Operation(summary = "Entities whose name or an alias matches",
            description = "Full-text over names and aliases (Chinese as character bigrams); exact matches first, "
                    + "then prefix matches, then by relevance. A single character is matched by a bounded scan.")
    List<GraphView.Node> search(
            @Parameter(description = "What to look for", example = "潞威") @RequestParam String q,
            @Parameter(description = "Only entities of this label", example = "Enterprise")
            @RequestParam(required = false) String type,
            @Parameter(description = "At most this many results (1-500)", example = "20")
            @RequestParam(defaultValue = "20") int limit,
            @Parameter(description = "Results to skip, for paging", example = "0")
            @RequestParam(defaultValue = "0") int offset) {
        if (q.isBlank()) {
            throw new BadRequestException("q must not be blank");
        }
        Parameters.requireRange("offset", offset, 0, Integer.MAX_VALUE);
        return graph.search(q.strip(), type == null ? null : Parameters.entityType(type),
                Parameters.requireRange("limit", limit, 1, MAX_LIMIT), offset);
    }

    @GetMapping("/entities/{id}")
    @Operation(summary = "One entity with its degree per relationship type and its newest articles")
    EntityDetail entity(@Parameter(description = "Entity id, URL-encoded", example = "place:140500")
                        @PathVariable String id) {
        return graph.entity(Parameters.entityId("id", id), RECENT_ARTICLES).orElseThrow(() -> notFound(id));
    }

    @GetMapping("/entities/{id}/neighbors")
    @Operation(summary = "The neighbourhood of an entity as a graph",
            description = "Up to `limit` entities within `depth` hops (nearest first), with the relationships of "
                    + "the requested types walked to reach them (from an entity nearer than `depth`). With "
                    + "`labels`, the traversal passes through entities of those labels only.")
    GraphView neighbors(
            @Parameter(description = "Entity id, URL-encoded", example = "place:140500") @PathVariable String id,
            @Parameter(description = "Hops to follow, 1 to 3", example = "2") @RequestParam(defaultValue = "1") int depth,
            @Parameter(description = TYPES, example = "INVESTS_IN,LOCATED_IN") @RequestParam(required = false) String types,
            @Parameter(description = "Follow relationships pointing out of, into, or both ways", example = "both")
            @RequestParam(defaultValue = "both") String direction,
            @Parameter(description = "Comma-separated entity labels to pass through (default: all)", example = "Place,Enterprise")
            @RequestParam(required = false) String labels,
            @Parameter(description = "At most this many entities besides the centre (1-500)", example = "100")
            @RequestParam(defaultValue = "100") int limit) {
        Set<EntityType> entityTypes = Parameters.entityTypes(labels);
        return graph.neighbours(Parameters.entityId("id", id), Parameters.requireRange("depth", depth, 1, MAX_DEPTH),
                        Parameters.relationTypes(types), Parameters.direction(direction), entityTypes,
                        Parameters.requireRange("limit", limit, 1, MAX_LIMIT))
                .orElseThrow(() -> notFound(id));
    }

    @GetMapping("/paths")
    @Operation(summary = "Shortest paths between two entities, every hop with its evidence",
            description = "All shortest paths (up to `limit`) of at most `maxLength` hops, in either direction. "
                    + "`paths` lists each path's relationship ids from `from` to `to`; empty when none is short enough.")
    PathsView paths(
            @Parameter(description = "Entity id where paths start", example = "researchteam:太原理工大学")
            @RequestParam String from,
            @Parameter(description = "Entity id where paths end", example = "researchteam:清华大学")
            @RequestParam String to,
            @Parameter(description = "Longest path in hops, 1 to 6", example = "4")
            @RequestParam(defaultValue = "4") int maxLength,
            @Parameter(description = TYPES, example = "PARTNERS_WITH") @RequestParam(required = false) String types,
            @Parameter(description = "At most this many paths (1-50)", example = "5")
            @RequestParam(defaultValue = "5") int limit) {
        if (Parameters.entityId("from", from).equals(Parameters.entityId("to", to))) {
            throw new BadRequestException("from and to are the same entity");
        }
        return graph.paths(from, to, Parameters.requireRange("maxLength", maxLength, 1, MAX_PATH_LENGTH),
                Parameters.relationTypes(types), Parameters.requireRange("limit", limit, 1, MAX_PATHS));
    }

    @GetMapping("/subgraph")
    @Operation(summary = "Given entities and the relationships among them",
            description = "With `connectors=true`, also the entities that link two of the given ones in two hops.")
    GraphView subgraph(
            @Parameter(description = "Comma-separated entity ids (1-100)",
                    example = "researchteam:太原理工大学,researchteam:清华大学")
            @RequestParam String ids,
            @Parameter(description = TYPES, example = "PARTNERS_WITH") @RequestParam(required = false) String types,
            @Parameter(description = "Also add entities linking two given ones within two hops", example = "false")
            @RequestParam(defaultValue = "false") boolean connectors) {
        return graph.subgraph(Parameters.entityIds("ids", ids, MAX_SUBGRAPH_IDS), Parameters.relationTypes(types),
                connectors);
    }

    static NotFoundException notFound(String id) {
        return new NotFoundException("no entity with id " + id);
    }
}
