package org.policygraph.graph;

/** What writing one article did: its outcome and the net entity nodes and fact relationships it added. */
public record WriteResult(Outcome outcome, int nodesCreated, int relationshipsCreated) {

    public enum Outcome { CREATED, UPDATED, UNCHANGED }
}
