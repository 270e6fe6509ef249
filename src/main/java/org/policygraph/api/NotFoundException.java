package org.policygraph.api;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** An id the graph does not hold, answered 404. */
class NotFoundException extends ResponseStatusException {

    NotFoundException(String detail) {
        super(HttpStatus.NOT_FOUND, detail);
    }
}
