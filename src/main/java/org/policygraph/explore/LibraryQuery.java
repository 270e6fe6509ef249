package org.policygraph.explore;

import java.util.List;

/**
 * One file of {@code cypher/queries}: the question it answers, what its parameters mean, the
 * {@code :param} commands that give them sample values, and the Cypher itself.
 *
 * @param file        the file name, e.g. {@code 02-investments.cypher}
 * @param title       the question, from the file's first comment line
 * @param description the comment lines after it, up to {@code Parameters:}
 * @param parameters  each parameter with what it means, from the lines under {@code Parameters:}
 * @param commands    the {@code :param name => value;} lines, as written
 * @param cypher      the query, without its closing semicolon, as a driver runs it
 */
public record LibraryQuery(String file, String title, String description, List<Parameter> parameters,
                           List<String> commands, String cypher) {

    public record Parameter(String name, String meaning) {
    }
}
