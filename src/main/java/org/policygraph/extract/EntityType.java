package org.policygraph.extract;

/** The kinds of things the extractor recognises; each name is also the node label in the graph. */
public enum EntityType {
    Place, Enterprise, Program, ResearchTeam, Government, Journal, Person
}
