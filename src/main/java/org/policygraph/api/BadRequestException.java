package org.policygraph.api;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A client mistake, answered 400 with the message as the problem's detail. */
class BadRequestException extends ResponseStatusException {

    BadRequestException(String detail) {
        super(HttpStatus.BAD_REQUEST, detail);
    }
}
