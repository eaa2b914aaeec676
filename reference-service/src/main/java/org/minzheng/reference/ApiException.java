package org.minzheng.reference;

import org.springframework.http.HttpStatus;

/** A refusal of the service's own (业务拒绝), answered as a problem detail with both languages. */
final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final String code;
    private final String messageZh;

    ApiException(HttpStatus status, String code, String messageZh, String messageEn) {
        super(messageEn);
        this.status = status;
        this.code = code;
        this.messageZh = messageZh;
    }

    HttpStatus status() {
        return status;
    }

    String code() {
        return code;
    }

    String messageZh() {
        return messageZh;
    }

    String messageEn() {
        return getMessage();
    }
}
