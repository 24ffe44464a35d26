package org.iucnkg.api;

/** A resource the path names does not exist; answered 404 with the message. */
class NotFoundException extends RuntimeException {
    NotFoundException(String message) {
        super(message);
    }
}
