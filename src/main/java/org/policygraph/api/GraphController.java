package org.policygraph.api;

import java.util.Set;

import org.policygraph.extract.EntityType;
import org.policygraph.extract.RelationType;
import org.policygraph.graph.Direction;
import org.policygraph.graph.GraphReader;
import org.policygraph.graph.GraphStats;
import org.policygraph.graph.GraphView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Read endpoints over the graph. Parameters are validated here; unknown names are 400, unknown ids 404. */
@RestController
@RequestMapping("/api")
class GraphController {

    static final int MAX_DEPTH = 3;
    static final int MAX_LIMIT = 500;

    private final GraphReader graph;

    GraphController(GraphReader graph) {
        this.graph = graph;
    }

    @GetMapping("/stats")
    GraphStats stats() {
        return graph.stats();
    }

    @GetMapping("/search")
    List<GraphView.Node> search(@RequestParam String q, @RequestParam(required = false) String type,
                                @RequestParam(defaultValue = "20") int limit,
                                @RequestParam(defaultValue = "0") int offset) {
        if (q.isBlank()) {
            throw new BadRequestException("q must not be blank");
        }
        Parameters.requireRange("offset", offset, 0, Integer.MAX_VALUE);
        return graph.search(q.strip(), type == null ? null : Parameters.entityType(type),
                Parameters.requireRange("limit", limit, 1, MAX_LIMIT), offset);
    }

    @GetMapping("/entities/{id}")
    GraphView.Node entity(@PathVariable String id) {
        return graph.entity(id).orElseThrow(() -> new NotFoundException("no entity with id " + id));
    }

    @GetMapping("/entities/{id}/neighbors")
    GraphView neighbors(@PathVariable String id, @RequestParam(defaultValue = "1") int depth,
                        @RequestParam(required = false) String types,
                        @RequestParam(defaultValue = "both") String direction,
                        @RequestParam(required = false) String labels,
                        @RequestParam(defaultValue = "100") int limit) {
        Set<RelationType> relationTypes = Parameters.relationTypes(types);
        Set<EntityType> entityTypes = Parameters.entityTypes(labels);
        return graph.neighbours(id, Parameters.requireRange("depth", depth, 1, MAX_DEPTH), relationTypes,
                        Parameters.direction(direction), entityTypes,
                        Parameters.requireRange("limit", limit, 1, MAX_LIMIT))
                .orElseThrow(() -> new NotFoundException("no entity with id " + id));
    }
}
