package org.policygraph.ingest;

import java.time.LocalDate;

/** Publication dates as documents give them: a day, or a day and time whose day is taken as written. */
final class PublicationDate {

    private PublicationDate() {
    }

    /**
     * The day {@code value} starts with ({@code 2024-05-20T08:00+08:00} is 2024-05-20, not the UTC day), or
     * null for null.
     *
     * @throws java.time.format.DateTimeParseException when it does not start with a day
     */
    static LocalDate day(String value) {
        return value == null ? null : LocalDate.parse(value.substring(0, Math.min(10, value.length())));
    }
}
