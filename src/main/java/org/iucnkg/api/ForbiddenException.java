package org.iucnkg.api;

/** A request the service refuses whoever asks (deleting a base graph, say); answered 403 with the message. */
class ForbiddenException extends RuntimeException {
    ForbiddenException(String message) {
        super(message);
    }
}
