package org.xianzhi.app.web;

/** A request named a region, indicator or document the store does not hold: 404. */
final class UnknownRecordException extends RuntimeException {
    UnknownRecordException(String message) {
        super(message);
    }
}
